use leptos::prelude::*;

use crate::{Footer, FooterLinks, NavItem};

crate::examples![
    help_and_links: "Other ways to get help, then the links about the site",
    links_only: "Only the links about the site, and who runs it",
];

pub fn help_and_links() -> impl IntoView {
    view! {
        <Footer>
            <h2>"¿Necesitas ayuda?"</h2>
            <p>"Llama sin costo al " <a href="tel:8000102030">"800 010 2030"</a> ", de lunes a viernes de 8:00 a 20:00."</p>
            <FooterLinks label="Sobre el servicio del SAT">
                <NavItem href="#accesibilidad">"Accesibilidad"</NavItem>
                <NavItem href="#privacidad">"Aviso de privacidad"</NavItem>
                <NavItem href="#datos">"Datos abiertos"</NavItem>
            </FooterLinks>
        </Footer>
    }
}

pub fn links_only() -> impl IntoView {
    view! {
        <Footer>
            <FooterLinks label="Sobre el sitio de Pasaportes">
                <NavItem href="#accesibilidad">"Accesibilidad"</NavItem>
                <NavItem href="#terminos">"Términos de uso"</NavItem>
            </FooterLinks>
            <p>"Un servicio de la Secretaría de Relaciones Exteriores."</p>
        </Footer>
    }
}
