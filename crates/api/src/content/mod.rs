//! What the agencies publish: stored ready to serve in each language, read
//! by the API's lists and pages and by the Atom feeds.

pub mod feed;
pub mod files;
pub mod live;
pub mod markdown;
pub mod moved;
pub mod workflow;

use rusqlite::{Connection, OptionalExtension};
use ventanilla_core::api::{ContentItem, ContentQuery, ContentSummary, Page, pagination};
use ventanilla_core::lang::Lang;

use crate::params;
use crate::problem::ApiProblem;

/// The day the current federal administration began: items first published
/// before it carry the history banner.
const ADMINISTRATION_START: &str = "2024-10-01";

/// How many times what the public reads of the agencies' content has
/// changed since the server started, for the pages rendered from it.
#[derive(Clone, Default)]
pub struct Published(std::sync::Arc<std::sync::atomic::AtomicU64>);

impl Published {
    pub fn count(&self) -> u64 {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn changed(&self) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
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
    let values = rusqlite::params![
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
