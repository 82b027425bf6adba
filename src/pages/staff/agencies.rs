use leptos::prelude::*;
use leptos_meta::Title;
use ventanilla_core::api::{Role, StaffSession};
use ventanilla_ui::{BackLink, Loading};

use super::{WithSession, failed};
use crate::api;
use crate::i18n::use_i18n;
use crate::paths;
use crate::shell::NeedsScript;

/// `/gestion/dependencias`: the agencies one manages, each with the way to
/// its people and its audit log; for a platform admin, every agency, and
/// the whole log.
#[component]
pub fn StaffAgencies() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || i18n.t("staff-agencies-title")/>
        <BackLink href=paths::staff_queue()>{i18n.tr("staff-back-to-queue")}</BackLink>
        <h1>{i18n.tr("staff-agencies-title")}</h1>
        <NeedsScript message="staff-needs-script"/>
        <WithSession loading="staff-agencies-loading" show=move |session| view! { <Managed session=session/> }/>
    }
}

#[component]
fn Managed(session: StaffSession) -> impl IntoView {
    let i18n = use_i18n();
    let platform = session.roles.iter().any(|grant| grant.role == Role::PlatformAdmin);
    let own: Vec<String> = session
        .roles
        .iter()
        .filter(|grant| grant.role == Role::AgencyAdmin)
        .filter_map(|grant| grant.agency.clone())
        .collect();
    // A platform admin manages every agency: the catalogue's list of them.
    let agencies = LocalResource::new(move || {
        let own = own.clone();
        async move {
            if platform {
                api::agencies(i18n.lang_untracked())
                    .await
                    .map(|all| all.into_iter().map(|a| (a.slug, a.acronym)).collect::<Vec<_>>())
            } else {
                Ok(own
                    .into_iter()
                    .map(|slug| (slug.clone(), slug.to_uppercase()))
                    .collect())
            }
        }
    });
    move || match agencies.get() {
        None => view! { <Loading label=Signal::derive(i18n.tr("staff-agencies-loading"))/> }.into_any(),
        Some(Err(error)) => failed(error).into_any(),
        Some(Ok(agencies)) if agencies.is_empty() => view! { <p>{i18n.tr("staff-agencies-none")}</p> }.into_any(),
        Some(Ok(agencies)) => {
            let items = agencies
                .into_iter()
                .map(|(slug, name)| {
                    let named = move |key: &'static str| {
                        let name = name.clone();
                        move || i18n.t_with(key, &[("agency", name.clone().into())])
                    };
                    view! {
                        <li>
                            <a href=paths::staff_people(&slug)>{named("staff-agency-people-link")}</a>
                            " · "
                            <a href=paths::staff_log(Some(&slug))>{named("staff-agency-log-link")}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                {platform.then(|| view! {
                    <p><a href=paths::staff_log(None)>{i18n.tr("staff-whole-log-link")}</a></p>
                })}
                <ul>{items}</ul>
            }
            .into_any()
        }
    }
}
