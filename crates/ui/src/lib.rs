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
mod button;
mod character_count;
mod choice;
mod date_input;
mod details;
mod error_summary;
mod field;
pub mod gallery;
mod inset_text;
mod language_switcher;
mod loading;
mod notification_banner;
mod pagination;
mod panel;
mod search_field;
mod service_card;
mod skip_link;
mod summary_list;
mod tag;
mod text_input;
mod visually_hidden;
mod warning_text;

/// Re-exports a folder's main component with the folder's README and
/// examples as its documentation (the component macro takes only literal docs).
macro_rules! documented {
    ($folder:ident :: $component:ident) => {
        #[doc = include_str!(concat!(stringify!($folder), "/README.md"))]
        #[doc = "## Examples\n\n```rust,ignore"]
        #[doc = include_str!(concat!(stringify!($folder), "/examples.rs"))]
        #[doc = "```"]
        pub use $folder::$component;
    };
}

documented!(alert::Alert);
documented!(announcer::Announcer);
documented!(back_link::BackLink);
documented!(breadcrumbs::Breadcrumbs);
documented!(button::Button);
documented!(character_count::CharacterCount);
documented!(choice::Radios);
documented!(date_input::DateInput);
documented!(details::Details);
documented!(error_summary::ErrorSummary);
documented!(inset_text::InsetText);
documented!(language_switcher::LanguageSwitcher);
documented!(loading::Loading);
documented!(notification_banner::NotificationBanner);
documented!(pagination::Pagination);
documented!(panel::Panel);
documented!(search_field::SearchField);
documented!(service_card::ServiceCard);
documented!(skip_link::SkipLink);
documented!(summary_list::SummaryList);
documented!(tag::Tag);
documented!(text_input::TextInput);
documented!(warning_text::WarningText);

pub use alert::AlertKind;
pub use breadcrumbs::Crumb;
pub use button::ButtonKind;
pub use choice::{Checkboxes, ChoiceOption, Select};
pub use date_input::DateLabels;
pub use error_summary::FieldProblem;
pub use field::ErrorPrefix;
pub use language_switcher::LanguageOption;
pub use search_field::Suggestion;
pub use summary_list::SummaryRow;
pub use tag::TagKind;
pub use text_input::Width;
pub use visually_hidden::VISUALLY_HIDDEN;
