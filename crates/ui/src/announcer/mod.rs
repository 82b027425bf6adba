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
    let classes = move || crate::class::join(visually_hidden::style::visually_hidden, class.get());
    view! {
        <div class=classes role="status" aria-live="polite" aria-atomic="true">
            {move || message.get()}
        </div>
    }
}
