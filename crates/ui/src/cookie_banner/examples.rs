use leptos::prelude::*;

use crate::CookieBanner;

crate::examples![analytics: "Analytics cookies, accepted or rejected"];

pub fn analytics() -> impl IntoView {
    let consent = RwSignal::new(None::<bool>);
    view! {
        <CookieBanner heading="Cookies en la Ventanilla Única" accept_text="Aceptar cookies de análisis"
            reject_text="Rechazar cookies de análisis" settings_href="?configurar=cookies"
            settings_text="Ver las cookies"
            accepted=|| view! {
                <p>
                    "Aceptaste las cookies de análisis. Puedes "
                    <a href="?configurar=cookies">"cambiar tu configuración de cookies"</a>
                    " cuando quieras."
                </p>
            }
            rejected=|| view! {
                <p>
                    "Rechazaste las cookies de análisis. Puedes "
                    <a href="?configurar=cookies">"cambiar tu configuración de cookies"</a>
                    " cuando quieras."
                </p>
            }
            hide_text="Ocultar este mensaje" on_accept=move || consent.set(Some(true))
            on_reject=move || consent.set(Some(false))>
            <p>"Usamos algunas cookies esenciales para que el sitio funcione."</p>
            <p>
                "Nos gustaría usar también cookies de análisis, para saber cómo usas la Ventanilla Única y "
                "mejorarla."
            </p>
        </CookieBanner>
        <p>
            "Lo que la app guardó: "
            {move || match consent.get() {
                None => "nada todavía",
                Some(true) => "aceptó",
                Some(false) => "rechazó",
            }}
        </p>
    }
}
