use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_i18n;

/// Any path the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    crate::page_status::set(404);
    view! {
        <Title text=i18n.tr("not-found-title")/>
        <h1 tabindex="-1">{i18n.tr("not-found-heading")}</h1>
        <p>{i18n.tr("not-found-typed")}</p>
        <p>{i18n.tr("not-found-pasted")}</p>
        <p><a href="/">{i18n.tr("not-found-home-link")}</a></p>
    }
}
