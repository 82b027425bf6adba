use leptos::prelude::*;

use crate::visually_hidden;

pub(crate) mod examples;

#[component]
pub fn Announcer(
    #[prop(into)] message: Signal<String>,
    /// Classes added to the announcer's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let classes = move || match class.get() {
        Some(extra) => format!("{} {extra}", visually_hidden::style::visually_hidden),
        None => visually_hidden::style::visually_hidden.to_owned(),
    };
    view! {
        <div class=classes role="status" aria-live="polite" aria-atomic="true">
            {move || message.get()}
        </div>
    }
}
