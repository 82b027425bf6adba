use leptos::prelude::*;
use ventanilla_core::api::{
    Document, FieldDiff, LineChange, Localized, SCHEDULE_DATE_FIELD, Transition, Workflow, schedule_at,
};
use ventanilla_core::forms::DateParts;
use ventanilla_core::validate::message_key_for;
use ventanilla_ui::{
    Button, ButtonKind, Checkboxes, ChoiceOption, DateInput, ErrorSummary, FieldProblem, Loading, TextInput,
    VISUALLY_HIDDEN, Width,
};

use super::draft_form::field_key;
use super::{StaffForm, failed, style};
use crate::api::{self, ApiError};
use crate::clock::today_in_mexico_city;
use crate::i18n::use_i18n;
use crate::pages::{date_labels, message_of};

/// The steps `document` can take now, for whoever is signed in: an editor
/// submits a draft; a publisher reviews what was submitted (the diff) and
/// publishes it now or at a time, or calls a schedule off. Each answer
/// replaces the document.
#[component]
pub fn WorkflowActions(
    agency: String,
    document: Document,
    publisher: bool,
    /// Whether the signed-in person submitted the newest version.
    own: bool,
    csrf: String,
    on_stepped: Callback<Document>,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = StaffForm::new();
    let take = stepper(form, agency.clone(), document.slug.clone(), csrf, on_stepped);
    let state = document.state;
    let [day, month, year, time] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let force = RwSignal::new(Vec::<String>::new());
    let forced = move || !force.get_untracked().is_empty();
    let error_of = move |id: &'static str| message_of(form.problems.into(), id);
    let busy = Signal::derive(move || form.request.pending());
    let submit = move |_| take(Transition::Submit);
    let publish = move |_| take(Transition::Publish { force: forced() });
    let schedule = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.request.is_pending() {
            return;
        }
        let date = DateParts {
            day: day.get_untracked(),
            month: month.get_untracked(),
            year: year.get_untracked(),
        };
        match schedule_at(&date, &time.get_untracked(), today_in_mexico_city()) {
            Ok(at) => take(Transition::Schedule { at, force: forced() }),
            Err(error) => {
                let label = match error.field.as_str() {
                    SCHEDULE_DATE_FIELD => i18n.t("staff-schedule-date"),
                    _ => i18n.t("staff-schedule-time"),
                };
                form.failure.set(None);
                form.problems.set(vec![FieldProblem {
                    message: i18n.t_with(&message_key_for(&error.code), &[("label", label.into())]),
                    field: error.field,
                }]);
            }
        }
    };
    let review = (state == Workflow::Submitted && publisher).then(|| {
        view! {
            <h2>{i18n.tr("staff-review-title")}</h2>
            <Diff agency=agency.clone() slug=document.slug.clone()/>
            {own.then(|| view! {
                <Checkboxes id="force" legend=Signal::derive(i18n.tr("staff-force-legend"))
                    hint=i18n.t("staff-force-hint") value=force
                    options=vec![ChoiceOption { value: "force".into(), label: i18n.t("staff-force"), hint: None }]/>
            })}
            <p><Button button_type="button" on_click=Callback::new(publish) busy=busy>{i18n.tr("staff-publish-now")}</Button></p>
            <form novalidate on:submit=schedule class=style::form>
                <h3>{i18n.tr("staff-schedule-title")}</h3>
                <DateInput id="at" legend=Signal::derive(i18n.tr("staff-schedule-date"))
                    hint=i18n.t("staff-schedule-date-hint") labels=date_labels(i18n) day=day month=month year=year
                    error=error_of("at")/>
                <TextInput id="at_time" label=i18n.t("staff-schedule-time") hint=i18n.t("staff-schedule-time-hint")
                    value=time width=Width::Chars10 autocomplete="off" spellcheck=false error=error_of("at_time")/>
                <Button kind=ButtonKind::Secondary busy=busy>{i18n.tr("staff-schedule")}</Button>
            </form>
        }
    });
    view! {
        <ErrorSummary anchor="step-errors" title=Signal::derive(i18n.tr("form-error-summary")) problems=form.problems/>
        {move || form.failure.get().map(failed)}
        {(state == Workflow::Draft).then(|| view! {
            <p><Button button_type="button" on_click=Callback::new(submit) busy=busy>{i18n.tr("staff-submit")}</Button></p>
        })}
        {(state == Workflow::Submitted && !publisher).then(|| view! { <p>{i18n.tr("staff-waiting-review")}</p> })}
        {review}
        {(state == Workflow::Scheduled && publisher).then(|| view! {
            <p><Button kind=ButtonKind::Secondary button_type="button" busy=busy
                on_click=Callback::new(move |_| take(Transition::Unschedule))>{i18n.tr("staff-unschedule")}</Button></p>
        })}
    }
}

