//! What every form page does with its problems: each field shows its own,
//! and the page title says "Error:" while there are any.

use leptos::prelude::*;
use ventanilla_core::api::MESSAGE_MAX_LENGTH;
use ventanilla_core::forms::FieldError;
use ventanilla_core::validate::message_key_for;
use ventanilla_ui::FieldProblem;

use crate::i18n::{I18n, use_i18n};

/// The message of `field`'s problem, for the field to show beside it.
pub fn message_of(problems: Signal<Vec<FieldProblem>>, field: impl Into<String>) -> Signal<Option<String>> {
    let field = field.into();
    Signal::derive(move || problems.with(|all| all.iter().find(|p| p.field == field).map(|p| p.message.clone())))
}

/// The page's title, prefixed "Error: " while `problems` holds any.
pub fn error_title(
    problems: Signal<Vec<FieldProblem>>,
    title: impl Fn() -> String + Send + Sync + 'static,
) -> impl Fn() -> String + Send + Sync + 'static {
    let i18n = use_i18n();
    move || {
        if problems.with(Vec::is_empty) {
            title()
        } else {
            format!("{} {}", i18n.t("form-error-prefix"), title())
        }
    }
}

/// What is wrong with a message (a caseworker's note, an applicant's reply)
/// as field `field` shows it. `i18n` is the page's: this runs in an event
/// handler.
pub fn message_problems(i18n: I18n, field: &str, errors: &[FieldError]) -> Vec<FieldProblem> {
    errors
        .iter()
        .map(|e| FieldProblem {
            field: field.into(),
            message: i18n.t_with(&message_key_for(&e.code), &[("max", MESSAGE_MAX_LENGTH.into())]),
        })
        .collect()
}
