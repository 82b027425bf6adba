use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::{Button, CharacterCount};

crate::examples![
    reason: "A reason, in up to 200 characters",
    checked_on_continue: "An answer given before, checked when the person continues",
];

pub fn reason() -> impl IntoView {
    let value = RwSignal::new(String::new());
    let remaining = |n: usize| match n {
        1 => "Te queda 1 carácter".to_owned(),
        n => format!("Te quedan {n} caracteres"),
    };
    let over = |n: usize| match n {
        1 => "Tienes 1 carácter de más".to_owned(),
        n => format!("Tienes {n} caracteres de más"),
    };
    view! {
        <CharacterCount id="motivo-cita" label="¿Por qué necesitas cambiar tu cita del pasaporte?"
            hint="No escribas datos personales como tu CURP: ya los tenemos." value=value max=200
            remaining=remaining over=over/>
    }
}

pub fn checked_on_continue() -> impl IntoView {
    let value = RwSignal::new(
        "Mi acta de nacimiento dice que nací el 3 de marzo de 1985, pero mi CURP tiene el 3 de mayo.".to_owned(),
    );
    let error = RwSignal::new(None::<String>);
    let remaining = |n: usize| match n {
        1 => "Te queda 1 carácter".to_owned(),
        n => format!("Te quedan {n} caracteres"),
    };
    let over = |n: usize| match n {
        1 => "Tienes 1 carácter de más".to_owned(),
        n => format!("Tienes {n} caracteres de más"),
    };
    let check = move |_: MouseEvent| {
        let text = value.get_untracked();
        error.set(if text.trim().is_empty() {
            Some("Escribe por qué necesitas corregir tu CURP".to_owned())
        } else if text.chars().count() > 200 {
            Some("El motivo debe tener 200 caracteres o menos".to_owned())
        } else {
            None
        });
    };
    view! {
        <CharacterCount id="motivo-correccion-curp" label="¿Por qué necesitas corregir tu CURP?" value=value
            error=error max=200 remaining=remaining over=over/>
        <Button button_type="button" on_click=check>"Continuar"</Button>
    }
}
