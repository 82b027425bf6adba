//! `ventanilla-api import --agency SLUG --from PATH [--publish]`: an
//! agency's old website, saved as a folder of pages with its
//! `sitemap.xml` or as a WordPress export (WXR) beside its files, made
//! into drafts (or published items) of its content.
//! Each page keeps its old address (answered with a 301 once it is live),
//! its date and its files; a second run updates what changed.

mod dates;
mod dom;
mod markdown;
mod page;
mod sitemap;
mod wxr;
mod xml;

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::path::{Component, Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};
use url::Url;
use ventanilla_core::api::{
    AttachmentDraft, ContentKind, Draft, Localized, PressDetails, ProgrammeDraft, SUMMARY_MAX_LENGTH, upload_name,
};
use ventanilla_core::lang::Lang;

use crate::content::files;
use crate::content::workflow::{self, Imported};
use crate::fingerprint;
use markdown::{Block, Kind};

/// Why a sitemap entry made no item.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Skip {
    /// Listed, but not in the folder.
    MissingFile,
    /// A redirect, or links with no words of its own.
    NoContent,
    /// Listed before.
    Duplicate,
    /// On another site, or outside the folder.
    Elsewhere,
    /// What was found breaks a rule of the content (its codes in the report).
    Invalid,
    /// A draft, private or deleted in the export: the old site did not show it.
    NotPublished,
}

impl Skip {
    pub fn code(self) -> &'static str {
        match self {
            Skip::MissingFile => "missing_file",
            Skip::NoContent => "no_content",
            Skip::Duplicate => "duplicate",
            Skip::Elsewhere => "elsewhere",
            Skip::Invalid => "invalid",
            Skip::NotPublished => "not_published",
        }
    }
}

/// What the import did with each page the export lists, in its order.
#[derive(Debug, Default)]
pub struct Report {
    pub entries: usize,
    /// What the entries are: "sitemap entries", "WXR items".
    pub listed_as: &'static str,
    /// Old address, new path, and whether it was new, changed or the same.
    pub items: Vec<(String, String, Imported)>,
    /// Old address, why, and what more there is to say.
    pub skipped: Vec<(String, Skip, String)>,
    /// The page, and the file it links that the folder lacks.
    pub missing_files: Vec<(String, String)>,
}

impl Report {
    pub fn count(&self, outcome: Imported) -> usize {
        self.items.iter().filter(|(_, _, o)| *o == outcome).count()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(
            f,
            "{} {}: {} imported, {} updated, {} unchanged, {} skipped.",
            self.entries,
            self.listed_as,
            self.count(Imported::New),
            self.count(Imported::Updated),
            self.count(Imported::Unchanged),
            self.skipped.len()
        )?;
        for (url, reason, detail) in &self.skipped {
            writeln!(f, "skipped {url}: {}{detail}", reason.code())?;
        }
        for (page, file) in &self.missing_files {
            writeln!(f, "not in the folder: {file}, linked from {page}")?;
        }
        for (url, path, outcome) in &self.items {
            let done = match outcome {
                Imported::New => "imported",
                Imported::Updated => "updated",
                Imported::Unchanged => "unchanged",
            };
            writeln!(f, "{done} {url} -> {path}")?;
        }
        Ok(())
    }
}

/// A page the old site's export lists.
struct Listed {
    loc: String,
    lastmod: Option<String>,
    /// A WXR item's page, as WordPress showed it; a folder's page is its file.
    page: Option<String>,
    /// Its name in the export (WordPress's `post_name`), else its address's.
    name: Option<String>,
    /// The export's own date for it: above any date its words write.
    dated: Option<String>,
    /// Its categories, which say its kind as its path's words do.
    categories: Vec<String>,
    published: bool,
}

/// The pages `from` lists, the folder their files are in, and what they are.
fn listing(from: &Path) -> Result<(Vec<Listed>, PathBuf, &'static str), String> {
    let read = |file: &Path, what: &str| {
        std::fs::read_to_string(file).map_err(|e| format!("{}: {e} ({what})", file.display()))
    };
    if from.is_file() {
        let items = wxr::items(&read(from, "a WordPress export")?)?;
        let listed = items
            .into_iter()
            .filter(|item| matches!(item.post_type.as_str(), "post" | "page"))
            .map(|item| Listed {
                page: Some(item.page()),
                published: item.is_published_page(),
                name: Some(item.name).filter(|n| !n.is_empty()),
                dated: dates::iso(&item.date),
                loc: item.link,
                lastmod: None,
                categories: item.categories,
            })
            .collect();
        let folder = from.parent().unwrap_or(Path::new(".")).to_path_buf();
        return Ok((listed, folder, "WXR items"));
    }
    let entries = sitemap::entries(&read(&from.join("sitemap.xml"), "the folder needs its sitemap.xml")?)?;
    let listed = entries
        .into_iter()
        .map(|entry| Listed {
            loc: entry.loc,
            lastmod: entry.lastmod,
            page: None,
            name: None,
            dated: None,
            categories: Vec::new(),
            published: true,
        })
        .collect();
    Ok((listed, from.to_path_buf(), "sitemap entries"))
}

