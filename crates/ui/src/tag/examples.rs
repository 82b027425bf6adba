use leptos::prelude::*;

use crate::{Tag, TagColour};

crate::examples![kinds: "Every kind of tag", status: "The status of an application"];

pub fn kinds() -> impl IntoView {
    view! {
        <p>
            <Tag>"Gratuito"</Tag> " "
            <Tag colour=TagColour::Green>"En línea"</Tag> " "
            <Tag colour=TagColour::Turquoise>"Presencial"</Tag> " "
            <Tag colour=TagColour::Brand>"Nuevo"</Tag>
        </p>
    }
}

pub fn status() -> impl IntoView {
    let sent = RwSignal::new(false);
    view! {
        <p>
            "Solicitud VEN-7K4P9Q2M: "
            <Show when=move || sent.get() fallback=|| view! { <Tag>"Borrador"</Tag> }>
                <Tag colour=TagColour::Brand>"En revisión"</Tag>
            </Show>
        </p>
        <button type="button" on:click=move |_| sent.set(true)>"Enviar solicitud"</button>
    }
}
