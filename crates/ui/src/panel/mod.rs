use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/panel/style.module.css");

#[component]
pub fn Panel(
    #[prop(into)] title: Signal<String>,
    /// Classes added to the panel's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    children: Children,
) -> impl IntoView {
    let classes = move || crate::class::join(style::panel, class.get());
    view! {
        <div class=classes>
            <h1 class=style::title tabindex="-1">{move || title.get()}</h1>
            <div class=style::body>{children()}</div>
        </div>
    }
}
