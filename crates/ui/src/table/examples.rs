use leptos::prelude::*;

use crate::{SortDirection, Table, TableCell, TableColumn};

crate::examples![
    sortable: "Sortable columns: a person's procedures",
    plain: "A plain table, with amounts aligned right",
];

pub fn sortable() -> impl IntoView {
    let column = |label: &str, sortable: bool, numeric: bool| TableColumn {
        label: label.to_owned(),
        sortable,
        numeric,
    };
    let columns = vec![
        column("Trámite", true, false),
        column("Folio", false, false),
        column("Fecha de solicitud", true, false),
        column("Costo", true, true),
    ];
    let rows = vec![
        vec![
            TableCell::text("Pasaporte por primera vez"),
            TableCell::text("SRE-4K7P2Q"),
            TableCell::keyed("14 de julio de 2025", "2025-07-14"),
            TableCell::number("$1,585.00", 1585.0),
        ],
        vec![
            TableCell::text("Constancia de situación fiscal"),
            TableCell::text("SAT-9M3X1C"),
            TableCell::keyed("2 de marzo de 2025", "2025-03-02"),
            TableCell::number("Gratuito", 0.0),
        ],
        vec![
            TableCell::text("Cambio de Unidad de Medicina Familiar"),
            TableCell::text("IMSS-2R8T5B"),
            TableCell::keyed("21 de mayo de 2025", "2025-05-21"),
            TableCell::number("Gratuito", 0.0),
        ],
        vec![
            TableCell::text("Acta de nacimiento"),
            TableCell::text("RENAPO-6H1V9D"),
            TableCell::keyed("9 de enero de 2025", "2025-01-09"),
            TableCell::number("$89.00", 89.0),
        ],
    ];
    let announcement = |column: String, direction: SortDirection| {
        let order = match direction {
            SortDirection::Ascending => "ascendente",
            SortDirection::Descending => "descendente",
        };
        format!("Ordenado por {column}, {order}")
    };
    view! {
        <Table caption="Tus trámites" columns=columns rows=rows first_cell_is_header=true announcement=announcement/>
    }
}

pub fn plain() -> impl IntoView {
    let columns = vec![
        TableColumn {
            label: "Vigencia".into(),
            sortable: false,
            numeric: false,
        },
        TableColumn {
            label: "Costo".into(),
            sortable: false,
            numeric: true,
        },
    ];
    let rows: Vec<Vec<TableCell>> = vec![
        vec!["3 años".into(), "$1,585.00".into()],
        vec!["6 años".into(), "$2,135.00".into()],
        vec!["10 años".into(), "$3,740.00".into()],
    ];
    view! {
        <Table caption="Costo del pasaporte ordinario para adultos" columns=columns rows=rows/>
    }
}
