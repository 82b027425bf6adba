use axum::Json;
use axum::extract::State;
use ventanilla_core::api;
use ventanilla_core::api::{LangQuery, NoQuery};

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;

/// The 32 states, by name, and `NE` (born abroad) last.
#[utoipa::path(get, path = "/api/v1/states", tag = "offices",
    params(NoQuery, LangQuery),
    responses((status = 200, body = Vec<api::State>)))]
pub async fn list(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
) -> Result<Json<Vec<api::State>>, ApiProblem> {
    state
        .db
        .run(move |conn| {
            let sql = format!(
                "SELECT code, name_{0} FROM states ORDER BY code = 'NE', name_{0}",
                lang.code()
            );
            let mut statement = conn.prepare_cached(&sql)?;
            let rows = statement.query_map([], |row| {
                Ok(api::State {
                    code: row.get(0)?,
                    name: row.get(1)?,
                })
            })?;
            Ok(Json(rows.collect::<Result<_, _>>()?))
        })
        .await
}
