//! Categories, life events, agencies and services.

use std::collections::HashMap;

use rusqlite::{Connection, Transaction, params};
use serde::Deserialize;
use ventanilla_core::api::{
    AgencyRef, Channel, Contact, Cost, NamedRef, Presentation, Requirement, Service, ServiceSummary, Silence,
};
use ventanilla_core::lang::Lang;

use super::{Bilingual, parse};

#[derive(Deserialize)]
struct Group {
    slug: String,
    name: Bilingual,
    description: Bilingual,
}

#[derive(Deserialize)]
struct Agency {
    slug: String,
    acronym: String,
    name: Bilingual,
    description: Bilingual,
    website: String,
    phone: String,
    email: String,
    address: String,
}

#[derive(Clone, Deserialize)]
pub struct SeedRequirement {
    pub name: Bilingual,
    pub detail: Bilingual,
    pub presentation: Presentation,
}

#[derive(Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SeedCost {
    Free,
    Fixed { amount_mxn: f64, detail: Bilingual },
    Variable { detail: Bilingual },
}

#[derive(Clone, Deserialize)]
pub struct Keywords {
    pub es: Vec<String>,
    pub en: Vec<String>,
}

/// A service as `seed/services/*.json` writes it (see `seed/README.md`).
#[derive(Clone, Deserialize)]
pub struct SeedService {
    pub homoclave: String,
    pub slug: String,
    pub agency: String,
    pub categories: Vec<String>,
    pub life_events: Vec<String>,
    pub official_name: Bilingual,
    pub name: Bilingual,
    pub summary: Bilingual,
    pub who_can_apply: Bilingual,
    pub requirements: Vec<SeedRequirement>,
    pub steps: Vec<Bilingual>,
    pub cost: SeedCost,
    pub response_time: Bilingual,
    pub max_response_days: u32,
    pub silence: Silence,
    pub validity: Bilingual,
    pub channels: Vec<Channel>,
    pub online_form: Option<String>,
    pub hours: Bilingual,
    pub contact: Contact,
    pub legal_basis: Vec<Bilingual>,
    pub keywords: Keywords,
    pub popularity: u8,
    pub updated: String,
}

/// Names of what a service links to, read back from the database so that the
/// benchmark generator can insert services the same way.
pub struct Names {
    agencies: HashMap<String, (String, Bilingual)>,
    groups: HashMap<String, Bilingual>,
}

impl Names {
    pub fn read(conn: &Connection) -> rusqlite::Result<Names> {
        let mut agencies = HashMap::new();
        let mut statement = conn.prepare("SELECT slug, acronym, name_es, name_en FROM agencies")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            agencies.insert(
                row.get(0)?,
                (
                    row.get(1)?,
                    Bilingual {
                        es: row.get(2)?,
                        en: row.get(3)?,
                    },
                ),
            );
        }
        let mut groups = HashMap::new();
        for table in ["categories", "life_events"] {
            let mut statement = conn.prepare(&format!("SELECT slug, name_es, name_en FROM {table}"))?;
            let mut rows = statement.query([])?;
            while let Some(row) = rows.next()? {
                groups.insert(
                    row.get(0)?,
                    Bilingual {
                        es: row.get(1)?,
                        en: row.get(2)?,
                    },
                );
            }
        }
        Ok(Names { agencies, groups })
    }

    pub(crate) fn agency(&self, slug: &str, lang: Lang) -> rusqlite::Result<AgencyRef> {
        let (acronym, name) = self.agencies.get(slug).ok_or_else(|| unknown("agency", slug))?;
        Ok(AgencyRef {
            slug: slug.into(),
            acronym: acronym.clone(),
            name: name.get(lang).into(),
        })
    }

    pub(crate) fn groups(&self, slugs: &[String], lang: Lang) -> rusqlite::Result<Vec<NamedRef>> {
        slugs
            .iter()
            .map(|slug| {
                let name = self
                    .groups
                    .get(slug)
                    .ok_or_else(|| unknown("category or life event", slug))?;
                Ok(NamedRef {
                    slug: slug.clone(),
                    name: name.get(lang).into(),
                })
            })
            .collect()
    }
}

