//! An old page's content as the Markdown its editors go on writing: first
//! sanitized by ammonia down to what a body may hold (no script, style,
//! frame, object, handler, `javascript:` link, image or inline style),
//! then written as paragraphs, headings, lists and tables.

use std::collections::HashSet;

use markup5ever_rcdom::{Handle, NodeData};

use super::dom::{self, attribute, children, collapse, has_class, is, name};

/// The classes Word writes on the paragraphs of its lists.
const WORD_LIST_ITEMS: [&str; 4] = [
    "MsoListParagraph",
    "MsoListParagraphCxSpFirst",
    "MsoListParagraphCxSpMiddle",
    "MsoListParagraphCxSpLast",
];

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Heading,
    Paragraph,
    /// One of Word's list paragraphs: an item of a list with those next to it.
    ListItem,
    List,
    /// A table, and its caption before it.
    Table,
}

pub struct Block {
    pub kind: Kind,
    pub markdown: String,
    /// Its words, without markup.
    pub plain: String,
}

/// What a page's content says, in Markdown blocks.
pub struct Body {
    pub blocks: Vec<Block>,
    /// Letters outside links: a page of links only (an index, a redirect) has few.
    pub own_letters: usize,
}

/// `content`, sanitized and in Markdown; `link` says where each link's
/// `href` goes now (none: its words stay, not the link).
pub fn convert(content: &Handle, link: &dyn Fn(&str) -> Option<String>) -> Body {
    let clean = ammonia::Builder::empty()
        .add_tags([
            "p",
            "div",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "a",
            "strong",
            "b",
            "em",
            "i",
            "blockquote",
            "table",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
        ])
        .add_tag_attributes("a", ["href"])
        .add_allowed_classes("p", WORD_LIST_ITEMS)
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .clean_content_tags(HashSet::from(["script", "style"]))
        .link_rel(None)
        .clean(&dom::inner_html(content))
        .to_string();
    let document = dom::parse(&clean);
    let body = dom::find(&document, |n| is(n, "body")).unwrap_or_else(|| document.clone());
    let mut writer = Writer {
        link,
        blocks: Vec::new(),
        own_letters: 0,
    };
    writer.blocks(&body);
    Body {
        blocks: writer.blocks,
        own_letters: writer.own_letters,
    }
}

/// The blocks as one Markdown text: Word's list paragraphs side by side make one list.
pub fn join(blocks: &[Block]) -> String {
    let mut out = String::new();
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            let same_list = block.kind == Kind::ListItem && blocks[i - 1].kind == Kind::ListItem;
            out.push_str(if same_list { "\n" } else { "\n\n" });
        }
        out.push_str(&block.markdown);
    }
    out
}

struct Writer<'a> {
    link: &'a dyn Fn(&str) -> Option<String>,
    blocks: Vec<Block>,
    own_letters: usize,
}

#[derive(Default)]
struct Inline {
    markdown: String,
    plain: String,
}

