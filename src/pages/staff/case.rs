use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use ventanilla_core::api::{ApplicationCase, ApplicationStatus, StaffSession};
use ventanilla_core::forms::FormDefinition;
use ventanilla_ui::{BackLink, Loading, SummaryList, SummaryRow};

use super::decision::Decision;
use super::{WithSession, failed, style};
use crate::api::{self, ApiError};
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::procedure::shown;
use crate::pages::{history_list, status_key, status_tag};
use crate::paths;
use crate::shell::{NeedsScript, announcer, focus_when_shown};

/// The line that says where the application is, focused after a decision.
const STATUS_ID: &str = "case-status";

/// `/gestion/dependencias/{agency}/solicitudes/{folio}`: one application,
/// where it is and the citizen's answers, laid out as their own
/// check-your-answers page does; and the caseworker's decision.
#[component]
pub fn StaffCase() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let param = move |name: &str| params.read_untracked().get(name).unwrap_or_default();
    let (agency, folio) = (param("agency"), param("folio"));
    let title = {
        let folio = folio.clone();
        move || i18n.t_with("staff-case-title", &[("folio", folio.clone().into())])
    };
    view! {
        <Title text=title.clone()/>
        <BackLink href=paths::staff_queue()>{i18n.tr("staff-back-to-queue")}</BackLink>
        <h1>{title}</h1>
        <NeedsScript message="staff-needs-script"/>
        <WithSession loading="staff-case-loading" show=move |session| {
            view! { <Case session=session agency=agency.clone() folio=folio.clone()/> }
        }/>
    }
}

#[component]
fn Case(session: StaffSession, agency: String, folio: String) -> impl IntoView {
    let i18n = use_i18n();
    let loaded = {
        let (agency, folio) = (agency.clone(), folio.clone());
        LocalResource::new(move || {
            let (agency, folio) = (agency.clone(), folio.clone());
            async move {
                let lang = i18n.lang_untracked();
                let case = api::case(&agency, &folio, lang).await?;
                let form = api::form(case.status.form.clone(), lang).await?;
                Ok::<_, ApiError>((case, form))
            }
        })
    };
    move || match loaded.get() {
        None => view! { <Loading label=Signal::derive(i18n.tr("staff-case-loading"))/> }.into_any(),
        Some(Err(error)) => failed(error).into_any(),
        Some(Ok((case, form))) => view! {
            <CaseView case=case form=form agency=agency.clone() csrf=session.csrf_token.clone()/>
        }
        .into_any(),
    }
}

#[component]
fn CaseView(case: ApplicationCase, form: FormDefinition, agency: String, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(case.status.clone());
    let say = announcer();
    let decided = Callback::new(move |now: ApplicationStatus| {
        let name = i18n.t(&status_key(now.status));
        status.set(now);
        // The form that had the focus is replaced (or gone, once resolved).
        focus_when_shown(STATUS_ID, move || {
            say(i18n.t_with("staff-decided", &[("status", name.into())]))
        });
    });
    let answers = form
        .steps
        .iter()
        .map(|step| {
            let rows = step
                .fields
                .iter()
                .map(|field| {
                    let value = shown(field, case.answers.get(&field.id));
                    let value = if value.is_empty() {
                        i18n.t("staff-case-not-answered")
                    } else {
                        value
                    };
                    view! { <SummaryRow key=field.label.clone()>{value}</SummaryRow> }
                })
                .collect_view();
            view! {
                <h3>{step.title.clone()}</h3>
                <SummaryList>{rows}</SummaryList>
            }
        })
        .collect_view();
    let folio = case.status.folio.clone();
    view! {
        <p class=style::intro>{case.status.title.clone()}</p>
        <p id=STATUS_ID tabindex="-1">
            {i18n.tr("staff-case-status")} " " {move || status_tag(status.read().status)}
        </p>
        {move || {
            let now = status.read().status;
            (!now.decisions().is_empty()).then(|| view! {
                <Decision from=now agency=agency.clone() folio=folio.clone() csrf=csrf.clone() on_decided=decided/>
            })
        }}
        <h2>{i18n.tr("staff-case-history")}</h2>
        {move || history_list(status.get().history, "history-reply-applicant")}
        <h2>{i18n.tr("staff-case-answers")}</h2>
        {match case.answers_deleted_at.clone() {
            Some(at) => view! {
                <p>{move || i18n.t_with("staff-case-answers-deleted", &[("date", format::moment(i18n.lang(), &at).into())])}</p>
            }
            .into_any(),
            None => answers.into_any(),
        }}
    }
}
