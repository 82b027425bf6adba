//! What the agencies have published (`seed/content/*.json`): each item as
//! its editors would have written it, its first version published.

use rusqlite::{Transaction, params};
use serde::Deserialize;
use ventanilla_core::api::{Draft, Workflow};

use super::parse;
use super::{Names, unknown};
use crate::content::live::{Change, go_live};

/// Who wrote the seed's versions, as their history says.
const SEED_AUTHOR: &str = "seed";

/// An item as `seed/content/<agency>.json` writes it (see `seed/README.md`).
#[derive(Deserialize)]
struct SeedItem {
    slug: String,
    agency: String,
    first_published: String,
    #[serde(default)]
    changes: Vec<Change>,
    #[serde(flatten)]
    draft: Draft,
}

pub fn load(tx: &Transaction) -> rusqlite::Result<()> {
    let agencies: Vec<Vec<SeedItem>> = parse(
        "content/*.json",
        include_str!(concat!(env!("OUT_DIR"), "/content.json")),
    )?;
    let names = Names::read(tx)?;
    for item in agencies.iter().flatten() {
        let refused = |why: String| unknown("content", &format!("{}: {why}", item.slug));
        item.draft.check().map_err(|errors| refused(format!("{errors:?}")))?;
        let dates = std::iter::once(&item.first_published).chain(item.changes.iter().map(|change| &change.at));
        if let Some(bad) = dates
            .into_iter()
            .find(|date| crate::clock::parse_rfc3339(date).is_none())
        {
            return Err(refused(format!("{bad} is not an RFC 3339 date")));
        }
        let created_at = crate::clock::parse_rfc3339(&item.first_published).unwrap_or_default();
        tx.execute(
            "INSERT INTO content_documents (agency, slug, kind, state, version, live_version, first_published)
             VALUES (?1, ?2, ?3, ?4, 1, 1, ?5)",
            params![
                item.agency,
                item.slug,
                item.draft.kind.code(),
                Workflow::Published.code(),
                item.first_published
            ],
        )?;
        tx.execute(
            "INSERT INTO content_versions (agency, slug, number, draft, author, created_at) VALUES (?1, ?2, 1, ?3, ?4, ?5)",
            params![
                item.agency,
                item.slug,
                serde_json::to_string(&item.draft).expect("a draft serializes"),
                SEED_AUTHOR,
                created_at
            ],
        )?;
        for change in &item.changes {
            tx.execute(
                "INSERT INTO content_changes (agency, slug, at, note) VALUES (?1, ?2, ?3, ?4)",
                params![
                    item.agency,
                    item.slug,
                    change.at,
                    serde_json::to_string(&change.note).expect("a text serializes")
                ],
            )?;
        }
        go_live(tx, &names, &item.agency, &item.slug)?;
    }
    Ok(())
}
