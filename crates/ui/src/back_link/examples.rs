use leptos::prelude::*;

use crate::BackLink;

crate::examples![
    previous_step: "Back to the previous step of a form",
    to_a_list: "Back to a list, saying which",
];

pub fn previous_step() -> impl IntoView {
    view! {
        <BackLink href="/solicitud/imss-cambio-de-clinica/paso/1">"Atrás"</BackLink>
        <h2>"¿Cuál es tu número de seguridad social?"</h2>
    }
}

pub fn to_a_list() -> impl IntoView {
    view! {
        <BackLink href="/buscar?q=pasaporte">"Regresar a los resultados de «pasaporte»"</BackLink>
    }
}
