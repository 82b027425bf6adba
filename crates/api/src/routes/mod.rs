//! `/api/...`: one module per resource.

pub(crate) mod agencies;
pub(crate) mod applications;
pub(crate) mod categories;
pub(crate) mod content;
pub(crate) mod curp;
pub(crate) mod desk;
mod dev;
pub(crate) mod editing;
pub(crate) mod forms;
pub(crate) mod health;
pub(crate) mod life_events;
pub(crate) mod offices;
pub(crate) mod people;
pub(crate) mod search;
pub(crate) mod services;
pub(crate) mod sms;
pub(crate) mod staff;
pub(crate) mod states;
pub(crate) mod uploads;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::{get, post};

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
        .route("/content", get(content::list))
        .route("/agencies/{slug}/content/{item}", get(content::get))
        .route("/states", get(states::list))
        .route("/offices", get(offices::list))
        .route("/offices/{id}", get(offices::get))
        .route("/search", get(search::search))
        .route("/curp/{curp}", get(curp::get))
        .route("/forms/{id}", get(forms::get))
        .layer(axum::middleware::from_fn(etag::tag));
    // Writes, and reads of personal data: never cached, never tagged.
    let private = Router::new()
        .route("/curp/search", post(curp::search))
        .route("/applications", post(applications::submit))
        .route("/applications/track", post(applications::track))
        .route("/applications/reply", post(applications::reply))
        .route("/applications/sms", post(sms::request))
        .route("/applications/sms/confirm", post(sms::confirm))
        .route("/staff/enrolment/{token}", get(staff::enrolment).post(staff::enrol))
        .route(
            "/staff/session",
            get(staff::current).post(staff::sign_in).delete(staff::sign_out),
        )
        .route("/staff/sessions", axum::routing::delete(staff::sign_out_everywhere))
        .route("/staff/agencies/{agency}/applications", get(desk::queue))
        .route("/staff/agencies/{agency}/applications/export", get(desk::export))
        .route("/staff/agencies/{agency}/applications/{folio}", get(desk::case))
        .route(
            "/staff/agencies/{agency}/applications/{folio}/status",
            post(desk::decide),
        )
        .route("/staff/invitations", post(people::invite))
        .route("/staff/agencies/{agency}/people", get(people::people))
        .route(
            "/staff/agencies/{agency}/people/{id}/roles/{role}",
            axum::routing::delete(people::revoke),
        )
        .route(
            "/staff/agencies/{agency}/people/{id}/lock",
            axum::routing::delete(people::release),
        )
        .route("/staff/agencies/{agency}/audit", get(people::agency_log))
        .route("/staff/audit", get(people::whole_log))
        .route("/staff/agencies/{agency}/content", get(editing::list))
        .route(
            "/staff/agencies/{agency}/content/{slug}",
            get(editing::get).post(editing::save),
        )
        .route(
            "/staff/agencies/{agency}/content/{slug}/transitions",
            post(editing::step),
        )
        .route("/staff/agencies/{agency}/content/{slug}/diff", get(editing::diff))
        .route(
            "/staff/agencies/{agency}/content/{slug}/preview",
            post(editing::preview),
        )
        .route("/staff/agencies/{agency}/files", post(uploads::upload))
        .route("/dev/sms-outbox", get(dev::outbox))
        .route("/dev/clock", post(dev::advance_clock))
        .route("/dev/mail-outbox", get(dev::mail_outbox))
        .layer(axum::middleware::from_fn(no_store));
    Router::new()
        .nest("/v1", v1.merge(private))
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

/// Answers about a person must not stay in any cache.
async fn no_store(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let mut response = next.run(request).await;
    response.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    response
}
