use axum::Json;
use axum::extract::{Path, State};
use rusqlite::{Connection, OptionalExtension};
use ventanilla_core::api::{LangQuery, NoQuery};
use ventanilla_core::forms::FormDefinition;
use ventanilla_core::lang::Lang;

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;

/// The form definition of an online procedure: its steps and questions,
/// and the validators (by kind) that check each answer.
#[utoipa::path(get, path = "/api/v1/forms/{id}", tag = "procedures",
    params(("id" = String, Path, description = "The form's id, as a service's `online_form` names it"),
           NoQuery, LangQuery),
    responses((status = 200, body = FormDefinition),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json")))]
pub async fn get(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Path(id): Path<String>,
) -> Result<Json<FormDefinition>, ApiProblem> {
    state.db.run(move |conn| definition(conn, &id, lang).map(Json)).await
}

/// A form definition in `lang`, or 404.
pub fn definition(conn: &Connection, id: &str, lang: Lang) -> Result<FormDefinition, ApiProblem> {
    let json: Option<String> = conn
        .prepare_cached(&format!("SELECT json_{} FROM forms WHERE id = ?1", lang.code()))?
        .query_row([id], |row| row.get(0))
        .optional()?;
    let json = json.ok_or_else(|| ApiProblem::not_found().detail("No online procedure with that id"))?;
    serde_json::from_str(&json).map_err(|_| ApiProblem::internal())
}
