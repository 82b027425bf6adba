use leptos::prelude::*;

use crate::field::{self, style};

pub(crate) mod examples;

stylance::import_crate_style!(date_style, "src/date_input/style.module.css");

/// The words of a date question's three boxes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateLabels {
    pub day: String,
    pub month: String,
    pub year: String,
}

#[component]
pub fn DateInput(
    #[prop(into)] id: String,
    #[prop(into)] legend: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    labels: DateLabels,
    day: RwSignal<String>,
    month: RwSignal<String>,
    year: RwSignal<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// The person's own date of birth: the boxes tell the browser so
    /// (`bday-day`, `bday-month`, `bday-year`), which can then fill them in.
    /// Any other date turns autofill off.
    #[prop(optional)]
    birthday: bool,
    /// The question is the page's only one: its words are the page's `h1`.
    #[prop(optional)]
    page_heading: bool,
    /// Classes added to the field's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let group_id = format!("{id}-group");
    let described_by = field::described_by(&group_id, hint, error);
    let invalid = move || error.get().map(|_| "true");
    let part = move |input_id: String, label: String, value: RwSignal<String>, width: &'static str, purpose| {
        let autocomplete = if birthday { purpose } else { "off" };
        view! {
            <div class=date_style::part>
                <label class=date_style::label for=input_id.clone()>{label}</label>
                <input id=input_id.clone() name=input_id type="text" inputmode="numeric" autocomplete=autocomplete
                    class=field::input_class(width, error) aria-invalid=invalid
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <div class=field::wrapper_class(error, class)>
            <fieldset class=style::fieldset role="group" aria-describedby=described_by>
                <legend class=style::legend>{field::question(legend, page_heading)}</legend>
                {field::hint(&group_id, hint)}
                {field::message(&group_id, error)}
                <div class=date_style::parts>
                    {part(id.clone(), labels.day, day, style::w2, "bday-day")}
                    {part(format!("{id}-month"), labels.month, month, style::w2, "bday-month")}
                    {part(format!("{id}-year"), labels.year, year, style::w4, "bday-year")}
                </div>
            </fieldset>
        </div>
    }
}
