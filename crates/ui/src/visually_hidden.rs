//! The class that hides text from the eye but not from screen readers.

stylance::import_crate_style!(pub(crate) style, "src/visually_hidden.module.css");

/// The class for pages too: text for screen readers only, such as the
/// question after a "Change" link.
pub const VISUALLY_HIDDEN: &str = style::visually_hidden;
