use leptos::prelude::*;
use ventanilla_core::api::{SmsConfirmation, SmsSubscription};
use ventanilla_core::validate::{self, Rule};
use ventanilla_ui::{Alert, AlertKind, Button, ErrorSummary, FieldProblem, TextInput, Width};

use super::style;
use crate::api::{self, ApiError};
use crate::i18n::use_i18n;
use crate::pages::{FormRequest, message_of};
use crate::shell::{announce, announcer, focus_when_shown};

const TITLE_ID: &str = "sms-title";

/// Subscribing a mobile phone to an application's updates: the number, then
/// the one-time code it receives.
#[component]
pub fn SmsUpdates(
    folio: String,
    curp: String,
    /// The phones already subscribed, masked.
    subscribed: Vec<String>,
    /// Called once a phone is confirmed, to show it among the subscribed.
    on_confirmed: Callback<()>,
    /// Shown again because a phone was just confirmed: that is said, and the
    /// focus (its form is gone) goes to the heading, before the phones.
    just_confirmed: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if just_confirmed {
        let say = announcer();
        focus_when_shown(TITLE_ID, move || say(i18n.t("tracking-sms-confirmed")));
    }
    let phone = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let code_sent = RwSignal::new(false);
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let (folio, curp) = (StoredValue::new(folio), StoredValue::new(curp));

    // A rule broken by what was typed is shown beside its field; anything
    // else (too many codes, no connection) in an alert.
    let show = move |error: ApiError, field: &'static str| {
        let code = match &error {
            ApiError::Status {
                status: 422,
                problem: Some(p),
            } => Some(p.code.clone()),
            _ => None,
        };
        match code {
            Some(code) => problems.set(vec![FieldProblem {
                field: field.into(),
                message: i18n.t(&sms_message_key(&code)),
            }]),
            None => failure.set(Some(error)),
        }
    };
    // One request at a time: a double tap on "send me a code" sends one text.
    let sending = FormRequest::new();
    let request_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.is_pending() {
            return;
        }
        failure.set(None);
        let number = match validate::phone(&phone.get_untracked()) {
            Ok(number) => number,
            Err(error) => {
                problems.set(vec![FieldProblem {
                    field: "sms_phone".into(),
                    message: i18n.t(&error.message_key()),
                }]);
                return;
            }
        };
        problems.set(Vec::new());
        let request = SmsSubscription {
            folio: folio.get_value(),
            curp: curp.get_value(),
            phone: number.to_string(),
        };
        sending.send(api::request_sms(request, i18n.lang()), move |result| match result {
            Ok(()) => {
                code_sent.set(true);
                announce(i18n.t("tracking-sms-code-sent"));
            }
            Err(error) => show(error, "sms_phone"),
        });
    };
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.is_pending() {
            return;
        }
        failure.set(None);
        if code.get_untracked().trim().is_empty() {
            problems.set(vec![FieldProblem {
                field: "sms_code".into(),
                message: i18n.t("tracking-sms-code-required"),
            }]);
            return;
        }
        problems.set(Vec::new());
        let confirmation = SmsConfirmation {
            folio: folio.get_value(),
            curp: curp.get_value(),
            phone: phone.get_untracked(),
            code: code.get_untracked().trim().to_owned(),
        };
        sending.send(
            api::confirm_sms(confirmation, i18n.lang()),
            move |result| match result {
                Ok(()) => {
                    code_sent.set(false);
                    code.set(String::new());
                    phone.set(String::new());
                    on_confirmed.run(());
                }
                Err(error) => show(error, "sms_code"),
            },
        );
    };
    let error_of = move |field: &'static str| message_of(problems.into(), field);
    let phones = subscribed
        .into_iter()
        .map(|masked| view! { <li>{masked}</li> })
        .collect_view();
    let has_phones = !phones.is_empty();
    view! {
        <section class=style::result aria-labelledby=TITLE_ID>
            <h2 id=TITLE_ID tabindex="-1">{i18n.tr("tracking-sms-title")}</h2>
            {has_phones.then(|| view! {
                <p>{i18n.tr("tracking-sms-subscribed")}</p>
                <ul>{phones}</ul>
            })}
            <p>{i18n.tr("tracking-sms-intro")}</p>
            <ErrorSummary anchor="sms-errors" title=Signal::derive(i18n.tr("form-error-summary")) problems=problems/>
            {move || failure.get().map(|error| {
                let text = match &error {
                    ApiError::Status { status: 429, problem } => {
                        let wait = problem.as_ref().and_then(|p| p.retry_after).unwrap_or(WAIT_UNKNOWN);
                        i18n.t_with("tracking-sms-too-many", &[("minutes", wait.div_ceil(60).into())])
                    }
                    other => i18n.t(other.message_key()),
                };
                view! {
                    <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr("tracking-sms-failed"))>
                        <p>{text}</p>
                    </Alert>
                }
            })}
            <form method="post" novalidate on:submit=request_code class=style::form>
                <TextInput id="sms_phone" label=i18n.t("tracking-sms-phone") hint=i18n.t("tracking-sms-phone-hint")
                    value=phone error=error_of("sms_phone") width=Width::Chars20 kind="tel"
                    autocomplete="tel-national" inputmode="tel"/>
                <Button>{move || if code_sent.get() {
                    i18n.t("tracking-sms-send-again")
                } else {
                    i18n.t("tracking-sms-send")
                }}</Button>
            </form>
            {move || code_sent.get().then(|| view! {
                <form method="post" novalidate on:submit=confirm class=style::form>
                    <TextInput id="sms_code" label=i18n.t("tracking-sms-code") hint=i18n.t("tracking-sms-code-hint")
                        value=code error=error_of("sms_code") width=Width::Chars10
                        autocomplete="one-time-code" inputmode="numeric"/>
                    <Button>{i18n.tr("tracking-sms-confirm")}</Button>
                </form>
            })}
        </section>
    }
}

/// The wait to say when a server names none: the window of the phone's limit.
const WAIT_UNKNOWN: u32 = 15 * 60;

/// The message for an SMS rule the server reports (`sms.code_invalid`),
/// or for the phone's own rules.
fn sms_message_key(code: &str) -> String {
    match code {
        "sms.code_invalid" => "tracking-sms-code-invalid".into(),
        "sms.code_expired" => "tracking-sms-code-expired".into(),
        other => validate::message_key_for(other),
    }
}
