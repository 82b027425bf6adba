use axum::Json;
use axum::extract::State;
use ventanilla_core::api::Health;

use crate::AppState;
use crate::problem::ApiProblem;

/// Says whether the server and its database answer.
#[utoipa::path(get, path = "/api/v1/health", tag = "meta",
    responses((status = 200, body = Health), (status = 500, body = ventanilla_core::api::Problem, content_type = "application/problem+json")))]
pub async fn get(State(state): State<AppState>) -> Result<Json<Health>, ApiProblem> {
    state
        .db
        .run(|conn| Ok(conn.query_row("SELECT 1", [], |_| Ok(()))?))
        .await?;
    Ok(Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    }))
}
