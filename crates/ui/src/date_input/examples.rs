use leptos::prelude::*;

use crate::{Button, DateInput, DateLabels};

crate::examples![
    birthday: "A date of birth, which the browser can fill in",
    checked_on_continue: "A date checked on Continuar, with its error",
];

pub fn birthday() -> impl IntoView {
    let day = RwSignal::new(String::new());
    let month = RwSignal::new(String::new());
    let year = RwSignal::new(String::new());
    let labels = DateLabels {
        day: "Día".into(),
        month: "Mes".into(),
        year: "Año".into(),
    };
    view! {
        <DateInput id="nacimiento" legend="¿Cuál es tu fecha de nacimiento?" hint="Por ejemplo, 27 3 1990"
            labels=labels day=day month=month year=year birthday=true/>
    }
}

pub fn checked_on_continue() -> impl IntoView {
    let day = RwSignal::new(String::new());
    let month = RwSignal::new(String::new());
    let year = RwSignal::new(String::new());
    let labels = DateLabels {
        day: "Día".into(),
        month: "Mes".into(),
        year: "Año".into(),
    };
    let error = RwSignal::new(None::<String>);
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let missing = [day, month, year]
            .iter()
            .any(|part| part.with(|text| text.trim().is_empty()));
        error.set(missing.then(|| "La fecha de expedición debe incluir día, mes y año".to_owned()));
    };
    view! {
        <form novalidate on:submit=check>
            <DateInput id="expedicion-pasaporte" legend="¿Cuándo se expidió tu pasaporte?"
                hint="Viene en la página de datos de tu pasaporte. Por ejemplo, 8 11 2019"
                labels=labels day=day month=month year=year error=error/>
            <Button>"Continuar"</Button>
        </form>
    }
}
