use leptos::prelude::*;

use crate::Panel;

crate::examples![sent: "An application sent, with its folio"];

pub fn sent() -> impl IntoView {
    view! {
        <Panel title="Solicitud enviada">
            <p>"Tu folio es " <strong>"VEN-7K4P9Q2M"</strong></p>
        </Panel>
    }
}
