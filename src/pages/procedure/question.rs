//! One question of a form definition, as the ui component for its kind,
//! bound to its answer in the procedure's draft.

use leptos::prelude::*;
use ventanilla_core::forms::{Answer, Answers, DateParts, Field, FieldKind};
use ventanilla_ui::{Checkboxes, ChoiceOption, DateInput, Radios, Select, TextInput, Width};

use crate::i18n::use_i18n;
use crate::pages::date_labels;

/// The component for `field`, showing `error` beside it; `page_heading`
/// when the question is its page's only one, and its words the page's `h1`.
pub fn question(
    field: &Field,
    answers: RwSignal<Answers>,
    error: Signal<Option<String>>,
    page_heading: bool,
) -> AnyView {
    let i18n = use_i18n();
    let current = answers.with_untracked(|all| all.get(&field.id).cloned());
    let id = field.id.clone();
    let label = field.label.clone();
    let hint = field.hint.clone();
    let autocomplete = field.autocomplete.clone();
    match &field.input {
        FieldKind::Radios { options } => {
            let value = text_signal(&id, current, answers);
            view! {
                <Radios id=id legend=label hint=hint options=choices(options) value=value error=error
                    page_heading=page_heading/>
            }
            .into_any()
        }
        FieldKind::Select { options } => {
            let value = text_signal(&id, current, answers);
            let placeholder = i18n.t("form-choose-placeholder");
            view! {
                <Select id=id label=label hint=hint placeholder=placeholder options=choices(options) value=value
                    error=error autocomplete=autocomplete page_heading=page_heading/>
            }
            .into_any()
        }
        FieldKind::Checkboxes { options } => {
            let value = RwSignal::new(current.map(|a| a.choices().to_vec()).unwrap_or_default());
            keep(&id, answers, move || Answer::Choices(value.get()));
            view! {
                <Checkboxes id=id legend=label hint=hint options=choices(options) value=value error=error
                    page_heading=page_heading/>
            }
            .into_any()
        }
        FieldKind::Date { .. } => {
            let typed = current.map(|a| a.date()).unwrap_or_default();
            let (day, month, year) = (
                RwSignal::new(typed.day),
                RwSignal::new(typed.month),
                RwSignal::new(typed.year),
            );
            keep(&id, answers, move || {
                Answer::Date(DateParts {
                    day: day.get(),
                    month: month.get(),
                    year: year.get(),
                })
            });
            view! {
                <DateInput id=id legend=label hint=hint labels=date_labels(i18n) day=day month=month year=year error=error
                    page_heading=page_heading/>
            }
            .into_any()
        }
        kind => {
            let value = text_signal(&id, current, answers);
            let box_for = |width, kind, inputmode, spellcheck| TextBox {
                width,
                kind,
                inputmode,
                spellcheck,
                multiline: false,
            };
            let shape = match kind {
                FieldKind::Text { max_length } => box_for(width_for(*max_length), "text", None, None),
                FieldKind::Textarea { .. } => TextBox {
                    multiline: true,
                    ..box_for(Width::Full, "text", None, None)
                },
                FieldKind::Curp | FieldKind::Rfc => box_for(Width::Chars20, "text", None, Some(false)),
                FieldKind::Phone => box_for(Width::Chars20, "tel", Some("tel"), Some(false)),
                FieldKind::PostalCode => box_for(Width::Chars10, "text", Some("numeric"), Some(false)),
                FieldKind::Nss => box_for(Width::Chars20, "text", Some("numeric"), Some(false)),
                _ => box_for(Width::Chars30, "email", Some("email"), Some(false)),
            };
            view! {
                <TextInput id=id label=label hint=hint value=value error=error width=shape.width kind=shape.kind
                    inputmode=shape.inputmode spellcheck=shape.spellcheck multiline=shape.multiline
                    autocomplete=autocomplete page_heading=page_heading/>
            }
            .into_any()
        }
    }
}

/// How a text question's box looks and which keyboard it brings up.
struct TextBox {
    width: Width,
    kind: &'static str,
    inputmode: Option<&'static str>,
    spellcheck: Option<bool>,
    multiline: bool,
}

/// A box about as wide as the longest answer it takes.
fn width_for(max_length: u16) -> Width {
    match max_length {
        0..=4 => Width::Chars4,
        5..=11 => Width::Chars10,
        12..=20 => Width::Chars20,
        21..=40 => Width::Chars30,
        _ => Width::Full,
    }
}

fn choices(options: &[ventanilla_core::forms::Choice]) -> Vec<ChoiceOption> {
    options
        .iter()
        .map(|option| ChoiceOption {
            value: option.value.clone(),
            label: option.label.clone(),
            hint: option.hint.clone(),
        })
        .collect()
}

/// A text answer's own signal, written back to the draft as it changes.
fn text_signal(id: &str, current: Option<Answer>, answers: RwSignal<Answers>) -> RwSignal<String> {
    let value = RwSignal::new(current.map(|a| a.text().to_owned()).unwrap_or_default());
    keep(id, answers, move || Answer::Text(value.get()));
    value
}

/// Copies a question's answer into the draft whenever it changes (not at
/// first: the field starts from the draft, which the browser may be
/// restoring into the empty form the server rendered).
fn keep(id: &str, answers: RwSignal<Answers>, answer: impl Fn() -> Answer + 'static) {
    let id = id.to_owned();
    Effect::new(move |started: Option<()>| {
        let answer = answer();
        if started.is_some() {
            answers.update(|all| {
                all.insert(id.clone(), answer);
            });
        }
    });
}
