use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use ventanilla_core::api::{Day, QueryValue, QueueQuery, QueuedApplication, Role, Slug, StaffSession, Status, Text};
use ventanilla_ui::{Button, ButtonKind, ChoiceOption, ErrorSummary, FieldProblem, Loading, Select, TextInput, Width};

use super::{WithSession, failed, style};
use crate::api;
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::{message_of, status_key, status_tag};
use crate::paths;
use crate::shell::{NeedsScript, announcer};

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
    // Ends this session, or every one of the person's, on every device.
    let sign_out = move |everywhere: bool| {
        let (csrf, navigate) = (csrf.clone(), navigate.clone());
        move |_: MouseEvent| {
            let (csrf, navigate) = (csrf.clone(), navigate.clone());
            leptos::task::spawn_local(async move {
                let lang = i18n.lang_untracked();
                // Signed out either way: a session the server no longer has is gone too.
                let _ = if everywhere {
                    api::sign_out_everywhere(&csrf, lang).await
                } else {
                    api::sign_out(&csrf, lang).await
                };
                navigate(paths::STAFF, Default::default());
            });
        }
    };
    let email = session.email.clone();
    let admin = session
        .roles
        .iter()
        .any(|grant| matches!(grant.role, Role::AgencyAdmin | Role::PlatformAdmin));
    // The agencies whose content one writes or publishes.
    let mut writes: Vec<String> = session
        .roles
        .iter()
        .filter(|grant| matches!(grant.role, Role::Editor | Role::Publisher))
        .filter_map(|grant| grant.agency.clone())
        .collect();
    writes.sort();
    writes.dedup();
    let queues = if agencies.is_empty() {
        // Only someone with nothing else to do here is told to ask for the role.
        (writes.is_empty() && !admin)
            .then(|| view! { <p>{i18n.tr("staff-no-agency")}</p> })
            .into_any()
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
            <Button kind=ButtonKind::Secondary button_type="button" on_click=sign_out(false)>
                {i18n.tr("staff-sign-out")}
            </Button> " "
            <Button kind=ButtonKind::Secondary button_type="button" on_click=sign_out(true)>
                {i18n.tr("staff-sign-out-everywhere")}
            </Button>
        </p>
        {admin.then(|| view! { <p><a href=paths::staff_agencies()>{i18n.tr("staff-admin-link")}</a></p> })}
        {writes.into_iter().map(|agency| {
            let name = agency.to_uppercase();
            view! {
                <p><a href=paths::staff_content(&agency)>
                    {move || i18n.t_with("staff-content-link", &[("agency", name.clone().into())])}
                </a></p>
            }
        }).collect_view()}
        {queues}
    }
}

/// One agency's applications, as a table whose folios open each one, and
/// the form that filters them.
#[component]
fn AgencyQueue(agency: String) -> impl IntoView {
    let i18n = use_i18n();
    let filters = RwSignal::new(QueueQuery::default());
    // The procedures to filter by: those of the applications first shown.
    let procedures = RwSignal::new(None::<Vec<(String, String)>>);
    let queue = {
        let agency = agency.clone();
        LocalResource::new(move || {
            let (agency, filters) = (agency.clone(), filters.get());
            async move { api::queue(&agency, &filters, i18n.lang_untracked()).await }
        })
    };
    Effect::new(move || {
        if let Some(Ok(applications)) = queue.get()
            && procedures.read_untracked().is_none()
        {
            let mut seen: Vec<(String, String)> = Vec::new();
            for application in applications {
                if !seen.iter().any(|(form, _)| *form == application.form) {
                    seen.push((application.form, application.title));
                }
            }
            procedures.set(Some(seen));
        }
    });
    // After a filter, the count is said once the new list is here.
    let say = announcer();
    let count_due = RwSignal::new(false);
    Effect::new(move || {
        if let Some(Ok(found)) = queue.get()
            && count_due.get_untracked()
        {
            count_due.set(false);
            say(i18n.t_with("staff-queue-found", &[("count", found.len().into())]));
        }
    });
    let filtered = Callback::new(move |query: QueueQuery| {
        count_due.set(true);
        filters.set(query);
    });
    // The list as shown, for a spreadsheet: a download the server audits.
    let export = {
        let agency = agency.clone();
        move || api::queue_export_url(&agency, &filters.get(), i18n.lang())
    };
    let caption = {
        let agency = agency.clone();
        move || i18n.t_with("staff-queue-of", &[("agency", agency.to_uppercase().into())])
    };
    let table = move || {
        let caption = caption.clone();
        match queue.get() {
            None => view! { <Loading label=Signal::derive(i18n.tr("staff-queue-loading"))/> }.into_any(),
            Some(Err(error)) => failed(error).into_any(),
            Some(Ok(applications)) if applications.is_empty() => view! {
                <h2>{caption}</h2>
                <p>{i18n.tr("staff-queue-empty")}</p>
            }
            .into_any(),
            Some(Ok(applications)) => queue_table(&agency, applications, caption).into_any(),
        }
    };
    view! {
        {move || procedures.get().map(|procedures| view! { <QueueFilters procedures=procedures on_filter=filtered/> })}
        {table}
        <p><a href=export download>{i18n.tr("staff-queue-export")}</a></p>
    }
}

