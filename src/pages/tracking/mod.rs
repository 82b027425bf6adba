//! `/seguimiento`: an application's status, found with its folio and the
//! applicant's CURP (never the folio alone), and SMS updates for it.

mod reply;
mod sms;
mod status;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use ventanilla_core::api::{ApplicationStatus, FOLIO_REQUIRED, Status, TrackingRequest};
use ventanilla_core::validate::message_key_for;
use ventanilla_ui::{Alert, AlertKind, Button, ErrorSummary, FieldProblem, TextInput, Width};

use crate::api::{self, ApiError};
use crate::i18n::use_i18n;
use crate::pages::home_trail;
use crate::pages::procedure::TrackingPrefill;
use crate::pages::{FormRequest, error_title, message_of};
use crate::shell::NeedsScript;
use reply::ReplyForm;
use status::StatusHistory;
pub use status::{history_list, status_key, status_tag};

stylance::import_crate_style!(style, "src/pages/tracking/tracking.module.css");

#[component]
pub fn Tracking() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let folio = RwSignal::new(query.read_untracked().get("folio").unwrap_or_default());
    // The CURP of an application just sent is not asked again.
    let prefill = use_context::<TrackingPrefill>().and_then(|p| p.0.get_untracked());
    let curp = RwSignal::new(
        prefill
            .filter(|(sent, _)| *sent == folio.get_untracked())
            .map(|(_, curp)| curp)
            .unwrap_or_default(),
    );
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let found = RwSignal::new(None::<(ApplicationStatus, String)>);
    // Set when the status is looked up again because a phone was just confirmed.
    let phone_confirmed = RwSignal::new(false);
    // Set when the status shown is the one the applicant's answer brought.
    let replied = RwSignal::new(false);
    let lookup = FormRequest::new();

    let look_up = move || {
        let typed = TrackingRequest {
            folio: folio.get_untracked(),
            curp: curp.get_untracked(),
        };
        let request = match typed.check() {
            Ok(request) => request,
            Err(errors) => {
                let message = |code: &str| match code {
                    FOLIO_REQUIRED => i18n.t("tracking-folio-required"),
                    code => i18n.t(&message_key_for(code)),
                };
                problems.set(
                    errors
                        .iter()
                        .map(|e| FieldProblem {
                            field: e.field.clone(),
                            message: message(&e.code),
                        })
                        .collect(),
                );
                return;
            }
        };
        problems.set(Vec::new());
        let curp = request.curp.clone();
        lookup.send(api::track(request, i18n.lang()), move |result| match result {
            Ok(status) => {
                failure.set(None);
                found.set(Some((status, curp)));
            }
            Err(error) => {
                found.set(None);
                failure.set(Some(error));
            }
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !lookup.is_pending() {
            phone_confirmed.set(false);
            replied.set(false);
            look_up();
        }
    };
    let error_of = move |field: &'static str| message_of(problems.into(), field);
    let title = error_title(problems.into(), i18n.tr("tracking-title"));
    view! {
        <Title text=title/>
        {home_trail("tracking-title")}
        <ErrorSummary title=Signal::derive(i18n.tr("form-error-summary")) problems=problems/>
        <h1>{i18n.tr("tracking-title")}</h1>
        <NeedsScript/>
        <p class=style::intro>{i18n.tr("tracking-intro")}</p>
        <form method="post" novalidate on:submit=submit class=style::form>
            <TextInput id="folio" label=i18n.t("tracking-folio") hint=i18n.t("tracking-folio-hint") value=folio
                error=error_of("folio") width=Width::Chars20 autocomplete="off" spellcheck=false/>
            <TextInput id="curp" label=i18n.t("tracking-curp") hint=i18n.t("tracking-curp-hint") value=curp
                error=error_of("curp") width=Width::Chars20 autocomplete="off" spellcheck=false/>
            <Button busy=Signal::derive(move || lookup.pending())>
                {i18n.tr("tracking-submit")}
            </Button>
        </form>
        {move || failure.get().map(|error| {
            let (title, text) = match error {
                ApiError::Status { status: 404, .. } => ("tracking-not-found-title", "tracking-not-found"),
                ref other => ("tracking-failed-title", other.message_key()),
            };
            view! {
                <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr(title))>
                    <p>{i18n.t(text)}</p>
                </Alert>
            }
        })}
        {move || found.get().map(|(status, curp)| view! {
            <StatusHistory status=status.clone() just_replied=replied.get_untracked()/>
            {(status.status == Status::InformationRequested).then(|| {
                let curp = curp.clone();
                view! {
                    <ReplyForm folio=status.folio.clone() curp=curp.clone()
                        on_replied=Callback::new(move |now| {
                            replied.set(true);
                            phone_confirmed.set(false);
                            found.set(Some((now, curp.clone())));
                        })/>
                }
            })}
            <sms::SmsUpdates folio=status.folio.clone() curp=curp subscribed=status.sms.clone()
                just_confirmed=phone_confirmed.get_untracked()
                on_confirmed=Callback::new(move |_| {
                    replied.set(false);
                    phone_confirmed.set(true);
                    look_up();
                })/>
        })}
    }
}
