//! Public Attention Centers.

use std::collections::BTreeMap;

use rusqlite::{Transaction, params};
use serde::Deserialize;
use ventanilla_core::api::{AccessibilityFeature, DayHours};

use super::parse;

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

#[derive(Deserialize)]
struct SeedOffice {
    id: String,
    name: String,
    agency: String,
    address: String,
    municipality: String,
    state: String,
    postal_code: String,
    lat: f64,
    lng: f64,
    phone: String,
    hours: BTreeMap<String, Option<String>>,
    /// Empty: every in-person service of its agency.
    services: Vec<String>,
    accessibility: Vec<AccessibilityFeature>,
}

fn hours(office: &SeedOffice) -> rusqlite::Result<Vec<DayHours>> {
    let mut days = Vec::new();
    for (weekday, key) in (1..).zip(WEEKDAYS) {
        let Some(Some(range)) = office.hours.get(key) else {
            continue;
        };
        let (opens, closes) = range
            .split_once('-')
            .filter(|(o, c)| o.len() == 5 && c.len() == 5 && o < c)
            .ok_or_else(|| {
                rusqlite::Error::ToSqlConversionFailure(format!("seed: office {}: bad hours {range}", office.id).into())
            })?;
        days.push(DayHours {
            weekday,
            opens: opens.into(),
            closes: closes.into(),
        });
    }
    Ok(days)
}

pub fn load(tx: &Transaction) -> rusqlite::Result<()> {
    let offices: Vec<SeedOffice> = parse("offices.json", include_str!("../../../seed/offices.json"))?;
    for o in &offices {
        let days = serde_json::to_string(&hours(o)?).expect("serializable");
        let features = serde_json::to_string(&o.accessibility).expect("serializable");
        tx.prepare_cached(
            "INSERT INTO offices (id, agency, name, address, municipality, state, postal_code, lat, lng, phone, hours, accessibility)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?
        .execute(params![
            o.id, o.agency, o.name, o.address, o.municipality, o.state, o.postal_code, o.lat, o.lng, o.phone, days, features
        ])?;
        if o.services.is_empty() {
            tx.execute(
                "INSERT INTO office_services (service, office) SELECT slug, ?1 FROM services WHERE agency = ?2 AND in_person",
                params![o.id, o.agency],
            )?;
        } else {
            for service in &o.services {
                tx.execute(
                    "INSERT INTO office_services (service, office) VALUES (?1, ?2)",
                    params![service, o.id],
                )?;
            }
        }
        tx.execute(
            "INSERT INTO search_index (kind, id, title, keywords, body)
             SELECT 'office', ?1, ?2, a.acronym || ' ' || ?3 || ' ' || s.name_es, ?4
             FROM agencies a, states s WHERE a.slug = ?5 AND s.code = ?6",
            params![o.id, o.name, o.municipality, o.address, o.agency, o.state],
        )?;
    }
    Ok(())
}
