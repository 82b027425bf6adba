use axum::Json;
use axum::extract::{Path, State};
use rusqlite::{Connection, OptionalExtension, Row};
use ventanilla_core::api::{Agency, AgencyDetail, LangQuery, NoQuery, ServiceSummary};
use ventanilla_core::lang::Lang;

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;

fn select(lang: Lang, filter: &str) -> String {
    format!(
        "SELECT a.slug, a.acronym, a.name_{0}, a.description_{0}, a.website, a.phone, a.email, a.address,
                (SELECT COUNT(*) FROM services s WHERE s.agency = a.slug)
         FROM agencies a {filter} ORDER BY a.name_{0} COLLATE NOCASE",
        lang.code()
    )
}

fn agency(row: &Row) -> rusqlite::Result<Agency> {
    Ok(Agency {
        slug: row.get(0)?,
        acronym: row.get(1)?,
        name: row.get(2)?,
        description: row.get(3)?,
        website: row.get(4)?,
        phone: row.get(5)?,
        email: row.get(6)?,
        address: row.get(7)?,
        service_count: row.get(8)?,
    })
}

/// Every agency, by name, with how many services it has.
#[utoipa::path(get, path = "/api/v1/agencies", tag = "catalogue",
    params(NoQuery, LangQuery),
    responses((status = 200, body = Vec<Agency>)))]
pub async fn list(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
) -> Result<Json<Vec<Agency>>, ApiProblem> {
    state
        .db
        .run(move |conn| {
            let mut statement = conn.prepare_cached(&select(lang, ""))?;
            let rows = statement.query_map([], agency)?;
            Ok(Json(rows.collect::<Result<_, _>>()?))
        })
        .await
}

/// One agency, its contact and its services, most used first.
#[utoipa::path(get, path = "/api/v1/agencies/{slug}", tag = "catalogue",
    params(("slug" = String, Path), NoQuery, LangQuery),
    responses((status = 200, body = AgencyDetail),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json")))]
pub async fn get(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Path(slug): Path<String>,
) -> Result<Json<AgencyDetail>, ApiProblem> {
    state
        .db
        .run(move |conn| {
            let found = conn
                .prepare_cached(&select(lang, "WHERE a.slug = ?1"))?
                .query_row([&slug], agency)
                .optional()?;
            let agency = found.ok_or_else(|| ApiProblem::not_found().detail("No agency with that slug"))?;
            Ok(Json(AgencyDetail {
                services: services_of(conn, &slug, lang)?,
                agency,
            }))
        })
        .await
}

fn services_of(conn: &Connection, agency: &str, lang: Lang) -> Result<Vec<ServiceSummary>, ApiProblem> {
    let sql = format!(
        "SELECT summary_{} FROM services WHERE agency = ?1 ORDER BY popularity DESC, slug",
        lang.code()
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map([agency], |row| row.get::<_, String>(0))?;
    rows.map(|json| serde_json::from_str(&json?).map_err(|_| ApiProblem::internal()))
        .collect()
}