/// The ways a live item stops applying: withdrawn with a notice, or
/// unpublished (a 410, or a 301 to its replacement). For publishers, below
/// the editor: they end what the public reads.
#[component]
pub fn TakeDown(agency: String, slug: String, csrf: String, on_stepped: Callback<Document>) -> impl IntoView {
    let i18n = use_i18n();
    let form = StaffForm::new();
    let take = stepper(form, agency, slug, csrf, on_stepped);
    let [reason, replacement] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let error_of = move |id: &'static str| message_of(form.problems.into(), id);
    let busy = Signal::derive(move || form.request.pending());
    let withdraw = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.ready(i18n, &[("reason_es", reason, "staff-withdraw-required")]) {
            take(Transition::Withdraw {
                reason: Localized {
                    es: reason.get_untracked(),
                    en: None,
                },
            });
        }
    };
    let unpublish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let target = replacement.get_untracked().trim().to_owned();
        take(Transition::Unpublish {
            replacement: (!target.is_empty()).then_some(target),
        });
    };
    view! {
        <ErrorSummary anchor="take-down-errors" title=Signal::derive(i18n.tr("form-error-summary")) problems=form.problems/>
        {move || form.failure.get().map(failed)}
        <h2>{i18n.tr("staff-withdraw-title")}</h2>
        <form novalidate on:submit=withdraw class=style::form>
            <TextInput id="reason_es" label=i18n.t("staff-withdraw-reason") hint=i18n.t("staff-withdraw-hint")
                value=reason error=error_of("reason_es") multiline=true/>
            <Button kind=ButtonKind::Warning busy=busy>{i18n.tr("staff-withdraw")}</Button>
        </form>
        <form novalidate on:submit=unpublish class=style::form>
            <TextInput id="replacement" label=i18n.t("staff-unpublish-replacement")
                hint=i18n.t("staff-unpublish-hint") value=replacement error=error_of("replacement")
                autocomplete="off" spellcheck=false/>
            <Button kind=ButtonKind::Warning busy=busy>{i18n.tr("staff-unpublish")}</Button>
        </form>
    }
}

/// Sends a step of the workflow through `form`: its answer goes to
/// `on_stepped`, a refusal of a field to that field's error.
fn stepper(
    form: StaffForm,
    agency: String,
    slug: String,
    csrf: String,
    on_stepped: Callback<Document>,
) -> impl Fn(Transition) + Copy + 'static {
    let i18n = use_i18n();
    let (agency, slug, csrf) = (StoredValue::new(agency), StoredValue::new(slug), StoredValue::new(csrf));
    move |step: Transition| {
        if form.request.is_pending() {
            return;
        }
        form.failure.set(None);
        form.problems.set(Vec::new());
        let (agency, slug, csrf) = (agency.get_value(), slug.get_value(), csrf.get_value());
        form.request.send(
            async move { api::take_step(&agency, &slug, &step, &csrf, i18n.lang_untracked()).await },
            move |answer: Result<Document, ApiError>| match answer {
                Ok(now) => on_stepped.run(now),
                Err(ApiError::Status {
                    status: 422,
                    problem: Some(problem),
                }) => form.problems.set(vec![FieldProblem {
                    field: problem
                        .parameter
                        .clone()
                        .unwrap_or_else(|| "reason_es".into())
                        .replace('.', "_"),
                    message: i18n.t(&format!("staff-{}", problem.code.replace(['.', '_'], "-"))),
                }]),
                Err(error) => form.failure.set(Some(error)),
            },
        );
    }
}

/// What changed from the live version (or the one before) to the one
/// submitted: each field's lines, the removed and the added marked, in
/// words as well as colour.
#[component]
fn Diff(agency: String, slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let diff = LocalResource::new(move || {
        let (agency, slug) = (agency.clone(), slug.clone());
        async move { api::diff(&agency, &slug, i18n.lang_untracked()).await }
    });
    move || match diff.get() {
        None => view! { <Loading label=Signal::derive(i18n.tr("staff-review-loading"))/> }.into_any(),
        Some(Err(error)) => failed(error).into_any(),
        Some(Ok(fields)) if fields.is_empty() => view! { <p>{i18n.tr("staff-review-same")}</p> }.into_any(),
        Some(Ok(fields)) => fields.into_iter().map(field_diff).collect_view().into_any(),
    }
}

fn field_diff(field: FieldDiff) -> impl IntoView {
    let i18n = use_i18n();
    let label = i18n.t(&field_key(&field.field));
    let lines = field
        .lines
        .into_iter()
        .map(|line| match line.change {
            LineChange::Added => view! {
                <ins class=style::added><span class=VISUALLY_HIDDEN>{i18n.t("staff-diff-added")} " "</span>{line.text}</ins>
            }
            .into_any(),
            LineChange::Removed => view! {
                <del class=style::removed><span class=VISUALLY_HIDDEN>{i18n.t("staff-diff-removed")} " "</span>{line.text}</del>
            }
            .into_any(),
            LineChange::Same => view! { <span class=style::same>{line.text}</span> }.into_any(),
        })
        .collect_view();
    view! {
        <h3>{label}</h3>
        <pre class=style::diff>{lines}</pre>
    }
}
