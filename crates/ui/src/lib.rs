//! Ventanilla's accessible components for Leptos 0.8.
//!
//! Every component renders semantic HTML that works with a keyboard, a
//! screen reader and 400 % zoom, takes its text from the caller (so any
//! language works) and carries its own scoped styles: add the bundled
//! `ventanilla-ui.css` (made by `stylance crates/ui`) to the page.

mod alert;
mod announcer;
mod back_link;
mod breadcrumbs;
mod choice;
mod date_input;
mod details;
mod error_summary;
mod field;
mod language_switcher;
mod loading;
mod pagination;
mod panel;
mod search_field;
mod service_card;
mod skip_link;
mod summary_list;
mod tag;
mod text_input;
mod visually_hidden;

pub use alert::{Alert, AlertKind};
pub use announcer::Announcer;
pub use back_link::BackLink;
pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use choice::{Checkboxes, ChoiceOption, Radios, Select};
pub use date_input::{DateInput, DateLabels};
pub use details::Details;
pub use error_summary::{ErrorSummary, FieldProblem};
pub use field::ErrorPrefix;
pub use language_switcher::{LanguageOption, LanguageSwitcher};
pub use loading::Loading;
pub use pagination::Pagination;
pub use panel::Panel;
pub use search_field::{SearchField, Suggestion};
pub use service_card::ServiceCard;
pub use skip_link::SkipLink;
pub use summary_list::{SummaryList, SummaryRow};
pub use tag::{Tag, TagKind};
pub use text_input::{TextInput, Width};
pub use visually_hidden::VISUALLY_HIDDEN;
