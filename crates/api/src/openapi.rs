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
        crate::routes::curp::get,
        crate::routes::curp::search,
        crate::routes::forms::get,
        crate::routes::applications::submit,
        crate::routes::applications::track,
        crate::routes::sms::request,
        crate::routes::sms::confirm,
        crate::routes::backoffice::advance
    ),
    components(schemas(ventanilla_core::api::Problem)),
    modifiers(&BackofficeToken)
)]
struct ApiDoc;

/// The back office's bearer token.
struct BackofficeToken;

impl utoipa::Modify for BackofficeToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "backoffice_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
