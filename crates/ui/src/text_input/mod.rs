use leptos::prelude::*;

use crate::field::{self, style};

pub(crate) mod examples;

/// How wide a text box looks, in characters: a width that fits the answer
/// tells people what is expected (a postal code takes 5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Width {
    Chars2,
    Chars4,
    Chars10,
    Chars20,
    Chars30,
    #[default]
    Full,
}

impl Width {
    /// The class for this width.
    pub(crate) fn class(self) -> &'static str {
        match self {
            Width::Chars2 => style::w2,
            Width::Chars4 => style::w4,
            Width::Chars10 => style::w10,
            Width::Chars20 => style::w20,
            Width::Chars30 => style::w30,
            Width::Full => "",
        }
    }
}

#[component]
pub fn TextInput(
    /// The id of the input, also its `name` and the target of error-summary links.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    value: RwSignal<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional)] width: Width,
    /// The HTML `type`: text by default; `email` or `tel` where they fit.
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional, into)] autocomplete: MaybeProp<String>,
    /// `numeric` brings up the digits keyboard without `type=number`'s traps.
    #[prop(default = None, into)]
    inputmode: Option<&'static str>,
    #[prop(default = None, into)] spellcheck: Option<bool>,
    /// A multi-line box, for answers of more than a few words.
    #[prop(optional)]
    multiline: bool,
    /// The lines a multi-line box shows: 5 unless told.
    #[prop(default = 5)]
    rows: u32,
    /// The question is the page's only one: its words are the page's `h1`.
    #[prop(optional)]
    page_heading: bool,
    /// Classes added to the field's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let described_by = field::described_by(&id, hint, error);
    let input_class = field::input_class(width.class(), error);
    let invalid = move || error.get().map(|_| "true");
    let spellcheck = spellcheck.map(|on| if on { "true" } else { "false" });
    let input = if multiline {
        view! {
            <textarea id=id.clone() name=id.clone() class=input_class rows=rows autocomplete=move || autocomplete.get()
                spellcheck=spellcheck aria-describedby=described_by aria-invalid=invalid
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))>
            </textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() name=id.clone() type=kind class=input_class autocomplete=move || autocomplete.get()
                inputmode=inputmode spellcheck=spellcheck aria-describedby=described_by aria-invalid=invalid
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        }
        .into_any()
    };
    view! {
        <div class=field::wrapper_class(error, class)>
            <label class=style::label for=id.clone()>{field::question(label, page_heading)}</label>
            {field::hint(&id, hint)}
            {field::message(&id, error)}
            {input}
        </div>
    }
}
