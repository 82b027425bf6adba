use leptos::prelude::*;

use crate::{LanguageOption, LanguageSwitcher};

crate::examples![
    two_languages: "Spanish and English, switching in place",
    indigenous_languages: "Spanish and two Indigenous languages",
];

pub fn two_languages() -> impl IntoView {
    let current = RwSignal::new("es-MX");
    view! {
        <LanguageSwitcher
            label="Idioma"
            options=vec![
                LanguageOption { tag: "es-MX", name: "Español".into() },
                LanguageOption { tag: "en", name: "English".into() },
            ]
            current=current
            href=move |tag: &'static str| format!("#{tag}")
            on_change=move |tag| current.set(tag)
        />
        <p>"Idioma elegido: " {move || current.get()}</p>
    }
}

pub fn indigenous_languages() -> impl IntoView {
    let current = RwSignal::new("es-MX");
    view! {
        <LanguageSwitcher
            label="Lengua de la página"
            options=vec![
                LanguageOption { tag: "es-MX", name: "Español".into() },
                LanguageOption { tag: "nah", name: "Nāhuatlahtōlli".into() },
                LanguageOption { tag: "yua", name: "Maaya t'aan".into() },
            ]
            current=current
            href=move |tag: &'static str| format!("#{tag}")
            on_change=move |tag| current.set(tag)
        />
        <p>"Lengua elegida: " {move || current.get()}</p>
    }
}
