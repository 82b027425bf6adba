use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use ventanilla_core::api::{Category, LangQuery, NoQuery};

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;

/// The categories of the services catalogue, in catalogue order.
#[utoipa::path(get, path = "/api/v1/categories", tag = "catalogue",
    params(NoQuery, LangQuery),
    responses((status = 200, body = Vec<Category>)))]
pub async fn list(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
) -> Result<impl IntoResponse, ApiProblem> {
    let categories = state
        .db
        .run(move |conn| {
            let sql = format!(
                "SELECT slug, name_{0}, description_{0} FROM categories ORDER BY position",
                lang.code()
            );
            let mut statement = conn.prepare_cached(&sql)?;
            let rows = statement.query_map([], |row| {
                Ok(Category {
                    slug: row.get(0)?,
                    name: row.get(1)?,
                    description: row.get(2)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await?;
    Ok(([(header::VARY, "Accept-Language")], Json(categories)))
}
