use leptos::prelude::*;
use ventanilla_core::api::{ApplicationStatus, Status, StatusChange};
use ventanilla_ui::{Tag, TagColour};

use super::style;
use crate::format;
use crate::i18n::use_i18n;
use crate::paths;
use crate::shell::{announce, announcer, focus_when_shown};

/// The message id of a status's name.
pub fn status_key(status: Status) -> String {
    format!("status-{}", status.code().replace('_', "-"))
}

/// A status's tag: what asks for the applicant's action stands out, and an
/// approval is green. The name says it all; the colour only helps.
pub fn status_tag(status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let colour = match status {
        Status::Received => TagColour::Grey,
        Status::InReview => TagColour::Turquoise,
        Status::InformationRequested => TagColour::Brand,
        Status::Approved => TagColour::Green,
        Status::Rejected => TagColour::Grey,
    };
    view! { <Tag colour=colour>{move || i18n.t(&status_key(status))}</Tag> }
}

/// The changes so far, oldest first, each with what the agency said and
/// what the applicant answered; `replied_key` is the message id that
/// introduces the answer, as the reader would put it ("you", "the applicant").
pub fn history_list(history: Vec<StatusChange>, replied_key: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let items = history
        .into_iter()
        .map(|change| {
            let (name, at) = (status_key(change.status), change.at.clone());
            let words = change
                .note
                .map(|note| ("history-note", note))
                .into_iter()
                .chain(change.reply.map(|reply| (replied_key, reply)))
                .map(|(who, text)| view! { <p><span>{i18n.tr(who)}</span> " " <q>{text}</q></p> })
                .collect_view();
            view! {
                <li>
                    <strong>{move || i18n.t(&name)}</strong>
                    " · "
                    <time datetime=change.at.clone()>{move || format::moment(i18n.lang(), &at)}</time>
                    {words}
                </li>
            }
        })
        .collect_view();
    view! { <ol class=style::history>{items}</ol> }
}

const TITLE_ID: &str = "application-title";

/// An application found: its procedure, where it is, and every change so
/// far. `just_replied`: shown again after the applicant answered, which is
/// said, with the focus on its heading (the answer's form is gone).
#[component]
pub fn StatusHistory(status: ApplicationStatus, just_replied: bool) -> impl IntoView {
    let i18n = use_i18n();
    let now = status.status;
    if just_replied {
        let say = announcer();
        focus_when_shown(TITLE_ID, move || say(i18n.t("tracking-reply-sent")));
    } else {
        announce(i18n.t_with("tracking-found", &[("status", i18n.t(&status_key(now)).into())]));
    }
    view! {
        <section class=style::result aria-labelledby=TITLE_ID>
            <h2 id=TITLE_ID tabindex="-1">{status.title.clone()}</h2>
            <p>
                {i18n.tr("tracking-folio")} ": " <strong>{status.folio.clone()}</strong>
                " "
                <a href=paths::service(&status.service)>{i18n.tr("tracking-sheet-link")}</a>
            </p>
            <p>{i18n.tr("tracking-status-now")} " " {status_tag(now)}</p>
            <h3>{i18n.tr("tracking-history")}</h3>
            <p>{i18n.tr("tracking-history-zone")}</p>
            {history_list(status.history, "history-reply-yours")}
        </section>
    }
}
