use axum::Json;
use axum::extract::{Path, State};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params_from_iter};
use ventanilla_core::api::{
    AgencyRef, LangQuery, LatLng, NamedRef, NoQuery, Office, OfficeQuery, Page, Problem, pagination,
};
use ventanilla_core::lang::Lang;

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::{self, Query};
use crate::problem::ApiProblem;

/// Public Attention Centers, filtered, or nearest first with `near`.
#[utoipa::path(get, path = "/api/v1/offices", tag = "offices",
    params(OfficeQuery, LangQuery),
    responses((status = 200, body = Page<Office>),
              (status = 422, body = Problem, content_type = "application/problem+json",
               description = "A value not understood, or naming no state, service or agency")))]
pub async fn list(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(query): Query<OfficeQuery>,
) -> Result<Json<Page<Office>>, ApiProblem> {
    let (page, per_page) = pagination(query.page, query.per_page);
    let near = query.near;
    let filters = [
        ("state", query.state.map(|s| s.0), "o.state = ?"),
        (
            "municipality",
            query.municipality.map(|m| m.0),
            "o.municipality = ? COLLATE NOCASE",
        ),
        (
            "service",
            query.service.map(|s| s.0),
            "o.id IN (SELECT office FROM office_services WHERE service = ?)",
        ),
        ("agency", query.agency.map(|a| a.0), "o.agency = ?"),
    ];
    let mut conditions = vec!["1"];
    let mut args = Vec::new();
    let mut checks = Vec::new();
    for (parameter, value, condition) in filters {
        if let Some(value) = value {
            conditions.push(condition);
            args.push(Value::Text(value.clone()));
            if parameter != "municipality" {
                checks.push((parameter, value));
            }
        }
    }
    state
        .db
        .run(move |conn| {
            for (parameter, value) in &checks {
                params::ensure_known(conn, parameter, value)?;
            }
            let sql = format!(
                "{} WHERE {} ORDER BY o.state, o.municipality, o.name",
                select(lang),
                conditions.join(" AND ")
            );
            let mut statement = conn.prepare_cached(&sql)?;
            let mut offices: Vec<Office> = statement
                .query_map(params_from_iter(&args), office)?
                .collect::<Result<_, _>>()?;
            if let Some(LatLng { lat, lng }) = near {
                for o in &mut offices {
                    o.distance_km = Some((kilometres((lat, lng), (o.lat, o.lng)) * 10.0).round() / 10.0);
                }
                offices.sort_by(|a, b| a.distance_km.partial_cmp(&b.distance_km).expect("finite distances"));
            }
            let total = offices.len() as u64;
            let start = ((page - 1) as usize * per_page as usize).min(offices.len());
            let mut items: Vec<Office> = offices.into_iter().skip(start).take(per_page as usize).collect();
            for o in &mut items {
                o.services = services_at(conn, &o.id, lang)?;
            }
            Ok(Json(Page {
                items,
                total,
                page,
                per_page,
            }))
        })
        .await
}

/// One Public Attention Center.
#[utoipa::path(get, path = "/api/v1/offices/{id}", tag = "offices",
    params(("id" = String, Path), NoQuery, LangQuery),
    responses((status = 200, body = Office),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Path(id): Path<String>,
) -> Result<Json<Office>, ApiProblem> {
    state
        .db
        .run(move |conn| {
            let sql = format!("{} WHERE o.id = ?1", select(lang));
            let found = conn.prepare_cached(&sql)?.query_row([&id], office).optional()?;
            let mut office = found.ok_or_else(|| ApiProblem::not_found().detail("No office with that id"))?;
            office.services = services_at(conn, &id, lang)?;
            Ok(Json(office))
        })
        .await
}

/// Great-circle distance (haversine), in kilometres.
fn kilometres((lat1, lng1): (f64, f64), (lat2, lng2): (f64, f64)) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let half_dphi = (phi2 - phi1) / 2.0;
    let half_dlambda = (lng2 - lng1).to_radians() / 2.0;
    let a = half_dphi.sin().powi(2) + phi1.cos() * phi2.cos() * half_dlambda.sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

fn select(lang: Lang) -> String {
    format!(
        "SELECT o.id, o.name, o.agency, a.acronym, a.name_{0}, o.address, o.municipality, o.state, st.name_{0},
                o.postal_code, o.lat, o.lng, o.phone, o.hours, o.accessibility
         FROM offices o JOIN agencies a ON a.slug = o.agency JOIN states st ON st.code = o.state",
        lang.code()
    )
}

fn from_json<T: serde::de::DeserializeOwned>(row: &Row, i: usize) -> rusqlite::Result<T> {
    let text: String = row.get(i)?;
    serde_json::from_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
}

fn office(row: &Row) -> rusqlite::Result<Office> {
    Ok(Office {
        id: row.get(0)?,
        name: row.get(1)?,
        agency: AgencyRef {
            slug: row.get(2)?,
            acronym: row.get(3)?,
            name: row.get(4)?,
        },
        address: row.get(5)?,
        municipality: row.get(6)?,
        state: ventanilla_core::api::State {
            code: row.get(7)?,
            name: row.get(8)?,
        },
        postal_code: row.get(9)?,
        lat: row.get(10)?,
        lng: row.get(11)?,
        phone: row.get(12)?,
        hours: from_json(row, 13)?,
        accessibility: from_json(row, 14)?,
        services: Vec::new(),
        distance_km: None,
    })
}

fn services_at(conn: &Connection, office: &str, lang: Lang) -> rusqlite::Result<Vec<NamedRef>> {
    let sql = format!(
        "SELECT s.slug, s.name_{} FROM office_services os JOIN services s ON s.slug = os.service
         WHERE os.office = ?1 ORDER BY s.popularity DESC, s.slug",
        lang.code()
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map([office], |row| {
        Ok(NamedRef {
            slug: row.get(0)?,
            name: row.get(1)?,
        })
    })?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_known_distances() {
        // Zócalo (Mexico City) to Guadalajara's cathedral: about 460 km.
        let d = kilometres((19.4326, -99.1332), (20.6767, -103.3475));
        assert!((455.0..465.0).contains(&d), "{d}");
        assert_eq!(kilometres((19.0, -99.0), (19.0, -99.0)), 0.0);
    }
}
