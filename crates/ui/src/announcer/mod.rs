use leptos::prelude::*;

use crate::visually_hidden;

pub(crate) mod examples;

#[component]
pub fn Announcer(#[prop(into)] message: Signal<String>) -> impl IntoView {
    view! {
        <div class=visually_hidden::style::visually_hidden role="status" aria-live="polite" aria-atomic="true">
            {move || message.get()}
        </div>
    }
}
