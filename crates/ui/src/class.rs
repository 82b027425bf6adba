//! How a component's own classes and its caller's `class` prop combine.

/// A component's own classes, then those its caller adds, if any.
pub(crate) fn join(own: &str, class: Option<String>) -> String {
    match class {
        Some(extra) => format!("{own} {extra}"),
        None => own.to_owned(),
    }
}
