use leptos::prelude::*;
use ventanilla_core::lang::Lang;
use ventanilla_ui::{LanguageOption, LanguageSwitcher};

use crate::i18n::{self, use_i18n};

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
                    on_change=change
                />
            </div>
        </header>
    }
}