pub fn unknown(what: &str, slug: &str) -> rusqlite::Error {
    rusqlite::Error::ToSqlConversionFailure(format!("seed: unknown {what} {slug}").into())
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("API types serialize")
}

pub fn load(tx: &Transaction) -> rusqlite::Result<()> {
    let categories: Vec<Group> = parse("categories.json", include_str!("../../../seed/categories.json"))?;
    let life_events: Vec<Group> = parse("life_events.json", include_str!("../../../seed/life_events.json"))?;
    for (table, groups) in [("categories", &categories), ("life_events", &life_events)] {
        let mut insert = tx.prepare(&format!(
            "INSERT INTO {table} (slug, position, name_es, name_en, description_es, description_en)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
        ))?;
        for (position, g) in groups.iter().enumerate() {
            insert.execute(params![
                g.slug,
                position,
                g.name.es,
                g.name.en,
                g.description.es,
                g.description.en
            ])?;
        }
    }

    let agencies: Vec<Agency> = parse("agencies.json", include_str!("../../../seed/agencies.json"))?;
    let mut insert = tx.prepare(
        "INSERT INTO agencies (slug, acronym, name_es, name_en, description_es, description_en, website, phone, email, address)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for a in &agencies {
        insert.execute(params![
            a.slug,
            a.acronym,
            a.name.es,
            a.name.en,
            a.description.es,
            a.description.en,
            a.website,
            a.phone,
            a.email,
            a.address
        ])?;
        let words = format!("{} {} {}", a.acronym, a.name.es, a.name.en);
        let body = format!("{} {}", a.description.es, a.description.en);
        index(tx, "agency", &a.slug, &words, "", &body)?;
    }

    let names = Names::read(tx)?;
    for service in &services()? {
        insert_service(tx, service, &names)?;
    }
    Ok(())
}

/// Every service of the seed, from all of `seed/services/*.json`.
pub fn services() -> rusqlite::Result<Vec<SeedService>> {
    let files: Vec<Vec<SeedService>> = parse(
        "services/*.json",
        include_str!(concat!(env!("OUT_DIR"), "/services.json")),
    )?;
    Ok(files.into_iter().flatten().collect())
}

/// Inserts one service: its ready-made sheet and summary in each language,
/// its links, and its words for the search box.
pub fn insert_service(conn: &Connection, s: &SeedService, names: &Names) -> rusqlite::Result<()> {
    let [sheet_es, sheet_en] = Lang::ALL.map(|lang| sheet(s, names, lang));
    let (sheet_es, sheet_en) = (sheet_es?, sheet_en?);
    let [summary_es, summary_en] = [&sheet_es, &sheet_en].map(summary);
    let has = |channel| s.channels.contains(&channel);
    conn.prepare_cached(
        "INSERT INTO services (slug, homoclave, agency, popularity, online, in_person, phone, updated,
         name_es, name_en, summary_es, summary_en, sheet_es, sheet_en)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        s.slug,
        s.homoclave,
        s.agency,
        s.popularity,
        has(Channel::Online),
        has(Channel::InPerson),
        has(Channel::Phone),
        s.updated,
        s.name.es,
        s.name.en,
        json(&summary_es),
        json(&summary_en),
        json(&sheet_es),
        json(&sheet_en)
    ])?;
    for category in &s.categories {
        conn.prepare_cached("INSERT INTO service_categories (category, service) VALUES (?1, ?2)")?
            .execute(params![category, s.slug])?;
    }
    for event in &s.life_events {
        conn.prepare_cached("INSERT INTO service_life_events (life_event, service) VALUES (?1, ?2)")?
            .execute(params![event, s.slug])?;
    }
    let called = s
        .keywords
        .es
        .iter()
        .chain(&s.keywords.en)
        .chain([&s.name.es, &s.name.en]);
    for keyword in called.map(|k| crate::search::fold(k.trim())) {
        conn.prepare_cached("INSERT OR IGNORE INTO service_keywords (keyword, service) VALUES (?1, ?2)")?
            .execute(params![keyword, s.slug])?;
    }
    let title = [&s.name, &s.official_name]
        .map(|b| format!("{} {}", b.es, b.en))
        .join(" ");
    let acronym = &names.agency(&s.agency, Lang::Es)?.acronym;
    let keywords = format!("{acronym} {} {}", s.keywords.es.join(" "), s.keywords.en.join(" "));
    let body = [&s.summary, &s.who_can_apply]
        .map(|b| format!("{} {}", b.es, b.en))
        .join(" ");
    index(conn, "service", &s.slug, &title, &keywords, &body)
}

