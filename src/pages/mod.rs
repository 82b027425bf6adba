//! One module per route.

mod accessibility;
mod home;
mod not_found;

pub use accessibility::AccessibilityStatement;
pub use home::Home;
pub use not_found::NotFound;
