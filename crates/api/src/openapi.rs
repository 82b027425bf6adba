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
        crate::routes::content::list,
        crate::routes::content::get,
        crate::routes::states::list,
        crate::routes::offices::list,
        crate::routes::offices::get,
        crate::routes::search::search,
        crate::routes::curp::get,
        crate::routes::curp::search,
        crate::routes::forms::get,
        crate::routes::applications::submit,
        crate::routes::applications::track,
        crate::routes::applications::reply,
        crate::routes::sms::request,
        crate::routes::sms::confirm,
        crate::routes::staff::enrolment,
        crate::routes::staff::enrol,
        crate::routes::staff::sign_in,
        crate::routes::staff::current,
        crate::routes::staff::sign_out,
        crate::routes::staff::sign_out_everywhere,
        crate::routes::desk::queue,
        crate::routes::desk::export,
        crate::routes::desk::case,
        crate::routes::desk::decide,
        crate::routes::people::invite,
        crate::routes::people::people,
        crate::routes::people::revoke,
        crate::routes::people::release,
        crate::routes::people::agency_log,
        crate::routes::people::whole_log,
        crate::routes::editing::list,
        crate::routes::editing::get,
        crate::routes::editing::save,
        crate::routes::editing::step,
        crate::routes::editing::diff,
        crate::routes::editing::preview,
        crate::routes::uploads::upload
    ),
    components(schemas(ventanilla_core::api::Problem)),
    modifiers(&SecuritySchemes, &CommonProblems)
)]
struct ApiDoc;

/// How staff prove who they are.
struct SecuritySchemes;

impl utoipa::Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        // A staff session: its cookie (`__Host-ventanilla_staff` behind TLS), and for
        // every change the session's CSRF token in `X-CSRF-Token`.
        components.add_security_scheme(
            "staff_session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("ventanilla_staff"))),
        );
    }
}

/// The problems any operation may answer, documented once: every operation
/// reads its query strictly (400) and takes `lang` (422 for a value not
/// understood); one with a body also reads it strictly.
struct CommonProblems;

impl utoipa::Modify for CommonProblems {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let problem = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/problem+json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                )
                .build()
        };
        for item in openapi.paths.paths.values_mut() {
            let operations = [&mut item.get, &mut item.post, &mut item.delete].into_iter().flatten();
            for operation in operations {
                let has_body = operation.request_body.is_some();
                let responses = &mut operation.responses.responses;
                let mut common = vec![
                    (
                        "400",
                        "An unknown or repeated query parameter, a query string not UTF-8 or too long, or a body that is not JSON",
                    ),
                    ("422", "A value not understood; `code` names the parameter and its rule"),
                ];
                if has_body {
                    common.push(("415", "The body is not sent as application/json"));
                }
                for (status, description) in common {
                    responses
                        .entry(status.to_owned())
                        .or_insert_with(|| problem(description).into());
                }
            }
        }
    }
}

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
