use std::time::Duration;

use leptos::prelude::*;

use crate::field::{self, style as field_style};

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/character_count/style.module.css");

/// How long typing must pause before screen readers hear the count.
const PAUSE: Duration = Duration::from_millis(1000);

#[component]
pub fn CharacterCount(
    /// The id of the textarea, also its `name` and the target of
    /// error-summary links.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    value: RwSignal<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// How many characters the answer may have.
    max: usize,
    /// What is said while under the limit, from how many characters are
    /// left, e.g. "Te quedan 12 caracteres".
    #[prop(into)]
    remaining: Callback<usize, String>,
    /// What is said past the limit, from how many characters are too many,
    /// e.g. "Tienes 3 caracteres de más".
    #[prop(into)]
    over: Callback<usize, String>,
    /// Classes added to the field's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let length = Memo::new(move |_| value.with(|text| text.chars().count()));
    let is_over = move || length.get() > max;
    let message = move |count: usize| {
        if count > max {
            over.run(count - max)
        } else {
            remaining.run(max - count)
        }
    };

    // The polite region speaks once typing pauses, not at each key, and not
    // when the page loads.
    let announced = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let start = length.get_untracked();
    Effect::new(move |previous: Option<usize>| {
        let count = length.get();
        if count != previous.unwrap_or(start) {
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let text = message(count);
            pending.set_value(set_timeout_with_handle(move || announced.set(text), PAUSE).ok());
        }
        count
    });

    let count_id = format!("{id}-count");
    let field_ids = field::described_by(&id, hint, error);
    let described_by = {
        let count_id = count_id.clone();
        move || match field_ids() {
            Some(ids) => format!("{ids} {count_id}"),
            None => count_id.clone(),
        }
    };
    let textarea_class = move || {
        let invalid = if error.with(Option::is_some) || is_over() {
            field_style::invalid
        } else {
            ""
        };
        format!("{} {invalid}", field_style::input)
    };
    let count_class = move || {
        if is_over() {
            format!("{} {}", style::count, style::over)
        } else {
            style::count.to_owned()
        }
    };
    let invalid = move || error.get().map(|_| "true");
    view! {
        <div class=field::wrapper_class(error, class)>
            <label class=field_style::label for=id.clone()>{move || label.get()}</label>
            {field::hint(&id, hint)}
            {field::message(&id, error)}
            <textarea id=id.clone() name=id.clone() class=textarea_class rows="5" aria-describedby=described_by
                aria-invalid=invalid prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))>
            </textarea>
            // Shown, and read as the textarea's description; the live region
            // below says it to screen readers as it changes.
            <span id=count_id class=count_class aria-hidden="true">{move || message(length.get())}</span>
            <span class=crate::VISUALLY_HIDDEN aria-live="polite" aria-atomic="true">{move || announced.get()}</span>
        </div>
    }
}
