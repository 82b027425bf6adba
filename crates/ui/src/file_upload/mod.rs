use leptos::ev::Event;
use leptos::prelude::*;

use crate::field::{self, style as field_style};

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/file_upload/style.module.css");

#[component]
pub fn FileUpload(
    /// The id of the input, also its `name` and the target of error-summary links.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// The kinds of file the chooser offers, e.g. `.pdf,.jpg,.png` or
    /// `application/pdf`; any kind when none. The server must still check.
    #[prop(optional, into)]
    accept: MaybeProp<String>,
    /// Lets the person choose several files at once.
    #[prop(optional)]
    multiple: bool,
    /// Runs when the person chooses or changes the files, with the input's
    /// `change` event (its target is the input, with its `files`).
    #[prop(optional, into)]
    on_change: Option<Callback<Event>>,
    /// The question is the page's only one: its words are the page's `h1`.
    #[prop(optional)]
    page_heading: bool,
    /// Classes added to the field's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let described_by = field::described_by(&id, hint, error);
    let invalid = move || error.get().map(|_| "true");
    let input_class = move || {
        if error.with(Option::is_some) {
            format!("{} {}", style::input, style::invalid)
        } else {
            style::input.to_owned()
        }
    };
    view! {
        <div class=field::wrapper_class(error, class)>
            <label class=field_style::label for=id.clone()>{field::question(label, page_heading)}</label>
            {field::hint(&id, hint)}
            {field::message(&id, error)}
            <input id=id.clone() name=id.clone() type="file" class=input_class accept=move || accept.get()
                multiple=multiple aria-describedby=described_by aria-invalid=invalid
                on:change=move |ev: Event| {
                    if let Some(on_change) = on_change {
                        on_change.run(ev);
                    }
                }/>
        </div>
    }
}
