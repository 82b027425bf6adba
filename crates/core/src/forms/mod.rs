//! Procedures as data: the form definition the API serves for each online
//! procedure, the answers a person gives, and the one function that checks
//! those answers, run by the browser on every step and by the server again on
//! submission.

mod answers;
mod check;
mod definition;

pub use answers::{Answer, Answers, DateParts};
pub(crate) use check::check_date;
pub use check::{Day, FieldError, FormError, check_field, check_form};
pub use definition::{Choice, DateRule, Field, FieldKind, FormDefinition, Step};
