use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params_from_iter};
use ventanilla_core::api::{AgencyRef, NamedRef, Office, Page};
use ventanilla_core::lang::Lang;

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::{self, Params};
use crate::problem::ApiProblem;

const PARAMETERS: &[&str] = &["state", "municipality", "service", "agency", "near", "page", "per_page"];

/// Public Attention Centers, filtered, or nearest first with `near`.
#[utoipa::path(get, path = "/api/v1/offices", tag = "offices",
    params(
        ("state" = Option<String>, Query, description = "a state code, e.g. JC"),
        ("municipality" = Option<String>, Query, description = "a municipality's name, accents and case ignored"),
        ("service" = Option<String>, Query, description = "a service slug: offices where it is done in person"),
        ("agency" = Option<String>, Query, description = "an agency slug"),
        ("near" = Option<String>, Query, description = "lat,lng in degrees: nearest first, with distance_km"),
        ("page" = Option<u32>, Query), ("per_page" = Option<u32>, Query),
        ("lang" = Option<String>, Query, description = "es or en"),
    ),
    responses((status = 200, body = Page<Office>),
              (status = 400, body = ventanilla_core::api::Problem, content_type = "application/problem+json"),
              (status = 422, body = ventanilla_core::api::Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    RawQuery(query): RawQuery,
) -> Result<Json<Page<Office>>, ApiProblem> {
    let params = Params::parse(query.as_deref(), PARAMETERS)?;
    let (page, per_page) = params.pagination()?;
    let near = params.get("near").map(parse_near).transpose()?;
    let mut conditions = vec!["1"];
    let mut args = Vec::new();
    for (parameter, condition) in [
        ("state", "o.state = ?"),
        ("municipality", "o.municipality = ? COLLATE NOCASE"),
        (
            "service",
            "o.id IN (SELECT office FROM office_services WHERE service = ?)",
        ),
        ("agency", "o.agency = ?"),
    ] {
        if let Some(value) = params.get(parameter) {
            conditions.push(condition);
            args.push(Value::Text(value.to_owned()));
        }
    }
    let checks: Vec<(&str, String)> = ["state", "service", "agency"]
        .into_iter()
        .filter_map(|p| params.get(p).map(|v| (p, v.to_owned())))
        .collect();
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
            if let Some((lat, lng)) = near {
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
    params(("id" = String, Path), ("lang" = Option<String>, Query, description = "es or en")),
    responses((status = 200, body = Office),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json")))]
pub async fn get(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    RawQuery(query): RawQuery,
    Path(id): Path<String>,
) -> Result<Json<Office>, ApiProblem> {
    Params::parse(query.as_deref(), &[])?;
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

/// `lat,lng` in degrees, on Earth.
fn parse_near(value: &str) -> Result<(f64, f64), ApiProblem> {
    let bad = || {
        ApiProblem::new(StatusCode::BAD_REQUEST, "near.format", "near must be lat,lng")
            .parameter("near")
            .detail("two numbers in degrees, e.g. near=19.43,-99.13")
    };
    let (lat, lng) = value.split_once(',').ok_or_else(bad)?;
    let lat: f64 = lat.trim().parse().map_err(|_| bad())?;
    let lng: f64 = lng.trim().parse().map_err(|_| bad())?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lng) {
        return Err(bad());
    }
    Ok((lat, lng))
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

    #[test]
    fn reads_near() {
        assert_eq!(parse_near("19.43, -99.13").unwrap(), (19.43, -99.13));
        for bad in ["19.43", "north,south", "91,0", "0,181", ""] {
            assert_eq!(parse_near(bad).err().unwrap().code(), "near.format", "{bad}");
        }
    }
}
