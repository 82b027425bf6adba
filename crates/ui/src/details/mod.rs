use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/details/style.module.css");

#[component]
pub fn Details(
    /// What is hidden, said as the summary, e.g. "¿Qué es la homoclave?".
    #[prop(into)]
    summary: Signal<String>,
    /// Classes added to the disclosure's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    children: Children,
) -> impl IntoView {
    let classes = move || crate::class::join(style::details, class.get());
    view! {
        <details class=classes>
            <summary class=style::summary>{move || summary.get()}</summary>
            <div class=style::body>{children()}</div>
        </details>
    }
}
