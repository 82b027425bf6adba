use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/back_link/style.module.css");

#[component]
pub fn BackLink(#[prop(into)] href: String, children: Children) -> impl IntoView {
    view! { <a class=style::back href=href>{children()}</a> }
}
