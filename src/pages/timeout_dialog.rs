//! WCAG 2.2.1: the warning that comes before a time limit ends something
//! (a citizen's draft, a staff session), with the one button that gives
//! more time.

use std::time::Duration;

use leptos::html::Dialog;
use leptos::prelude::*;
use ventanilla_ui::Button;

stylance::import_crate_style!(style, "src/pages/timeout_dialog.module.css");

/// The warning comes this long before the time is up (the texts say "2 minutes").
pub const WARNING_MS: f64 = 2.0 * 60_000.0;
/// How often the idle time is looked at.
pub const CHECK_EVERY: Duration = Duration::from_secs(5);

/// A modal dialog, opened by its owner with `dialog`'s `show_modal`.
/// `on_extend` runs when the person asks for more time: with the button,
/// which closes the dialog, or with Escape, which the browser closes it on.
#[component]
pub fn TimeoutDialog(
    dialog: NodeRef<Dialog>,
    title: Signal<String>,
    text: Signal<String>,
    /// What the button says.
    extend: Signal<String>,
    on_extend: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let on_click = move |_| {
        on_extend();
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    // On `cancel`, which Escape fires at once, not on `close`, which comes a
    // task later: a clock read then could be a later one (the page put away
    // and back).
    let on_cancel = move |_: web_sys::Event| on_extend();
    view! {
        <dialog node_ref=dialog class=style::dialog role="alertdialog" aria-modal="true"
            aria-labelledby="timeout-title" aria-describedby="timeout-text" on:cancel=on_cancel>
            <h2 id="timeout-title">{title}</h2>
            <p id="timeout-text">{text}</p>
            <Button button_type="button" on_click=on_click>{extend}</Button>
        </dialog>
    }
}
