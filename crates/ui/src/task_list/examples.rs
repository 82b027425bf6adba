use leptos::prelude::*;

use crate::{TagColour, TaskItem, TaskList};

crate::examples![pension: "The tasks of a request for a pension, some done"];

pub fn pension() -> impl IntoView {
    let task = |name: &str, href: Option<&str>, hint: Option<&str>, status: &str, tag: Option<TagColour>| TaskItem {
        name: name.to_owned(),
        href: href.map(str::to_owned),
        hint: hint.map(str::to_owned),
        status: status.to_owned(),
        tag,
    };
    let tasks = vec![
        task("Tus datos personales", Some("?tarea=datos"), None, "Completado", None),
        task(
            "Tu historial laboral",
            Some("?tarea=historial"),
            Some("Las empresas donde cotizaste al IMSS"),
            "En curso",
            Some(TagColour::Brand),
        ),
        task(
            "Tu cuenta bancaria",
            Some("?tarea=cuenta"),
            Some("Necesitas tu CLABE interbancaria de 18 dígitos"),
            "Pendiente",
            Some(TagColour::Turquoise),
        ),
        task(
            "Revisar y enviar tu solicitud",
            None,
            None,
            "No se puede empezar todavía",
            None,
        ),
    ];
    view! {
        <h4>"Solicitud de pensión por cesantía en edad avanzada"</h4>
        <p>"Completaste 1 de 4 secciones."</p>
        <TaskList id="pension-tareas" tasks=tasks/>
    }
}
