//! The class that hides text from the eye but not from screen readers.

stylance::import_crate_style!(pub(crate) style, "src/visually_hidden.module.css");