fn queue_table(
    agency: &str,
    applications: Vec<QueuedApplication>,
    caption: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = applications
        .into_iter()
        .map(|application| {
            let at = application.submitted_at.clone();
            view! {
                <tr>
                    <th scope="row" data-label=i18n.tr("staff-column-folio")><a href=paths::staff_case(agency, &application.folio)>{application.folio.clone()}</a></th>
                    <td data-label=i18n.tr("staff-column-procedure")>{application.title.clone()}</td>
                    <td data-label=i18n.tr("staff-column-status")>{status_tag(application.status)}</td>
                    <td data-label=i18n.tr("staff-column-submitted")><time datetime=application.submitted_at.clone()>{move || format::moment(i18n.lang(), &at)}</time></td>
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
}

/// The queue's filters: a folio (or its start), a procedure, a status and
/// the days it was sent between. What was chosen stays.
#[component]
fn QueueFilters(procedures: Vec<(String, String)>, on_filter: Callback<QueueQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let [folio, form, status, from, to] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let day = |id: &str, value: RwSignal<String>| {
            let typed = value.get_untracked();
            match (!typed.is_empty()).then(|| Day::read(&typed)) {
                None => Ok(None),
                Some(Ok(day)) => Ok(Some(day)),
                Some(Err(_)) => Err(FieldProblem {
                    field: id.into(),
                    message: i18n.t("staff-filter-day-invalid"),
                }),
            }
        };
        let (from_day, to_day) = (day("filter_from", from), day("filter_to", to));
        let refused: Vec<FieldProblem> = [&from_day, &to_day]
            .into_iter()
            .filter_map(|d| d.clone().err())
            .collect();
        problems.set(refused);
        if let (Ok(from), Ok(to)) = (from_day, to_day) {
            let text = |value: RwSignal<String>| Some(value.get_untracked()).filter(|v| !v.trim().is_empty());
            on_filter.run(QueueQuery {
                folio: text(folio).map(Text),
                form: text(form).map(Slug),
                status: Status::parse(&status.get_untracked()),
                from,
                to,
            });
        }
    };
    let procedure_options = procedures
        .into_iter()
        .map(|(value, label)| ChoiceOption {
            value,
            label,
            hint: None,
        })
        .collect();
    let status_options = Status::ALL
        .iter()
        .map(|&s| ChoiceOption {
            value: s.code().to_owned(),
            label: i18n.t(&status_key(s)),
            hint: None,
        })
        .collect();
    let error_of = move |field: &'static str| message_of(problems.into(), field);
    view! {
        <ErrorSummary anchor="filter-errors" title=Signal::derive(i18n.tr("form-error-summary")) problems=problems/>
        <form role="search" aria-label=move || i18n.t("staff-filter-title") novalidate on:submit=send class=style::filters>
            <TextInput id="filter_folio" label=i18n.t("staff-filter-folio") value=folio width=Width::Chars20
                autocomplete="off" spellcheck=false/>
            <Select id="filter_form" label=Signal::derive(i18n.tr("staff-filter-procedure"))
                placeholder=Signal::derive(i18n.tr("staff-filter-any")) options=procedure_options value=form/>
            <Select id="filter_status" label=Signal::derive(i18n.tr("staff-filter-status"))
                placeholder=Signal::derive(i18n.tr("staff-filter-any")) options=status_options value=status/>
            <TextInput id="filter_from" label=i18n.t("staff-filter-from") value=from kind="date" error=error_of("filter_from")/>
            <TextInput id="filter_to" label=i18n.t("staff-filter-to") value=to kind="date" error=error_of("filter_to")/>
            <Button kind=ButtonKind::Secondary>{i18n.tr("staff-filter-apply")}</Button>
        </form>
    }
}
