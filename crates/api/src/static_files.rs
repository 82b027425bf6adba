//! Serves the app built by trunk from memory: every file compressed once at
//! start (brotli and gzip), hashed assets cached forever, and any other path
//! a page of the app, rendered on the server into `index.html` (`pages`).

use std::collections::HashMap;
use std::path::Path;

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use ventanilla::server::SplitManifest;

use crate::compression::{accepted_encodings, accepts, brotli, gzip};
use crate::fingerprint::etag;
use crate::pages::Pages;

struct Asset {
    content_type: &'static str,
    etag: String,
    immutable: bool,
    plain: Vec<u8>,
    brotli: Option<Vec<u8>>,
    gzip: Option<Vec<u8>>,
}

pub struct StaticFiles {
    assets: HashMap<String, Asset>,
    /// `index.html`, which every page is rendered into.
    page: String,
    /// What each lazy route's pages preload.
    split: SplitManifest,
}

/// The app's files, and its pages.
pub struct Site {
    pub files: StaticFiles,
    pub pages: Pages,
}

impl StaticFiles {
    pub fn load(dist: &Path) -> std::io::Result<StaticFiles> {
        let page = with_ui_stylesheet(&std::fs::read_to_string(dist.join("index.html"))?);
        let mut assets = HashMap::from([(
            format!("/{}", ventanilla_ui::STYLESHEET_FILE),
            Asset::new(
                ventanilla_ui::STYLESHEET_FILE,
                ventanilla_ui::STYLESHEET.as_bytes().to_vec(),
            ),
        )]);
        let mut split = SplitManifest::default();
        for path in files_under(dist)? {
            let name = path
                .strip_prefix(dist)
                .expect("walked from dist")
                .to_string_lossy()
                .replace('\\', "/");
            if name == "index.html" {
                continue;
            }
            let plain = std::fs::read(&path)?;
            if let Some(folder) = name.strip_suffix("/manifest.json").filter(|f| f.starts_with("split-")) {
                split = SplitManifest::read(folder, &String::from_utf8_lossy(&plain)).map_err(std::io::Error::other)?;
            }
            assets.insert(format!("/{name}"), Asset::new(&name, plain));
        }
        Ok(StaticFiles { assets, page, split })
    }
}

impl Asset {
    fn new(name: &str, plain: Vec<u8>) -> Asset {
        let content_type = content_type(name);
        let compressible = !content_type.starts_with("image/") || content_type == "image/svg+xml";
        Asset {
            content_type,
            etag: etag(&plain),
            immutable: is_hashed(name),
            brotli: compressible.then(|| brotli(&plain)),
            gzip: compressible.then(|| gzip(&plain)),
            plain,
        }
    }
}

/// The component library's stylesheet, linked before the app's own, which
/// may then build on it (the library's crate ships it: the app serves it).
fn with_ui_stylesheet(page: &str) -> String {
    let link = format!("<link rel=\"stylesheet\" href=\"/{}\">", ventanilla_ui::STYLESHEET_FILE);
    match page.find("<link rel=\"stylesheet\"") {
        Some(at) => format!("{}{link}{}", &page[..at], &page[at..]),
        None => page.replacen("</head>", &format!("{link}</head>"), 1),
    }
}

/// The fallback of the whole router: a file of the app, or one of its pages.
pub async fn serve(site: Option<std::sync::Arc<Site>>, request: Request) -> Response {
    let Some(site) = site else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let path = request.uri().path();
    if let Some(asset) = site.files.assets.get(path) {
        return asset_response(asset, request.headers());
    }
    // A missing file (it has an extension) is a 404; any other path is a page of the app.
    if path.rsplit('/').next().is_some_and(|last| last.contains('.')) {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    }
    site.pages.page(&site.files.page, &site.files.split, request).await
}

fn asset_response(asset: &Asset, request: &HeaderMap) -> Response {
    let cache = if asset.immutable {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(header::ETAG, HeaderValue::from_str(&asset.etag).expect("hex etag"));
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if crate::fingerprint::is_current(request.get(header::IF_NONE_MATCH), &asset.etag) {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    let accepted = accepted_encodings(request);
    let (encoding, body) = match (&asset.brotli, &asset.gzip) {
        (Some(br), _) if accepts(accepted, "br") => (Some("br"), br),
        (_, Some(gz)) if accepts(accepted, "gzip") => (Some("gzip"), gz),
        _ => (None, &asset.plain),
    };
    if let Some(encoding) = encoding {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    (headers, body.clone()).into_response()
}

/// Trunk names built files `name-<hash>.ext`, the hash a 64-bit number in hex
/// (without leading zeros), and the wasm chunks of the lazy routes sit in a
/// folder named alike (`split-<hash>/`); those files never change.
fn is_hashed(name: &str) -> bool {
    name.split('/').any(|segment| {
        segment.split('-').skip(1).any(|part| {
            let hex = part.bytes().take_while(u8::is_ascii_hexdigit).count();
            (12..=16).contains(&hex) && matches!(part.as_bytes().get(hex), None | Some(b'.' | b'_'))
        })
    })
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "webmanifest" | "json" => "application/manifest+json",
        // Fluent messages the app fetches (`dist/locales/`).
        "txt" | "ftl" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn files_under(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_trunk_hashed_names() {
        assert!(is_hashed("ventanilla-3f2a9c0d1e4b5a67_bg.wasm"));
        assert!(is_hashed("ventanilla-3f2a9c0d1e4b5a67.js"));
        assert!(is_hashed("style-0123456789abcdef.css"));
        assert!(is_hashed("ventanilla-ui-db2096b8ddd0a80.css"));
        assert!(!is_hashed("favicon.svg"));
        assert!(!is_hashed("manifest.webmanifest"));
        assert!(is_hashed("split-0123456789abcdef/chunk_9.wasm"));
        assert!(!is_hashed("locales/chunk_9.wasm"));
    }

    #[test]
    fn fetched_messages_are_utf8_text() {
        assert_eq!(content_type("locales/es-MX/procedure.ftl"), "text/plain; charset=utf-8");
    }
}
