use leptos::prelude::*;

use crate::PhaseBanner;

crate::examples![beta: "A service in beta, with a feedback link"];

pub fn beta() -> impl IntoView {
    view! {
        <PhaseBanner phase="Beta">
            "Este es un servicio nuevo de la Ventanilla Única. Tu opinión nos ayuda a mejorarlo: "
            <a href="?opinion=ventanilla">"danos tu opinión"</a>
            "."
        </PhaseBanner>
    }
}
