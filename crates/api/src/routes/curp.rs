use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::{Connection, OptionalExtension, params};
use ventanilla_core::api::{CurpRecord, CurpSearch, LangQuery, NoQuery};
use ventanilla_core::lang::Lang;
use ventanilla_core::text::fold;
use ventanilla_core::validate::{self, Rule};

use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;
use crate::{AppState, clock};

/// Consults a CURP in the population registry.
///
/// The CURP is checked with the same rules as the app's form: an invalid one
/// answers 422 with the failed rule as `code` (e.g. `curp.check_digit`).
#[utoipa::path(get, path = "/api/v1/curp/{curp}", tag = "registry",
    params(("curp" = String, Path, description = "18 characters; spaces, hyphens and lower case are tolerated"),
           NoQuery, LangQuery),
    responses((status = 200, body = CurpRecord),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json")))]
pub async fn get(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Path(raw): Path<String>,
) -> Result<Json<CurpRecord>, ApiProblem> {
    let key = checked_curp(&raw)?.to_string();
    state.db.run(move |conn| record(conn, &key, lang)).await.map(Json)
}

/// A CURP as typed, checked with the app's rules: an invalid one is a 422
/// whose `code` is the failed rule, with `parameter: "curp"`.
fn checked_curp(typed: &str) -> Result<validate::Curp, ApiProblem> {
    validate::curp(typed).map_err(|error| {
        ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, error.code(), "Invalid CURP").parameter("curp")
    })
}

/// The registry's record of `curp`, in `lang`.
fn record(conn: &Connection, curp: &str, lang: Lang) -> Result<CurpRecord, ApiProblem> {
    let sql = format!(
        "SELECT r.curp, r.given_names, r.first_surname, r.second_surname, r.birth_date, r.sex,
                r.birth_state, s.name_{0}, r.source_document_{0}, r.registered_on
         FROM curp_registry r JOIN states s ON s.code = r.birth_state WHERE r.curp = ?1",
        lang.code()
    );
    let record = conn.prepare_cached(&sql)?.query_row([curp], |row| {
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
    record.optional()?.ok_or_else(not_in_registry)
}

fn not_in_registry() -> ApiProblem {
    ApiProblem::not_found().detail("No person with that CURP in the registry")
}

/// Finds a person's CURP from what it encodes: names, date of birth, sex
/// and state of birth. Names match ignoring case, accents and extra spaces.
/// Sent as a body so that personal data stays out of URLs and logs.
#[utoipa::path(post, path = "/api/v1/curp/search", tag = "registry",
    params(NoQuery, LangQuery),
    request_body = CurpSearch,
    responses((status = 200, body = CurpRecord),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json"),
              (status = 422, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "Per-field errors in `errors`")))]
pub async fn search(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Json(search): Json<CurpSearch>,
) -> Result<Json<CurpRecord>, ApiProblem> {
    state
        .db
        .run(move |conn| {
            let states: Vec<String> = conn
                .prepare_cached("SELECT code FROM states")?
                .query_map([], |row| row.get(0))?
                .collect::<Result<_, _>>()?;
            let checked = search
                .check(|code| states.iter().any(|s| s == code), clock::today_in_mexico_city())
                .map_err(|errors| ApiProblem::invalid("Some data is not valid", errors))?;
            let search = checked.search;
            let mut statement = conn.prepare_cached(
                "SELECT curp, given_names, first_surname, second_surname FROM curp_registry
                 WHERE birth_date = ?1 AND sex = ?2 AND birth_state = ?3",
            )?;
            let wanted = [&search.given_names, &search.first_surname, &search.second_surname].map(|n| fold(n));
            let candidates =
                statement.query_map(params![checked.birth_date, search.sex, search.birth_state], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        [row.get::<_, String>(1)?, row.get(2)?, row.get(3)?],
                    ))
                })?;
            for candidate in candidates {
                let (curp, names) = candidate?;
                if names.map(|n| fold(&n)) == wanted {
                    return record(conn, &curp, lang);
                }
            }
            Err(not_in_registry())
        })
        .await
        .map(Json)
}
