use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_i18n;

/// The accessibility statement: what we aim for, how we check it, what is
/// known not to work yet, and how to tell us about a barrier.
#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let i18n = use_i18n();
    let paragraph = move |key: &'static str| view! { <p>{i18n.tr(key)}</p> };
    let item = move |key: &'static str| view! { <li>{i18n.tr(key)}</li> };
    view! {
        <Title text=i18n.tr("a11y-title")/>
        <h1 tabindex="-1">{i18n.tr("a11y-heading")}</h1>
        {paragraph("a11y-intro")}

        <h2>{i18n.tr("a11y-target-heading")}</h2>
        {paragraph("a11y-target")}
        <ul>
            {item("a11y-can-zoom")}
            {item("a11y-can-keyboard")}
            {item("a11y-can-screen-reader")}
            {item("a11y-can-motion")}
            {item("a11y-can-contrast")}
            {item("a11y-can-slow")}
        </ul>

        <h2>{i18n.tr("a11y-testing-heading")}</h2>
        {paragraph("a11y-testing")}
        <ul>
            {item("a11y-testing-axe")}
            {item("a11y-testing-keyboard")}
            {item("a11y-testing-focus")}
            {item("a11y-testing-manual")}
        </ul>

        <h2>{i18n.tr("a11y-limitations-heading")}</h2>
        <ul>
            {item("a11y-limitation-js")}
            {item("a11y-limitation-timeout")}
            {item("a11y-limitation-manual")}
        </ul>

        <h2>{i18n.tr("a11y-report-heading")}</h2>
        {paragraph("a11y-report")}
        <ul>
            {item("a11y-report-email")}
            {item("a11y-report-phone")}
            {item("a11y-report-offices")}
        </ul>
        {paragraph("a11y-report-answer")}

        <h2>{i18n.tr("a11y-prepared-heading")}</h2>
        {paragraph("a11y-prepared")}
    }
}