/// Where a page's HTML is.
enum Source {
    File(PathBuf),
    Page(String),
}

/// What a listed page becomes, known before any page is read: links
/// between pages go to their new paths.
struct Planned {
    url: Url,
    source: Source,
    lastmod: Option<String>,
    dated: Option<String>,
    slug: String,
    kind: ContentKind,
}

/// Imports the old site in `from` for `agency`, its files kept in
/// `store`; publishes what it imports when `publish`.
pub fn run(
    conn: &Connection,
    store: &Path,
    agency: &str,
    from: &Path,
    publish: bool,
    now: i64,
) -> Result<Report, String> {
    let contact: String = conn
        .query_row("SELECT email FROM agencies WHERE slug = ?1", [agency], |row| row.get(0))
        .optional()
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no agency {agency:?}"))?;
    let (listed, from, listed_as) = listing(from)?;
    let from = from.as_path();
    let mut report = Report {
        entries: listed.len(),
        listed_as,
        ..Report::default()
    };
    let site = listed.first().and_then(|entry| Url::parse(&entry.loc).ok());
    let planned = plan(from, site.as_ref(), listed, &mut report);
    let new_paths: HashMap<String, String> = planned
        .iter()
        .map(|p| {
            (
                p.url.path().to_owned(),
                ventanilla::paths::content_item(agency, p.kind, &p.slug),
            )
        })
        .collect();
    for plan in &planned {
        let html = match &plan.source {
            Source::File(file) => page::decode(&std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?),
            Source::Page(html) => html.clone(),
        };
        let mut read = page::read(&html, plan.lastmod.as_deref());
        if plan.dated.is_some() {
            read.date.clone_from(&plan.dated);
        }
        let found = RefCell::new(Vec::<String>::new());
        let link = |href: &str| -> Option<String> {
            let target = plan.url.join(href).ok()?;
            if target.scheme() == "mailto" || site.as_ref().is_none_or(|site| site.origin() != target.origin()) {
                return Some(target.to_string());
            }
            if let Some(path) = new_paths.get(target.path()) {
                return Some(path.clone());
            }
            if target.path() == plan.url.path() {
                // "#top" and the like: the page itself.
                return None;
            }
            if is_file_link(target.path()) {
                found.borrow_mut().push(target.path().to_owned());
            }
            Some(target.to_string())
        };
        let body = markdown::convert(&read.content, &link);
        if read.redirects || body.own_letters < MIN_OWN_LETTERS {
            report
                .skipped
                .push((plan.url.to_string(), Skip::NoContent, String::new()));
            continue;
        }
        let mut attachments = Vec::new();
        let mut renamed = HashMap::new();
        for path in found.into_inner() {
            if renamed.contains_key(&path) {
                continue;
            }
            match file_of(from, &plan.url.join(&path).expect("a path joins")).filter(|f| f.is_file()) {
                Some(file) => {
                    let name = keep(conn, store, agency, &file, now)?;
                    attachments.push(AttachmentDraft {
                        title: Localized {
                            es: title_of_file(&body.blocks, &path),
                            en: None,
                        },
                        file: name.clone(),
                        lang: Lang::Es,
                    });
                    renamed.insert(path, files::url(&name));
                }
                None => {
                    report.missing_files.push((plan.url.to_string(), path.clone()));
                    renamed.insert(path, String::new());
                }
            }
        }
        let mut blocks = body.blocks;
        for block in &mut blocks {
            for (old, new) in renamed.iter().filter(|(_, new)| !new.is_empty()) {
                let old_url = plan.url.join(old).expect("a path joins").to_string();
                block.markdown = block.markdown.replace(&format!("(<{old_url}>)"), &format!("(<{new}>)"));
            }
        }
        let draft = draft(plan.kind, read, blocks, attachments, &contact);
        let (slug, old_path) = (&plan.slug, plan.url.path());
        match draft.and_then(|(draft, date)| {
            let date = format!("{date}T00:00:00-06:00");
            workflow::import(
                conn,
                &workflow::Import {
                    agency,
                    slug,
                    old_path,
                    draft: &draft,
                    first_published: &date,
                    publish,
                },
                now,
            )
            .map_err(|problem| {
                let codes: Vec<String> = problem
                    .field_errors()
                    .iter()
                    .map(|e| format!("{} {}", e.field, e.code))
                    .collect();
                if codes.is_empty() {
                    problem.code().to_owned()
                } else {
                    codes.join(", ")
                }
            })
        }) {
            Ok(outcome) => report
                .items
                .push((plan.url.to_string(), new_paths[old_path].clone(), outcome)),
            Err(why) => report
                .skipped
                .push((plan.url.to_string(), Skip::Invalid, format!(" ({why})"))),
        }
    }
    Ok(report)
}

