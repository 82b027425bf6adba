//! Ventanilla's domain: the types the API serves and the app reads, and the
//! validators both sides run, so that one rule never drifts between them.

#[macro_use]
mod macros;

pub mod api;
pub mod clock;
pub mod forms;
pub mod lang;
pub mod text;
pub mod validate;
