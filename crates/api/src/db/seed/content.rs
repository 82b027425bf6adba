//! What the agencies have published (`seed/content/*.json`), as published
//! items: each stored ready to serve in each language.

use rusqlite::{Connection, Transaction, params};
use serde::Deserialize;
use ventanilla_core::api::{
    Attachment, ChangeNote, ContentItem, ContentKind, ContentSummary, NamedRef, PressDetails, ProgrammeDetails,
};
use ventanilla_core::lang::Lang;

use super::catalogue::{Names, unknown};
use super::parse;
use crate::content::{files, markdown, store};

/// A text in Spanish, and in English when the item has an English version.
#[derive(Clone, Debug, Deserialize)]
struct Text {
    es: String,
    en: Option<String>,
}

impl Text {
    /// The text in `lang`, or in Spanish when there is no English.
    fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => self.en.as_deref().unwrap_or(&self.es),
            Lang::Es => &self.es,
        }
    }
}

#[derive(Deserialize)]
struct SeedProgramme {
    audience: Text,
    how_to_join: Text,
}

/// A file of `seed/content/files/`.
#[derive(Deserialize)]
struct SeedAttachment {
    title: Text,
    file: String,
    lang: Lang,
}

#[derive(Deserialize)]
struct SeedChange {
    at: String,
    note: Text,
}

/// An item as `seed/content/<agency>.json` writes it (see `seed/README.md`).
#[derive(Deserialize)]
struct SeedItem {
    slug: String,
    kind: ContentKind,
    agency: String,
    first_published: String,
    title: Text,
    summary: Text,
    body: Text,
    topics: Vec<String>,
    services: Vec<String>,
    press: Option<PressDetails>,
    programme: Option<SeedProgramme>,
    #[serde(default)]
    attachments: Vec<SeedAttachment>,
    accessible_format_contact: Option<String>,
    #[serde(default)]
    changes: Vec<SeedChange>,
}

pub fn load(tx: &Transaction) -> rusqlite::Result<()> {
    let agencies: Vec<Vec<SeedItem>> = parse(
        "content/*.json",
        include_str!(concat!(env!("OUT_DIR"), "/content.json")),
    )?;
    let names = Names::read(tx)?;
    for item in agencies.iter().flatten() {
        let [es, en] = Lang::ALL.map(|lang| published(tx, item, &names, lang));
        store(tx, &es?, &en?, &item.topics)?;
    }
    Ok(())
}

/// The item as its page shows it in `lang`.
fn published(conn: &Connection, s: &SeedItem, names: &Names, lang: Lang) -> rusqlite::Result<ContentItem> {
    // One language for the whole page: the English version, or the Spanish one.
    let lang = if s.title.en.is_some() { lang } else { Lang::Es };
    let updated = s.changes.last().map_or(&s.first_published, |change| &change.at);
    Ok(ContentItem {
        summary: ContentSummary {
            slug: s.slug.clone(),
            kind: s.kind,
            agency: names.agency(&s.agency, lang)?,
            title: s.title.get(lang).into(),
            summary: s.summary.get(lang).into(),
            lang,
            first_published: s.first_published.clone(),
            updated: updated.clone(),
        },
        body_html: markdown::to_html(s.body.get(lang), &ventanilla::i18n::format(lang, "news-table", None)),
        topics: names.groups(&s.topics, lang)?,
        services: s
            .services
            .iter()
            .map(|slug| service(conn, slug, lang))
            .collect::<rusqlite::Result<_>>()?,
        press: s.press.clone(),
        programme: s.programme.as_ref().map(|p| ProgrammeDetails {
            audience: p.audience.get(lang).into(),
            how_to_join: p.how_to_join.get(lang).into(),
        }),
        changes: s
            .changes
            .iter()
            .map(|change| ChangeNote {
                at: change.at.clone(),
                note: change.note.get(lang).into(),
            })
            .collect(),
        attachments: s
            .attachments
            .iter()
            .map(|file| attachment(file, lang))
            .collect::<rusqlite::Result<_>>()?,
        accessible_format_contact: s.accessible_format_contact.clone(),
        // Said as the item is read: the administrations' dates are not the item's.
        previous_administration: false,
    })
}

fn attachment(file: &SeedAttachment, lang: Lang) -> rusqlite::Result<Attachment> {
    let bytes = files::seed_file(&file.file).ok_or_else(|| unknown("file", &file.file))?;
    let media_type = files::media_type(bytes).ok_or_else(|| unknown("kind of file", &file.file))?;
    Ok(Attachment {
        title: file.title.get(lang).into(),
        url: files::url(&file.file),
        media_type: media_type.into(),
        size_bytes: bytes.len() as u64,
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
        .ok();
    let name = name.ok_or_else(|| unknown("service", slug))?;
    Ok(NamedRef {
        slug: slug.into(),
        name,
    })
}
