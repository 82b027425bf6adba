//! The files attached to what the agencies publish, under `/archivos/`,
//! never at the origin's root. The seed's files are built into the server.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

const SEED: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/attachments.rs"));

/// Where files are served; the route's pattern is `{PREFIX}/{name}`.
pub const PREFIX: &str = "/archivos";

/// A file's address.
pub fn url(name: &str) -> String {
    format!("{PREFIX}/{name}")
}

/// The seed's file `name`, if there is one.
pub fn seed_file(name: &str) -> Option<&'static [u8]> {
    SEED.iter().find(|(file, _)| *file == name).map(|(_, bytes)| *bytes)
}

/// The media type of `bytes`, judged by their content, not by a file name.
pub fn media_type(bytes: &[u8]) -> Option<&'static str> {
    bytes.starts_with(b"%PDF-").then_some("application/pdf")
}

/// A file, downloaded rather than opened in the site's origin: whatever it
/// holds, it cannot run as a page of ours.
pub async fn serve(Path(name): Path<String>) -> Response {
    let Some((bytes, media_type)) = seed_file(&name).and_then(|bytes| Some((bytes, media_type(bytes)?))) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (header::CONTENT_TYPE, media_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; sandbox".to_owned(),
            ),
            (header::CACHE_CONTROL, "public, max-age=86400".to_owned()),
        ],
        bytes,
    )
        .into_response()
}
