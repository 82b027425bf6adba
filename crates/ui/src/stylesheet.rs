//! The crate's styles, made by `build.rs`: the theme and every component's.

use leptos::prelude::*;

/// The theme's defaults and every component's styles, as one stylesheet.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/ventanilla-ui.css"));

/// A file name for [`STYLESHEET`] that changes whenever its contents do.
pub const STYLESHEET_FILE: &str = env!("VENTANILLA_UI_STYLESHEET_FILE");

/// The components' styles in a `<style>` element, for an app that has no
/// server of its own to serve [`STYLESHEET`]: render it once, first.
#[component]
pub fn Stylesheet() -> impl IntoView {
    view! { <style>{STYLESHEET}</style> }
}
