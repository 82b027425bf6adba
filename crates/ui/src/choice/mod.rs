//! Questions answered by choosing: radios (one), checkboxes (any) and a
//! select (one, from a long list).

use leptos::prelude::*;

use crate::field::{self, style};

pub(crate) mod examples;

stylance::import_crate_style!(choice_style, "src/choice/style.module.css");

/// One option of a choice question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceOption {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

/// The first option's input takes the question's id, so that an error
/// summary link lands on it; the others add their position.
fn option_id(id: &str, index: usize) -> String {
    if index == 0 {
        id.to_owned()
    } else {
        format!("{id}-{}", index + 1)
    }
}

#[component]
pub fn Radios(
    #[prop(into)] id: String,
    #[prop(into)] legend: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    options: Vec<ChoiceOption>,
    value: RwSignal<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// The question is the page's only one: its words are the page's `h1`.
    #[prop(optional)]
    page_heading: bool,
    /// Classes added to the field's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let items = option_rows(
        id.clone(),
        options,
        "radio",
        move |option| value.with(|chosen| chosen == option),
        move |option, _| value.set(option),
    );
    group(
        id.clone(),
        field::question(legend, page_heading),
        hint,
        error,
        class,
        items,
    )
}

/// A group of checkboxes in a `fieldset`; `value` holds the ticked values.
#[component]
pub fn Checkboxes(
    #[prop(into)] id: String,
    #[prop(into)] legend: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    options: Vec<ChoiceOption>,
    value: RwSignal<Vec<String>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// The question is the page's only one: its words are the page's `h1`.
    #[prop(optional)]
    page_heading: bool,
    /// Classes added to the field's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let items = option_rows(
        id.clone(),
        options,
        "checkbox",
        move |option| value.with(|ticked| ticked.iter().any(|v| v == option)),
        move |option, on| {
            value.update(|ticked| {
                ticked.retain(|v| *v != option);
                if on {
                    ticked.push(option);
                }
            })
        },
    );
    group(
        id.clone(),
        field::question(legend, page_heading),
        hint,
        error,
        class,
        items,
    )
}

/// A labelled drop-down list, for choices too many for radios (a state of
/// the republic). Its first entry, `placeholder`, means "not chosen yet".
#[component]
pub fn Select(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(into)] placeholder: Signal<String>,
    options: Vec<ChoiceOption>,
    value: RwSignal<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional, into)] autocomplete: MaybeProp<String>,
    /// The question is the page's only one: its words are the page's `h1`.
    #[prop(optional)]
    page_heading: bool,
    /// Classes added to the field's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let described_by = field::described_by(&id, hint, error);
    let invalid = move || error.get().map(|_| "true");
    let items = options
        .into_iter()
        .map(|option| {
            let selected = {
                let v = option.value.clone();
                move || value.with(|current| *current == v)
            };
            view! { <option value=option.value prop:selected=selected>{option.label}</option> }
        })
        .collect_view();
    view! {
        <div class=field::wrapper_class(error, class)>
            <label class=style::label for=id.clone()>{field::question(label, page_heading)}</label>
            {field::hint(&id, hint)}
            {field::message(&id, error)}
            <select id=id.clone() name=id.clone() class=field::input_class(style::w30, error)
                autocomplete=move || autocomplete.get() aria-describedby=described_by aria-invalid=invalid
                on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="" prop:selected=move || value.with(String::is_empty)>
                    {move || placeholder.get()}
                </option>
                {items}
            </select>
        </div>
    }
}

/// One row per option of a radios (`kind` "radio") or checkboxes question:
/// the control, its label (the 44 px target) and its hint. `choose` gets
/// the option's value and whether it is now ticked.
fn option_rows(
    id: String,
    options: Vec<ChoiceOption>,
    kind: &'static str,
    is_chosen: impl Fn(&str) -> bool + Clone + Send + Sync + 'static,
    choose: impl Fn(String, bool) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let class = if kind == "checkbox" {
        format!("{} {}", choice_style::control, choice_style::square)
    } else {
        choice_style::control.to_owned()
    };
    options
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let input_id = option_id(&id, index);
            let described_by = option.hint.as_ref().map(|_| field::hint_id(&input_id));
            let (is_chosen, choose) = (is_chosen.clone(), choose.clone());
            let (shown, picked) = (option.value.clone(), option.value.clone());
            view! {
                <div class=choice_style::item>
                    <input id=input_id.clone() type=kind name=id.to_owned() value=option.value class=class.clone()
                        aria-describedby=described_by prop:checked=move || is_chosen(&shown)
                        on:change=move |ev| choose(picked.clone(), event_target_checked(&ev))/>
                    <label for=input_id.clone() class=choice_style::label>{option.label}</label>
                    {option_hint(&input_id, option.hint)}
                </div>
            }
        })
        .collect_view()
}

fn option_hint(input_id: &str, hint: Option<String>) -> impl IntoView + use<> {
    hint.map(|text| view! { <span id=field::hint_id(input_id) class=choice_style::hint>{text}</span> })
}

/// The fieldset around radios or checkboxes: its hint and error describe
/// the whole group.
fn group(
    id: String,
    legend: AnyView,
    hint: MaybeProp<String>,
    error: Signal<Option<String>>,
    class: MaybeProp<String>,
    items: impl IntoView + 'static,
) -> impl IntoView {
    let group_id = format!("{id}-group");
    let described_by = field::described_by(&group_id, hint, error);
    view! {
        <div class=field::wrapper_class(error, class)>
            <fieldset class=style::fieldset aria-describedby=described_by>
                <legend class=style::legend>{legend}</legend>
                {field::hint(&group_id, hint)}
                {field::message(&group_id, error)}
                <div class=choice_style::items>{items}</div>
            </fieldset>
        </div>
    }
}
