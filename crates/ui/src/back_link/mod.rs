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
    let classes = move || crate::class::join(style::back, class.get());
    view! { <a class=classes href=href>{children()}</a> }
}
