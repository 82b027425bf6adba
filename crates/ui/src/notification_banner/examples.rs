use leptos::prelude::*;

use crate::NotificationBanner;

crate::examples![
    important: "A notice that affects the whole service",
    success: "A success, announced at once, after sending an application",
];

pub fn important() -> impl IntoView {
    view! {
        <NotificationBanner title="Importante" id="aviso-pasaporte">
            <p><strong>"Del 23 al 31 de diciembre no habrá citas para el pasaporte en las oficinas de la SRE."</strong></p>
            <p>"Las citas que ya tenías para esas fechas se mantienen. " <a href="/tramites/pasaporte">"Consulta los requisitos del pasaporte"</a></p>
        </NotificationBanner>
    }
}

pub fn success() -> impl IntoView {
    view! {
        <NotificationBanner title="Listo" id="aviso-enviado" success=true>
            <p><strong>"Enviamos tu solicitud de cambio de clínica al IMSS."</strong></p>
            <p>"Tu folio es VEN-7K4P9Q2M. Con él y tu CURP puedes ver cómo va en " <a href="/seguimiento">"Seguimiento"</a> "."</p>
        </NotificationBanner>
    }
}
