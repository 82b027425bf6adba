//! What every form page does with its problems: each field shows its own,
//! and the page title says "Error:" while there are any.

use leptos::prelude::*;
use ventanilla_ui::FieldProblem;

use crate::i18n::use_i18n;

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
