use leptos::prelude::*;

use crate::{TextInput, Width};

crate::examples![
    plain: "A plain text box, for an email address",
    checked_curp: "A CURP with a hint, checked on a button",
    long_answer: "A multi-line box, for a longer answer",
];

pub fn plain() -> impl IntoView {
    let email = RwSignal::new(String::new());
    view! {
        <TextInput id="correo" label="Correo electrónico" value=email kind="email" autocomplete="email"
            spellcheck=false/>
        <p>"Escribiste: " {move || email.get()}</p>
    }
}

pub fn checked_curp() -> impl IntoView {
    let curp = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let check = move |_: leptos::ev::MouseEvent| {
        let problem = match curp.read().trim().chars().count() {
            0 => Some("Escribe tu CURP"),
            18 => None,
            _ => Some("Tu CURP debe tener 18 caracteres"),
        };
        error.set(problem.map(str::to_owned));
    };
    view! {
        <TextInput id="curp" label="CURP" hint="Tiene 18 caracteres, por ejemplo LOGM850312MDFPRR09"
            value=curp error=error width=Width::Chars20 autocomplete="off" spellcheck=false/>
        <button type="button" on:click=check>"Comprobar"</button>
    }
}

pub fn long_answer() -> impl IntoView {
    let reason = RwSignal::new(String::new());
    view! {
        <TextInput id="motivo-cambio-clinica" label="¿Por qué quieres cambiar de Unidad de Medicina Familiar?"
            hint="Por ejemplo: me cambié de domicilio. No escribas datos de tu salud." value=reason multiline=true/>
    }
}
