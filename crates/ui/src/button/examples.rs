use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::{Button, ButtonKind};

crate::examples![
    start: "A start button, the link that begins a procedure",
    main_and_secondary: "The main action, with a secondary one beside it",
    warning: "A warning button, for an action that cannot be undone",
];

pub fn start() -> impl IntoView {
    view! {
        <p>"Cambia tu Unidad de Medicina Familiar del IMSS en línea. Necesitas tu CURP y tu NSS."</p>
        <Button kind=ButtonKind::Start href="/solicitud/imss-cambio-de-clinica">"Empezar el trámite"</Button>
    }
}

pub fn main_and_secondary() -> impl IntoView {
    let saved = RwSignal::new(false);
    view! {
        <Button button_type="button">"Continuar"</Button>
        <Button kind=ButtonKind::Secondary button_type="button" on_click=move |_: MouseEvent| saved.set(true)>
            "Guardar y continuar después"
        </Button>
        <p role="status">
            {move || saved.get().then_some("Guardamos tu solicitud de pasaporte con el folio VEN-7K4P9Q2M.")}
        </p>
    }
}

pub fn warning() -> impl IntoView {
    let cancelled = RwSignal::new(false);
    view! {
        <p>"Tu cita en la oficina de pasaportes de la SRE es el 14 de julio a las 10:30."</p>
        <Button kind=ButtonKind::Warning button_type="button" on_click=move |_: MouseEvent| cancelled.set(true)>
            "Cancelar mi cita"
        </Button>
        <p role="status">{move || cancelled.get().then_some("Cancelamos tu cita. Puedes sacar otra cuando quieras.")}</p>
    }
}
