use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use ventanilla_core::forms::{FieldError, FormDefinition, check_field};
use ventanilla_core::validate::message_key_for;
use ventanilla_ui::{Alert, BackLink, Button, ErrorSummary, FieldProblem};

use super::question::question;
use super::{style, use_procedure};
use crate::clock::today_in_mexico_city;
use crate::i18n::use_i18n;
use crate::pages::{error_title, message_of};
use crate::paths;

/// The notice that the answers were deleted, where the focus goes then.
pub const EXPIRED_ID: &str = "respuestas-borradas";

/// The query that brings a step back to the check page instead of onward.
pub const RETURN_TO_CHECK: &str = "volver=revisar";

/// `/solicitud/{form}` and `/solicitud/{form}/paso/{n}`: one page of questions.
#[component]
pub fn StepPage() -> impl IntoView {
    let params = use_params_map();
    let procedure = use_procedure();
    let form = expect_context::<FormDefinition>();
    let count = form.steps.len();
    let index = move || {
        let n = params
            .read()
            .get("step")
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(1);
        n.clamp(1, count) - 1
    };
    move || {
        procedure.generation.track();
        view! { <Step form=form.clone() index=index()/> }
    }
}

#[component]
fn Step(form: FormDefinition, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let procedure = use_procedure();
    let query = use_query_map();
    let navigate = use_navigate();
    let returning = move || query.read().get("volver").is_some();
    let step = form.steps[index].clone();
    let total = form.steps.len();

    // The problems with this step's questions, in their order, in words. A
    // message says "your CURP" only of the applicant's; any other answer,
    // maybe someone else's, is named by its question.
    let labels: Vec<(String, String, &str, u16)> = step
        .fields
        .iter()
        .map(|f| {
            (
                f.id.clone(),
                f.label.clone(),
                if f.id == form.applicant { "own" } else { "other" },
                f.input.max_length().unwrap_or_default(),
            )
        })
        .collect();
    let problems = Signal::derive(move || {
        let errors = procedure.errors.get();
        labels
            .iter()
            .filter_map(|(id, label, whose, max)| {
                let error = errors.iter().find(|e| &e.field == id)?;
                let args = [
                    ("label", label.clone().into()),
                    ("whose", (*whose).into()),
                    ("max", (*max).into()),
                ];
                Some(FieldProblem {
                    field: id.clone(),
                    message: i18n.t_with(&message_key_for(&error.code), &args),
                })
            })
            .collect::<Vec<_>>()
    });

    let fields = step.fields.clone();
    let continue_ = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let today = today_in_mexico_city();
        let answers = procedure.answers.get_untracked();
        let found: Vec<FieldError> = fields
            .iter()
            .filter_map(|field| {
                let code = check_field(field, answers.get(&field.id), today).err()?;
                Some(FieldError {
                    field: field.id.clone(),
                    code: code.to_owned(),
                })
            })
            .collect();
        let ours = |e: &FieldError| fields.iter().any(|f| f.id == e.field);
        procedure.errors.update(|errors| {
            errors.retain(|e| !ours(e));
            errors.extend(found.iter().cloned());
        });
        if !found.is_empty() {
            return;
        }
        let next = if returning() || index + 1 == total {
            procedure.check_href()
        } else {
            procedure.step_href(index + 2)
        };
        navigate(&next, Default::default());
    };

    let back = if returning() {
        procedure.check_href()
    } else if index == 0 {
        paths::service(&form.service)
    } else {
        procedure.step_href(index)
    };
    let title = {
        let page = format!("{} · {}", step.title, form.title);
        error_title(problems, move || page.clone())
    };
    // A page of one question asks it once: its words are the heading.
    let single = step.fields.len() == 1 && step.fields[0].label == step.title;
    let questions = step
        .fields
        .iter()
        .map(|field| question(field, procedure.answers, message_of(problems, field.id.clone()), single))
        .collect_view();
    view! {
        <Title text=title/>
        <BackLink href=back>{i18n.tr("form-back")}</BackLink>
        {move || procedure.expired.get().then(|| view! {
            <div id=EXPIRED_ID tabindex="-1" data-notice="">
                <Alert title=Signal::derive(i18n.tr("procedure-expired-title"))>
                    <p>{i18n.tr("procedure-expired-text")}</p>
                </Alert>
            </div>
        })}
        <ErrorSummary title=Signal::derive(i18n.tr("form-error-summary")) problems=problems/>
        <p class=style::caption>
            {move || i18n.t_with("procedure-step-of", &[("current", (index + 1).into()), ("total", total.into())])}
            <span class=style::form_name>{form.title.clone()}</span>
        </p>
        {(!single).then(|| view! { <h1>{step.title.clone()}</h1> })}
        {step.intro.clone().map(|intro| view! { <p class=style::intro>{intro}</p> })}
        <form method="post" novalidate on:submit=continue_ class=style::form>
            {questions}
            <Button>{i18n.tr("form-continue")}</Button>
        </form>
    }
}
