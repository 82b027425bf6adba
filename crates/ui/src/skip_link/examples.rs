use leptos::prelude::*;

use crate::SkipLink;

crate::examples![
    past_the_header: "Past the header, to the main content",
    to_the_form: "To a form that is the page's content",
];

pub fn past_the_header() -> impl IntoView {
    view! {
        <SkipLink target="contenido-pasaporte">"Saltar al contenido principal"</SkipLink>
        <nav aria-label="Menú del ejemplo">
            <a href="/tramites">"Trámites"</a> " " <a href="/oficinas">"Oficinas"</a> " " <a href="/ayuda">"Ayuda"</a>
        </nav>
        <div id="contenido-pasaporte" tabindex="-1">
            <p><strong>"Renovación de pasaporte"</strong></p>
            <p>"Aquí empieza el contenido: el siguiente Tab sigue desde este punto."</p>
        </div>
    }
}

pub fn to_the_form() -> impl IntoView {
    view! {
        <SkipLink target="formulario-cambio-clinica">"Saltar al formulario"</SkipLink>
        <nav aria-label="Menú del IMSS del ejemplo">
            <a href="/tramites">"Trámites del IMSS"</a> " " <a href="/oficinas">"Unidades médicas"</a>
        </nav>
        <div id="formulario-cambio-clinica" tabindex="-1">
            <p><strong>"Cambio de clínica"</strong></p>
            <p>"Ten a la mano tu Número de Seguridad Social y tu comprobante de domicilio."</p>
        </div>
    }
}
