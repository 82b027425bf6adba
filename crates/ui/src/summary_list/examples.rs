use leptos::prelude::*;

use crate::{SummaryList, SummaryRow, VISUALLY_HIDDEN};

crate::examples![service_facts: "The facts of a service", check_answers: "Answers to check, each with a Change link"];

pub fn service_facts() -> impl IntoView {
    view! {
        <SummaryList>
            <SummaryRow key="Costo">"Desde $1,585.00, según la vigencia"</SummaryRow>
            <SummaryRow key="Vigencia">"3, 6 o 10 años"</SummaryRow>
            <SummaryRow key="Entrega">"El mismo día de tu cita"</SummaryRow>
            <SummaryRow key="Dónde">
                "Oficina de Pasaportes Cuauhtémoc\nAv. Juárez 20, Centro\n06010 Ciudad de México"
            </SummaryRow>
        </SummaryList>
    }
}

pub fn check_answers() -> impl IntoView {
    view! {
        <SummaryList>
            <SummaryRow
                key="Nombre completo"
                action=|| view! { <a href="?cambiar=nombre">"Cambiar"<span class=VISUALLY_HIDDEN>" nombre"</span></a> }
            >
                "María López García"
            </SummaryRow>
            <SummaryRow
                key="CURP"
                action=|| view! { <a href="?cambiar=curp">"Cambiar"<span class=VISUALLY_HIDDEN>" CURP"</span></a> }
            >
                "LOGM850312MDFPRR09"
            </SummaryRow>
            <SummaryRow
                key="Correo electrónico"
                action=|| view! { <a href="?cambiar=correo">"Cambiar"<span class=VISUALLY_HIDDEN>" correo"</span></a> }
            >
                "maria.lopez@ejemplo.mx"
            </SummaryRow>
            <SummaryRow key="Folio">"VEN-7K4P9Q2M"</SummaryRow>
        </SummaryList>
    }
}
