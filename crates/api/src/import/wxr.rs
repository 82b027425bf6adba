//! A WordPress export (WXR, "WordPress eXtended RSS"): its posts and pages,
//! each with its address, title, date, name, state, categories and content.
//! Its attachments are files of the site, saved beside it as its pages link them.

use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};

use super::xml::push_text;

/// One `<item>` of the export.
#[derive(Debug, Default, PartialEq)]
pub struct Item {
    pub link: String,
    pub title: String,
    /// `wp:post_date`, the site's local time: `2016-05-10 10:00:00`.
    pub date: String,
    /// `wp:post_name`, the address's own name for it.
    pub name: String,
    /// `publish`, `draft`, `private`, `trash`…
    pub status: String,
    /// `post`, `page`, `attachment`, `nav_menu_item`…
    pub post_type: String,
    /// Each category's and tag's `nicename`.
    pub categories: Vec<String>,
    /// `content:encoded`: HTML, its paragraphs often only blank lines.
    pub content: String,
}

impl Item {
    /// A post or a page, published: what the site showed.
    pub fn is_published_page(&self) -> bool {
        self.status == "publish" && matches!(self.post_type.as_str(), "post" | "page")
    }

    /// The item as the page WordPress showed: its title in `<title>` and
    /// `<h1>`, its content in `<article>`.
    pub fn page(&self) -> String {
        let title = quick_xml::escape::escape(self.title.as_str());
        format!(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
             <body><article><h1>{title}</h1>{}</article></body></html>",
            paragraphs(&self.content)
        )
    }
}

/// The items of `xml`, in order, or why it is no WXR export.
pub fn items(xml: &str) -> Result<Vec<Item>, String> {
    let mut reader = Reader::from_str(xml);
    let (mut items, mut item, mut text) = (Vec::new(), None::<Item>, String::new());
    // Below an item's own fields (a `wp:postmeta`'s), nothing is the item's.
    let mut depth = 0;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("the WXR export, at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(start) => {
                depth += 1;
                text.clear();
                if start.name().as_ref() == b"item" {
                    item = Some(Item::default());
                    depth = 0;
                } else if let (Some(item), b"category", 1) = (&mut item, start.name().as_ref(), depth) {
                    let nicename = start.try_get_attribute("nicename").map_err(|e| e.to_string())?;
                    if let Some(nicename) = nicename {
                        let value = nicename
                            .decoded_and_normalized_value(XmlVersion::Implicit1_0, reader.decoder())
                            .map_err(|e| e.to_string())?;
                        item.categories.push(value.into_owned());
                    }
                }
            }
            Event::End(end) => {
                if end.name().as_ref() == b"item" {
                    items.extend(item.take());
                } else if let (Some(item), 1) = (&mut item, depth) {
                    let value = std::mem::take(&mut text);
                    match end.name().as_ref() {
                        b"link" => item.link = value.trim().to_owned(),
                        b"title" => item.title = value.trim().to_owned(),
                        b"wp:post_date" => item.date = value.trim().to_owned(),
                        b"wp:post_name" => item.name = value.trim().to_owned(),
                        b"wp:status" => item.status = value.trim().to_owned(),
                        b"wp:post_type" => item.post_type = value.trim().to_owned(),
                        b"content:encoded" => item.content = value,
                        _ => {}
                    }
                }
                depth -= 1;
            }
            Event::Eof => break,
            other => {
                push_text(&other, &mut text)?;
            }
        }
    }
    if items.is_empty() && !xml.contains("wordpress.org/export/") {
        return Err("not a WordPress export (WXR): no wordpress.org/export namespace".into());
    }
    Ok(items)
}

/// Elements WordPress leaves as they are between its paragraphs.
const BLOCKS: &[&str] = &[
    "<p",
    "<h1",
    "<h2",
    "<h3",
    "<h4",
    "<h5",
    "<h6",
    "<ul",
    "<ol",
    "<table",
    "<div",
    "<blockquote",
    "<figure",
    "<pre",
    "<hr",
    "<!--",
];

/// `content` with its paragraphs marked, as WordPress shows it: text
/// between blank lines is a paragraph unless it is a block already.
fn paragraphs(content: &str) -> String {
    let content = content.replace("\r\n", "\n");
    content
        .split("\n\n")
        .map(str::trim)
        .filter(|chunk| !chunk.is_empty())
        .map(|chunk| {
            let lower = chunk.to_ascii_lowercase();
            if BLOCKS.iter().any(|tag| lower.starts_with(tag)) {
                chunk.to_owned()
            } else {
                format!("<p>{}</p>", chunk.replace('\n', "<br>"))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Profeco</title>
  <link>https://www.profeco.gob.mx</link>
  <item>
    <title>Precios &amp; tarifas</title>
    <link>https://www.profeco.gob.mx/2016/05/10/precios/</link>
    <content:encoded><![CDATA[Primer párrafo
con salto.

<ul><li>uno</li></ul>]]></content:encoded>
    <wp:post_date><![CDATA[2016-05-10 10:00:00]]></wp:post_date>
    <wp:post_name><![CDATA[precios]]></wp:post_name>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="comunicados"><![CDATA[Comunicados]]></category>
    <wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key><wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta>
  </item>
</channel>
</rss>"#;

    #[test]
    fn reads_an_items_own_fields_and_not_the_channels() {
        let items = items(EXPORT).unwrap();
        assert_eq!(
            items,
            [Item {
                link: "https://www.profeco.gob.mx/2016/05/10/precios/".into(),
                title: "Precios & tarifas".into(),
                date: "2016-05-10 10:00:00".into(),
                name: "precios".into(),
                status: "publish".into(),
                post_type: "post".into(),
                categories: vec!["comunicados".into()],
                content: "Primer párrafo\ncon salto.\n\n<ul><li>uno</li></ul>".into(),
            }]
        );
        assert!(items[0].is_published_page());
        let page = items[0].page();
        assert!(page.contains("<h1>Precios &amp; tarifas</h1>"), "{page}");
        assert!(
            page.contains("<p>Primer párrafo<br>con salto.</p>\n<ul><li>uno</li></ul>"),
            "{page}"
        );
    }

    #[test]
    fn an_rss_feed_or_a_sitemap_is_not_an_export() {
        assert!(items("<urlset><url><loc>x</loc></url></urlset>").is_err());
        assert!(items("<rss><channel><item><title>").is_err());
    }
}
