use leptos::prelude::*;

use crate::{Button, Checkboxes, ChoiceOption, Radios, Select};

crate::examples![
    radios: "Radios: one answer, with hints on some options",
    checkboxes: "Checkboxes: any number of answers",
    select: "Select: one of the 32 states, checked on Continuar",
];

pub fn radios() -> impl IntoView {
    let reason = RwSignal::new(String::new());
    let options = vec![
        ChoiceOption {
            value: "robo".into(),
            label: "Me la robaron".into(),
            hint: Some("Necesitarás el número de tu denuncia ante el Ministerio Público".into()),
        },
        ChoiceOption {
            value: "extravio".into(),
            label: "La perdí".into(),
            hint: None,
        },
        ChoiceOption {
            value: "dano".into(),
            label: "Está dañada".into(),
            hint: Some("Por ejemplo, está rota o el chip no funciona".into()),
        },
    ];
    view! {
        <Radios id="motivo-reposicion" legend="¿Qué pasó con tu tarjeta del Bienestar?"
            hint="Elige una opción" options=options value=reason/>
        <p>"Valor elegido: " {move || reason.get()}</p>
    }
}

pub fn checkboxes() -> impl IntoView {
    let documents = RwSignal::new(Vec::<String>::new());
    let option = |value: &str, label: &str, hint: Option<&str>| ChoiceOption {
        value: value.to_owned(),
        label: label.to_owned(),
        hint: hint.map(str::to_owned),
    };
    let options = vec![
        option("acta", "Acta de nacimiento", None),
        option("curp", "CURP", None),
        option(
            "identificacion",
            "Identificación oficial con fotografía",
            Some("INE, pasaporte o cédula profesional"),
        ),
        option("domicilio", "Comprobante de domicilio", Some("De no más de tres meses")),
    ];
    view! {
        <Checkboxes id="documentos" legend="¿Qué documentos tienes?" hint="Marca todos los que tengas"
            options=options value=documents/>
        <p>"Valores marcados: " {move || documents.get().join(", ")}</p>
    }
}

pub fn select() -> impl IntoView {
    let states = [
        "Aguascalientes",
        "Baja California",
        "Baja California Sur",
        "Campeche",
        "Chiapas",
        "Chihuahua",
        "Ciudad de México",
        "Coahuila",
        "Colima",
        "Durango",
        "Estado de México",
        "Guanajuato",
        "Guerrero",
        "Hidalgo",
        "Jalisco",
        "Michoacán",
        "Morelos",
        "Nayarit",
        "Nuevo León",
        "Oaxaca",
        "Puebla",
        "Querétaro",
        "Quintana Roo",
        "San Luis Potosí",
        "Sinaloa",
        "Sonora",
        "Tabasco",
        "Tamaulipas",
        "Tlaxcala",
        "Veracruz",
        "Yucatán",
        "Zacatecas",
    ];
    let options = states
        .into_iter()
        .map(|name| ChoiceOption {
            value: name.to_owned(),
            label: name.to_owned(),
            hint: None,
        })
        .collect::<Vec<_>>();
    let state = RwSignal::new(String::new());
    let checked = RwSignal::new(false);
    let error = Signal::derive(move || {
        (checked.get() && state.with(String::is_empty)).then(|| "Elige el estado donde naciste".to_owned())
    });
    view! {
        <form novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            checked.set(true);
        }>
            <Select id="estado-nacimiento" label="¿En qué estado naciste?" placeholder="Elige un estado"
                options=options value=state error=error/>
            <Button>"Continuar"</Button>
        </form>
    }
}
