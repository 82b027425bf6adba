use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/back_link/style.module.css");

#[component]
pub fn BackLink(
    #[prop(into)] href: String,
    /// Classes added to the link's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    children: Children,
) -> impl IntoView {
    let classes = move || match class.get() {
        Some(extra) => format!("{} {extra}", style::back),
        None => style::back.to_owned(),
    };
    view! { <a class=classes href=href>{children()}</a> }
}
