use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::IntoResponse;
use ventanilla_core::api::Category;

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::Params;
use crate::problem::ApiProblem;

/// The categories of the services catalogue, in catalogue order.
#[utoipa::path(get, path = "/api/v1/categories", tag = "catalogue",
    params(("lang" = Option<String>, Query, description = "es or en; otherwise Accept-Language, then es")),
    responses((status = 200, body = Vec<Category>), (status = 400, body = ventanilla_core::api::Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    RawQuery(query): RawQuery,
) -> Result<impl IntoResponse, ApiProblem> {
    Params::parse(query.as_deref(), &[])?;
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