/// Fewer letters than this outside links: a page with nothing of its own to say.
const MIN_OWN_LETTERS: usize = 80;

/// Where the export saved `url`: its path below `from`, `index.html` for a folder's.
fn file_of(from: &Path, url: &Url) -> Option<PathBuf> {
    let path = percent_encoding::percent_decode_str(url.path()).decode_utf8().ok()?;
    let mut file = from.to_path_buf();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => file.push(part),
            _ => return None,
        }
    }
    if path.ends_with('/') {
        file.push("index.html");
    }
    Some(file)
}

/// The page's name: its file's, or its folder's for an `index.html`.
fn slug_of(url: &Url) -> String {
    let segments: Vec<&str> = url
        .path_segments()
        .map(|s| s.filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    let mut names = segments
        .iter()
        .rev()
        .map(|s| s.rsplit_once('.').map_or(*s, |(stem, _)| stem));
    let name = match names.next() {
        Some("index") => names.next().unwrap_or("inicio"),
        Some(name) => name,
        None => "inicio",
    };
    slug_words(name)
}

/// `name`'s words, lower case and without accents, joined by hyphens
/// (WordPress writes a name's accents percent-encoded).
fn slug_words(name: &str) -> String {
    let name = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
    let folded = ventanilla_core::text::fold(&name);
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// What kind of item an old address held, by the words of its path (and of its categories).
fn kind_of(path: &str) -> ContentKind {
    let path = path.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| path.contains(w));
    if has(&["comunicado", "boletin-de-prensa", "boletines-de-prensa"]) {
        ContentKind::PressRelease
    } else if has(&["/notas/", "/noticias/", "/nota/", "/noticia/"]) {
        ContentKind::News
    } else if has(&["/programas/", "/programa/", "/acciones-y-programas/"]) {
        ContentKind::Programme
    } else if has(&["/publicaciones/", "/documentos/", "/biblioteca/"]) {
        ContentKind::Publication
    } else {
        ContentKind::Guide
    }
}

fn is_file_link(path: &str) -> bool {
    let extension = path.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
    extension.is_some_and(|ext| ["pdf", "xls", "xlsx", "ods", "doc", "docx", "odt"].contains(&ext.as_str()))
}

/// The words of the link to `path`, for the attachment's title.
fn title_of_file(blocks: &[Block], path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    blocks
        .iter()
        .find_map(|block| {
            let at = block.markdown.find(&format!("{path}>)"))?;
            let open = block.markdown[..at].rfind("](")?;
            let start = block.markdown[..open].rfind('[')? + 1;
            Some(block.markdown[start..open].replace('\\', ""))
        })
        .unwrap_or_else(|| name.to_owned())
}

/// The listed pages that are pages of the site, each with its new slug
/// and kind; the others go to the report.
fn plan(from: &Path, site: Option<&Url>, listed: Vec<Listed>, report: &mut Report) -> Vec<Planned> {
    let mut planned: Vec<Planned> = Vec::new();
    for entry in listed {
        let url = match Url::parse(&entry.loc) {
            Ok(url) if site.is_some_and(|site| site.origin() == url.origin()) => url,
            _ => {
                report.skipped.push((entry.loc, Skip::Elsewhere, String::new()));
                continue;
            }
        };
        if !entry.published {
            report.skipped.push((entry.loc, Skip::NotPublished, String::new()));
            continue;
        }
        if planned.iter().any(|p| p.url == url) {
            report.skipped.push((entry.loc, Skip::Duplicate, String::new()));
            continue;
        }
        let source = match entry.page {
            Some(html) => Source::Page(html),
            None => match file_of(from, &url) {
                Some(file) if file.is_file() => Source::File(file),
                Some(_) => {
                    report.skipped.push((entry.loc, Skip::MissingFile, String::new()));
                    continue;
                }
                None => {
                    report.skipped.push((entry.loc, Skip::Elsewhere, String::new()));
                    continue;
                }
            },
        };
        let slug = entry.name.as_deref().map_or_else(|| slug_of(&url), slug_words);
        let words = format!("{}/{}/", url.path(), entry.categories.join("/"));
        planned.push(Planned {
            kind: kind_of(&words),
            url,
            source,
            lastmod: entry.lastmod,
            dated: entry.dated,
            slug,
        });
    }
    planned
}

/// Keeps one attached file in the store and records it as the agency's upload: its name on the site.
fn keep(conn: &Connection, store: &Path, agency: &str, file: &Path, now: i64) -> Result<String, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let (media_type, extension) =
        files::sniff(&bytes).ok_or_else(|| format!("{}: not a kind of file the site takes", file.display()))?;
    let sha256 = fingerprint::sha256(&bytes);
    let shown_name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let name = upload_name(&sha256, shown_name, extension);
    files::keep(store, &sha256, &bytes).map_err(|e| format!("{}: {e}", store.display()))?;
    let upload = files::Kept {
        file: &name,
        agency,
        media_type,
        size_bytes: bytes.len() as u64,
        sha256: &sha256,
        by: IMPORTER,
        client: CLIENT,
    };
    files::record(conn, &upload, now).map_err(|problem| problem.code().to_owned())?;
    Ok(name)
}

