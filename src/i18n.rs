//! The interface language: Fluent messages from `locales/`, the user's choice
//! kept across reloads, and `<html lang>` kept in step. The messages of the
//! frame and of finding and reading are built in; the others (`FETCHED`,
//! those of the online procedures) are fetched with the pages that use them.

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use futures::future::try_join_all;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ventanilla_core::lang::Lang;

use crate::api::{self, ApiError};

include!(concat!(env!("OUT_DIR"), "/fetched.rs"));

const STORAGE_KEY: &str = "ventanilla.lang";

thread_local! {
    static BUNDLES: RefCell<HashMap<Lang, FluentBundle<FluentResource>>> = RefCell::new(
        Lang::ALL.into_iter().map(|lang| (lang, bundle(lang))).collect(),
    );
}

fn built_in(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => include_str!(concat!(env!("OUT_DIR"), "/es-MX.ftl")),
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.ftl")),
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![lang.tag().parse().expect("a valid language tag")]);
    // Isolation marks (U+2068/U+2069) would end up in the DOM and in screen-reader output.
    bundle.set_use_isolating(false);
    add(&mut bundle, built_in(lang).to_owned());
    bundle
}

fn add(bundle: &mut FluentBundle<FluentResource>, source: String) {
    let resource = FluentResource::try_new(source).expect("locales parse (checked by tests)");
    bundle
        .add_resource(resource)
        .expect("no duplicate message ids (checked by tests)");
}

/// Formats message `key` in `lang`; a missing message shows its id, never a blank.
pub fn format(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    BUNDLES.with_borrow(|bundles| {
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
    /// The languages whose `FETCHED` messages are here: messages re-render when one arrives.
    fetched: RwSignal<Vec<Lang>>,
}

impl I18n {
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// Switches the language; once a page has needed the fetched messages,
    /// they are fetched in the new language first, so that no page shows
    /// message ids. If they cannot be, the language stays as it was.
    pub fn set_lang(&self, lang: Lang) {
        let this = *self;
        let switch = move || {
            if let Some(storage) = window().local_storage().ok().flatten() {
                let _ = storage.set_item(STORAGE_KEY, lang.code());
            }
            this.lang.set(lang);
        };
        if self.fetched.with_untracked(Vec::is_empty) {
            switch();
        } else {
            spawn_local(async move {
                if this.fetch(lang).await.is_ok() {
                    switch();
                }
            });
        }
    }

    /// Makes sure the `FETCHED` messages are here, in the current language.
    pub async fn fetch_messages(self) -> Result<(), ApiError> {
        self.fetch(self.lang.get_untracked()).await
    }

    async fn fetch(self, lang: Lang) -> Result<(), ApiError> {
        if self.fetched.with_untracked(|langs| langs.contains(&lang)) {
            return Ok(());
        }
        let sources = try_join_all(FETCHED.map(|file| api::messages(file, lang))).await?;
        // Another page may have fetched them meanwhile: add them once.
        if self.fetched.with_untracked(|langs| langs.contains(&lang)) {
            return Ok(());
        }
        BUNDLES.with_borrow_mut(|bundles| {
            let bundle = bundles.get_mut(&lang).expect("a bundle per language");
            sources.into_iter().for_each(|source| add(bundle, source));
        });
        self.fetched.update(|langs| langs.push(lang));
        Ok(())
    }

    /// The message now (tracks the language when read inside a reactive scope).
    pub fn t(&self, key: &str) -> String {
        self.fetched.track();
        format(self.lang.get(), key, None)
    }

    /// The message with arguments, e.g. `("count", 3.into())`.
    pub fn t_with(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: FluentArgs = args.iter().cloned().collect();
        self.fetched.track();
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
        fetched: RwSignal::new(Vec::new()),
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