fn index(conn: &Connection, kind: &str, id: &str, title: &str, keywords: &str, body: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT INTO search_index (kind, id, title, keywords, body) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![kind, id, title, keywords, body])?;
    Ok(())
}

fn sheet(s: &SeedService, names: &Names, lang: Lang) -> rusqlite::Result<Service> {
    let text = |b: &Bilingual| b.get(lang).to_owned();
    Ok(Service {
        slug: s.slug.clone(),
        homoclave: s.homoclave.clone(),
        official_name: text(&s.official_name),
        name: text(&s.name),
        summary: text(&s.summary),
        who_can_apply: text(&s.who_can_apply),
        requirements: s
            .requirements
            .iter()
            .map(|r| Requirement {
                name: text(&r.name),
                detail: text(&r.detail),
                presentation: r.presentation,
            })
            .collect(),
        steps: s.steps.iter().map(text).collect(),
        cost: match &s.cost {
            SeedCost::Free => Cost::Free,
            SeedCost::Fixed { amount_mxn, detail } => Cost::Fixed {
                amount_mxn: *amount_mxn,
                detail: text(detail),
            },
            SeedCost::Variable { detail } => Cost::Variable { detail: text(detail) },
        },
        response_time: text(&s.response_time),
        max_response_days: s.max_response_days,
        silence: s.silence,
        validity: text(&s.validity),
        channels: s.channels.clone(),
        online_form: s.online_form.clone(),
        hours: text(&s.hours),
        contact: s.contact.clone(),
        legal_basis: s.legal_basis.iter().map(text).collect(),
        agency: names.agency(&s.agency, lang)?,
        categories: names.groups(&s.categories, lang)?,
        life_events: names.groups(&s.life_events, lang)?,
        updated: s.updated.clone(),
    })
}

fn summary(sheet: &Service) -> ServiceSummary {
    ServiceSummary {
        slug: sheet.slug.clone(),
        homoclave: sheet.homoclave.clone(),
        name: sheet.name.clone(),
        summary: sheet.summary.clone(),
        agency: sheet.agency.clone(),
        channels: sheet.channels.clone(),
        cost: sheet.cost.clone(),
        online_form: sheet.online_form.clone(),
    }
}

#[cfg(test)]
mod tests {
    /// The amount that starts `text`, if it is one: digits with their `,` and `.`.
    fn amount(text: &str) -> &str {
        let digits = |c: char| c.is_ascii_digit();
        let mut end = 0;
        for (at, c) in text.char_indices() {
            let inside = matches!(c, ',' | '.') && text[at + 1..].starts_with(digits);
            if !(digits(c) || inside) {
                break;
            }
            end = at + 1;
        }
        &text[..end]
    }

    /// The text around byte `at`, to say where a test failed.
    fn around(json: &str, at: usize) -> String {
        let before: String = json[..at].chars().rev().take(40).collect();
        let after: String = json[at..].chars().take(20).collect();
        before.chars().rev().chain(after.chars()).collect()
    }

    /// A sheet writes its cost as `format::pesos` does ("$1,740 MXN"): the
    /// amounts in its texts must read the same, not "MXN 1,740" or "$1,740".
    #[test]
    fn every_amount_in_a_text_is_written_the_one_way() {
        let json = include_str!(concat!(env!("OUT_DIR"), "/services.json"));
        for (at, _) in json.match_indices('$') {
            let after = &json[at + 1..];
            let number = amount(after);
            if !number.is_empty() {
                assert!(after[number.len()..].starts_with(" MXN"), "{}", around(json, at));
            }
        }
        for (at, _) in json.match_indices("MXN ") {
            assert!(amount(&json[at + 4..]).is_empty(), "{}", around(json, at));
        }
    }
}
