use leptos::prelude::*;
use ventanilla_core::api::{ApplicationStatus, Status};
use ventanilla_ui::{Tag, TagColour};

use super::style;
use crate::format;
use crate::i18n::use_i18n;
use crate::paths;
use crate::shell::announce;

/// The message id of a status's name.
pub fn status_key(status: Status) -> String {
    format!("status-{}", status.code().replace('_', "-"))
}

/// An application found: its procedure, where it is, and every change so far.
#[component]
pub fn StatusHistory(status: ApplicationStatus) -> impl IntoView {
    let i18n = use_i18n();
    let now = status.status;
    announce(i18n.t_with("tracking-found", &[("status", i18n.t(&status_key(now)).into())]));
    let kind = if now == Status::Resolved {
        TagColour::Green
    } else {
        TagColour::Grey
    };
    let history = status
        .history
        .iter()
        .map(|change| {
            let (name, at) = (status_key(change.status), change.at.clone());
            let datetime = at.clone();
            view! {
                <li>
                    <strong>{move || i18n.t(&name)}</strong>
                    " · "
                    <time datetime=datetime>{move || format::moment(i18n.lang(), &at)}</time>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class=style::result aria-labelledby="application-title">
            <h2 id="application-title">{status.title.clone()}</h2>
            <p>
                {i18n.tr("tracking-folio")} ": " <strong>{status.folio.clone()}</strong>
                " "
                <a href=paths::service(&status.service)>{i18n.tr("tracking-sheet-link")}</a>
            </p>
            <p>{i18n.tr("tracking-status-now")} " " <Tag colour=kind>{move || i18n.t(&status_key(now))}</Tag></p>
            <h3>{i18n.tr("tracking-history")}</h3>
            <p>{i18n.tr("tracking-history-zone")}</p>
            <ol class=style::history>{history}</ol>
        </section>
    }
}
