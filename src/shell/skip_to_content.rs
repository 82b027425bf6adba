use leptos::prelude::*;
use ventanilla_ui::SkipLink;

use super::MAIN_ID;
use crate::i18n::use_i18n;

#[component]
pub fn SkipToContent() -> impl IntoView {
    let i18n = use_i18n();
    view! { <SkipLink target=MAIN_ID>{i18n.tr("skip-to-content")}</SkipLink> }
}
