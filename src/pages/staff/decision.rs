use leptos::prelude::*;
use ventanilla_core::api::{ApplicationStatus, MESSAGE_MAX_LENGTH, Status, StatusUpdate};
use ventanilla_ui::{Button, CharacterCount, ChoiceOption, ErrorSummary, Radios};

use super::{StaffForm, failed, style};
use crate::api::{self, ApiError};
use crate::i18n::use_i18n;
use crate::pages::{message_of, message_problems};

const CHOICE: &str = "decision";
const NOTE: &str = "decision_note";

/// The message id of the choice that takes an application to `status`.
fn decision_key(status: Status) -> String {
    format!("staff-decision-{}", status.code().replace('_', "-"))
}

/// A caseworker's decision: where the application goes from `from`, and
/// the note the applicant reads (needed to ask for information or to
/// refuse). What was typed stays when sending fails.
#[component]
pub fn Decision(
    from: Status,
    agency: String,
    folio: String,
    csrf: String,
    on_decided: Callback<ApplicationStatus>,
) -> impl IntoView {
    let i18n = use_i18n();
    let choice = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let form = StaffForm::new();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready(i18n, &[(CHOICE, choice, "staff-decision-required")]) {
            return;
        }
        let Some(status) = from
            .decisions()
            .iter()
            .copied()
            .find(|s| s.code() == choice.get_untracked())
        else {
            return;
        };
        let update = StatusUpdate {
            status,
            note: note.get_untracked(),
        };
        if let Err(errors) = update.check() {
            form.problems.set(message_problems(i18n, NOTE, &errors));
            return;
        }
        let (agency, folio, csrf) = (agency.clone(), folio.clone(), csrf.clone());
        form.request.send(
            async move { api::decide(&agency, &folio, &update, &csrf, i18n.lang_untracked()).await },
            move |answer: Result<ApplicationStatus, ApiError>| match answer {
                Ok(now) => on_decided.run(now),
                Err(error) => form.failure.set(Some(error)),
            },
        );
    };
    let options = from
        .decisions()
        .iter()
        .map(|&status| ChoiceOption {
            value: status.code().to_owned(),
            label: i18n.t(&decision_key(status)),
            hint: None,
        })
        .collect();
    view! {
        <h2>{i18n.tr("staff-decision-title")}</h2>
        <ErrorSummary anchor="decision-errors" title=Signal::derive(i18n.tr("form-error-summary"))
            problems=form.problems/>
        {move || form.failure.get().map(failed)}
        <form method="post" novalidate on:submit=send class=style::form>
            <Radios id=CHOICE legend=Signal::derive(i18n.tr("staff-decision-legend")) options=options value=choice
                error=message_of(form.problems.into(), CHOICE)/>
            <CharacterCount id=NOTE label=Signal::derive(i18n.tr("staff-decision-note"))
                hint=i18n.t("staff-decision-note-hint") value=note max=MESSAGE_MAX_LENGTH
                error=message_of(form.problems.into(), NOTE)
                remaining=Callback::new(move |count: usize| i18n.t_with("message-count-remaining", &[("count", count.into())]))
                over=Callback::new(move |count: usize| i18n.t_with("message-count-over", &[("count", count.into())]))/>
            <Button busy=Signal::derive(move || form.request.pending())>{i18n.tr("staff-decision-send")}</Button>
        </form>
    }
}
