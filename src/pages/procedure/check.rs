use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use ventanilla_core::api::NewApplication;
use ventanilla_core::forms::{Answer, Field, FieldError, FieldKind, FormDefinition, check_field, check_form};
use ventanilla_ui::{Alert, AlertKind, BackLink, Button, SummaryList, SummaryRow, VISUALLY_HIDDEN};

use super::draft::{LastReceipt, TrackingPrefill};
use super::step::RETURN_TO_CHECK;
use super::{Procedure, style, use_procedure};
use crate::api::{self, ApiError};
use crate::clock::today_in_mexico_city;
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::FormRequest;

/// `/solicitud/{form}/revisar`: every answer, each with a link to change it,
/// and the button that sends the application.
#[component]
pub fn CheckAnswers() -> impl IntoView {
    let i18n = use_i18n();
    let procedure = use_procedure();
    let form = expect_context::<FormDefinition>();
    let navigate = use_navigate();
    let sending = FormRequest::new();
    let prefill = use_context::<TrackingPrefill>();
    let failure = RwSignal::new(None::<ApiError>);

    let definition = form.clone();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.is_pending() {
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
        let applicant = answers
            .get(&definition.applicant)
            .and_then(|a| ventanilla_core::validate::curp(a.text()).ok())
            .map(|curp| curp.to_string());
        let key = procedure.idempotency_key.get_value();
        let navigate = navigate.clone();
        let definition = definition.clone();
        failure.set(None);
        sending.send(api::submit(application, key, i18n.lang()), move |result| match result {
            Ok(receipt) => {
                let sent = LastReceipt {
                    form: procedure.id.get_value(),
                    folio: receipt.folio.clone(),
                    submitted_at: receipt.submitted_at.clone(),
                };
                sent.keep();
                procedure.sent.set(Some(sent));
                if let (Some(prefill), Some(curp)) = (prefill, applicant) {
                    prefill.0.set(Some((receipt.folio, curp)));
                }
                procedure.discard();
                navigate(&procedure.sent_href(), Default::default());
            }
            Err(error) => match error.field_errors() {
                Some(errors) => navigate(
                    &show_problems(procedure, &definition, errors.to_vec()),
                    Default::default(),
                ),
                None => failure.set(Some(error)),
            },
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
                    let href = format!("{}?{RETURN_TO_CHECK}", procedure.step_href(index + 1));
                    let label = field.label.clone();
                    let action = ViewFn::from(move || {
                        view! {
                            <a href=href.clone()>
                                {i18n.t("form-change")}
                                <span class=VISUALLY_HIDDEN>" " {label.clone()}</span>
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
        <BackLink href=procedure.step_href(last_step)>{i18n.tr("form-back")}</BackLink>
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
        <form method="post" novalidate on:submit=send>
            <Button busy=Signal::derive(move || sending.pending())>
                {move || if sending.pending() { i18n.t("form-sending") } else if failure.get().is_some() {
                    i18n.t("form-send-again")
                } else {
                    i18n.t("form-send")
                }}
            </Button>
        </form>
    }
}

/// Keeps `errors` to show and gives the page of the first one.
fn show_problems(procedure: Procedure, form: &FormDefinition, errors: Vec<FieldError>) -> String {
    let step = errors.first().and_then(|e| form.step_of(&e.field)).unwrap_or(0);
    procedure.errors.set(errors);
    format!("{}?{RETURN_TO_CHECK}", procedure.step_href(step + 1))
}

/// An answer as the check page shows it: as it will be sent (a CURP in
/// capitals), with option labels rather than values and dates in words;
/// as typed when it doesn't pass its check yet.
pub fn shown(field: &Field, answer: Option<&Answer>) -> String {
    let Some(answer) = answer else {
        return String::new();
    };
    let label_of = |value: &String| {
        field
            .input
            .options()
            .iter()
            .find(|option| &option.value == value)
            .map_or_else(|| value.clone(), |option| option.label.clone())
    };
    let optional = Field {
        required: false,
        ..field.clone()
    };
    let checked = check_field(&optional, Some(answer), today_in_mexico_city());
    match (&field.input, checked) {
        (_, Ok(None)) => String::new(),
        (FieldKind::Date { .. }, Ok(Some(Answer::Text(iso)))) => format::date(use_i18n().lang(), &iso),
        (_, Ok(Some(Answer::Choices(values)))) => values.iter().map(label_of).collect::<Vec<_>>().join("\n"),
        (kind, Ok(Some(Answer::Text(value)))) if !kind.options().is_empty() => label_of(&value),
        (_, Ok(Some(Answer::Text(value)))) => value,
        (_, _) => match answer {
            Answer::Date(parts) => [&parts.day, &parts.month, &parts.year]
                .into_iter()
                .map(|p| p.trim())
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("/"),
            other => other.text().trim().to_owned(),
        },
    }
}
