use leptos::prelude::*;

use crate::visually_hidden;

/// A visually hidden polite live region. Screen readers say each new
/// `message`; use it for what happens out of sight, such as "Page loaded:
/// Accessibility" after a client-side navigation or "12 results".
///
/// Render it once, early, and keep it in the page: a live region added at the
/// same time as its text is not announced.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::Announcer;
///
/// let message = RwSignal::new(String::new());
/// view! { <Announcer message=message/> };
/// ```
#[component]
pub fn Announcer(#[prop(into)] message: Signal<String>) -> impl IntoView {
    view! {
        <div class=visually_hidden::style::visually_hidden role="status" aria-live="polite" aria-atomic="true">
            {move || message.get()}
        </div>
    }
}
