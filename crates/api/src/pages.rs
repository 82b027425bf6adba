//! The app's pages, rendered on the server (`ventanilla::server::render`)
//! in the reader's language: `?lang=` on any URL (which also keeps the
//! choice in the language cookie), else that cookie, else Spanish. The page's
//! data comes from the API's own router, in-process.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use base64::prelude::{BASE64_STANDARD, Engine};
use futures::FutureExt;
use moka::future::Cache;
use sha2::{Digest, Sha256};
use tower::ServiceExt;
use ventanilla::api::{Answer, Call, ServerApi};
use ventanilla::i18n::LANG_COOKIE;
use ventanilla::server::{PageRequest, RenderedPage, SplitManifest, render};
use ventanilla_core::lang::Lang;

use crate::compression::{Spliced, accepted_encodings, accepts};
use crate::params::first_value;
use crate::security::page_policy;

/// Where trunk's `create_nonce` leaves the nonce of its inline loader script.
const NONCE_PLACEHOLDER: &str = "{{__TRUNK NONCE__}}";

/// The largest API answer a page may be rendered from.
const ANSWER_LIMIT: usize = 16 * 1024 * 1024;

/// How long a rendered page is served again: what it shows of the clock
/// ("open now") is at most this old.
const RENDERED_FOR: Duration = Duration::from_secs(30);

/// The bytes of rendered pages kept, counting their HTML (the compressed
/// pieces add about a fifth).
const RENDERED_BYTES: u64 = 64 * 1024 * 1024;

/// The app's pages: rendered once per URL, language and host, then served
/// again for a while with a fresh nonce each time. Rendering depends on
/// nothing else: pages with personal data render their empty forms only.
pub struct Pages {
    api: Router,
    /// Stands for the nonce in a rendered page: random, so that no text a
    /// reader typed (and the page repeats) can look like it.
    nonce_marker: String,
    rendered: Cache<PageKey, Arc<KeptPage>>,
    /// Bumped at each change to what the agencies publish: pages rendered
    /// before it are not served again.
    published: crate::content::Published,
}

/// A rendered page, its nonce marked, and compressed once.
struct KeptPage {
    status: u16,
    html: String,
    /// The hash of its data script, for the policy.
    data_hash: String,
    brotli: Spliced,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct PageKey {
    url: String,
    origin: String,
    lang: Lang,
    published: u64,
}

impl Pages {
    pub fn new(api: Router, published: crate::content::Published) -> Pages {
        Pages {
            api,
            published,
            nonce_marker: nonce(),
            rendered: Cache::builder()
                .time_to_live(RENDERED_FOR)
                .weigher(|_, page: &Arc<KeptPage>| u32::try_from(page.html.len()).unwrap_or(u32::MAX))
                .max_capacity(RENDERED_BYTES)
                .build(),
        }
    }

