//! ETags for every successful read of the API: clients revalidate with
//! `If-None-Match` and get a bodiless 304 when nothing changed.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::fingerprint::{etag, is_current};

/// Larger answers are passed on untagged rather than buffered.
const MAX_TAGGED_BYTES: usize = 8 * 1024 * 1024;

pub async fn tag(request: Request, next: Next) -> Response {
    let is_read = request.method() == Method::GET;
    let asked = request.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(request).await;
    if !is_read || response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_TAGGED_BYTES).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let tag = etag(&bytes);
    let headers = &mut parts.headers;
    headers.insert(header::ETAG, HeaderValue::from_str(&tag).expect("hex etag"));
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("public, max-age=60"));
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    if is_current(asked.as_ref(), &tag) {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}
