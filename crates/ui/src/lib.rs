//! Ventanilla's accessible components for Leptos 0.8.
//!
//! Every component renders semantic HTML that works with a keyboard, a
//! screen reader and 400 % zoom, takes its text from the caller (so any
//! language works) and carries its own scoped styles: add the bundled
//! `ventanilla-ui.css` (made by `stylance crates/ui`) to the page.

mod alert;
mod announcer;
mod language_switcher;
mod loading;
mod skip_link;

pub use alert::{Alert, AlertKind};
pub use announcer::Announcer;
pub use language_switcher::{LanguageOption, LanguageSwitcher};
pub use loading::Loading;
pub use skip_link::SkipLink;
