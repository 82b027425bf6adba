use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use ventanilla_core::api::SignIn;
use ventanilla_ui::{Alert, AlertKind, Button, ErrorSummary, FieldProblem, PasswordInput, TextInput, Width};

use super::{StaffForm, failed, style};
use crate::api::{self, ApiError};
use crate::i18n::use_i18n;
use crate::pages::{error_title, message_of};
use crate::paths;
use crate::shell::NeedsScript;

/// `/gestion`: staff sign in with their e-mail, password and a code from
/// their authenticator app.
#[component]
pub fn StaffSignIn() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let form = StaffForm::new();
    // Why the person is here again, if a session just ended for inactivity.
    let timed_out = super::timeout::timed_out();
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
                ("email", email, "staff-email-required"),
                ("password", password, "staff-password-required"),
                ("code", code, "staff-code-required"),
            ],
        ) {
            return;
        }
        let sign_in = SignIn {
            email: email.get_untracked(),
            password: password.get_untracked(),
            code: code.get_untracked(),
        };
        let navigate = navigate.clone();
        request.send(api::sign_in(sign_in, i18n.lang()), move |answer| match answer {
            Ok(_) => navigate(&paths::staff_queue(), Default::default()),
            Err(ApiError::Status { status: 401, .. }) => {
                // A code is good once: the next try needs the app's new one.
                code.set(String::new());
                problems.set(vec![FieldProblem {
                    field: "email".into(),
                    message: i18n.t("staff-sign-in-wrong"),
                }]);
            }
            Err(error) => failure.set(Some(error)),
        });
    };
    let error_of = move |field: &'static str| message_of(problems.into(), field);
    let title = error_title(problems.into(), i18n.tr("staff-sign-in-title"));
    view! {
        <Title text=title/>
        <ErrorSummary title=Signal::derive(i18n.tr("form-error-summary")) problems=problems/>
        <h1>{i18n.tr("staff-sign-in-title")}</h1>
        {timed_out.map(|minutes| view! {
            <Alert kind=AlertKind::Info title=Signal::derive(i18n.tr("staff-timed-out-title")) level=2>
                <p>{move || i18n.t_with("staff-timed-out", &[("minutes", minutes.into())])}</p>
            </Alert>
        })}
        <NeedsScript message="staff-needs-script"/>
        <p class=style::intro>{i18n.tr("staff-sign-in-intro")}</p>
        {move || failure.get().map(|error| match error {
            ApiError::Status { status: 429, ref problem } => {
                let seconds = problem.as_ref().and_then(|p| p.retry_after).unwrap_or(60);
                let minutes = seconds.div_ceil(60);
                view! {
                    <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr("staff-locked-title")) level=2>
                        <p>{i18n.t_with("staff-locked", &[("minutes", minutes.into())])}</p>
                    </Alert>
                }
                .into_any()
            }
            error => failed(error).into_any(),
        })}
        <form method="post" novalidate on:submit=submit class=style::form>
            <TextInput id="email" label=i18n.t("staff-email") value=email error=error_of("email")
                autocomplete="username" spellcheck=false kind="email"/>
            <PasswordInput id="password" label=Signal::derive(i18n.tr("staff-password")) value=password
                error=error_of("password") show_text=Signal::derive(i18n.tr("staff-show"))
                hide_text=Signal::derive(i18n.tr("staff-hide"))
                show_label=Signal::derive(i18n.tr("staff-show-password"))
                hide_label=Signal::derive(i18n.tr("staff-hide-password"))
                shown_announcement=Signal::derive(i18n.tr("staff-password-shown"))
                hidden_announcement=Signal::derive(i18n.tr("staff-password-hidden"))/>
            <TextInput id="code" label=i18n.t("staff-code") hint=i18n.t("staff-code-hint") value=code
                error=error_of("code") width=Width::Chars10 autocomplete="one-time-code" spellcheck=false
                inputmode="numeric"/>
            <Button busy=Signal::derive(move || request.pending())>{i18n.tr("staff-sign-in")}</Button>
        </form>
    }
}
