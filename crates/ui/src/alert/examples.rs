use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::{Alert, AlertKind, Button};

crate::examples![
    error: "An error, with a way to try again",
    success: "A success that keeps the person on the page",
    info: "A notice under a section heading (level 3)",
];

pub fn error() -> impl IntoView {
    let tries = RwSignal::new(1);
    let title = Signal::derive(move || match tries.get() {
        1 => "No pudimos cargar tus citas".to_owned(),
        n => format!("Seguimos sin poder cargar tus citas (intento {n})"),
    });
    view! {
        <Alert kind=AlertKind::Error title=title>
            <p>"Revisa tu conexión a internet. Lo que escribiste no se perdió."</p>
            <Button button_type="button" on_click=move |_: MouseEvent| tries.update(|n| *n += 1)>
                "Intentar de nuevo"
            </Button>
        </Alert>
    }
}

pub fn success() -> impl IntoView {
    view! {
        <Alert kind=AlertKind::Success title="Guardamos tu solicitud">
            <p>"Puedes continuarla hasta el 30 de junio con el folio " <strong>"VEN-7K4P9Q2M"</strong> "."</p>
        </Alert>
    }
}

pub fn info() -> impl IntoView {
    view! {
        <Alert title="Horario de fin de año" level=3>
            <p>"Del 23 al 31 de diciembre, las oficinas del IMSS atienden de 8:00 a 14:00 horas."</p>
            <p><a href="/oficinas">"Busca tu oficina"</a></p>
        </Alert>
    }
}
