use leptos::prelude::*;
use ventanilla_ui::{Breadcrumbs, Crumb};

use crate::i18n::use_i18n;

/// The breadcrumbs of a page one level below home, "Inicio › {title}", in
/// the language of the moment.
pub fn home_trail(title_key: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let items = vec![
            Crumb {
                label: i18n.t("nav-home"),
                href: Some("/".into()),
            },
            Crumb {
                label: i18n.t(title_key),
                href: None,
            },
        ];
        view! { <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=items/> }
    }
}
