use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_params_map};
use ventanilla_core::api::{Document, DocumentDetail, Draft, Role, StaffSession};
use ventanilla_ui::{BackLink, Loading};

use super::content::{workflow_key, workflow_tag};
use super::draft_form::DraftForm;
use super::workflow_actions::{TakeDown, WorkflowActions};
use super::{WithSession, failed, style};
use crate::api;
use crate::format;
use crate::i18n::use_i18n;
use crate::paths;
use crate::shell::{NeedsScript, announcer, focus_when_shown};

/// The line that says where the item is, focused after each step.
const STATE_ID: &str = "document-state";

/// `/gestion/dependencias/{agency}/contenido/{slug}` (`nuevo` for a new
/// item): the editor, where the item is in its workflow and the steps it
/// can take, and its versions.
#[component]
pub fn StaffDocument() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let param = move |name: &str| params.read().get(name).unwrap_or_default();
    let agency = param("agency");
    let title = move || {
        if param("slug") == paths::staff::NEW {
            i18n.t("staff-document-new-title")
        } else {
            i18n.t("staff-document-title")
        }
    };
    view! {
        <Title text=title/>
        <BackLink href=paths::staff_content(&agency)>{i18n.tr("staff-back-to-content")}</BackLink>
        <h1>{title}</h1>
        <NeedsScript message="staff-needs-script"/>
        <WithSession loading="staff-document-loading" show=move |session| {
            // A new item, once saved, is at its own address: the page loads it again there.
            let slug = param("slug");
            view! { <Editing session=session agency=param("agency") slug=slug/> }
        }/>
    }
}

#[component]
fn Editing(session: StaffSession, agency: String, slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    // The server's rule: the agency's publishers, and platform admins, take its items further.
    let publisher = session.roles.iter().any(|grant| {
        grant.role == Role::PlatformAdmin || (grant.role == Role::Publisher && grant.agency.as_deref() == Some(&agency))
    });
    let csrf = session.csrf_token.clone();
    let email = session.email.clone();
    if slug == paths::staff::NEW {
        let saved = {
            let agency = agency.clone();
            Callback::new(move |document: Document| {
                navigate(&paths::staff_document(&agency, &document.slug), Default::default())
            })
        };
        return view! { <DraftForm agency=agency slug=None kept=None csrf=csrf on_saved=saved/> }.into_any();
    }
    // Bumped after each save, to read the item and its versions again.
    let version = RwSignal::new(0_u32);
    let detail = {
        let (agency, slug) = (agency.clone(), slug.clone());
        LocalResource::new(move || {
            version.track();
            let (agency, slug) = (agency.clone(), slug.clone());
            async move { api::document(&agency, &slug, i18n.lang_untracked()).await }
        })
    };
    // A save draws the page again, the editor and the button that had the
    // focus too: once it is drawn, the focus goes to the item's state.
    let just_saved = StoredValue::new(false);
    let saved = Callback::new(move |_: Document| {
        just_saved.set_value(true);
        version.update(|v| *v += 1)
    });
    Effect::new(move || {
        if detail.with(|read| matches!(read, Some(Ok(_)))) && just_saved.get_value() {
            just_saved.set_value(false);
            focus_when_shown(STATE_ID, || ());
        }
    });
    let (agency, csrf, email) = (
        StoredValue::new(agency),
        StoredValue::new(csrf),
        StoredValue::new(email),
    );
    (move || match detail.get() {
        None => view! { <Loading label=Signal::derive(i18n.tr("staff-document-loading"))/> }.into_any(),
        Some(Err(error)) => failed(error).into_any(),
        Some(Ok(detail)) => {
            let DocumentDetail {
                document,
                draft,
                versions,
            } = detail;
            view! {
                <p class=style::intro>{document.title.clone()}</p>
                <Steps agency=agency.get_value() document=document draft=draft publisher=publisher
                    email=email.get_value() csrf=csrf.get_value() on_saved=saved/>
                <h2>{i18n.tr("staff-document-versions")}</h2>
                <ol>
                    {versions.into_iter().rev().map(|v| {
                        let at = v.created_at.clone();
                        view! {
                            <li>
                                {i18n.t_with("staff-document-version", &[("version", v.number.into())])} " · "
                                {v.author} " · " {move || format::moment(i18n.lang(), &at)}
                                {v.change_note.map(|note| view! { " · " <q>{note}</q> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
            .into_any()
        }
    })
    .into_any()
}

/// Where the item is, the steps it can take and its editor. A step's
/// answer replaces the item's state and steps, and the focus goes to where
/// it now is (the button that had it may be gone); the editor stays as it
/// was, with whatever was typed in it, and below it what ends a live
/// item. A save reads it all again.
#[component]
fn Steps(
    agency: String,
    document: Document,
    draft: Draft,
    publisher: bool,
    email: String,
    csrf: String,
    on_saved: Callback<Document>,
) -> impl IntoView {
    let i18n = use_i18n();
    let say = announcer();
    let slug = document.slug.clone();
    let current = RwSignal::new(document);
    let stepped = Callback::new(move |now: Document| {
        let state = i18n.t(&workflow_key(now.state));
        current.set(now);
        focus_when_shown(STATE_ID, move || {
            say(i18n.t_with("staff-document-now", &[("state", state.into())]))
        });
    });
    let (agency, csrf, slug, draft) = (
        StoredValue::new(agency),
        StoredValue::new(csrf),
        StoredValue::new(slug),
        StoredValue::new(draft),
    );
    let public = move || {
        current.with(|document| {
            document.live_version.map(|_| {
                let public = paths::content_item(&agency.get_value(), document.kind, &document.slug);
                view! { <p><a href=public>{i18n.tr("staff-document-public")}</a></p> }
            })
        })
    };
    let actions = move || {
        let document = current.get();
        let own = document.submitted_by.as_deref() == Some(email.as_str());
        view! {
            <WorkflowActions agency=agency.get_value() document=document publisher=publisher own=own
                csrf=csrf.get_value() on_stepped=stepped/>
        }
    };
    view! {
        <p id=STATE_ID tabindex="-1">
            {i18n.tr("staff-document-state")} " " {move || workflow_tag(current.with(|d| d.state))} " "
            {move || i18n.t_with("staff-document-version", &[("version", current.with(|d| d.version).into())])}
            {move || current.with(|d| d.scheduled_at.clone()).map(|at| {
                format!(" {}", i18n.t_with("staff-document-scheduled", &[("at", format::moment(i18n.lang(), &at).into())]))
            })}
        </p>
        {public}
        {actions}
        <Show when=move || current.with(|d| d.state.is_open())>
            <h2>{i18n.tr("staff-document-edit")}</h2>
            <DraftForm agency=agency.get_value() slug=Some(slug.get_value()) kept=Some(draft.get_value())
                was_live=Signal::derive(move || current.with(|d| d.live_version.is_some()))
                csrf=csrf.get_value() on_saved=on_saved/>
        </Show>
        <Show when=move || publisher && current.with(|d| d.live_version.is_some() && d.state.is_open())>
            <TakeDown agency=agency.get_value() slug=slug.get_value() csrf=csrf.get_value() on_stepped=stepped/>
        </Show>
    }
}
