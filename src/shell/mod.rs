//! The frame around every page: skip link, header, footer, and what makes
//! client-side navigation accessible.

mod footer;
mod header;
mod needs_script;
mod route_focus;
mod site_search;
mod skip_to_content;

pub use footer::SiteFooter;
pub use header::SiteHeader;
pub use needs_script::NeedsScript;
pub use route_focus::{RouteFocus, announce, announcer, focus_when_shown, provide_live_region};
pub use site_search::SiteSearch;
pub use skip_to_content::SkipToContent;

/// The id of `<main>`, target of the skip link and of focus after navigation.
pub const MAIN_ID: &str = "contenido";
