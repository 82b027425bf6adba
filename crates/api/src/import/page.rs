//! One saved page of an old site, read as a person reads it: its title,
//! its date (and a press release's number and place), and its main
//! content without the layout around it.

use std::rc::Rc;
use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use markup5ever_rcdom::{Handle, NodeData};
use regex::Regex;

use super::dates;
use super::dom::{self, attribute, find, has_class, is, text};

pub struct Page {
    pub title: String,
    /// `YYYY-MM-DD`, when the page says it.
    pub date: Option<String>,
    /// Where a press release was dated, when its dateline says.
    pub place: Option<String>,
    /// A press release's number, such as `045/14`.
    pub number: Option<String>,
    /// Its main content, title, number and date line taken out.
    pub content: Handle,
    /// It sends the reader elsewhere (`<meta http-equiv="refresh">`).
    pub redirects: bool,
}

static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bcomunicado\b[^0-9]{0,30}?(\d{1,4}/\d{2,4})\b").expect("a valid pattern"));

/// How far into the content a date still dates the page, not something it tells of.
const DATELINE_REACH: usize = 300;

/// A line longer than this is more than a date line: it stays.
const DATE_LINE_MAX: usize = 80;

/// `bytes`, decoded as they declare (a BOM, a `charset`), else as UTF-8
/// if they are, else as the Windows Latin-1 of old editors.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return encoding.decode_with_bom_removal(bytes).0.into_owned();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let declared = head.find("charset=").and_then(|at| {
        let label = head[at + "charset=".len()..].trim_start_matches(['"', '\'']);
        let end = label
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(label.len());
        Encoding::for_label(&label.as_bytes()[..end])
    });
    let encoding = declared.unwrap_or(if std::str::from_utf8(bytes).is_ok() {
        UTF_8
    } else {
        WINDOWS_1252
    });
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// Reads the page `html`; `lastmod` dates it when nothing in it does.
pub fn read(html: &str, lastmod: Option<&str>) -> Page {
    let document = dom::parse(html);
    let meta = |name: &str| {
        find(&document, |n| {
            is(n, "meta") && attribute(n, "name").is_some_and(|v| v.eq_ignore_ascii_case(name))
        })
        .and_then(|n| attribute(&n, "content"))
    };
    let redirects = find(&document, |n| {
        is(n, "meta") && attribute(n, "http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("refresh"))
    })
    .is_some();
    let content = main_content(&document);
    drop_layout(&content);
    let title = take_title(&content).unwrap_or_else(|| {
        let title = find(&document, |n| is(n, "title"))
            .map(|n| text(&n))
            .unwrap_or_default();
        site_name_removed(&title)
    });
    let number = take_number(&content);
    let (date, place) = match take_date(&content) {
        Some((date, place)) => (Some(date), place),
        None => (
            meta("DC.date")
                .or(lastmod.map(str::to_owned))
                .and_then(|d: String| dates::iso(&d)),
            None,
        ),
    };
    // rcdom empties every node below a document as it drops: the content leaves it first.
    dom::remove(&content);
    Page {
        title,
        date,
        place,
        number,
        content,
        redirects,
    }
}

/// The page's own part: the CMS's content region, else its article, else the body.
fn main_content(document: &Handle) -> Handle {
    let by_id = |id: &str| find(document, |n| attribute(n, "id").as_deref() == Some(id));
    if let Some(main) = by_id("main-content") {
        return find(&main, |n| is(n, "article")).unwrap_or(main);
    }
    by_id("contenido")
        .or_else(|| find(document, |n| is(n, "article")))
        .or_else(|| find(document, |n| is(n, "body")))
        .unwrap_or_else(|| document.clone())
}

/// Takes out what was the old site's furniture, not the page's words: the
/// share bar, navigation, forms, the print, back and "top" links, and the
/// bullets Word writes before its list paragraphs.
fn drop_layout(content: &Handle) {
    for node in dom::descendants(content) {
        let href = attribute(&node, "href").map(|h| h.trim().to_ascii_lowercase());
        let layout = has_class(&node, "compartir")
            || has_class(&node, "breadcrumb")
            || ["nav", "form", "aside", "script", "style", "noscript"]
                .into_iter()
                .any(|name| is(&node, name))
            || (is(&node, "a")
                && href
                    .as_deref()
                    .is_some_and(|h| h.starts_with("javascript:") || h == "#top"))
            || attribute(&node, "style")
                .is_some_and(|s| s.to_ascii_lowercase().replace(' ', "").contains("mso-list:ignore"));
        if layout {
            dom::remove_with_separator(&node);
        }
    }
}

fn take_title(content: &Handle) -> Option<String> {
    let node = find(content, |n| is(n, "h1"))
        .or_else(|| find(content, |n| has_class(n, "titulo")))
        .or_else(|| {
            find(content, |n| {
                is(n, "font") && attribute(n, "size").as_deref() == Some("4")
            })
        })?;
    let title = text(&node);
    dom::remove_with_wrappers(&node, content);
    (!title.is_empty()).then_some(title)
}

/// `SEMARNAT - Comunicado 045/14: Title`, `Title | Secretaría…`: the title alone.
fn site_name_removed(title: &str) -> String {
    let title = title.split(" | ").next().unwrap_or_default();
    let title = title.rsplit(" - ").next().unwrap_or_default();
    match NUMBER.find(title) {
        Some(number) if number.start() == 0 => title[number.end()..].trim_start_matches([':', ' ']).to_owned(),
        _ => title.to_owned(),
    }
}

fn take_number(content: &Handle) -> Option<String> {
    let node = text_nodes(content).into_iter().find(|n| NUMBER.is_match(&text(n)))?;
    let number = NUMBER.captures(&text(&node))?[1].to_owned();
    dom::remove_with_wrappers(&node, content);
    Some(number)
}

/// The page's date, from a `<time>` or the first date written near the
/// content's start, and the place its dateline names; the date's line
/// goes (the page shows its date and place apart).
fn take_date(content: &Handle) -> Option<(String, Option<String>)> {
    if let Some(time) = find(content, |n| is(n, "time") && attribute(n, "datetime").is_some()) {
        let day = dates::iso(&attribute(&time, "datetime")?)?;
        let words = text(&time);
        let place = dates::first_in(&words).and_then(|found| place(&words[..found.at]));
        remove_line(&time, content);
        return Some((day, place));
    }
    let mut read = 0;
    for node in text_nodes(content) {
        let words = text(&node);
        if let Some(found) = dates::first_in(&words) {
            let place = place(&words[..found.at]);
            remove_line(&node, content);
            return Some((found.day, place));
        }
        read += words.len();
        if read > DATELINE_REACH {
            break;
        }
    }
    None
}

/// Takes out the short line `node` is in: the elements around it while
/// they hold no more than a date line.
fn remove_line(node: &Handle, content: &Handle) {
    let short = |n: &Handle| text(n).chars().count() <= DATE_LINE_MAX;
    let mut line = node.clone();
    while let Some(parent) = dom::parent(&line).filter(|p| !Rc::ptr_eq(p, content) && short(p)) {
        line = parent;
    }
    if short(&line) {
        dom::remove(&line);
    }
}

/// "México, D.F., a", "Santa María Tonameca, Oax., domingo": the place alone.
fn place(before_date: &str) -> Option<String> {
    const WEEKDAYS: [&str; 7] = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"];
    let mut place = before_date.trim();
    loop {
        let trimmed = place.trim_end_matches([',', ' ']);
        let trimmed = trimmed.strip_suffix(" a").unwrap_or(trimmed);
        let trimmed = WEEKDAYS
            .iter()
            .find_map(|day| {
                let lower = trimmed.to_lowercase();
                lower.ends_with(day).then(|| &trimmed[..trimmed.len() - day.len()])
            })
            .unwrap_or(trimmed);
        if trimmed == place {
            break;
        }
        place = trimmed;
    }
    let fine = !place.is_empty() && place.chars().count() <= 60 && !place.to_lowercase().contains("fecha");
    fine.then(|| place.to_owned())
}

/// The text nodes below `node`, in order, that hold words.
fn text_nodes(node: &Handle) -> Vec<Handle> {
    dom::descendants(node)
        .into_iter()
        .filter(|n| matches!(&n.data, NodeData::Text { contents } if !contents.borrow().trim().is_empty()))
        .collect()
}
