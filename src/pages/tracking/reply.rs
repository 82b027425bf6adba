use leptos::prelude::*;
use ventanilla_core::api::{ApplicationStatus, MESSAGE_MAX_LENGTH, Reply};
use ventanilla_ui::{Alert, AlertKind, Button, CharacterCount, ErrorSummary, FieldProblem};

use super::style;
use crate::api::{self, ApiError};
use crate::i18n::use_i18n;
use crate::pages::{FormRequest, message_of, message_problems};

const FIELD: &str = "reply_message";

/// The applicant's answer to what the agency asked: what they type stays
/// when sending fails.
#[component]
pub fn ReplyForm(folio: String, curp: String, on_replied: Callback<ApplicationStatus>) -> impl IntoView {
    let i18n = use_i18n();
    let message = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let sending = FormRequest::new();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.is_pending() {
            return;
        }
        failure.set(None);
        let reply = Reply {
            folio: folio.clone(),
            curp: curp.clone(),
            message: message.get_untracked(),
        };
        if let Err(errors) = reply.check() {
            problems.set(message_problems(i18n, FIELD, &errors));
            return;
        }
        problems.set(Vec::new());
        sending.send(api::reply(reply, i18n.lang()), move |result| match result {
            Ok(status) => on_replied.run(status),
            Err(error) => failure.set(Some(error)),
        });
    };
    view! {
        <section class=style::result aria-labelledby="reply-title">
            <h2 id="reply-title">{i18n.tr("tracking-reply-title")}</h2>
            <p>{i18n.tr("tracking-reply-intro")}</p>
            <ErrorSummary anchor="reply-errors" title=Signal::derive(i18n.tr("form-error-summary")) problems=problems/>
            {move || failure.get().map(|error| view! {
                <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr("tracking-reply-failed"))>
                    <p>{i18n.t(error.message_key())}</p>
                </Alert>
            })}
            <form method="post" novalidate on:submit=send class=style::form>
                <CharacterCount id=FIELD label=Signal::derive(i18n.tr("tracking-reply-message"))
                    hint=i18n.t("tracking-reply-hint") value=message max=MESSAGE_MAX_LENGTH
                    error=message_of(problems.into(), FIELD)
                    remaining=Callback::new(move |count: usize| i18n.t_with("message-count-remaining", &[("count", count.into())]))
                    over=Callback::new(move |count: usize| i18n.t_with("message-count-over", &[("count", count.into())]))/>
                <Button busy=Signal::derive(move || sending.pending())>{i18n.tr("tracking-reply-send")}</Button>
            </form>
        </section>
    }
}
