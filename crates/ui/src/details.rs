use leptos::prelude::*;

stylance::import_crate_style!(style, "src/details.module.css");

/// Extra information that opens on demand: the browser's own `<details>`, so
/// it works with every keyboard and screen reader and without script. The
/// summary is a 44px target with a drawn marker that points down when open.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::Details;
///
/// view! { <Details summary="¿Qué es la homoclave?"><p>"Es la clave del trámite."</p></Details> };
/// ```
#[component]
pub fn Details(
    /// What is hidden, said as the summary, e.g. "¿Qué es la homoclave?".
    #[prop(into)]
    summary: Signal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <details class=style::details>
            <summary class=style::summary>{move || summary.get()}</summary>
            <div class=style::body>{children()}</div>
        </details>
    }
}
