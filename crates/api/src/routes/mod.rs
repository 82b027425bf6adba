//! `/api/...`: one module per resource.

pub(crate) mod categories;
pub(crate) mod curp;
pub(crate) mod health;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::get;

use crate::AppState;
use crate::openapi;
use crate::problem::ApiProblem;

pub fn api() -> Router<AppState> {
    let v1 = Router::new()
        .route("/health", get(health::get))
        .route("/categories", get(categories::list))
        .route("/curp/{curp}", get(curp::get));
    Router::new()
        .nest("/v1", v1)
        .route("/openapi.json", get(openapi::document))
        .fallback(|| async { ApiProblem::not_found().detail("No such API endpoint") })
        .method_not_allowed_fallback(|| async {
            ApiProblem::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "Method not allowed",
            )
        })
}
