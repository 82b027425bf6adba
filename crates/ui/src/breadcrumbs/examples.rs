use leptos::prelude::*;

use crate::{Breadcrumbs, Crumb};

crate::examples![
    service_sheet: "A service's sheet, two levels down",
    step_without_page: "A step that has no page of its own",
];

pub fn service_sheet() -> impl IntoView {
    view! {
        <Breadcrumbs
            label="Ruta de navegación"
            items=vec![
                Crumb { label: "Inicio".into(), href: Some("/".into()) },
                Crumb { label: "Trámites".into(), href: Some("/tramites".into()) },
                Crumb { label: "Sacar tu pasaporte".into(), href: None },
            ]
        />
    }
}

pub fn step_without_page() -> impl IntoView {
    view! {
        <Breadcrumbs
            label="Ubicación de la página"
            items=vec![
                Crumb { label: "Inicio".into(), href: Some("/".into()) },
                Crumb { label: "Oficinas".into(), href: Some("/oficinas".into()) },
                Crumb { label: "Jalisco".into(), href: None },
                Crumb { label: "Oficina de pasaportes Guadalajara".into(), href: None },
            ]
        />
    }
}
