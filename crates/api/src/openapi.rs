//! The OpenAPI document, generated from the handlers and the core types.

use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Ventanilla government-services API",
        description = "Catalogue, registry and procedures of the national one-stop shop. Every error is application/problem+json."
    ),
    paths(
        crate::routes::health::get,
        crate::routes::categories::list,
        crate::routes::life_events::list,
        crate::routes::services::list,
        crate::routes::services::get,
        crate::routes::agencies::list,
        crate::routes::agencies::get,
        crate::routes::states::list,
        crate::routes::offices::list,
        crate::routes::offices::get,
        crate::routes::search::search,
        crate::routes::curp::get
    ),
    components(schemas(ventanilla_core::api::Problem))
)]
struct ApiDoc;

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
