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
    let classes = move || match class.get() {
        Some(extra) => format!("{} {extra}", style::inset),
        None => style::inset.to_owned(),
    };
    view! { <div class=classes>{children()}</div> }
}
