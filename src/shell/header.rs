use leptos::prelude::*;
use leptos_router::hooks::use_location;
use ventanilla_core::lang::Lang;
use ventanilla_ui::{LanguageOption, LanguageSwitcher};

use crate::i18n::{self, use_i18n};
use crate::shell::SiteSearch;
use crate::{meta, paths};

stylance::import_crate_style!(style, "src/shell/header.module.css");

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let languages = Lang::ALL
        .into_iter()
        // Each language names itself, in its own messages.
        .map(|lang| LanguageOption {
            tag: lang.tag(),
            name: i18n::format(lang, "language-self-name", None),
        })
        .collect();
    let change = move |tag: &'static str| {
        if let Some(lang) = Lang::parse(tag) {
            i18n.set_lang(lang);
        }
    };
    let location = use_location();
    // Without script, the link asks the server for this page in that language.
    let href = move |tag: &'static str| {
        let page = meta::canonical(&location.pathname.get(), &location.search.get());
        meta::in_lang(&page, Lang::parse(tag).unwrap_or_default())
    };
    // Home and the search page have their own, larger search box.
    let own_search = move || matches!(location.pathname.get().as_str(), paths::HOME | paths::SEARCH);
    // A procedure under way keeps the person on it: no way off but the language.
    let in_procedure = move || location.pathname.get().starts_with(&format!("{}/", paths::PROCEDURE));
    view! {
        <header class=style::header>
            <div class=style::bar>
                <a class=style::identity href="/">
                    <span class=style::name>{i18n.tr("site-name")}</span>
                    <span class=style::tagline>{i18n.tr("site-tagline")}</span>
                </a>
                <LanguageSwitcher
                    label=Signal::derive(i18n.tr("language-switcher-label"))
                    options=languages
                    current=Signal::derive(move || i18n.lang().tag())
                    href=href
                    on_change=change
                />
            </div>
            <Show when=move || !in_procedure()>
                <nav class=style::nav aria-label=i18n.tr("nav-label")>
                    <ul>
                        <li><a href=paths::CATALOGUE>{i18n.tr("nav-services")}</a></li>
                        <li><a href=paths::AGENCIES>{i18n.tr("nav-agencies")}</a></li>
                        <li><a href=paths::OFFICES>{i18n.tr("nav-offices")}</a></li>
                        <li><a href=paths::TRACKING>{i18n.tr("nav-tracking")}</a></li>
                        <li><a href=paths::CURP>{i18n.tr("nav-curp")}</a></li>
                        // A phone has no room for the box: a link to the search page instead.
                        <Show when=move || !own_search()>
                            <li class=style::search_link><a href=paths::SEARCH>{i18n.tr("nav-search")}</a></li>
                        </Show>
                    </ul>
                </nav>
                <Show when=move || !own_search()>
                    <div class=style::search>
                        <SiteSearch id="buscar-cabecera"/>
                    </div>
                </Show>
            </Show>
        </header>
    }
}
