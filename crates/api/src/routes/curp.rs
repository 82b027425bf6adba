use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::OptionalExtension;
use ventanilla_core::api::CurpRecord;
use ventanilla_core::validate::{self, Rule};

use crate::AppState;
use crate::lang::RequestLang;
use crate::problem::ApiProblem;

/// Consults a CURP in the population registry.
///
/// The CURP is checked with the same rules as the app's form: an invalid one
/// answers 422 with the failed rule as `code` (e.g. `curp.check_digit`).
#[utoipa::path(get, path = "/api/v1/curp/{curp}", tag = "registry",
    params(("curp" = String, Path, description = "18 characters; spaces, hyphens and lower case are tolerated"),
           ("lang" = Option<String>, Query, description = "es or en")),
    responses((status = 200, body = CurpRecord),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json"),
              (status = 422, body = ventanilla_core::api::Problem, content_type = "application/problem+json")))]
pub async fn get(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Path(raw): Path<String>,
) -> Result<Json<CurpRecord>, ApiProblem> {
    let curp = validate::curp(&raw).map_err(|error| {
        ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, error.code(), "Invalid CURP").parameter("curp")
    })?;
    let key = curp.as_str().to_owned();
    let record = state
        .db
        .run(move |conn| {
            let sql = format!(
                "SELECT r.curp, r.given_names, r.first_surname, r.second_surname, r.birth_date, r.sex,
                        r.birth_state, s.name_{0}, r.source_document_{0}, r.registered_on
                 FROM curp_registry r JOIN states s ON s.code = r.birth_state WHERE r.curp = ?1",
                lang.code()
            );
            let record = conn.prepare_cached(&sql)?.query_row([key], |row| {
                Ok(CurpRecord {
                    curp: row.get(0)?,
                    given_names: row.get(1)?,
                    first_surname: row.get(2)?,
                    second_surname: row.get(3)?,
                    birth_date: row.get(4)?,
                    sex: row.get(5)?,
                    birth_state: row.get(6)?,
                    birth_state_name: row.get(7)?,
                    source_document: row.get(8)?,
                    registered_on: row.get(9)?,
                })
            });
            Ok(record.optional()?)
        })
        .await?;
    record
        .map(Json)
        .ok_or_else(|| ApiProblem::not_found().detail("No person with that CURP in the registry"))
}