/// Who the audit log says imported, and from where.
const IMPORTER: &str = "import";
const CLIENT: &str = "command line";

/// The draft a page makes, and its date; or what it lacks.
fn draft(
    kind: ContentKind,
    page: page::Page,
    mut blocks: Vec<Block>,
    attachments: Vec<AttachmentDraft>,
    contact: &str,
) -> Result<(Draft, String), String> {
    let date = page.date.clone().ok_or("no date")?;
    let programme = match kind {
        ContentKind::Programme => Some(ProgrammeDraft {
            audience: spanish(take_section(
                &mut blocks,
                &["a quién va dirigid", "a quién está dirigid", "quién puede participar"],
            )),
            how_to_join: spanish(take_section(
                &mut blocks,
                &["cómo participar", "cómo inscribirse", "cómo solicitar"],
            )),
        }),
        _ => None,
    };
    let summary = blocks
        .iter()
        .find(|b| b.kind == Kind::Paragraph)
        .map(|b| shortened(&b.plain, SUMMARY_MAX_LENGTH / 2))
        .unwrap_or_default();
    let press = (kind == ContentKind::PressRelease).then(|| PressDetails {
        number: page.number.clone().unwrap_or_default(),
        place: page.place.clone().unwrap_or_else(|| capital_on(&date).to_owned()),
    });
    let contact = (!attachments.is_empty()).then(|| contact.to_owned());
    Ok((
        Draft {
            kind,
            title: spanish(page.title),
            summary: spanish(summary),
            body: spanish(markdown::join(&blocks)),
            topics: Vec::new(),
            services: Vec::new(),
            press,
            programme,
            attachments,
            accessible_format_contact: contact,
            change_note: None,
        },
        date,
    ))
}

fn spanish(es: String) -> Localized {
    Localized { es, en: None }
}

/// The capital's name on `date` (`YYYY-MM-DD`): the Federal District became Mexico City on 29 January 2016.
fn capital_on(date: &str) -> &'static str {
    if date < "2016-01-29" {
        "México, D.F."
    } else {
        "Ciudad de México"
    }
}

/// Takes out the section under the heading that says one of `names`: its words.
fn take_section(blocks: &mut Vec<Block>, names: &[&str]) -> String {
    let Some(start) = blocks
        .iter()
        .position(|b| b.kind == Kind::Heading && names.iter().any(|n| b.plain.to_lowercase().contains(n)))
    else {
        return String::new();
    };
    // A table after a section's words is the page's, not the section's.
    let end = blocks[start + 1..]
        .iter()
        .position(|b| matches!(b.kind, Kind::Heading | Kind::Table))
        .map_or(blocks.len(), |i| start + 1 + i);
    let section: Vec<Block> = blocks.drain(start..end).skip(1).collect();
    markdown::join(&section)
}

/// `text` cut at a word to at most `max` characters.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(words, _)| words);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}
