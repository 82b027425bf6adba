use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/loading/style.module.css");

#[component]
pub fn Loading(#[prop(into)] label: Signal<String>) -> impl IntoView {
    view! {
        <p class=style::loading role="status">
            <span class=style::spinner aria-hidden="true"></span>
            {move || label.get()}
        </p>
    }
}
