use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/inset_text/style.module.css");

#[component]
pub fn InsetText(
    /// Classes added to the inset's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// What is set apart: a paragraph or two, a quote, an example.
    children: Children,
) -> impl IntoView {
    let classes = move || crate::class::join(style::inset, class.get());
    view! { <div class=classes>{children()}</div> }
}
