//! The interface language: Fluent messages from `locales/`, the user's choice
//! kept across reloads, and `<html lang>` kept in step.

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use ventanilla_core::lang::Lang;

const STORAGE_KEY: &str = "ventanilla.lang";

thread_local! {
    static BUNDLES: HashMap<Lang, FluentBundle<FluentResource>> = Lang::ALL
        .into_iter()
        .map(|lang| (lang, bundle(lang)))
        .collect();
}

fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => include_str!(concat!(env!("OUT_DIR"), "/es-MX.ftl")),
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.ftl")),
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(source(lang).to_owned()).expect("locales parse (checked by tests)");
    let mut bundle = FluentBundle::new(vec![lang.tag().parse().expect("a valid language tag")]);
    // Isolation marks (U+2068/U+2069) would end up in the DOM and in screen-reader output.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .expect("no duplicate message ids (checked by tests)");
    bundle
}

/// Formats message `key` in `lang`; a missing message shows its id, never a blank.
pub fn format(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    BUNDLES.with(|bundles| {
        let bundle = &bundles[&lang];
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            leptos::logging::warn!("missing message {key} in {}", lang.tag());
            return key.to_owned();
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, args, &mut errors).into_owned()
    })
}

/// The reactive language of the interface, provided at the root.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn set_lang(&self, lang: Lang) {
        if let Some(storage) = window().local_storage().ok().flatten() {
            let _ = storage.set_item(STORAGE_KEY, lang.code());
        }
        self.lang.set(lang);
    }

    /// The message now (tracks the language when read inside a reactive scope).
    pub fn t(&self, key: &str) -> String {
        format(self.lang.get(), key, None)
    }

    /// The message with arguments, e.g. `("count", 3.into())`.
    pub fn t_with(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: FluentArgs = args.iter().cloned().collect();
        format(self.lang.get(), key, Some(&args))
    }

    /// A closure that re-renders the message when the language changes: `{i18n.tr("key")}`.
    pub fn tr(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(key)
    }
}

/// Creates the language state from the saved choice (Spanish by default) and
/// keeps `<html lang>` in step with it.
pub fn provide_i18n() -> I18n {
    let saved = window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|code| Lang::parse(&code));
    let i18n = I18n {
        lang: RwSignal::new(saved.unwrap_or_default()),
    };
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", i18n.lang().tag());
        }
    });
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
