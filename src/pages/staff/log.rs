use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use ventanilla_ui::{BackLink, Loading};

use super::{WithSession, failed, style};
use crate::api;
use crate::format;
use crate::i18n::use_i18n;
use crate::paths;
use crate::shell::NeedsScript;

/// `/gestion/dependencias/{agency}/bitacora`, and `/gestion/bitacora` for
/// the whole platform: what staff did lately, who, from where and what
/// changed, newest first.
#[component]
pub fn StaffLog() -> impl IntoView {
    let i18n = use_i18n();
    let agency = use_params_map().read_untracked().get("agency");
    let title = {
        let agency = agency.clone();
        move || match &agency {
            Some(agency) => i18n.t_with("staff-log-title", &[("agency", agency.to_uppercase().into())]),
            None => i18n.t("staff-whole-log-title"),
        }
    };
    view! {
        <Title text=title.clone()/>
        <BackLink href=paths::staff_agencies()>{i18n.tr("staff-back-to-agencies")}</BackLink>
        <h1>{title}</h1>
        <NeedsScript message="staff-needs-script"/>
        <WithSession loading="staff-log-loading" show=move |_| view! { <Log agency=agency.clone()/> }/>
    }
}

/// The message id of an action's description: `staff.sign_in` → `audit-staff-sign-in`.
fn action_key(action: &str) -> String {
    format!("audit-{}", action.replace(['.', '_'], "-"))
}

#[component]
fn Log(agency: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let entries = LocalResource::new(move || {
        let agency = agency.clone();
        async move { api::audit_log(agency.as_deref(), i18n.lang_untracked()).await }
    });
    move || match entries.get() {
        None => view! { <Loading label=Signal::derive(i18n.tr("staff-log-loading"))/> }.into_any(),
        Some(Err(error)) => failed(error).into_any(),
        Some(Ok(entries)) if entries.is_empty() => view! { <p>{i18n.tr("staff-log-none")}</p> }.into_any(),
        Some(Ok(entries)) => {
            let rows = entries
                .into_iter()
                .map(|entry| {
                    let at = entry.at.clone();
                    let action = action_key(&entry.action);
                    let change = match (entry.before, entry.after) {
                        (None, None) => String::new(),
                        (before, after) => format!(
                            "{} → {}",
                            before.unwrap_or_else(|| "–".into()),
                            after.unwrap_or_else(|| "–".into())
                        ),
                    };
                    view! {
                        <tr>
                            <td data-label=i18n.tr("staff-column-when")><time datetime=entry.at.clone()>{move || format::moment(i18n.lang(), &at)}</time></td>
                            <td data-label=i18n.tr("staff-column-who")><span>{entry.actor} <br/> <code>{entry.client}</code></span></td>
                            <td data-label=i18n.tr("staff-column-what")><span>{move || i18n.t(&action)} <br/> {entry.subject}</span></td>
                            <td data-label=i18n.tr("staff-column-change")><code>{change}</code></td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class=style::table>
                    <caption>{i18n.tr("staff-log-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.tr("staff-column-when")}</th>
                            <th scope="col">{i18n.tr("staff-column-who")}</th>
                            <th scope="col">{i18n.tr("staff-column-what")}</th>
                            <th scope="col">{i18n.tr("staff-column-change")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
    }
}