impl Writer<'_> {
    fn blocks(&mut self, container: &Handle) {
        let mut loose = Vec::new();
        for child in children(container) {
            let heading = name(&child)
                .and_then(|n| n.strip_prefix('h'))
                .and_then(|level| level.parse::<usize>().ok());
            match name(&child) {
                Some("p") => {
                    self.paragraph(&mut loose);
                    self.paragraph(&mut vec![child]);
                }
                Some("div" | "blockquote" | "thead" | "tbody") => {
                    self.paragraph(&mut loose);
                    self.blocks(&child);
                }
                Some("ul" | "ol") => {
                    self.paragraph(&mut loose);
                    let mut lines = Vec::new();
                    self.list(&child, 0, &mut lines);
                    self.push(Kind::List, lines.join("\n"), String::new());
                }
                Some("table") => {
                    self.paragraph(&mut loose);
                    self.table(&child);
                }
                Some(_) if heading.is_some() => {
                    self.paragraph(&mut loose);
                    let words = self.inline(&children(&child), false);
                    // The page's title is its h1: headings in the body start below it.
                    let level = heading.unwrap_or(2).clamp(2, 6);
                    self.push(
                        Kind::Heading,
                        format!("{} {}", "#".repeat(level), words.markdown),
                        words.plain,
                    );
                }
                _ => loose.push(child),
            }
        }
        self.paragraph(&mut loose);
    }

    /// `nodes` as one paragraph, unless they hold no words; a short bold
    /// paragraph, or the bold question or label leading one ("¿Cómo
    /// participar?"), is a heading (and the words after it a paragraph).
    fn paragraph(&mut self, nodes: &mut Vec<Handle>) {
        let word_list_item = nodes.len() == 1 && WORD_LIST_ITEMS.iter().any(|class| has_class(&nodes[0], class));
        let mut words = match nodes.as_slice() {
            [p] if is(p, "p") => children(p),
            _ => nodes.clone(),
        };
        nodes.clear();
        if !word_list_item && let Some(lead) = bold_lead(&mut words) {
            let heading = self.inline(&children(&lead), false);
            let label = heading.markdown.trim_end_matches(':').to_owned();
            self.push(Kind::Heading, format!("## {label}"), heading.plain);
        }
        let inline = self.inline(&words, true);
        // Words, not what was left of the old site's separators.
        if !inline.plain.chars().any(char::is_alphanumeric) {
            return;
        }
        let (kind, markdown) = if word_list_item {
            (Kind::ListItem, format!("- {}", inline.markdown))
        } else {
            (Kind::Paragraph, at_line_start(&inline.markdown))
        };
        self.push(kind, markdown, inline.plain);
    }

    fn push(&mut self, kind: Kind, markdown: String, plain: String) {
        if !markdown.trim().is_empty() {
            self.blocks.push(Block { kind, markdown, plain });
        }
    }

    fn list(&mut self, list: &Handle, depth: usize, lines: &mut Vec<String>) {
        for (i, item) in children(list).iter().filter(|n| is(n, "li")).enumerate() {
            let (nested, words): (Vec<Handle>, Vec<Handle>) =
                children(item).into_iter().partition(|n| is(n, "ul") || is(n, "ol"));
            let words = self.inline(&words, false);
            let marker = if is(list, "ol") {
                format!("{}.", i + 1)
            } else {
                "-".into()
            };
            if !words.plain.is_empty() {
                lines.push(format!("{}{marker} {}", "   ".repeat(depth), words.markdown));
            }
            for list in nested {
                self.list(&list, depth + 1, lines);
            }
        }
    }

    fn table(&mut self, table: &Handle) {
        let caption = dom::find(table, |n| is(n, "caption"))
            .map(|caption| self.inline(&children(&caption), false))
            .filter(|words| !words.plain.is_empty());
        let rows: Vec<Vec<Inline>> = dom::descendants(table)
            .into_iter()
            .filter(|n| is(n, "tr"))
            .map(|row| {
                children(&row)
                    .into_iter()
                    .filter(|cell| is(cell, "td") || is(cell, "th"))
                    .map(|cell| self.inline(&children(&cell), false))
                    .collect()
            })
            .filter(|cells: &Vec<Inline>| cells.iter().any(|cell| !cell.plain.is_empty()))
            .collect();
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        if columns == 0 {
            return;
        }
        let line = |cells: Vec<&str>| {
            let mut cells = cells;
            cells.resize(columns, "");
            format!("| {} |", cells.join(" | "))
        };
        let mut lines = Vec::new();
        let mut plain = Vec::new();
        if let Some(caption) = caption {
            lines.push(format!("**{}**\n", caption.markdown));
            plain.push(caption.plain);
        }
        for (i, row) in rows.iter().enumerate() {
            lines.push(line(row.iter().map(|cell| cell.markdown.as_str()).collect()));
            plain.extend(row.iter().map(|cell| cell.plain.clone()));
            // The first row heads the columns, as it did on the old page.
            if i == 0 {
                lines.push(line(vec!["---"; columns]));
            }
        }
        self.push(Kind::Table, lines.join("\n"), plain.join(" "));
    }

    /// Text-level `nodes` in Markdown; `breaks`: a `<br>` breaks the line
    /// (in a paragraph), else it is a space.
    fn inline(&mut self, nodes: &[Handle], breaks: bool) -> Inline {
        let mut out = Inline::default();
        for node in nodes {
            self.inline_node(node, breaks, &mut Style::default(), &mut out);
        }
        Inline {
            markdown: tidy(&out.markdown),
            plain: collapse(&out.plain),
        }
    }

    fn inline_node(&mut self, node: &Handle, breaks: bool, style: &mut Style, out: &mut Inline) {
        match &node.data {
            NodeData::Text { contents } => {
                let text = contents.borrow().replace(char::is_whitespace, " ");
                if !style.in_link {
                    self.own_letters += text.chars().filter(|c| c.is_alphabetic()).count();
                }
                out.markdown.push_str(&escape(&text));
                out.plain.push_str(&text);
            }
            NodeData::Element { .. } => match name(node) {
                Some("br") => {
                    out.markdown.push_str(if breaks { "\\\n" } else { " " });
                    out.plain.push(' ');
                }
                Some(emphasis @ ("strong" | "b" | "em" | "i")) => {
                    let strong = matches!(emphasis, "strong" | "b");
                    let already = if strong { style.strong } else { style.em };
                    let mut inner = Inline::default();
                    let mut inner_style = Style {
                        strong: style.strong || strong,
                        em: style.em || !strong,
                        in_link: style.in_link,
                    };
                    for child in children(node) {
                        self.inline_node(&child, breaks, &mut inner_style, &mut inner);
                    }
                    let marker = if already {
                        ""
                    } else if strong {
                        "**"
                    } else {
                        "*"
                    };
                    wrap(&inner.markdown, marker, &mut out.markdown);
                    out.plain.push_str(&inner.plain);
                }
                Some("a") => {
                    let target = attribute(node, "href").and_then(|href| (self.link)(href.trim()));
                    let mut inner = Inline::default();
                    let mut inner_style = Style {
                        in_link: true,
                        ..*style
                    };
                    for child in children(node) {
                        self.inline_node(&child, false, &mut inner_style, &mut inner);
                    }
                    match target {
                        Some(target) if !inner.plain.trim().is_empty() => {
                            let text = inner.markdown.trim();
                            out.markdown
                                .push_str(&format!("[{text}](<{}>)", target.replace('>', "%3E")));
                        }
                        _ => out.markdown.push_str(&inner.markdown),
                    }
                    out.plain.push_str(&inner.plain);
                }
                _ => {
                    for child in children(node) {
                        self.inline_node(&child, breaks, style, out);
                    }
                }
            },
            _ => {}
        }
    }
}

