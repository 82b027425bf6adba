//! An old site's `sitemap.xml` (sitemaps.org): each `<url>`'s address and
//! when it last changed, in the order listed.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::xml::push_text;

/// One `<url>` of the sitemap.
#[derive(Debug, PartialEq)]
pub struct Entry {
    pub loc: String,
    pub lastmod: Option<String>,
}

/// The entries of `xml`, their texts trimmed (a `<loc>` may be written
/// across lines), or why it is no sitemap.
pub fn entries(xml: &str) -> Result<Vec<Entry>, String> {
    let mut reader = Reader::from_str(xml);
    let (mut entries, mut field, mut text) = (Vec::new(), None::<Vec<u8>>, String::new());
    let (mut loc, mut lastmod) = (None, None);
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("sitemap.xml, at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(start) => {
                field = Some(start.local_name().as_ref().to_vec());
                text.clear();
            }
            Event::End(end) => {
                match (end.local_name().as_ref(), field.take()) {
                    (b"loc", Some(_)) => loc = Some(text.trim().to_owned()),
                    (b"lastmod", Some(_)) => lastmod = Some(text.trim().to_owned()),
                    (b"url", _) => entries.push(Entry {
                        loc: loc.take().ok_or("a <url> without its <loc>")?,
                        lastmod: lastmod.take(),
                    }),
                    _ => {}
                }
                text.clear();
            }
            Event::Eof => break,
            other => {
                push_text(&other, &mut text)?;
            }
        }
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_url_trimmed_with_its_entities() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>
                 http://example.gob.mx/a.html?x=1&amp;y=2
              </loc><lastmod>2015-08-20</lastmod></url>
              <url><loc>http://example.gob.mx/b/</loc></url>
            </urlset>"#;
        assert_eq!(
            entries(xml).unwrap(),
            [
                Entry {
                    loc: "http://example.gob.mx/a.html?x=1&y=2".into(),
                    lastmod: Some("2015-08-20".into())
                },
                Entry {
                    loc: "http://example.gob.mx/b/".into(),
                    lastmod: None
                },
            ]
        );
        assert!(entries("<urlset><url><lastmod>2015</lastmod></url></urlset>").is_err());
    }
}
