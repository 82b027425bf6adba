use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::{Button, PasswordInput, TextInput, Width};

crate::examples![
    sign_in: "A password to sign in, with the RFC",
    new_password: "A new password, with what it needs in the hint, checked when sent",
];

pub fn sign_in() -> impl IntoView {
    let rfc = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    view! {
        <TextInput id="rfc-acceso" label="RFC" hint="13 caracteres si eres persona física" value=rfc
            width=Width::Chars20 autocomplete="username" spellcheck=false/>
        <PasswordInput id="contrasena-sat" label="Contraseña" value=password show_text="Mostrar" hide_text="Ocultar"
            show_label="Mostrar contraseña" hide_label="Ocultar contraseña"
            shown_announcement="Tu contraseña está visible" hidden_announcement="Tu contraseña está oculta"/>
    }
}

pub fn new_password() -> impl IntoView {
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let sent = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let problem = match password.read().chars().count() {
            0 => Some("Escribe tu nueva contraseña"),
            1..8 => Some("Tu contraseña debe tener al menos 8 caracteres"),
            _ => None,
        };
        sent.set(problem.is_none());
        error.set(problem.map(str::to_owned));
    };
    view! {
        <form novalidate on:submit=submit>
            <PasswordInput id="nueva-contrasena-imss" label="Crea una contraseña para Mi IMSS"
                hint="Debe tener al menos 8 caracteres. Puedes usar una frase, como «mi clínica está en Tlalpan»."
                value=password error=error autocomplete="new-password" show_text="Mostrar" hide_text="Ocultar"
                show_label="Mostrar contraseña" hide_label="Ocultar contraseña"
                shown_announcement="Tu contraseña está visible" hidden_announcement="Tu contraseña está oculta"/>
            <Button>"Guardar contraseña"</Button>
        </form>
        <p role="status">{move || sent.get().then_some("Guardamos tu contraseña. Ya puedes entrar a Mi IMSS.")}</p>
    }
}
