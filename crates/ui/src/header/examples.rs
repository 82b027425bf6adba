use leptos::prelude::*;

use crate::{Current, Header, HeaderActions, HeaderNav, LanguageOption, LanguageSwitcher, NavItem};

crate::examples![
    with_navigation: "A service's name and its sections, the current one marked",
    with_languages: "A tagline, and the language switcher at the end of the line",
];

pub fn with_navigation() -> impl IntoView {
    view! {
        <Header name="Trámites del SAT" home="#sat">
            <HeaderNav label="Secciones del SAT">
                <NavItem href="#declaraciones" current=Current::Page>"Declaraciones"</NavItem>
                <NavItem href="#facturas">"Facturas"</NavItem>
                <NavItem href="#citas">"Citas"</NavItem>
            </HeaderNav>
        </Header>
    }
}

pub fn with_languages() -> impl IntoView {
    let current = RwSignal::new("es-MX");
    view! {
        <Header name="Pasaportes" home="#pasaportes" tagline="Secretaría de Relaciones Exteriores">
            <HeaderActions slot>
                <LanguageSwitcher
                    label="Idioma del servicio"
                    options=vec![
                        LanguageOption { tag: "es-MX", name: "Español".into() },
                        LanguageOption { tag: "en", name: "English".into() },
                    ]
                    current=current
                    href=move |tag: &'static str| format!("#{tag}")
                    on_change=move |tag| current.set(tag)
                />
            </HeaderActions>
        </Header>
    }
}
