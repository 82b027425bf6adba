//! What the agencies publish: stored ready to serve in each language, read
//! by the API's lists and pages and by the Atom feeds.

pub mod feed;
pub mod files;
pub mod markdown;

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use ventanilla_core::api::{ContentItem, ContentQuery, ContentSummary, Page, pagination};
use ventanilla_core::lang::Lang;

use crate::params;
use crate::problem::ApiProblem;

/// The day the current federal administration began: items first published
/// before it carry the history banner.
const ADMINISTRATION_START: &str = "2024-10-01";

/// Stores a published item, given as it reads in each language.
pub fn store(tx: &Transaction, es: &ContentItem, en: &ContentItem, topics: &[String]) -> rusqlite::Result<()> {
    let summary = &es.summary;
    let mut dates = std::iter::once(&summary.first_published).chain(es.changes.iter().map(|change| &change.at));
    let refused =
        |why: String| rusqlite::Error::ToSqlConversionFailure(format!("content {}: {why}", summary.slug).into());
    if let Some(bad) = dates.find(|date| !feed::is_date(date)) {
        return Err(refused(format!("{bad} is not an RFC 3339 date")));
    }
    for item in [es, en] {
        item.check().map_err(|rule| refused(rule.to_owned()))?;
    }
    tx.execute(
        "INSERT INTO content (agency, slug, kind, first_published, summary_es, summary_en, item_es, item_en)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            summary.agency.slug,
            summary.slug,
            summary.kind.code(),
            summary.first_published,
            json(&es.summary),
            json(&en.summary),
            json(es),
            json(en),
        ],
    )?;
    for topic in topics {
        tx.execute(
            "INSERT INTO content_topics (topic, agency, slug) VALUES (?1, ?2, ?3)",
            params![topic, summary.agency.slug, summary.slug],
        )?;
    }
    // Both languages' words in one row, as for services: either finds it.
    let both = |text: fn(&ContentItem) -> String| {
        let (es, en) = (text(es), text(en));
        if es == en { es } else { format!("{es} {en}") }
    };
    tx.execute(
        "INSERT INTO search_index (kind, id, title, keywords, body) VALUES ('content', ?1, ?2, ?3, ?4)",
        params![
            format!("{}/{}", summary.agency.slug, summary.slug),
            both(|item| item.summary.title.clone()),
            both(|item| item
                .topics
                .iter()
                .map(|t| t.name.as_str())
                .collect::<Vec<_>>()
                .join(" ")),
            both(|item| item.summary.summary.clone()),
        ],
    )?;
    Ok(())
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).expect("content serializes")
}

/// The published items `query` asks for, newest first.
pub fn list(conn: &Connection, query: &ContentQuery, lang: Lang) -> Result<Page<ContentSummary>, ApiProblem> {
    for (parameter, value) in [("agency", &query.agency), ("topic", &query.topic)] {
        if let Some(value) = value {
            params::ensure_known(conn, parameter, &value.0)?;
        }
    }
    let (page, per_page) = pagination(query.page, query.per_page);
    // Mexico City keeps UTC-6 all year, and dates are written with its offset:
    // the first ten characters are its day.
    let filter = "FROM content c
         WHERE (?1 IS NULL OR c.agency = ?1)
           AND (?2 IS NULL OR EXISTS (SELECT 1 FROM content_topics t
                                      WHERE t.topic = ?2 AND t.agency = c.agency AND t.slug = c.slug))
           AND (?3 IS NULL OR c.kind = ?3)
           AND (?4 IS NULL OR substr(c.first_published, 1, 10) >= ?4)
           AND (?5 IS NULL OR substr(c.first_published, 1, 10) <= ?5)";
    let values = params![
        query.agency.as_ref().map(|a| &a.0),
        query.topic.as_ref().map(|t| &t.0),
        query.kind.map(|k| k.code()),
        query.from.as_ref().map(|d| &d.0),
        query.to.as_ref().map(|d| &d.0),
    ];
    let total: u64 = conn
        .prepare_cached(&format!("SELECT COUNT(*) {filter}"))?
        .query_row(values, |row| row.get(0))?;
    let sql = format!(
        "SELECT c.summary_{} {filter} ORDER BY c.first_published DESC, c.agency, c.slug LIMIT {per_page} OFFSET {}",
        lang.code(),
        u64::from(page - 1) * u64::from(per_page)
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let items = statement
        .query_map(values, |row| row.get::<_, String>(0))?
        .map(|json| parse(&json?))
        .collect::<Result<_, _>>()?;
    Ok(Page {
        items,
        total,
        page,
        per_page,
    })
}

/// One published item, as it reads in `lang`.
pub fn item(conn: &Connection, agency: &str, slug: &str, lang: Lang) -> Result<Option<ContentItem>, ApiProblem> {
    let json: Option<String> = conn
        .prepare_cached(&format!(
            "SELECT item_{} FROM content WHERE agency = ?1 AND slug = ?2",
            lang.code()
        ))?
        .query_row([agency, slug], |row| row.get(0))
        .optional()?;
    json.map(|json| {
        let mut item: ContentItem = parse(&json)?;
        item.previous_administration = item.summary.first_published.as_str() < ADMINISTRATION_START;
        Ok(item)
    })
    .transpose()
}

fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, ApiProblem> {
    serde_json::from_str(json).map_err(|_| ApiProblem::internal())
}
