use leptos::prelude::*;

use crate::{SearchField, Suggestion};

crate::examples![procedures: "Procedures suggested as you type", offices: "IMSS offices, without a hint"];

pub fn procedures() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let outcome = RwSignal::new("Escribe, por ejemplo, «pasaporte», y elige una sugerencia.".to_owned());
    // In an app, the server's answer for what is typed.
    let suggestions = Signal::derive(move || {
        let typed = text.get().trim().to_lowercase();
        if typed.is_empty() {
            return Vec::new();
        }
        [
            ("consulta-curp", "Consulta tu CURP", "RENAPO"),
            ("pasaporte", "Pasaporte por primera vez", "SRE"),
            ("renovacion-pasaporte", "Renovación de pasaporte", "SRE"),
            ("numero-seguridad-social", "Número de Seguridad Social", "IMSS"),
            (
                "acta-nacimiento",
                "Copia certificada del acta de nacimiento",
                "Registro Civil",
            ),
        ]
        .into_iter()
        .filter(|(_, title, _)| title.to_lowercase().contains(&typed))
        .map(|(id, title, agency)| Suggestion {
            id: id.to_owned(),
            title: title.to_owned(),
            subtitle: agency.to_owned(),
            href: format!("/tramites/{id}"),
        })
        .collect::<Vec<_>>()
    });
    let status = Signal::derive(move || {
        if text.read().trim().is_empty() {
            return String::new();
        }
        match suggestions.read().len() {
            0 => "Sin sugerencias".to_owned(),
            1 => "1 sugerencia".to_owned(),
            n => format!("{n} sugerencias"),
        }
    });
    view! {
        <SearchField
            id="buscar-tramite"
            label="Busca un trámite"
            hint="Por ejemplo: pasaporte, CURP, acta de nacimiento"
            value=text
            suggestions=suggestions
            status=status
            button_label="Buscar"
            on_submit=Callback::new(move |typed: String| outcome.set(format!("Buscaste «{typed}».")))
            on_select=Callback::new(move |chosen: Suggestion| {
                outcome.set(format!("Elegiste «{}»; la app iría a {}.", chosen.title, chosen.href))
            })
        />
        <p role="status">{move || outcome.get()}</p>
    }
}

pub fn offices() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let outcome = RwSignal::new("Escribe el nombre de una ciudad, por ejemplo «Puebla».".to_owned());
    let suggestions = Signal::derive(move || {
        let typed = text.get().trim().to_lowercase();
        if typed.is_empty() {
            return Vec::new();
        }
        [
            ("umf-20", "Unidad de Medicina Familiar 20", "Ciudad de México"),
            ("umf-6", "Unidad de Medicina Familiar 6", "Puebla, Puebla"),
            ("subdelegacion-puebla", "Subdelegación Puebla Norte", "Puebla, Puebla"),
            ("umf-48", "Unidad de Medicina Familiar 48", "Guadalajara, Jalisco"),
        ]
        .into_iter()
        .filter(|(_, name, city)| format!("{name} {city}").to_lowercase().contains(&typed))
        .map(|(id, name, city)| Suggestion {
            id: id.to_owned(),
            title: name.to_owned(),
            subtitle: city.to_owned(),
            href: format!("/oficinas/{id}"),
        })
        .collect::<Vec<_>>()
    });
    let status = Signal::derive(move || {
        if text.read().trim().is_empty() {
            return String::new();
        }
        match suggestions.read().len() {
            0 => "Sin oficinas".to_owned(),
            1 => "1 oficina".to_owned(),
            n => format!("{n} oficinas"),
        }
    });
    view! {
        <SearchField
            id="buscar-oficina"
            label="Busca una oficina del IMSS"
            value=text
            suggestions=suggestions
            status=status
            button_label="Buscar"
            on_submit=Callback::new(move |typed: String| outcome.set(format!("Buscaste oficinas en «{typed}».")))
            on_select=Callback::new(move |office: Suggestion| {
                outcome.set(format!("Elegiste {}, en {}.", office.title, office.subtitle))
            })
        />
        <p role="status">{move || outcome.get()}</p>
    }
}
