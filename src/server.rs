//! The server's side of the app: renders a page to HTML, with its data, in
//! the reader's language, for the browser to hydrate (`app::hydrate`).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use any_spawner::Executor;
use futures::StreamExt;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::PrefetchLazyFn;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use ventanilla_core::lang::Lang;

use crate::api::ServerApi;
use crate::i18n::PageLang;
use crate::page_status::PageStatus;
use crate::routes::App;

/// What the server knows of the page asked for.
pub struct PageRequest {
    /// Path and query, as requested.
    pub url: String,
    /// Scheme and host the site is reached at, for canonical URLs.
    pub origin: String,
    pub lang: Lang,
}

/// The wasm files of each lazy route, by the name leptos gives it, in the
/// folder of the split chunks (`scripts/split-wasm.mjs` writes them): the
/// pages of a route preload them, so that they download beside the main
/// module rather than after it.
#[derive(Default)]
pub struct SplitManifest {
    folder: String,
    routes: HashMap<String, Vec<String>>,
}

impl SplitManifest {
    /// The manifest of the chunks in `folder` (`split-<hash>`), from its JSON.
    pub fn read(folder: &str, json: &str) -> serde_json::Result<SplitManifest> {
        Ok(SplitManifest {
            folder: folder.to_owned(),
            routes: serde_json::from_str(json)?,
        })
    }

    /// The preload links of what `routes` need, in the `<template>` the
    /// loader adds to the page once it has painted (`scripts/split-wasm.mjs`).
    fn links(&self, routes: &HashSet<&'static str>) -> String {
        // Routes rendered together (a procedure and its step) share chunks: each file once.
        let mut files: Vec<&String> = Vec::new();
        for file in routes.iter().filter_map(|route| self.routes.get(*route)).flatten() {
            if !files.contains(&file) {
                files.push(file);
            }
        }
        if files.is_empty() {
            return String::new();
        }
        let folder = &self.folder;
        let mut links =
            format!("<template id=\"lazy-chunks\"><link rel=\"modulepreload\" href=\"/{folder}/__wasm_split.js\">");
        for file in files {
            links += &format!(
                "<link rel=\"preload\" href=\"/{folder}/{file}\" as=\"fetch\" type=\"application/wasm\" crossorigin>"
            );
        }
        links + "</template>"
    }
}

/// A rendered page: its HTTP status and the whole document.
pub struct RenderedPage {
    pub status: u16,
    pub html: String,
    /// The text of the page's one inline script of its own, which holds its
    /// data: the response's policy allows it by its hash.
    pub data: String,
}

/// Renders `request`'s page into `template` (trunk's `index.html`): its
/// `<body>` becomes the page, followed by the data the browser needs to
/// hydrate it and by the template's loader; leptos_meta adds the title and
/// links to `<head>`. Every resource is awaited first, so the HTML is complete.
pub async fn render(template: &str, split: &SplitManifest, request: PageRequest, api: ServerApi) -> RenderedPage {
    // The first call sets leptos' executor to tokio's; later ones change nothing.
    let _ = Executor::init_tokio();
    let context = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(Arc::clone(&context) as Arc<dyn SharedContext + Send + Sync>));
    let status = PageStatus::default();
    let (meta, meta_output) = ServerMetaContext::new();
    let lazy_routes = PrefetchLazyFn::default();
    let stream = owner.with(|| {
        provide_context(RequestUrl::new(&request.url));
        provide_context(PageLang(request.lang));
        provide_context(api);
        provide_context(status.clone());
        provide_context(meta);
        provide_context(lazy_routes.clone());
        App().to_html_stream_in_order()
    });
    let body: String = stream.collect().await;
    let mut data = String::new();
    if let Some(mut chunks) = context.pending_data() {
        while let Some(chunk) = chunks.next().await {
            data.push_str(&chunk);
            data.push(';');
        }
    }
    let head = crate::meta::head(
        &request.origin,
        &request.url,
        &crate::i18n::format(request.lang, "site-description", None),
    ) + &lazy_routes.0.with_value(|routes| split.links(routes));
    let document = fill(
        template,
        request.lang,
        &head,
        &body,
        &format!("<script>{data}</script>"),
    );
    let html = meta_output
        .inject_meta_context(futures::stream::once(std::future::ready(document)))
        .await
        .collect::<String>()
        .await;
    owner.unset_with_forced_cleanup();
    RenderedPage {
        status: status.get(),
        html,
        data,
    }
}

/// The template with the page's language, the end of its `<head>` and its
/// body; what the template's body holds (the app's loader) comes last.
fn fill(template: &str, lang: Lang, head: &str, body: &str, data: &str) -> String {
    let (start, rest) = template.split_once("</head>").unwrap_or((template, ""));
    let loader = rest
        .split_once("<body>")
        .and_then(|(_, body)| body.split_once("</body>"))
        .map_or("", |(inner, _)| inner.trim());
    let start = start.replacen(
        &format!("<html lang=\"{}\">", Lang::default().tag()),
        &format!("<html lang=\"{}\">", lang.tag()),
        1,
    );
    // leptos_meta puts the pages' own `<head>` elements after its marker, where
    // they hydrate from (`<MetaTags/>` writes it in apps whose shell is Rust).
    format!("{start}<!--HEAD-->{head}</head><body>{body}{data}{loader}</body></html>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preloads_the_files_of_the_routes_rendered() {
        let folder = "split-0123";
        let split = SplitManifest::read(folder, r#"{"__sheet_1": ["split___sheet_1.wasm", "chunk_3.wasm"]}"#).unwrap();
        let links = split.links(&HashSet::from(["__sheet_1", "__unknown_2"]));
        assert!(links.starts_with(
            r#"<template id="lazy-chunks"><link rel="modulepreload" href="/split-0123/__wasm_split.js">"#
        ));
        assert!(links.ends_with("</template>"));
        assert!(links.contains(
            r#"<link rel="preload" href="/split-0123/chunk_3.wasm" as="fetch" type="application/wasm" crossorigin>"#
        ));
        assert_eq!(links.matches("rel=\"preload\"").count(), 2);
        assert_eq!(split.links(&HashSet::from(["__unknown_2"])), "");
    }

    #[test]
    fn fills_the_language_and_body_then_the_data_and_the_loader() {
        let template =
            "<!doctype html><html lang=\"es-MX\"><head></head><body>\n<script>load()</script>\n</body></html>";
        assert_eq!(
            fill(template, Lang::En, "<meta>", "<main>hi</main>", "<script>d</script>"),
            "<!doctype html><html lang=\"en\"><head><!--HEAD--><meta></head><body><main>hi</main><script>d</script><script>load()</script></body></html>"
        );
    }
}
