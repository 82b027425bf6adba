use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use ventanilla_core::api::{ApplicationCase, StaffSession, Status};
use ventanilla_core::forms::FormDefinition;
use ventanilla_ui::{BackLink, Button, Loading, SummaryList, SummaryRow, Tag, TagColour};

use super::{WithSession, failed, style};
use crate::api::{self, ApiError};
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::procedure::shown;
use crate::pages::{FormRequest, status_key};
use crate::paths;
use crate::shell::{NeedsScript, announce};

/// `/gestion/dependencias/{agency}/solicitudes/{folio}`: one application,
/// where it is and the citizen's answers, laid out as their own
/// check-your-answers page does; and the button that moves it on.
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
    let failure = RwSignal::new(None::<ApiError>);
    let request = FormRequest::new();
    let folio = case.status.folio.clone();
    let advance = move |_: MouseEvent| {
        if request.is_pending() {
            return;
        }
        let (agency, folio, csrf) = (agency.clone(), folio.clone(), csrf.clone());
        request.send(
            async move { api::advance(&agency, &folio, &csrf, i18n.lang_untracked()).await },
            move |answer| match answer {
                Ok(now) => {
                    failure.set(None);
                    announce(i18n.t_with("staff-advanced", &[("status", i18n.t(&status_key(now.status)).into())]));
                    status.set(now);
                }
                Err(error) => failure.set(Some(error)),
            },
        );
    };
    let history = move || {
        status
            .get()
            .history
            .into_iter()
            .map(|change| {
                let (name, at) = (status_key(change.status), change.at.clone());
                view! {
                    <li>
                        <strong>{move || i18n.t(&name)}</strong>
                        " · "
                        <time datetime=change.at.clone()>{move || format::moment(i18n.lang(), &at)}</time>
                    </li>
                }
            })
            .collect_view()
    };
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
    let next = move || match status.read().status {
        Status::Received => Some("staff-advance-in-review"),
        Status::InReview => Some("staff-advance-resolved"),
        Status::Resolved => None,
    };
    let now = move || status.read().status;
    view! {
        <p class=style::intro>{case.status.title.clone()}</p>
        <p>
            {i18n.tr("staff-case-status")} " "
            <Tag colour=TagColour::Grey>{move || i18n.t(&status_key(now()))}</Tag>
        </p>
        {move || failure.get().map(failed)}
        {move || next().map(|label| view! {
            <Button button_type="button" busy=Signal::derive(move || request.pending()) on_click=advance.clone()>
                {i18n.tr(label)}
            </Button>
        })}
        <h2>{i18n.tr("staff-case-history")}</h2>
        <ol class=style::history>{history}</ol>
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
