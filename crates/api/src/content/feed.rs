//! What the agencies publish as an Atom feed (RFC 4287), for feed readers:
//! the list `/prensa` shows, narrowed by the same query.

use atom_syndication::{Entry, FixedDateTime, Link, Person, Text};
use ventanilla_core::api::ContentSummary;
use ventanilla_core::lang::Lang;

/// The feed of `items`, newest first, titled `title`; `self_url` is where it
/// is read, `page_url` the page that lists the same items.
pub fn atom(
    title: &str,
    self_url: &str,
    page_url: &str,
    public_url: &str,
    lang: Lang,
    items: &[ContentSummary],
) -> String {
    let entries: Vec<Entry> = items.iter().map(|item| entry(item, public_url)).collect();
    let updated = entries.iter().map(|entry| entry.updated).max().unwrap_or_else(epoch);
    atom_syndication::Feed {
        id: self_url.to_owned(),
        title: Text::plain(title),
        updated,
        links: vec![
            link(self_url, "self", "application/atom+xml"),
            link(page_url, "alternate", "text/html"),
        ],
        lang: Some(lang.tag().to_owned()),
        entries,
        ..Default::default()
    }
    .to_string()
}

fn entry(item: &ContentSummary, public_url: &str) -> Entry {
    let url = format!(
        "{public_url}{}",
        ventanilla::paths::content_item(&item.agency.slug, item.kind, &item.slug)
    );
    Entry {
        id: url.clone(),
        title: in_lang(&item.title, item.lang),
        updated: date(&item.updated),
        published: Some(date(&item.first_published)),
        summary: Some(in_lang(&item.summary, item.lang)),
        authors: vec![Person {
            name: item.agency.name.clone(),
            ..Default::default()
        }],
        links: vec![link(&url, "alternate", "text/html")],
        ..Default::default()
    }
}

/// An entry's text in its own language, which a Spanish-only item keeps in an English feed.
fn in_lang(text: &str, lang: Lang) -> Text {
    Text {
        lang: Some(lang.tag().to_owned()),
        ..Text::plain(text)
    }
}

fn link(href: &str, rel: &str, media_type: &str) -> Link {
    Link {
        href: href.to_owned(),
        rel: rel.to_owned(),
        mime_type: Some(media_type.to_owned()),
        ..Default::default()
    }
}

/// Dates are stored in RFC 3339, checked by [`super::store`].
fn date(rfc3339: &str) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(rfc3339).unwrap_or_else(|_| epoch())
}

fn epoch() -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339("1970-01-01T00:00:00Z").expect("a valid date")
}
