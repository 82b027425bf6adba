//! Renders each component's `README.md` to HTML, for the gallery (the
//! browser's build never carries it: only the server sends it). Its `##`
//! sections become `<h3>`: the gallery puts them under a heading of its own.

use std::fs;
use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// One level down, so that a README's sections sit under the page's heading.
fn lower(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

fn main() {
    println!("cargo::rerun-if-changed=src");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for entry in fs::read_dir("src").expect("src is readable") {
        let folder = entry.expect("a readable entry").path();
        let readme = folder.join("README.md");
        if !readme.is_file() {
            continue;
        }
        let markdown = fs::read_to_string(&readme).unwrap_or_else(|e| panic!("{}: {e}", readme.display()));
        let mut html = String::new();
        let events = Parser::new(&markdown).map(|event| match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level: lower(level),
                id,
                classes,
                attrs,
            }),
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(lower(level))),
            other => other,
        });
        pulldown_cmark::html::push_html(&mut html, events);
        let name = folder
            .file_name()
            .expect("a folder name")
            .to_string_lossy()
            .into_owned();
        fs::write(Path::new(&out).join(format!("{name}.html")), html).expect("OUT_DIR is writable");
    }
}
