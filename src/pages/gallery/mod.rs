//! `/componentes`: the gallery of `ventanilla-ui`, for the frontend teams of
//! other agencies: each component live, with its code and its README. The
//! components' documentation is in English, as their code's is; their
//! examples speak Spanish, as the site does: each part says its language.

mod component;

use leptos::prelude::*;
use leptos_meta::Title;
use ventanilla_ui::gallery::COMPONENTS;
use ventanilla_ui::{Breadcrumbs, Crumb};

use crate::i18n::use_i18n;
use crate::paths;

pub use component::ComponentPage;

stylance::import_crate_style!(style, "src/pages/gallery/gallery.module.css");

/// The language the components' documentation is written in.
const DOCS_LANG: &str = "en";

/// `/componentes`: every component, with what it is for.
#[component]
pub fn Gallery() -> impl IntoView {
    let i18n = use_i18n();
    let crumbs = move || {
        vec![
            Crumb {
                label: i18n.t("nav-home"),
                href: Some(paths::HOME.into()),
            },
            Crumb {
                label: i18n.t("gallery-title"),
                href: None,
            },
        ]
    };
    view! {
        <Title text=i18n.tr("gallery-title")/>
        {move || view! { <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=crumbs()/> }}
        <h1 tabindex="-1">{i18n.tr("gallery-title")}</h1>
        <p class=style::lead>{i18n.tr("gallery-intro")}</p>
        <ul class=style::list>
            {COMPONENTS.iter().map(|component| view! {
                <li class=style::item>
                    <a href=paths::component(component.id)><code>{component.name}</code></a>
                    <span lang=DOCS_LANG>{component.purpose}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}
