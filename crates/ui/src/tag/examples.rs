use leptos::prelude::*;

use crate::{Tag, TagKind};

crate::examples![kinds: "Every kind of tag", status: "The status of an application"];

pub fn kinds() -> impl IntoView {
    view! {
        <p>
            <Tag>"Gratuito"</Tag> " "
            <Tag kind=TagKind::Online>"En línea"</Tag> " "
            <Tag kind=TagKind::InPerson>"Presencial"</Tag> " "
            <Tag kind=TagKind::Info>"Nuevo"</Tag>
        </p>
    }
}

pub fn status() -> impl IntoView {
    let sent = RwSignal::new(false);
    view! {
        <p>
            "Solicitud VEN-7K4P9Q2M: "
            <Show when=move || sent.get() fallback=|| view! { <Tag>"Borrador"</Tag> }>
                <Tag kind=TagKind::Info>"En revisión"</Tag>
            </Show>
        </p>
        <button type="button" on:click=move |_| sent.set(true)>"Enviar solicitud"</button>
    }
}
