use leptos::prelude::*;
use leptos_router::hooks::use_location;
use ventanilla_core::lang::Lang;
use ventanilla_ui::{Current, Header, HeaderActions, HeaderNav, LanguageOption, LanguageSwitcher, NavItem};

use crate::i18n::{self, use_i18n};
use crate::shell::SiteSearch;
use crate::{meta, paths};

stylance::import_crate_style!(style, "src/shell/header.module.css");

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let languages = Lang::ALL
        .into_iter()
        // Each language names itself, in its own messages.
        .map(|lang| LanguageOption {
            tag: lang.tag(),
            name: i18n::format(lang, "language-self-name", None),
        })
        .collect();
    let location = use_location();
    // Without script, the link asks the server for this page in that language.
    let href = move |tag: &'static str| {
        let page = meta::canonical(&location.pathname.get(), &location.search.get());
        meta::in_lang(&page, Lang::parse(tag).unwrap_or_default())
    };
    // When the other language's messages cannot be fetched, the link is
    // followed as without script: the person sees that the network failed.
    let change = move |tag: &'static str| {
        if let Some(lang) = Lang::parse(tag) {
            let page = href(tag);
            i18n.set_lang(lang, move || {
                let _ = window().location().assign(&page);
            });
        }
    };
    // Home and the search page have their own, larger search box.
    let own_search = move || matches!(location.pathname.get().as_str(), paths::HOME | paths::SEARCH);
    // A procedure under way keeps the person on it: no way off but the
    // language. The agencies' side is a service of its own, not the citizens'.
    let without_sections = move || {
        let here = location.pathname.get();
        here.starts_with(&format!("{}/", paths::PROCEDURE))
            || here == paths::STAFF
            || here.starts_with(&format!("{}/", paths::STAFF))
    };
    let current = move |path: &'static str| {
        Signal::derive(move || {
            let here = location.pathname.get();
            if here == path {
                Some(Current::Page)
            } else {
                here.starts_with(&format!("{path}/")).then_some(Current::Section)
            }
        })
    };
    view! {
        <Header name=i18n.tr("site-name") tagline=Signal::derive(i18n.tr("site-tagline"))>
            <HeaderActions slot>
                <LanguageSwitcher
                    label=Signal::derive(i18n.tr("language-switcher-label"))
                    options=languages
                    current=Signal::derive(move || i18n.lang().tag())
                    href=href
                    on_change=change
                />
            </HeaderActions>
            <Show when=move || !without_sections()>
                <HeaderNav label=i18n.tr("nav-label")>
                    <NavItem href=paths::CATALOGUE current=current(paths::CATALOGUE)>{i18n.tr("nav-services")}</NavItem>
                    <NavItem href=paths::AGENCIES current=current(paths::AGENCIES)>{i18n.tr("nav-agencies")}</NavItem>
                    <NavItem href=paths::NEWS current=current(paths::NEWS)>{i18n.tr("nav-news")}</NavItem>
                    <NavItem href=paths::OFFICES current=current(paths::OFFICES)>{i18n.tr("nav-offices")}</NavItem>
                    <NavItem href=paths::TRACKING current=current(paths::TRACKING)>{i18n.tr("nav-tracking")}</NavItem>
                    <NavItem href=paths::CURP current=current(paths::CURP)>{i18n.tr("nav-curp")}</NavItem>
                    // A phone has no room for the box: a link to the search page instead.
                    <Show when=move || !own_search()>
                        <NavItem href=paths::SEARCH class=style::search_link>{i18n.tr("nav-search")}</NavItem>
                    </Show>
                </HeaderNav>
                <Show when=move || !own_search()>
                    <div class=style::search>
                        <SiteSearch id="buscar-cabecera"/>
                    </div>
                </Show>
            </Show>
        </Header>
    }
}