    /// The page `request` asks for, rendered into `template` (trunk's
    /// `index.html`) or kept from an earlier render, with a fresh nonce.
    pub async fn page(&self, template: &str, split: &SplitManifest, request: Request) -> Response {
        let headers = request.headers();
        let asked = first_value(request.uri().query(), "lang").and_then(|code| Lang::parse(&code));
        let key = PageKey {
            url: request.uri().path_and_query().map_or("/", |p| p.as_str()).to_owned(),
            origin: origin(headers),
            lang: asked.or_else(|| cookie_lang(headers)).unwrap_or_default(),
            published: self.published.count(),
        };
        let lang = key.lang;
        let nonce = nonce();
        let rendered = self
            .rendered
            .try_get_with_by_ref(&key, self.render(template, split, &key))
            .await;
        let page: &KeptPage = match &rendered {
            Ok(page) => page,
            Err(unkept) => match &**unkept {
                Unkept::Failed(page) => page,
                Unkept::Panicked => return broken(lang),
            },
        };
        let mut response = if accepts(accepted_encodings(headers), "br") {
            ([(header::CONTENT_ENCODING, "br")], page.brotli.filled(&nonce)).into_response()
        } else {
            // The compression layer compresses this one as it can.
            page.html.replace(&self.nonce_marker, &nonce).into_response()
        };
        *response.status_mut() = StatusCode::from_u16(page.status).unwrap_or(StatusCode::OK);
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        // Each answer has its own nonce, and depends on the language cookie.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
        headers.insert(header::VARY, HeaderValue::from_static("Cookie, Accept-Encoding"));
        headers.insert(header::CONTENT_SECURITY_POLICY, page_policy(&nonce, &page.data_hash));
        if let Some(lang) = asked {
            let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code());
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                headers.insert(header::SET_COOKIE, value);
            }
        }
        response
    }

    /// The page of `key`, its nonce marked; an error when it must not be
    /// served again (the API failed under it) or could not be rendered.
    async fn render(&self, template: &str, split: &SplitManifest, key: &PageKey) -> Result<Arc<KeptPage>, Unkept> {
        let page = PageRequest {
            url: key.url.clone(),
            origin: key.origin.clone(),
            lang: key.lang,
        };
        let template = template.replace(NONCE_PLACEHOLDER, &self.nonce_marker);
        let rendering = render(&template, split, page, in_process(self.api.clone()));
        // A page that panics is a bug: the reader gets a plain error page, the log the panic.
        let rendered = AssertUnwindSafe(rendering)
            .catch_unwind()
            .await
            .map_err(|_| Unkept::Panicked)?;
        let page = KeptPage::new(rendered, &self.nonce_marker);
        if page.status >= 500 {
            return Err(Unkept::Failed(page));
        }
        Ok(Arc::new(page))
    }
}

impl KeptPage {
    fn new(rendered: RenderedPage, nonce_marker: &str) -> KeptPage {
        KeptPage {
            status: rendered.status,
            data_hash: BASE64_STANDARD.encode(Sha256::digest(&rendered.data)),
            brotli: Spliced::new(&rendered.html, nonce_marker),
            html: rendered.html,
        }
    }
}

/// A page that is not served again.
enum Unkept {
    /// The API failed under it: the reader gets it (its error and retry), later readers a new one.
    Failed(KeptPage),
    Panicked,
}

fn broken(lang: Lang) -> Response {
    let message = ventanilla::i18n::format(lang, "error-server", None);
    let html = format!(
        "<!doctype html><html lang=\"{}\"><meta charset=\"utf-8\"><title>{message}</title><p>{message}</p></html>",
        lang.tag()
    );
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

fn cookie_lang(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == LANG_COOKIE).then(|| Lang::parse(value)).flatten()
        })
}

/// Scheme and host as the reader reached the site (a proxy in front says
/// its scheme in `X-Forwarded-Proto`).
fn origin(headers: &HeaderMap) -> String {
    let text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    let scheme = text(header::HeaderName::from_static("x-forwarded-proto")).unwrap_or("http");
    let host = text(header::HOST).unwrap_or("localhost");
    format!("{scheme}://{host}")
}

fn nonce() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the OS has randomness");
    crate::fingerprint::hex(&bytes)
}

/// The API, as the renderer calls it: its own router, in-process.
fn in_process(api: Router) -> ServerApi {
    ServerApi::new(move |call: Call| {
        let api = api.clone();
        Box::pin(async move {
            let mut request = Request::builder().method(call.method).uri(&call.url);
            if call.body.is_some() {
                request = request.header(header::CONTENT_TYPE, "application/json");
            }
            if let Some((name, value)) = &call.header {
                request = request.header(*name, value);
            }
            let Ok(request) = request.body(Body::from(call.body.unwrap_or_default())) else {
                return Answer {
                    status: 400,
                    body: String::new(),
                };
            };
            let response = api.oneshot(request).await.unwrap_or_else(|never| match never {});
            let status = response.status().as_u16();
            let body = to_bytes(response.into_body(), ANSWER_LIMIT).await.unwrap_or_default();
            Answer {
                status,
                body: String::from_utf8_lossy(&body).into_owned(),
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_language_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; ventanilla_lang=en; b=2"));
        assert_eq!(cookie_lang(&headers), Some(Lang::En));
        headers.insert(header::COOKIE, HeaderValue::from_static("ventanilla_lang=fr"));
        assert_eq!(cookie_lang(&headers), None);
    }
}
