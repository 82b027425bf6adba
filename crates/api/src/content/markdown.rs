//! Bodies written in Markdown (CommonMark, with tables), rendered to HTML
//! that is safe to put in a page whatever the text held.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

/// `markdown` as sanitized HTML whose headings start below the page's `h1`;
/// each table in a region named `table_label` that scrolls on its own, so a
/// wide one never widens the page (the keyboard scrolls it once focused).
pub fn to_html(markdown: &str, table_label: &str) -> String {
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).map(below_title);
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, events);
    // The sanitizer's output is well formed: its tables are whole elements.
    let region = format!(
        "<div role=\"region\" aria-label=\"{}\" tabindex=\"0\"><table>",
        ammonia::clean_text(table_label)
    );
    sanitize(&unsafe_html)
        .replace("<table>", &region)
        .replace("</table>", "</table></div>")
}

/// HTML from an editor or an imported page, with only what a body may hold:
/// no script, no event handler, no `javascript:` link, no `h1`.
pub fn sanitize(html: &str) -> String {
    ammonia::Builder::default()
        .rm_tags(["h1"])
        .link_rel(Some("noopener noreferrer"))
        .clean(html)
        .to_string()
}

/// What a body's links and images do that a reader would trip on.
#[derive(Debug, Default, PartialEq)]
pub struct Lint {
    /// Images without alt text: refused, a screen reader would say nothing.
    pub images_without_alt: usize,
    /// Links without text: warned about.
    pub empty_links: usize,
    /// Links whose words say nothing out of context ("click here"): warned about.
    pub vague_links: usize,
}

/// Link texts that mean nothing read alone, as a screen reader's list of links reads them.
const VAGUE: [&str; 10] = [
    "aquí",
    "clic aquí",
    "haz clic aquí",
    "da clic aquí",
    "click aquí",
    "más",
    "leer más",
    "here",
    "click here",
    "read more",
];

/// Counts what `markdown`'s links and images do wrong.
pub fn lint(markdown: &str) -> Lint {
    let mut lint = Lint::default();
    // The text inside the link or image being read, if any.
    let mut inside: Option<(bool, String)> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Link { .. }) => inside = Some((false, String::new())),
            Event::Start(Tag::Image { .. }) => inside = Some((true, String::new())),
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, words)) = &mut inside {
                    words.push_str(&text);
                }
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                let Some((image, words)) = inside.take() else { continue };
                let words = words.trim().to_lowercase();
                let words = words.trim_end_matches(['.', ':', '…']);
                if image && words.is_empty() {
                    lint.images_without_alt += 1;
                } else if !image && words.is_empty() {
                    lint.empty_links += 1;
                } else if !image && VAGUE.contains(&words) {
                    lint.vague_links += 1;
                }
            }
            _ => {}
        }
    }
    lint
}

/// The page's title is its only `h1`: a body's level-one heading is a `h2`.
fn below_title(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Start(Tag::Heading {
            level: HeadingLevel::H1,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: HeadingLevel::H2,
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(HeadingLevel::H1)) => Event::End(TagEnd::Heading(HeadingLevel::H2)),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_images_without_alt_and_links_that_say_nothing() {
        let body = "![](mapa.png) ![Mapa de módulos](mapa.png) [](/a) [Haz clic aquí](/b). [Read more…](/c) \
                    [Requisitos del trámite](/d)";
        assert_eq!(
            lint(body),
            Lint {
                images_without_alt: 1,
                empty_links: 1,
                vague_links: 2
            }
        );
    }

    #[test]
    fn renders_tables_lists_and_headings_below_the_title() {
        let html = to_html(
            "# Título\n\n## Requisitos\n\n- uno\n\n| A | B |\n|---|---|\n| 1 | 2 |\n",
            "Tabla",
        );
        assert!(html.contains("<h2>Título</h2>"), "{html}");
        assert!(html.contains("<h2>Requisitos</h2>"));
        assert!(html.contains("<li>uno</li>"));
        assert!(html.contains("<td>1</td>"));
        assert!(!html.contains("<h1"));
        assert!(html.contains(r#"<div role="region" aria-label="Tabla" tabindex="0"><table>"#));
        assert!(html.contains("</table></div>"));
    }

    /// The tags of `html`, each from its name to its last attribute; what
    /// is escaped as text (`&lt;svg…`) is no tag.
    fn tags(html: &str) -> impl Iterator<Item = &str> {
        html.split('<')
            .skip(1)
            .map(|rest| rest.split('>').next().unwrap_or(rest))
    }

    #[test]
    fn strips_what_could_run() {
        // Vectors of OWASP's XSS filter evasion cheat sheet, in Markdown and in raw HTML.
        let payloads = [
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "[pulsa](javascript:alert(1))",
            "[pulsa](JaVaScRiPt:alert(1))",
            "![x](javascript:alert(1))",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<svg/onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<BODY ONLOAD=alert('XSS')>",
            "<iframe src=\"https://example.com\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg\">x</a>",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>",
        ];
        for payload in payloads {
            let html = to_html(payload, "Tabla").to_lowercase();
            for tag in tags(&html) {
                for danger in [
                    "script",
                    " on",
                    "javascript:",
                    "iframe",
                    "style",
                    "data:",
                    "object",
                    "embed",
                    "form",
                    "meta",
                    "math",
                    "svg",
                    "&#",
                ] {
                    assert!(!tag.contains(danger), "{payload} gave {html}");
                }
            }
        }
    }
}
