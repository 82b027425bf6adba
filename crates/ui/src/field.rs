//! What every form field shares: its label or legend, hint and error
//! message, wired to the control with `aria-describedby`.

use leptos::prelude::*;

stylance::import_crate_style!(pub(crate) style, "src/field.module.css");

/// The id of a field's hint.
pub(crate) fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

/// The id of a field's error message.
pub(crate) fn error_id(id: &str) -> String {
    format!("{id}-error")
}

/// The `aria-describedby` of a control: its hint while it has one, then its
/// error while it has one.
pub(crate) fn described_by(
    id: &str,
    hint: MaybeProp<String>,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + use<> {
    let id = id.to_owned();
    move || {
        let ids: Vec<String> = [
            hint.with(Option::is_some).then(|| hint_id(&id)),
            error.get().map(|_| error_id(&id)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The class of a field's wrapper, marked while it has an error, followed
/// by the classes its caller adds.
pub(crate) fn wrapper_class(error: Signal<Option<String>>, class: MaybeProp<String>) -> impl Fn() -> String {
    move || {
        let own = match error.get() {
            Some(_) => format!("{} {}", style::field, style::error),
            None => style::field.to_owned(),
        };
        crate::class::join(&own, class.get())
    }
}

/// The class of an input, marked while it has an error.
pub(crate) fn input_class(extra: &'static str, error: Signal<Option<String>>) -> impl Fn() -> String {
    move || {
        let invalid = if error.get().is_some() { style::invalid } else { "" };
        format!("{} {extra} {invalid}", style::input)
    }
}

/// A question's words, as the page's `h1` when the question is the whole
/// page (GOV.UK's pattern: a screen reader hears the question once).
pub(crate) fn question(text: Signal<String>, page_heading: bool) -> AnyView {
    let text = move || text.get();
    if page_heading {
        view! { <h1 class=style::heading>{text}</h1> }.into_any()
    } else {
        text.into_any()
    }
}

/// The hint, while there is one.
pub(crate) fn hint(id: &str, text: MaybeProp<String>) -> impl IntoView + use<> {
    let id = hint_id(id);
    move || {
        text.get()
            .map(|text| view! { <span id=id.clone() class=style::hint>{text}</span> })
    }
}

/// The word screen readers say before each field's error message ("Error:"
/// by default): provide it in the page's language with `provide_context`.
#[derive(Clone, Copy, Debug)]
pub struct ErrorPrefix(pub Signal<String>);

/// The error message, while there is one, after a hidden "Error:" for people
/// who don't see the colour.
pub(crate) fn message(id: &str, error: Signal<Option<String>>) -> impl IntoView + use<> {
    let id = error_id(id);
    let prefix = use_context::<ErrorPrefix>().map_or_else(|| Signal::stored("Error:".to_owned()), |p| p.0);
    move || {
        error.get().map(|text| {
            view! {
                <span id=id.clone() class=style::message>
                    <span class=crate::visually_hidden::style::visually_hidden>{prefix.get()} " "</span>
                    {text}
                </span>
            }
        })
    }
}
