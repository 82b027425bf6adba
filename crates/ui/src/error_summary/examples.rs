use leptos::prelude::*;

use crate::{Button, ChoiceOption, ErrorSummary, FieldProblem, Radios, TextInput, Width};

crate::examples![
    one_field: "One field, checked on Continuar",
    several_fields: "Two questions, and a summary with its own anchor",
];

pub fn one_field() -> impl IntoView {
    let curp = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let error = Signal::derive(move || problems.with(|list| list.first().map(|p| p.message.clone())));
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if curp.with(|text| text.trim().is_empty()) {
            problems.set(vec![FieldProblem {
                field: "curp-resumen".into(),
                message: "Escribe tu CURP".into(),
            }]);
        } else {
            problems.set(Vec::new());
        }
    };
    view! {
        <ErrorSummary title="Hay un problema" problems=problems/>
        <form novalidate on:submit=check>
            <TextInput id="curp-resumen" label="CURP" hint="Son 18 letras y números" value=curp
                error=error width=Width::Chars20 autocomplete="off" spellcheck=false/>
            <Button>"Continuar"</Button>
        </form>
    }
}

pub fn several_fields() -> impl IntoView {
    let nss = RwSignal::new(String::new());
    let notices = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let error_of = move |field: &'static str| {
        Signal::derive(move || problems.with(|list| list.iter().find(|p| p.field == field).map(|p| p.message.clone())))
    };
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        if nss.with(|text| text.trim().is_empty()) {
            found.push(FieldProblem {
                field: "nss-resumen".into(),
                message: "Escribe tu número de seguridad social".into(),
            });
        }
        if notices.with(String::is_empty) {
            found.push(FieldProblem {
                field: "avisos-resumen".into(),
                message: "Elige cómo quieres recibir avisos de tu trámite".into(),
            });
        }
        problems.set(found);
    };
    let options = vec![
        ChoiceOption {
            value: "correo".into(),
            label: "Por correo electrónico".into(),
            hint: None,
        },
        ChoiceOption {
            value: "sms".into(),
            label: "Por mensaje de texto (SMS)".into(),
            hint: None,
        },
    ];
    view! {
        <ErrorSummary title="Hay un problema" problems=problems anchor="resumen-imss"/>
        <form novalidate on:submit=check>
            <TextInput id="nss-resumen" label="Número de Seguridad Social (NSS)" hint="Son 11 dígitos"
                value=nss error=error_of("nss-resumen") width=Width::Chars10 inputmode="numeric" autocomplete="off"/>
            <Radios id="avisos-resumen" legend="¿Cómo quieres recibir avisos de tu trámite?" options=options
                value=notices error=error_of("avisos-resumen")/>
            <Button>"Continuar"</Button>
        </form>
    }
}
