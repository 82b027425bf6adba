//! An item's live version made public: rendered in each language from what
//! its editor wrote, and stored ready to serve in place of what the public
//! read before; or taken down.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Deserialize;
use ventanilla_core::api::{
    Attachment, AttachmentDraft, ChangeNote, ContentItem, ContentSummary, Draft, Localized, NamedRef, ProgrammeDraft,
    Withdrawal,
};
use ventanilla_core::lang::Lang;

use super::{files, markdown};
use crate::db::seed::{Names, unknown};

/// A major change, as the public history says it.
#[derive(Clone, Debug, Deserialize)]
pub struct Change {
    /// RFC 3339.
    pub at: String,
    pub note: Localized,
}

/// What the public reads of an item, besides its live version's draft.
struct Public {
    draft: Draft,
    first_published: String,
    changes: Vec<Change>,
    withdrawn: Option<Change>,
}

/// Makes the item's live version public as the documents' tables have it
/// now (its draft, first publication, change notes and any withdrawal).
pub fn go_live(tx: &Transaction, names: &Names, agency: &str, slug: &str) -> rusqlite::Result<()> {
    let public = read(tx, agency, slug)?;
    let [es, en] = Lang::ALL.map(|lang| render(tx, names, agency, slug, &public, lang));
    let (es, en) = (es?, en?);
    take_down(tx, agency, slug)?;
    tx.execute(
        "INSERT INTO content (agency, slug, kind, first_published, summary_es, summary_en, item_es, item_en)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            agency,
            slug,
            es.summary.kind.code(),
            es.summary.first_published,
            json(&es.summary),
            json(&en.summary),
            json(&es),
            json(&en),
        ],
    )?;
    for topic in &public.draft.topics {
        tx.execute(
            "INSERT INTO content_topics (topic, agency, slug) VALUES (?1, ?2, ?3)",
            params![topic, agency, slug],
        )?;
    }
    // Both languages' words in one row, as for services: either finds it.
    let both = |text: fn(&ContentItem) -> String| {
        let (es, en) = (text(&es), text(&en));
        if es == en { es } else { format!("{es} {en}") }
    };
    tx.execute(
        "INSERT INTO search_index (kind, id, title, keywords, body) VALUES ('content', ?1, ?2, ?3, ?4)",
        params![
            format!("{agency}/{slug}"),
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
    // An imported page's old address leads to it now.
    tx.execute(
        "INSERT OR REPLACE INTO moved_paths (path, target) SELECT old_path, ?3 FROM content_imports
         WHERE agency = ?1 AND slug = ?2",
        params![
            agency,
            slug,
            ventanilla::paths::content_item(agency, es.summary.kind, slug)
        ],
    )?;
    Ok(())
}

/// `draft` as the item's page would show it in `lang` were it published
/// at `now` (seconds since 1970), with the history it has so far.
pub fn preview(
    conn: &Connection,
    agency: &str,
    slug: &str,
    draft: Draft,
    now: i64,
    lang: Lang,
) -> rusqlite::Result<ContentItem> {
    let (first_published, changes) = match read(conn, agency, slug).optional()? {
        Some(public) => (public.first_published, public.changes),
        None => (crate::clock::rfc3339_in_mexico_city(now), Vec::new()),
    };
    let public = Public {
        draft,
        first_published,
        changes,
        withdrawn: None,
    };
    render(conn, &Names::read(conn)?, agency, slug, &public, lang)
}

/// Removes the item from what the public reads: lists, pages, feeds, search.
pub fn take_down(tx: &Transaction, agency: &str, slug: &str) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM content_topics WHERE agency = ?1 AND slug = ?2",
        params![agency, slug],
    )?;
    tx.execute(
        "DELETE FROM content WHERE agency = ?1 AND slug = ?2",
        params![agency, slug],
    )?;
    tx.execute(
        "DELETE FROM search_index WHERE kind = 'content' AND id = ?1",
        [format!("{agency}/{slug}")],
    )?;
    Ok(())
}

