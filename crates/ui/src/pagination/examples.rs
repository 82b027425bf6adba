use leptos::prelude::*;

use crate::Pagination;

crate::examples![
    middle: "In the middle of a long list, with gaps",
    first_page: "On the first page, with no link back",
    one_page: "A single page: nothing is shown",
];

pub fn middle() -> impl IntoView {
    view! {
        <Pagination
            label="Páginas de resultados"
            current=Signal::derive(|| 5)
            total_pages=Signal::derive(|| 12)
            href=Callback::new(|n: u32| format!("?pagina={n}"))
            previous_label="Anterior"
            next_label="Siguiente"
            page_label=Callback::new(|n: u32| format!("Página {n}"))
        />
    }
}

pub fn first_page() -> impl IntoView {
    view! {
        <Pagination
            label="Páginas de oficinas del IMSS"
            current=Signal::derive(|| 1)
            total_pages=Signal::derive(|| 3)
            href=Callback::new(|n: u32| format!("?pagina={n}"))
            previous_label="Anterior"
            next_label="Siguiente"
            page_label=Callback::new(|n: u32| format!("Página {n}"))
        />
    }
}

pub fn one_page() -> impl IntoView {
    view! {
        <p>"Tu búsqueda de «acta de nacimiento» dio 4 resultados, en una sola página."</p>
        <Pagination
            label="Páginas de resultados de actas"
            current=Signal::derive(|| 1)
            total_pages=Signal::derive(|| 1)
            href=Callback::new(|n: u32| format!("?pagina={n}"))
            previous_label="Anterior"
            next_label="Siguiente"
            page_label=Callback::new(|n: u32| format!("Página {n}"))
        />
    }
}
