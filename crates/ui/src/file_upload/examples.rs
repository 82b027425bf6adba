use leptos::ev::Event;
use leptos::prelude::*;

use crate::FileUpload;

crate::examples![
    birth_certificate: "A document, with the kinds of file accepted",
    with_error: "A file upload with an error",
];

pub fn birth_certificate() -> impl IntoView {
    let chosen = RwSignal::new(String::new());
    // The browser gives the first file's name behind a fake path.
    let change = move |ev: Event| {
        let value = event_target_value(&ev);
        let name = value.rsplit(['\\', '/']).next().unwrap_or_default().to_owned();
        chosen.set(name);
    };
    view! {
        <FileUpload id="acta-nacimiento" label="Sube tu acta de nacimiento" hint="PDF, JPG o PNG, de hasta 5 MB"
            accept=".pdf,.jpg,.jpeg,.png" on_change=change/>
        <p role="status">
            {move || (!chosen.read().is_empty()).then(|| format!("Elegiste: {}", chosen.get()))}
        </p>
    }
}

pub fn with_error() -> impl IntoView {
    view! {
        <FileUpload id="comprobante-domicilio" label="Sube tu comprobante de domicilio"
            hint="De no más de tres meses. PDF, JPG o PNG, de hasta 5 MB" accept=".pdf,.jpg,.jpeg,.png"
            error=Some("El archivo debe pesar 5 MB o menos".to_owned())/>
    }
}
