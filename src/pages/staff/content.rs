use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use ventanilla_core::api::{Document, Workflow};
use ventanilla_ui::{BackLink, Button, Loading, Tag, TagColour};

use super::{WithSession, failed, style};
use crate::api;
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::news::kind_key;
use crate::paths;
use crate::shell::NeedsScript;

/// The message id of a workflow state's name.
pub fn workflow_key(state: Workflow) -> String {
    format!("staff-workflow-{}", state.code())
}

/// A workflow state as a tag: waiting states stand out.
pub fn workflow_tag(state: Workflow) -> impl IntoView {
    let i18n = use_i18n();
    let colour = match state {
        Workflow::Draft => TagColour::Grey,
        Workflow::Submitted => TagColour::Brand,
        Workflow::Scheduled => TagColour::Turquoise,
        Workflow::Published => TagColour::Green,
        Workflow::Withdrawn | Workflow::Unpublished => TagColour::Grey,
    };
    view! { <Tag colour=colour>{move || i18n.t(&workflow_key(state))}</Tag> }
}

/// `/gestion/dependencias/{agency}/contenido`: what the agency publishes,
/// in every state, newest work first, each opening its editor; and the way
/// to write a new item. For its editors and publishers.
#[component]
pub fn StaffContent() -> impl IntoView {
    let i18n = use_i18n();
    let agency = use_params_map().read_untracked().get("agency").unwrap_or_default();
    let title = {
        let agency = agency.clone();
        move || i18n.t_with("staff-content-title", &[("agency", agency.to_uppercase().into())])
    };
    view! {
        <Title text=title.clone()/>
        <BackLink href=paths::staff_queue()>{i18n.tr("staff-back-to-queue")}</BackLink>
        <h1>{title}</h1>
        <NeedsScript message="staff-needs-script"/>
        <WithSession loading="staff-content-loading" show=move |_| view! { <Documents agency=agency.clone()/> }/>
    }
}

#[component]
fn Documents(agency: String) -> impl IntoView {
    let i18n = use_i18n();
    let documents = {
        let agency = agency.clone();
        LocalResource::new(move || {
            let agency = agency.clone();
            async move { api::documents(&agency, i18n.lang_untracked()).await }
        })
    };
    let new = paths::staff_document(&agency, paths::staff::NEW);
    view! {
        <p><Button href=new>{i18n.tr("staff-content-new")}</Button></p>
        {move || match documents.get() {
            None => view! { <Loading label=Signal::derive(i18n.tr("staff-content-loading"))/> }.into_any(),
            Some(Err(error)) => failed(error).into_any(),
            Some(Ok(documents)) => documents_table(&agency, documents).into_any(),
        }}
    }
}

fn documents_table(agency: &str, documents: Vec<Document>) -> impl IntoView {
    let i18n = use_i18n();
    let count = documents.len();
    let rows = documents
        .into_iter()
        .map(|document| {
            let at = document.updated_at.clone();
            view! {
                <tr>
                    <th scope="row" data-label=i18n.tr("staff-column-title")>
                        <a href=paths::staff_document(agency, &document.slug)>{document.title.clone()}</a>
                    </th>
                    <td data-label=i18n.tr("staff-column-kind")>{i18n.tr(kind_key(document.kind))}</td>
                    <td data-label=i18n.tr("staff-column-state")>{workflow_tag(document.state)}</td>
                    <td data-label=i18n.tr("staff-column-updated")>
                        <time datetime=document.updated_at.clone()>{move || format::moment(i18n.lang(), &at)}</time>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class=style::table>
            <caption>{move || i18n.t_with("staff-content-count", &[("count", count.into())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.tr("staff-column-title")}</th>
                    <th scope="col">{i18n.tr("staff-column-kind")}</th>
                    <th scope="col">{i18n.tr("staff-column-state")}</th>
                    <th scope="col">{i18n.tr("staff-column-updated")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
