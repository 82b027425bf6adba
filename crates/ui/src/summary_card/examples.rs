use leptos::prelude::*;

use crate::{CardAction, SummaryCard, SummaryList, SummaryRow, VISUALLY_HIDDEN};

crate::examples![
    with_actions: "One person of a request, with an action about the whole card",
    plain: "A card without actions",
];

pub fn with_actions() -> impl IntoView {
    let actions = vec![CardAction {
        label: "Eliminar".into(),
        context: Some("a José López Ruiz".into()),
        href: "?eliminar=persona-2".into(),
    }];
    view! {
        <SummaryCard title="Persona 2: José López Ruiz (menor de edad)" level=4 actions=actions>
            <SummaryList>
                <SummaryRow key="CURP" action=|| view! {
                    <a href="?cambiar=curp-2">"Cambiar"<span class=VISUALLY_HIDDEN>" la CURP de José"</span></a>
                }>
                    "LORJ150908HDFPZS04"
                </SummaryRow>
                <SummaryRow key="Vigencia del pasaporte" action=|| view! {
                    <a href="?cambiar=vigencia-2">
                        "Cambiar"<span class=VISUALLY_HIDDEN>" la vigencia del pasaporte de José"</span>
                    </a>
                }>
                    "3 años"
                </SummaryRow>
                <SummaryRow key="Quién lo acompaña">"Su madre, María López García"</SummaryRow>
            </SummaryList>
        </SummaryCard>
    }
}

pub fn plain() -> impl IntoView {
    view! {
        <SummaryCard title="Tu cita en la oficina de pasaportes" level=4>
            <SummaryList>
                <SummaryRow key="Fecha">"Lunes 14 de julio de 2025, 10:30"</SummaryRow>
                <SummaryRow key="Oficina">
                    "Oficina de Pasaportes Cuauhtémoc\nAv. Juárez 20, Centro\n06010 Ciudad de México"
                </SummaryRow>
                <SummaryRow key="Folio">"SRE-4K7P2Q"</SummaryRow>
            </SummaryList>
        </SummaryCard>
    }
}
