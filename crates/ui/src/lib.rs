//! Ventanilla's accessible components for Leptos 0.8.
//!
//! Every component renders semantic HTML that works with a keyboard, a
//! screen reader and 400 % zoom, takes its text from the caller (so any
//! language works) and carries its own scoped styles: add the bundled
//! `ventanilla-ui.css` (made by `stylance crates/ui`) to the page.

mod alert;
mod announcer;
mod breadcrumbs;
mod details;
mod language_switcher;
mod loading;
mod pagination;
mod search_field;
mod service_card;
mod skip_link;
mod summary_list;
mod tag;

pub use alert::{Alert, AlertKind};
pub use announcer::Announcer;
pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use details::Details;
pub use language_switcher::{LanguageOption, LanguageSwitcher};
pub use loading::Loading;
pub use pagination::Pagination;
pub use search_field::{SearchField, Suggestion};
pub use service_card::ServiceCard;
pub use skip_link::SkipLink;
pub use summary_list::{SummaryList, SummaryRow};
pub use tag::{Tag, TagKind};
