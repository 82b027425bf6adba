use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/panel/style.module.css");

#[component]
pub fn Panel(#[prop(into)] title: String, children: Children) -> impl IntoView {
    view! {
        <div class=style::panel>
            <h1 class=style::title tabindex="-1">{title}</h1>
            <div class=style::body>{children()}</div>
        </div>
    }
}
