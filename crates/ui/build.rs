//! Makes what the crate ships beside its code, in `OUT_DIR`:
//! - its stylesheet: the theme, then every component's CSS module with the
//!   class names `import_crate_style!` gives them (the same stylance-core
//!   does both), so a consumer needs no build step of its own;
//! - each component's `README.md` as HTML, for the gallery (the browser's
//!   build never carries it: only the server sends it). Its `##` sections
//!   become `<h3>`: the gallery puts them under a heading of its own.

use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

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
    bundle_styles(Path::new(&out));
    render_readmes(Path::new(&out));
}

/// The theme first (the modules use its properties), then the modules in a
/// fixed order; the file's name carries a hash of its contents, so that a
/// server may cache it forever.
fn bundle_styles(out: &Path) {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let config = stylance_core::Config::load(manifest.clone()).expect("stylance's configuration");
    let mut modules = Vec::new();
    collect_modules(&manifest.join("src"), &mut modules);
    modules.sort();
    let mut css = fs::read_to_string(manifest.join("src/theme.css")).expect("src/theme.css is readable");
    for module in modules {
        let scoped = stylance_core::load_and_modify_css(&module, &config)
            .unwrap_or_else(|e| panic!("{}: {e}", module.display()));
        css.push('\n');
        css.push_str(&scoped.contents);
    }
    fs::write(out.join("ventanilla-ui.css"), &css).expect("OUT_DIR is writable");
    let mut hasher = DefaultHasher::new();
    css.hash(&mut hasher);
    println!(
        "cargo::rustc-env=VENTANILLA_UI_STYLESHEET_FILE=ventanilla-ui-{:016x}.css",
        hasher.finish()
    );
}

fn collect_modules(folder: &Path, modules: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(folder).expect("src is readable") {
        let path = entry.expect("a readable entry").path();
        if path.is_dir() {
            collect_modules(&path, modules);
        } else if path.to_string_lossy().ends_with(".module.css") {
            modules.push(path);
        }
    }
}

fn render_readmes(out: &Path) {
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
        fs::write(out.join(format!("{name}.html")), html).expect("OUT_DIR is writable");
    }
}
