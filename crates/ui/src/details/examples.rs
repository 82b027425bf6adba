use leptos::prelude::*;

use crate::{Details, TextInput, Width};

crate::examples![
    term: "What a term means",
    below_a_question: "Where to find an answer, below its question",
];

pub fn term() -> impl IntoView {
    view! {
        <Details summary="¿Qué es la homoclave?">
            <p>
                "Es la clave con la que el trámite aparece en el Catálogo Nacional de Regulaciones, "
                "Trámites y Servicios; por ejemplo, SRE-02-001 para sacar tu pasaporte."
            </p>
        </Details>
    }
}

pub fn below_a_question() -> impl IntoView {
    let nss = RwSignal::new(String::new());
    view! {
        <TextInput id="nss-detalles" label="Número de Seguridad Social (NSS)" hint="Son 11 dígitos"
            value=nss width=Width::Chars10 inputmode="numeric" autocomplete="off"/>
        <Details summary="¿Dónde encuentro mi NSS?">
            <ul>
                <li>"En tu tarjeta o carnet del IMSS."</li>
                <li>"En tus recibos de nómina."</li>
                <li>"En imss.gob.mx, con tu CURP y un correo electrónico."</li>
            </ul>
        </Details>
    }
}
