use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/details/style.module.css");

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
