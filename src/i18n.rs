//! The interface language: Fluent messages from `locales/`, the user's choice
//! kept in a cookie that the server reads to render the page in it, and
//! `<html lang>` kept in step. In the browser, the messages of the frame and
//! of finding and reading are built in; the others (`FETCHED`, those of the
//! online procedures) arrive with the pages that use them. The server's
//! renderer has them all.

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ventanilla_core::lang::Lang;

use crate::api::ApiError;

include!(concat!(env!("OUT_DIR"), "/fetched.rs"));

/// The cookie holding the chosen language, read by the server.
pub const LANG_COOKIE: &str = "ventanilla_lang";

thread_local! {
    static BUNDLES: RefCell<HashMap<Lang, FluentBundle<FluentResource>>> = RefCell::default();
}

/// Runs `f` on `lang`'s messages, parsed when first needed: most readers
/// never switch, and parsing the other language would delay every page.
fn with_bundle<R>(lang: Lang, f: impl FnOnce(&mut FluentBundle<FluentResource>) -> R) -> R {
    BUNDLES.with_borrow_mut(|bundles| f(bundles.entry(lang).or_insert_with(|| bundle(lang))))
}

fn built_in(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => include_str!(concat!(env!("OUT_DIR"), "/es-MX.ftl")),
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.ftl")),
    }
}

/// The `FETCHED` messages, all of them: the server renders every page.
#[cfg(not(target_arch = "wasm32"))]
fn fetched(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => include_str!(concat!(env!("OUT_DIR"), "/es-MX.fetched.ftl")),
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.fetched.ftl")),
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![lang.tag().parse().expect("a valid language tag")]);
    // Isolation marks (U+2068/U+2069) would end up in the DOM and in screen-reader output.
    bundle.set_use_isolating(false);
    add(&mut bundle, built_in(lang).to_owned());
    #[cfg(not(target_arch = "wasm32"))]
    add(&mut bundle, fetched(lang).to_owned());
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
    with_bundle(lang, |bundle| {
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
    /// The languages whose `FETCHED` messages are here. Not a signal: a page
    /// shows only once its messages are here, and writing a signal while a
    /// page renders would re-run the page going away.
    fetched: StoredValue<Vec<Lang>>,
}

impl I18n {
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The language now, without following it.
    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// Switches the language, and keeps the choice for the server; once a
    /// page has needed the fetched messages, they are fetched in the new
    /// language first, so that no page shows message ids. If they cannot
    /// be, the language stays as it was and `otherwise` runs.
    pub fn set_lang(&self, lang: Lang, otherwise: impl FnOnce() + 'static) {
        let this = *self;
        let switch = move || {
            remember(lang);
            this.lang.set(lang);
        };
        if self.fetched.with_value(Vec::is_empty) {
            switch();
        } else {
            spawn_local(async move {
                match this.fetch(lang).await {
                    Ok(sources) => {
                        this.add_fetched(lang, sources);
                        switch();
                    }
                    Err(_) => otherwise(),
                }
            });
        }
    }

    /// The `FETCHED` messages in `lang`, for a page's resource: the server
    /// sends them in the page it rendered; the browser fetches them, unless
    /// they are here already (then none).
    #[cfg(target_arch = "wasm32")]
    pub async fn fetch(self, lang: Lang) -> Result<Vec<String>, ApiError> {
        if self.fetched.with_value(|langs| langs.contains(&lang)) {
            return Ok(Vec::new());
        }
        futures::future::try_join_all(FETCHED.map(|file| crate::api::messages(file, lang))).await
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub async fn fetch(self, lang: Lang) -> Result<Vec<String>, ApiError> {
        Ok(vec![fetched(lang).to_owned()])
    }

    /// Adds fetched messages to `lang`'s, once.
    pub fn add_fetched(self, lang: Lang, sources: Vec<String>) {
        if sources.is_empty() || self.fetched.with_value(|langs| langs.contains(&lang)) {
            return;
        }
        with_bundle(lang, |bundle| {
            sources.into_iter().for_each(|source| add(bundle, source))
        });
        self.fetched.update_value(|langs| langs.push(lang));
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

/// The language a page is rendered in: on the server, the request's
/// (provided by `server::render`); in the browser, the one the server
/// rendered (`<html lang>`), so that hydration starts from the same text.
#[derive(Clone, Copy)]
pub struct PageLang(pub Lang);

/// Creates the language state in the page's language and keeps `<html
/// lang>` in step with it.
pub fn provide_i18n() -> I18n {
    #[cfg(not(target_arch = "wasm32"))]
    let (lang, fetched) = (
        use_context::<PageLang>().map_or_else(Lang::default, |l| l.0),
        Lang::ALL.to_vec(),
    );
    #[cfg(target_arch = "wasm32")]
    let (lang, fetched) = (
        document()
            .document_element()
            .and_then(|root| root.get_attribute("lang"))
            .and_then(|tag| Lang::parse(&tag))
            .unwrap_or_default(),
        Vec::new(),
    );
    let i18n = I18n {
        lang: RwSignal::new(lang),
        fetched: StoredValue::new(fetched),
    };
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", i18n.lang().tag());
        }
    });
    provide_context(i18n);
    i18n
}

/// Keeps the choice for a year, for every page of the site.
fn remember(lang: Lang) {
    use wasm_bindgen::JsCast;
    if let Ok(document) = document().dyn_into::<web_sys::HtmlDocument>() {
        let _ = document.set_cookie(&format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.code()
        ));
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
