//! Addresses that no longer serve what they did: an unpublished item's
//! answers 410 Gone (with the not-found page), or 301 to what replaced it;
//! an imported old site's answer 301 to the new page.

use axum::extract::Request;
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rusqlite::OptionalExtension;

use crate::AppState;

/// The page `request` asks for, from `page`; where there is none, what
/// moved or went from its path: a live page is never hidden by an old address.
pub async fn serve<P: Future<Output = Response>>(
    state: &AppState,
    request: Request,
    page: impl FnOnce(Request) -> P,
) -> Response {
    let read = matches!(*request.method(), Method::GET | Method::HEAD);
    let path = request.uri().path().to_owned();
    let mut response = page(request).await;
    if !read || response.status() != StatusCode::NOT_FOUND {
        return response;
    }
    let moved = state
        .db
        .run(move |conn| {
            Ok(conn
                .prepare_cached("SELECT target FROM moved_paths WHERE path = ?1")?
                .query_row([path], |row| row.get::<_, Option<String>>(0))
                .optional()?)
        })
        .await;
    match moved {
        Ok(Some(Some(target))) => (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, target)]).into_response(),
        Ok(Some(None)) => {
            *response.status_mut() = StatusCode::GONE;
            response
        }
        Ok(None) => response,
        Err(problem) => problem.into_response(),
    }
}