fn read(conn: &Connection, agency: &str, slug: &str) -> rusqlite::Result<Public> {
    let (draft, first_published, withdrawn_at, withdrawn_reason): (String, String, Option<String>, Option<String>) =
        conn.query_row(
            "SELECT v.draft, d.first_published, d.withdrawn_at, d.withdrawn_reason
             FROM content_documents d JOIN content_versions v
               ON v.agency = d.agency AND v.slug = d.slug AND v.number = d.live_version
             WHERE d.agency = ?1 AND d.slug = ?2",
            params![agency, slug],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )?;
    let mut statement =
        conn.prepare_cached("SELECT at, note FROM content_changes WHERE agency = ?1 AND slug = ?2 ORDER BY at")?;
    let changes = statement
        .query_map(params![agency, slug], |row| {
            Ok(Change {
                at: row.get(0)?,
                note: parse(&row.get::<_, String>(1)?)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let withdrawn = match (withdrawn_at, withdrawn_reason) {
        (Some(at), Some(reason)) => Some(Change {
            at,
            note: parse(&reason)?,
        }),
        _ => None,
    };
    Ok(Public {
        draft: parse(&draft)?,
        first_published,
        changes,
        withdrawn,
    })
}

/// The item as its page shows it in `lang`.
fn render(
    conn: &Connection,
    names: &Names,
    agency: &str,
    slug: &str,
    public: &Public,
    lang: Lang,
) -> rusqlite::Result<ContentItem> {
    let draft = &public.draft;
    // One language for the whole page: the English version, or the Spanish one.
    let lang = if draft.has_english() { lang } else { Lang::Es };
    let updated = public
        .changes
        .last()
        .map_or(&public.first_published, |change| &change.at);
    let note = |change: &Change| ChangeNote {
        at: change.at.clone(),
        note: change.note.get(lang).into(),
    };
    Ok(ContentItem {
        summary: ContentSummary {
            slug: slug.into(),
            kind: draft.kind,
            agency: names.agency(agency, lang)?,
            title: draft.title.get(lang).into(),
            summary: draft.summary.get(lang).into(),
            lang,
            first_published: public.first_published.clone(),
            updated: updated.clone(),
        },
        body_html: markdown::to_html(
            draft.body.get(lang),
            &ventanilla::i18n::format(lang, "news-table", None),
        ),
        topics: names.groups(&draft.topics, lang)?,
        services: draft
            .services
            .iter()
            .map(|slug| service(conn, slug, lang))
            .collect::<rusqlite::Result<_>>()?,
        press: draft.press.clone(),
        programme: draft
            .programme
            .as_ref()
            .map(
                |ProgrammeDraft { audience, how_to_join }| ventanilla_core::api::ProgrammeDetails {
                    audience: audience.get(lang).into(),
                    how_to_join: how_to_join.get(lang).into(),
                },
            ),
        changes: public.changes.iter().map(note).collect(),
        attachments: draft
            .attachments
            .iter()
            .map(|file| attachment(conn, file, lang))
            .collect::<rusqlite::Result<_>>()?,
        accessible_format_contact: draft.accessible_format_contact.clone(),
        withdrawn: public.withdrawn.as_ref().map(|change| Withdrawal {
            at: change.at.clone(),
            reason: change.note.get(lang).into(),
        }),
        // Said as the item is read: the administrations' dates are not the item's.
        previous_administration: false,
    })
}

fn attachment(conn: &Connection, file: &AttachmentDraft, lang: Lang) -> rusqlite::Result<Attachment> {
    let described = files::describe(conn, &file.file, None)?.ok_or_else(|| unknown("file", &file.file))?;
    Ok(Attachment {
        title: file.title.get(lang).into(),
        url: files::url(&file.file),
        media_type: described.media_type,
        size_bytes: described.size_bytes,
        lang: file.lang,
    })
}

fn service(conn: &Connection, slug: &str, lang: Lang) -> rusqlite::Result<NamedRef> {
    let name: Option<String> = conn
        .query_row(
            &format!("SELECT name_{} FROM services WHERE slug = ?1", lang.code()),
            params![slug],
            |row| row.get(0),
        )
        .optional()?;
    let name = name.ok_or_else(|| unknown("service", slug))?;
    Ok(NamedRef {
        slug: slug.into(),
        name,
    })
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).expect("content serializes")
}

/// A stored JSON column, read back.
pub(super) fn parse<T: serde::de::DeserializeOwned>(json: &str) -> rusqlite::Result<T> {
    serde_json::from_str(json).map_err(|error| rusqlite::Error::ToSqlConversionFailure(error.into()))
}
