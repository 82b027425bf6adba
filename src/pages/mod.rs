//! One module per route, and the pieces several routes share.

mod accessibility;
mod agencies;
mod catalogue;
mod content_page;
mod curp;
mod date_labels;
mod form_errors;
mod form_request;
mod gallery;
mod get_form;
mod home;
mod load_error;
mod news;
mod not_found;
mod office_card;
mod offices;
pub mod procedure;
mod result_pages;
mod search;
mod service_sheet;
mod staff;
mod timeout_dialog;
mod tracking;
mod trail;

pub use accessibility::AccessibilityStatement;
pub use agencies::{Agencies, AgencyPage};
pub use catalogue::{Catalogue, Choice, card};
pub use content_page::ContentPage;
pub use curp::CurpLookup;
pub use date_labels::date_labels;
pub use form_errors::{error_title, message_of, message_problems};
pub use form_request::FormRequest;
pub use gallery::{ComponentPage, Gallery};
pub use get_form::named_fields_only;
pub use home::Home;
pub use load_error::{LinkFilters, LoadError, Loaded};
pub use news::{News, content_card, feed_url};
pub use not_found::NotFound;
pub use office_card::{OfficeCard, OfficesForService, StateSelect, WeekHours, map_link, states_resource};
pub use offices::{OfficePage, Offices};
pub use result_pages::{ResultPages, announce_results};
pub use search::{Search, hit_href};
pub use service_sheet::ServiceSheet;
pub use staff::{
    StaffAgencies, StaffCase, StaffContent, StaffDocument, StaffEnrol, StaffLog, StaffPeople, StaffQueue, StaffSignIn,
};
pub use timeout_dialog::{CHECK_EVERY, TimeoutDialog, WARNING_MS};
pub use tracking::{Tracking, history_list, status_key, status_tag};
pub use trail::home_trail;
