//! `/api/...`: one module per resource.

pub(crate) mod agencies;
pub(crate) mod categories;
pub(crate) mod curp;
pub(crate) mod health;
pub(crate) mod life_events;
pub(crate) mod offices;
pub(crate) mod search;
pub(crate) mod services;
pub(crate) mod states;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::get;

use crate::problem::{ApiProblem, ensure_problem};
use crate::{AppState, etag, openapi};

pub fn api() -> Router<AppState> {
    let v1 = Router::new()
        .route("/health", get(health::get))
        .route("/categories", get(categories::list))
        .route("/life-events", get(life_events::list))
        .route("/services", get(services::list))
        .route("/services/{slug}", get(services::get))
        .route("/agencies", get(agencies::list))
        .route("/agencies/{slug}", get(agencies::get))
        .route("/states", get(states::list))
        .route("/offices", get(offices::list))
        .route("/offices/{id}", get(offices::get))
        .route("/search", get(search::search))
        .route("/curp/{curp}", get(curp::get))
        .layer(axum::middleware::from_fn(etag::tag));
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
        .layer(axum::middleware::from_fn(ensure_problem))
}
