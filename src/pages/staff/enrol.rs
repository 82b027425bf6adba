use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use ventanilla_core::api::{Enrolment, EnrolmentStart};
use ventanilla_ui::{Button, ErrorSummary, FieldProblem, Loading, Panel, PasswordInput, TextInput, Width};

use super::{StaffForm, failed, style};
use crate::api::{self, ApiError};
use crate::i18n::use_i18n;
use crate::pages::{error_title, message_of};
use crate::paths;
use crate::shell::{NeedsScript, focus_when_shown};

/// `/gestion/alta/{token}`: the page an invitation leads to. The person
/// adds the account's key to their authenticator app, chooses a password
/// and proves the app works with a code; then sees their recovery codes.
#[component]
pub fn StaffEnrol() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let start = LocalResource::new(move || {
        let token = token();
        async move { api::enrolment(&token, i18n.lang_untracked()).await }
    });
    let recovery = RwSignal::new(None::<Vec<String>>);
    view! {
        <Title text=move || i18n.t("staff-enrol-title")/>
        <NeedsScript message="staff-needs-script"/>
        {move || match (recovery.get(), start.get()) {
            (Some(codes), _) => view! { <RecoveryCodes codes=codes/> }.into_any(),
            (None, None) => view! {
                <h1>{i18n.tr("staff-enrol-title")}</h1>
                <Loading label=Signal::derive(i18n.tr("staff-enrol-loading"))/>
            }
            .into_any(),
            (None, Some(Ok(start))) => view! { <EnrolForm token=token() start=start recovery=recovery/> }.into_any(),
            (None, Some(Err(ApiError::Status { status: 404, .. }))) => view! {
                <h1>{i18n.tr("staff-enrol-invalid-title")}</h1>
                <p>{i18n.tr("staff-enrol-invalid")}</p>
            }
            .into_any(),
            (None, Some(Err(error))) => view! {
                <h1>{i18n.tr("staff-enrol-title")}</h1>
                {failed(error)}
            }
            .into_any(),
        }}
    }
}

#[component]
fn EnrolForm(token: String, start: EnrolmentStart, recovery: RwSignal<Option<Vec<String>>>) -> impl IntoView {
    let i18n = use_i18n();
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let form = StaffForm::new();
    let StaffForm {
        problems,
        failure,
        request,
    } = form;
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if !form.ready(
            i18n,
            &[
                ("password", password, "staff-password-required"),
                ("code", code, "staff-code-required"),
            ],
        ) {
            return;
        }
        let enrolment = Enrolment {
            password: password.get_untracked(),
            code: code.get_untracked(),
        };
        let token = token.clone();
        request.send(
            async move { api::enrol(&token, enrolment, i18n.lang_untracked()).await },
            move |answer| match answer {
                Ok(enrolled) => recovery.set(Some(enrolled.recovery_codes)),
                Err(ApiError::Status {
                    status: 422,
                    problem: Some(problem),
                }) => {
                    let (field, message) = match problem.code.as_str() {
                        "password.too_short" => ("password", "staff-password-too-short"),
                        "password.guessable" => ("password", "staff-password-guessable"),
                        _ => ("code", "staff-code-wrong"),
                    };
                    problems.set(vec![FieldProblem {
                        field: field.into(),
                        message: i18n.t(message),
                    }]);
                }
                Err(error) => failure.set(Some(error)),
            },
        );
    };
    let error_of = move |field: &'static str| message_of(problems.into(), field);
    let title = error_title(problems.into(), i18n.tr("staff-enrol-title"));
    // The key in groups of four, as apps show it; typed with or without spaces.
    let grouped = start
        .secret
        .as_bytes()
        .chunks(4)
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let email = start.email.clone();
    view! {
        <Title text=title/>
        <ErrorSummary title=Signal::derive(i18n.tr("form-error-summary")) problems=problems/>
        <h1>{i18n.tr("staff-enrol-title")}</h1>
        <p class=style::intro>{move || i18n.t_with("staff-enrol-for", &[("email", email.clone().into())])}</p>
        <h2>{i18n.tr("staff-enrol-step-app")}</h2>
        <p>{i18n.tr("staff-enrol-app-text")}</p>
        <img class=style::qr src=start.qr_code.clone() alt=i18n.tr("staff-enrol-qr") width="200" height="200"/>
        <p>{i18n.tr("staff-enrol-type-key")}</p>
        <dl class=style::key>
            <dt>{i18n.tr("staff-enrol-key")}</dt>
            <dd><code data-totp-key=start.secret.clone()>{grouped}</code></dd>
        </dl>
        <p><a href=start.otpauth_uri.clone()>{i18n.tr("staff-enrol-open-app")}</a></p>
        <h2>{i18n.tr("staff-enrol-step-password")}</h2>
        {move || failure.get().map(failed)}
        <form method="post" novalidate on:submit=submit class=style::form>
            <PasswordInput id="password" label=Signal::derive(i18n.tr("staff-password"))
                hint=Signal::derive(i18n.tr("staff-new-password-hint")) value=password autocomplete="new-password"
                error=error_of("password") show_text=Signal::derive(i18n.tr("staff-show"))
                hide_text=Signal::derive(i18n.tr("staff-hide"))
                show_label=Signal::derive(i18n.tr("staff-show-password"))
                hide_label=Signal::derive(i18n.tr("staff-hide-password"))
                shown_announcement=Signal::derive(i18n.tr("staff-password-shown"))
                hidden_announcement=Signal::derive(i18n.tr("staff-password-hidden"))/>
            <TextInput id="code" label=i18n.t("staff-code") hint=i18n.t("staff-enrol-code-hint") value=code
                error=error_of("code") width=Width::Chars10 autocomplete="one-time-code" spellcheck=false
                inputmode="numeric"/>
            <Button busy=Signal::derive(move || request.pending())>{i18n.tr("staff-enrol-submit")}</Button>
        </form>
    }
}

/// Where the focus goes once the account is set up: the form it replaces is gone.
const ENROLLED_ID: &str = "cuenta-activa";

/// The recovery codes, shown once, with the way on to sign in.
#[component]
fn RecoveryCodes(codes: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    focus_when_shown(ENROLLED_ID, || ());
    let codes = codes
        .into_iter()
        .map(|code| view! { <li><code>{code}</code></li> })
        .collect_view();
    view! {
        <div id=ENROLLED_ID tabindex="-1">
            <Panel title=Signal::derive(i18n.tr("staff-enrolled-title"))>
                <p>{i18n.tr("staff-recovery-intro")}</p>
            </Panel>
        </div>
        <h2>{i18n.tr("staff-recovery-codes")}</h2>
        <ol class=style::codes>{codes}</ol>
        <p><a href=paths::STAFF>{i18n.tr("staff-go-sign-in")}</a></p>
    }
}
