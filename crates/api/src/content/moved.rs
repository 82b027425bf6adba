//! Addresses that no longer serve what they did: an unpublished item's
//! answers 410 Gone (with the not-found page), or 301 to what replaced it;
//! an imported old site's answer 301 to the new page.

use axum::extract::Request;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use rusqlite::OptionalExtension;

use crate::AppState;

/// The page `request` asks for, from `page`, unless its path has moved or gone.
pub async fn serve<P: Future<Output = Response>>(
    state: &AppState,
    request: Request,
    page: impl FnOnce(Request) -> P,
) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return page(request).await;
    }
    let path = request.uri().path().to_owned();
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
        Ok(Some(Some(target))) => Redirect::permanent(&target).into_response(),
        Ok(Some(None)) => {
            let mut response = page(request).await;
            if response.status() == StatusCode::NOT_FOUND {
                *response.status_mut() = StatusCode::GONE;
            }
            response
        }
        Ok(None) => page(request).await,
        Err(problem) => problem.into_response(),
    }
}
