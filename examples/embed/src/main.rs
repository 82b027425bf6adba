//! A page of another agency's site built with ventanilla-ui: one form that
//! asks for a CURP and a date of birth, checks both with Ventanilla's own
//! rules on Continuar, and lists what is wrong in an error summary.

use leptos::prelude::*;
use ventanilla_core::validate::{CurpError, curp};
use ventanilla_ui::{Button, DateInput, DateLabels, ErrorSummary, FieldProblem, Panel, Stylesheet, TextInput, Width};

fn main() {
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let sent = RwSignal::new(false);
    view! {
        <Stylesheet/>
        <main>
            <Show when=move || sent.get() fallback=move || view! { <Request on_valid=move || sent.set(true)/> }>
                <Panel title="Solicitud recibida">"Te enviaremos tu constancia por correo."</Panel>
            </Show>
        </main>
    }
}

/// What a person typed, and what is wrong with it.
#[component]
fn Request(on_valid: impl Fn() + Copy + 'static) -> impl IntoView {
    let curp_text = RwSignal::new(String::new());
    let (day, month, year) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let error_of = move |field: &'static str| {
        Signal::derive(move || problems.with(|list| list.iter().find(|p| p.field == field).map(|p| p.message.clone())))
    };
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let date = [day, month, year].map(|part| part.get().trim().parse::<u16>().ok());
        let found = problems_with(&curp_text.get(), date);
        if found.is_empty() {
            on_valid();
        }
        problems.set(found);
    };
    let labels = DateLabels {
        day: "Día".into(),
        month: "Mes".into(),
        year: "Año".into(),
    };
    view! {
        <h1>"Constancia de vigencia de derechos"</h1>
        <ErrorSummary title="Hay un problema" problems=problems/>
        <form novalidate on:submit=check>
            <TextInput id="curp" label="CURP" hint="Son 18 letras y números".to_owned() value=curp_text
                error=error_of("curp") width=Width::Chars20 autocomplete="off" spellcheck=false/>
            <DateInput id="nacimiento" legend="¿Cuál es tu fecha de nacimiento?" hint="Por ejemplo, 27 3 1990".to_owned()
                labels=labels day=day month=month year=year error=error_of("nacimiento") birthday=true/>
            <Button>"Continuar"</Button>
        </form>
    }
}

/// The CURP by Ventanilla's rule, and the date as the one the CURP holds.
fn problems_with(typed_curp: &str, date: [Option<u16>; 3]) -> Vec<FieldProblem> {
    let mut found = Vec::new();
    let problem = |field: &str, message: &str| FieldProblem {
        field: field.into(),
        message: message.into(),
    };
    let valid = curp(typed_curp);
    if let Err(error) = &valid {
        found.push(problem("curp", curp_message(*error)));
    }
    match (date, valid) {
        ([Some(d), Some(m), Some(y)], Ok(valid)) if valid.birth_date() != (y, m as u8, d as u8) => {
            found.push(problem("nacimiento", "La fecha de nacimiento no es la de tu CURP"));
        }
        ([Some(_), Some(_), Some(_)], _) => {}
        _ => found.push(problem(
            "nacimiento",
            "Escribe tu fecha de nacimiento con día, mes y año",
        )),
    }
    found
}

fn curp_message(error: CurpError) -> &'static str {
    match error {
        CurpError::Empty => "Escribe tu CURP",
        CurpError::Length => "Tu CURP debe tener 18 letras y números",
        _ => "Revisa tu CURP: no es válida",
    }
}
