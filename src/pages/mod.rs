//! One module per route, and the pieces several routes share.

mod accessibility;
mod agencies;
mod catalogue;
mod curp;
mod form_errors;
mod form_request;
mod get_form;
mod home;
mod load_error;
mod not_found;
mod office_card;
mod offices;
pub mod procedure;
mod result_pages;
mod search;
mod service_sheet;
mod tracking;
mod trail;

pub use accessibility::AccessibilityStatement;
pub use agencies::{Agencies, AgencyPage};
pub use catalogue::{Catalogue, card};
pub use curp::CurpLookup;
pub use form_errors::{error_title, message_of};
pub use form_request::FormRequest;
pub use get_form::named_fields_only;
pub use home::Home;
pub use load_error::{LinkFilters, LoadError, Loaded};
pub use not_found::NotFound;
pub use office_card::{OfficeCard, OfficesForService, StateSelect, WeekHours, map_link, states_resource};
pub use offices::{OfficePage, Offices};
pub use result_pages::{ResultPages, announce_results};
pub use search::{Search, hit_href};
pub use service_sheet::ServiceSheet;
pub use tracking::Tracking;
pub use trail::home_trail;
