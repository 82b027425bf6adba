use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use ventanilla_core::api::NewApplication;
use ventanilla_core::forms::{Answer, Field, FieldError, FieldKind, FormDefinition, check_form};
use ventanilla_ui::{Alert, AlertKind, BackLink, SummaryList, SummaryRow};

use super::draft::{LastReceipt, TrackingPrefill};
use super::step::RETURN_TO_CHECK;
use super::{Procedure, style, use_procedure};
use crate::api::{self, ApiError};
use crate::clock::today_in_mexico_city;
use crate::format;
use crate::i18n::use_i18n;

/// `/solicitud/{form}/revisar`: every answer, each with a link to change it,
/// and the button that sends the application.
#[component]
pub fn CheckAnswers() -> impl IntoView {
    let i18n = use_i18n();
    let procedure = use_procedure();
    let form = expect_context::<FormDefinition>();
    let navigate = use_navigate();
    let sending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);

    let definition = form.clone();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let answers = procedure.answers.get_untracked();
        // Questions skipped (a link straight here, a draft from an older
        // form) are asked on their own page, as the server's errors are.
        if let Err(errors) = check_form(&definition, &answers, today_in_mexico_city()) {
            navigate(&show_problems(procedure, &definition, errors), Default::default());
            return;
        }
        let application = NewApplication {
            form: procedure.id.get_value(),
            answers: answers.clone(),
        };
        let applicant = answers.get(&definition.applicant).map(|a| a.text().to_owned());
        let key = procedure.idempotency_key.get_value();
        let navigate = navigate.clone();
        let definition = definition.clone();
        sending.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            let result = api::submit(application, key, i18n.lang()).await;
            sending.set(false);
            match result {
                Ok(receipt) => {
                    let form = procedure.id.get_value();
                    LastReceipt {
                        form,
                        folio: receipt.folio.clone(),
                    }
                    .keep();
                    if let (Some(prefill), Some(curp)) = (use_context::<TrackingPrefill>(), applicant) {
                        prefill.0.set(Some((receipt.folio, curp)));
                    }
                    procedure.discard();
                    navigate(&procedure.href("/enviada"), Default::default());
                }
                Err(error) => match error.field_errors() {
                    Some(errors) => navigate(
                        &show_problems(procedure, &definition, errors.to_vec()),
                        Default::default(),
                    ),
                    None => failure.set(Some(error)),
                },
            }
        });
    };

    let sections = form
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let rows = step
                .fields
                .iter()
                .map(|field| {
                    let value = procedure.answers.with_untracked(|all| shown(field, all.get(&field.id)));
                    let value = if value.is_empty() {
                        i18n.t("form-not-answered")
                    } else {
                        value
                    };
                    let href = procedure.href(&format!("/paso/{}?{RETURN_TO_CHECK}", index + 1));
                    let label = field.label.clone();
                    let action = ViewFn::from(move || {
                        view! {
                            <a href=href.clone()>
                                {i18n.t("form-change")}
                                <span class="visually-hidden">" " {label.clone()}</span>
                            </a>
                        }
                    });
                    view! { <SummaryRow key=field.label.clone() action=action>{value}</SummaryRow> }
                })
                .collect_view();
            view! {
                <h2 class=style::section>{step.title.clone()}</h2>
                <SummaryList>{rows}</SummaryList>
            }
        })
        .collect_view();
    let last_step = form.steps.len();
    view! {
        <Title text=move || format!("{} · {}", i18n.t("form-check-title"), form.title)/>
        <BackLink href=procedure.href(&format!("/paso/{last_step}"))>{i18n.tr("form-back")}</BackLink>
        <h1>{i18n.tr("form-check-title")}</h1>
        {sections}
        <h2 class=style::section>{i18n.tr("form-send-title")}</h2>
        <p class=style::intro>{i18n.tr("form-declaration")}</p>
        {move || failure.get().map(|error| view! {
            <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr("form-send-failed-title"))>
                <p>{i18n.t(error.message_key())}</p>
                <p>{i18n.tr("form-send-failed-kept")}</p>
            </Alert>
        })}
        <form novalidate on:submit=send>
            <button type="submit" class="button" aria-disabled=move || sending.get().then_some("true")>
                {move || if sending.get() { i18n.t("form-sending") } else if failure.get().is_some() {
                    i18n.t("form-send-again")
                } else {
                    i18n.t("form-send")
                }}
            </button>
        </form>
    }
}

/// Keeps `errors` to show and gives the page of the first one.
fn show_problems(procedure: Procedure, form: &FormDefinition, errors: Vec<FieldError>) -> String {
    let step = errors.first().and_then(|e| form.step_of(&e.field)).unwrap_or(0);
    procedure.errors.set(errors);
    procedure.href(&format!("/paso/{}?{RETURN_TO_CHECK}", step + 1))
}

/// An answer as the check page shows it: option labels rather than values,
/// dates in words when they are real dates.
fn shown(field: &Field, answer: Option<&Answer>) -> String {
    let Some(answer) = answer else {
        return String::new();
    };
    let label_of = |value: &str| {
        field
            .input
            .options()
            .iter()
            .find(|option| option.value == value)
            .map_or_else(|| value.to_owned(), |option| option.label.clone())
    };
    match (&field.input, answer) {
        (FieldKind::Radios { .. } | FieldKind::Select { .. }, Answer::Text(value)) => {
            if value.is_empty() {
                String::new()
            } else {
                label_of(value)
            }
        }
        (_, Answer::Choices(values)) => values.iter().map(|v| label_of(v)).collect::<Vec<_>>().join("\n"),
        (FieldKind::Date { rule }, Answer::Date(_)) => {
            let field = Field {
                required: false,
                input: FieldKind::Date { rule: *rule },
                ..field.clone()
            };
            match ventanilla_core::forms::check_field(&field, Some(answer), today_in_mexico_city()) {
                Ok(Some(Answer::Text(iso))) => format::date(use_i18n().lang(), &iso),
                _ => {
                    let parts = answer.date();
                    [parts.day, parts.month, parts.year]
                        .into_iter()
                        .filter(|p| !p.trim().is_empty())
                        .collect::<Vec<_>>()
                        .join("/")
                }
            }
        }
        (_, answer) => answer.text().trim().to_owned(),
    }
}
