use axum::Json;
use axum::extract::State;
use ventanilla_core::api::{LangQuery, LifeEvent, NoQuery};

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;

/// Moments of life that need several procedures, such as having a baby.
#[utoipa::path(get, path = "/api/v1/life-events", tag = "catalogue",
    params(NoQuery, LangQuery),
    responses((status = 200, body = Vec<LifeEvent>)))]
pub async fn list(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
) -> Result<Json<Vec<LifeEvent>>, ApiProblem> {
    state
        .db
        .run(move |conn| {
            let sql = format!(
                "SELECT slug, name_{0}, description_{0} FROM life_events ORDER BY position",
                lang.code()
            );
            let mut statement = conn.prepare_cached(&sql)?;
            let rows = statement.query_map([], |row| {
                Ok(LifeEvent {
                    slug: row.get(0)?,
                    name: row.get(1)?,
                    description: row.get(2)?,
                })
            })?;
            Ok(Json(rows.collect::<Result<_, _>>()?))
        })
        .await
}
