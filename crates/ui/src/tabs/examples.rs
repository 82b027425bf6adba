use leptos::prelude::*;

use crate::{TabItem, Tabs};

crate::examples![annual_return: "The ways to do a procedure: the annual tax return"];

pub fn annual_return() -> impl IntoView {
    let tabs = vec![
        TabItem {
            id: "declaracion-internet".into(),
            label: "Por internet".into(),
            panel: ViewFn::from(|| {
                view! {
                    <h4>"Por internet"</h4>
                    <p>
                        "Entra al portal del SAT con tu RFC y tu contraseña o tu e.firma, y elige «Declaración "
                        "anual»."
                    </p>
                    <p>
                        "La mayoría de los datos ya vienen llenos: revisa tus ingresos y tus deducciones antes de "
                        "enviarla."
                    </p>
                }
            }),
        },
        TabItem {
            id: "declaracion-app".into(),
            label: "En la app SAT Móvil".into(),
            panel: ViewFn::from(|| {
                view! {
                    <h4>"En la app SAT Móvil"</h4>
                    <p>"Si solo tienes ingresos por sueldos y salarios, puedes presentarla desde tu celular."</p>
                }
            }),
        },
        TabItem {
            id: "declaracion-oficina".into(),
            label: "En una oficina".into(),
            panel: ViewFn::from(|| {
                view! {
                    <h4>"En una oficina del SAT"</h4>
                    <p>"Saca una cita y lleva tu identificación oficial y tu contraseña o tu e.firma."</p>
                    <p><a href="/oficinas">"Busca una oficina del SAT"</a></p>
                }
            }),
        },
    ];
    view! { <Tabs id="formas-declaracion" title="Formas de presentar tu declaración" level=4 tabs=tabs/> }
}
