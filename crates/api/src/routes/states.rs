use axum::Json;
use axum::extract::{RawQuery, State};
use ventanilla_core::api;

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::Params;
use crate::problem::ApiProblem;

/// The 32 states, by name, and `NE` (born abroad) last.
#[utoipa::path(get, path = "/api/v1/states", tag = "offices",
    params(("lang" = Option<String>, Query, description = "es or en")),
    responses((status = 200, body = Vec<api::State>)))]
pub async fn list(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    RawQuery(query): RawQuery,
) -> Result<Json<Vec<api::State>>, ApiProblem> {
    Params::parse(query.as_deref(), &[])?;
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
