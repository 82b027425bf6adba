#![doc = include_str!("../README.md")]

mod accordion;
mod alert;
mod announcer;
mod back_link;
mod breadcrumbs;
mod button;
mod card;
mod character_count;
mod choice;
mod class;
mod cookie_banner;
mod date_input;
mod details;
mod error_summary;
mod field;
mod file_upload;
mod footer;
pub mod gallery;
mod header;
mod inset_text;
mod language_switcher;
mod loading;
mod notification_banner;
mod pagination;
mod panel;
mod password_input;
mod phase_banner;
mod search_field;
mod skip_link;
mod stylesheet;
mod summary_card;
mod summary_list;
mod table;
mod tabs;
mod tag;
mod task_list;
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

documented!(accordion::Accordion);
documented!(alert::Alert);
documented!(announcer::Announcer);
documented!(back_link::BackLink);
documented!(breadcrumbs::Breadcrumbs);
documented!(button::Button);
documented!(card::Card);
documented!(character_count::CharacterCount);
documented!(choice::Radios);
documented!(cookie_banner::CookieBanner);
documented!(date_input::DateInput);
documented!(details::Details);
documented!(error_summary::ErrorSummary);
documented!(file_upload::FileUpload);
documented!(footer::Footer);
documented!(header::Header);
documented!(inset_text::InsetText);
documented!(language_switcher::LanguageSwitcher);
documented!(loading::Loading);
documented!(notification_banner::NotificationBanner);
documented!(pagination::Pagination);
documented!(panel::Panel);
documented!(password_input::PasswordInput);
documented!(phase_banner::PhaseBanner);
documented!(search_field::SearchField);
documented!(skip_link::SkipLink);
documented!(summary_card::SummaryCard);
documented!(summary_list::SummaryList);
documented!(table::Table);
documented!(tabs::Tabs);
documented!(tag::Tag);
documented!(task_list::TaskList);
documented!(text_input::TextInput);
documented!(warning_text::WarningText);

pub use accordion::AccordionSection;
pub use alert::AlertKind;
pub use breadcrumbs::Crumb;
pub use button::ButtonKind;
pub use choice::{Checkboxes, ChoiceOption, Select};
pub use date_input::DateLabels;
pub use error_summary::FieldProblem;
pub use field::ErrorPrefix;
pub use footer::FooterLinks;
pub use header::{Current, HeaderActions, HeaderNav, NavItem};
pub use language_switcher::LanguageOption;
pub use search_field::Suggestion;
pub use stylesheet::{STYLESHEET, STYLESHEET_FILE, Stylesheet};
pub use summary_card::CardAction;
pub use summary_list::SummaryRow;
pub use table::{SortDirection, SortKey, TableCell, TableColumn};
pub use tabs::TabItem;
pub use tag::TagColour;
pub use task_list::TaskItem;
pub use text_input::Width;
pub use visually_hidden::VISUALLY_HIDDEN;
