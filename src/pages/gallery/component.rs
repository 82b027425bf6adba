use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use ventanilla_ui::gallery::{self, Docs};
use ventanilla_ui::{Breadcrumbs, Crumb, Details};

use super::{DOCS_LANG, style};
use crate::api;
use crate::i18n::use_i18n;
use crate::pages::Loaded;
use crate::paths;

/// The language of the examples' texts.
const EXAMPLES_LANG: &str = "es-MX";

/// `/componentes/{id}`: a component's examples, each live with its code,
/// then its README (what it is for, its props, its accessibility criteria).
#[component]
pub fn ComponentPage() -> impl IntoView {
    let params = use_params_map();
    let docs = Resource::new(move || params.read().get("id").unwrap_or_default(), api::component_docs);
    let id = move || params.read_untracked().get("id").unwrap_or_default();
    view! {
        <Loaded resource=docs loading="gallery-loading" error="gallery-error" page=true
            show={move |docs: Docs| gallery::component(&id()).map(|component| view! { <Component component=component docs=docs/> })}/>
    }
}

#[component]
fn Component(component: &'static gallery::Component, docs: Docs) -> impl IntoView {
    let i18n = use_i18n();
    let crumbs = vec![
        Crumb {
            label: i18n.t("nav-home"),
            href: Some(paths::HOME.into()),
        },
        Crumb {
            label: i18n.t("gallery-title"),
            href: Some(paths::COMPONENTS.into()),
        },
        Crumb {
            label: component.name.into(),
            href: None,
        },
    ];
    let examples = (component.examples)().into_iter().map(|example| {
        let heading = format!("ejemplo-{}", example.id);
        let labelled_by = heading.clone();
        let code = docs
            .code
            .iter()
            .find(|(id, _)| id == example.id)
            .map(|(_, code)| code.clone())
            .unwrap_or_default();
        view! {
            <section class=style::example aria-labelledby=labelled_by>
                <h3 id=heading lang=DOCS_LANG>{example.title}</h3>
                <div class=style::preview lang=EXAMPLES_LANG>{(example.view)()}</div>
                <Details summary=Signal::derive(i18n.tr("gallery-code"))>
                    <pre class=style::code><code>{code}</code></pre>
                </Details>
            </section>
        }
    });
    view! {
        <Title text=component.name/>
        <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=crumbs/>
        <h1 tabindex="-1"><code>{component.name}</code></h1>
        <p class=style::lead lang=DOCS_LANG>{component.purpose}</p>
        <h2>{i18n.tr("gallery-examples")}</h2>
        {examples.collect_view()}
        <h2>{i18n.tr("gallery-docs")}</h2>
        // The crate's own README, made HTML when it was built: no one else's markup.
        <div class=style::readme lang=DOCS_LANG inner_html=docs.readme></div>
    }
}
