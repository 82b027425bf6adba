use leptos::prelude::*;

use crate::Loading;

crate::examples![waiting: "Waiting for a list", then_the_result: "Loading, then the result in its place"];

pub fn waiting() -> impl IntoView {
    view! { <Loading label="Cargando categorías de trámites…"/> }
}

pub fn then_the_result() -> impl IntoView {
    let loading = RwSignal::new(false);
    let result = RwSignal::new(None::<String>);
    let consult = move |_: leptos::ev::MouseEvent| {
        result.set(None);
        loading.set(true);
        // Stands for the answer of the server.
        set_timeout(
            move || {
                loading.set(false);
                result.set(Some("Tu solicitud VEN-7K4P9Q2M está en revisión.".to_owned()));
            },
            std::time::Duration::from_secs(2),
        );
    };
    view! {
        <button type="button" on:click=consult>"Consultar el estado de mi solicitud"</button>
        <Show when=move || loading.get()>
            <Loading label="Consultando tu solicitud…"/>
        </Show>
        <p role="status">{move || result.get()}</p>
    }
}
