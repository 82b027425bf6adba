use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use ventanilla_core::api::{Role, StaffSession};
use ventanilla_ui::{Button, ButtonKind, Loading, Tag, TagColour};

use super::{WithSession, failed, style};
use crate::api;
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::status_key;
use crate::paths;
use crate::shell::NeedsScript;

/// `/gestion/solicitudes`: the applications of each agency the person
/// works on as a caseworker, newest first.
#[component]
pub fn StaffQueue() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || i18n.t("staff-queue-title")/>
        <h1>{i18n.tr("staff-queue-title")}</h1>
        <NeedsScript message="staff-needs-script"/>
        <WithSession loading="staff-queue-loading" show=move |session| view! { <Queues session=session/> }/>
    }
}

#[component]
fn Queues(session: StaffSession) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let agencies: Vec<String> = session
        .roles
        .iter()
        .filter(|grant| grant.role == Role::Caseworker)
        .filter_map(|grant| grant.agency.clone())
        .collect();
    let csrf = session.csrf_token.clone();
    let sign_out = move |_: MouseEvent| {
        let (csrf, navigate) = (csrf.clone(), navigate.clone());
        leptos::task::spawn_local(async move {
            // Signed out either way: a session the server no longer has is gone too.
            let _ = api::sign_out(&csrf, i18n.lang_untracked()).await;
            navigate(paths::STAFF, Default::default());
        });
    };
    let email = session.email.clone();
    let admin = session
        .roles
        .iter()
        .any(|grant| matches!(grant.role, Role::AgencyAdmin | Role::PlatformAdmin));
    let queues = if agencies.is_empty() {
        view! { <p>{i18n.tr("staff-no-agency")}</p> }.into_any()
    } else {
        agencies
            .into_iter()
            .map(|agency| view! { <AgencyQueue agency=agency/> })
            .collect_view()
            .into_any()
    };
    view! {
        <p class=style::who>
            {move || i18n.t_with("staff-signed-in-as", &[("email", email.clone().into())])} " "
            <Button kind=ButtonKind::Secondary button_type="button" on_click=sign_out>{i18n.tr("staff-sign-out")}</Button>
        </p>
        {admin.then(|| view! { <p><a href=paths::staff_agencies()>{i18n.tr("staff-admin-link")}</a></p> })}
        {queues}
    }
}

/// One agency's applications, as a table whose folios open each one.
#[component]
fn AgencyQueue(agency: String) -> impl IntoView {
    let i18n = use_i18n();
    let queue = {
        let agency = agency.clone();
        LocalResource::new(move || {
            let agency = agency.clone();
            async move { api::queue(&agency, i18n.lang_untracked()).await }
        })
    };
    let caption = {
        let agency = agency.clone();
        move || i18n.t_with("staff-queue-of", &[("agency", agency.to_uppercase().into())])
    };
    move || {
        let caption = caption.clone();
        match queue.get() {
            None => view! { <Loading label=Signal::derive(i18n.tr("staff-queue-loading"))/> }.into_any(),
            Some(Err(error)) => failed(error).into_any(),
            Some(Ok(applications)) if applications.is_empty() => view! {
                <h2>{caption}</h2>
                <p>{i18n.tr("staff-queue-empty")}</p>
            }
            .into_any(),
            Some(Ok(applications)) => {
                let rows = applications
                    .into_iter()
                    .map(|application| {
                        let status = status_key(application.status);
                        let at = application.submitted_at.clone();
                        view! {
                            <tr>
                                <th scope="row"><a href=paths::staff_case(&agency, &application.folio)>{application.folio.clone()}</a></th>
                                <td>{application.title.clone()}</td>
                                <td><Tag colour=TagColour::Grey>{move || i18n.t(&status)}</Tag></td>
                                <td><time datetime=application.submitted_at.clone()>{move || format::moment(i18n.lang(), &at)}</time></td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class=style::table>
                            <caption>{caption}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n.tr("staff-column-folio")}</th>
                                    <th scope="col">{i18n.tr("staff-column-procedure")}</th>
                                    <th scope="col">{i18n.tr("staff-column-status")}</th>
                                    <th scope="col">{i18n.tr("staff-column-submitted")}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                    </table>
                }
                .into_any()
            }
        }
    }
}
