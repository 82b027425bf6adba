//! Ventanilla's domain: the types the API serves and the app reads, and the
//! validators both sides run, so that one rule never drifts between them.

pub mod api;
pub mod lang;
pub mod validate;