#[derive(Clone, Copy, Default)]
struct Style {
    strong: bool,
    em: bool,
    in_link: bool,
}

/// Takes the bold words that lead `nodes`, and the line break after them,
/// when they read as a heading: short, and alone or ending in "?" or ":".
fn bold_lead(nodes: &mut Vec<Handle>) -> Option<Handle> {
    let blank = |n: &Handle| matches!(&n.data, NodeData::Text { contents } if contents.borrow().trim().is_empty());
    let first = nodes.iter().position(|n| !blank(n))?;
    let lead = nodes[first].clone();
    let words = dom::text(&lead);
    let alone = nodes[first + 1..].iter().all(blank);
    let heading = (is(&lead, "b") || is(&lead, "strong"))
        && words.chars().count() <= HEADING_MAX
        && (alone || words.ends_with(['?', ':']));
    if !heading {
        return None;
    }
    nodes.drain(..=first);
    let rest = nodes
        .iter()
        .position(|n| !blank(n) && !is(n, "br"))
        .unwrap_or(nodes.len());
    nodes.drain(..rest);
    Some(lead)
}

/// Bold words longer than this are emphasis, not a heading.
const HEADING_MAX: usize = 80;

/// `inner` between `marker`s, the spaces at its ends left outside (as
/// CommonMark wants them).
fn wrap(inner: &str, marker: &str, out: &mut String) {
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        out.push_str(if inner.is_empty() { "" } else { " " });
        return;
    }
    if inner.starts_with(' ') {
        out.push(' ');
    }
    out.push_str(&format!("{marker}{trimmed}{marker}"));
    if inner.ends_with(' ') {
        out.push(' ');
    }
}

/// Text that Markdown reads as text: its punctuation escaped where it could mean markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A paragraph that starts like a list item ("- ", "1. ") is a paragraph still.
fn at_line_start(markdown: &str) -> String {
    let digits = markdown.chars().take_while(char::is_ascii_digit).count();
    match markdown.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => format!("{}\\{}", &markdown[..digits], &markdown[digits..]),
        Some(b'-' | b'+' | b'=') if digits == 0 => format!("\\{markdown}"),
        _ => markdown.to_owned(),
    }
}

/// Runs of spaces as one, none at the ends of lines.
fn tidy(markdown: &str) -> String {
    markdown
        .split('\n')
        .map(|line| line.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_matches(['\n', ' ', '\\'])
        .to_owned()
}
