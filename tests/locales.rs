//! Every message the app shows exists, parses, and exists in both languages.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;

const LANGUAGES: [&str; 2] = ["es-MX", "en"];

fn files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path, extension));
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
    found
}

/// The message ids of one language, failing on any syntax error.
fn message_ids(tag: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for path in files(&Path::new("locales").join(tag), "ftl") {
        let source = fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                assert!(
                    message.value.is_some(),
                    "{}: {} has no value",
                    path.display(),
                    message.id.name
                );
                assert!(
                    ids.insert(message.id.name.to_owned()),
                    "{}: {} twice",
                    path.display(),
                    message.id.name
                );
            }
        }
    }
    ids
}

/// String literals in the app's code that look like message ids
/// (`lower-case-with-hyphens`): by convention only message ids look like that,
/// except the values of HTML attributes and component props (`id="mas-usados"`),
/// which follow an `=`; a `title=` prop takes a message id.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for path in files(Path::new("src"), "rs") {
        let source = fs::read_to_string(&path).unwrap();
        let mut before = "";
        for (i, piece) in source.split('"').enumerate() {
            let is_literal = i % 2 == 1;
            let looks_like_id = piece.contains('-')
                && piece.starts_with(|c: char| c.is_ascii_lowercase())
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            let lead = before.trim_end();
            let is_attribute = lead.ends_with('=') && !lead.ends_with("title=");
            if is_literal && looks_like_id && !is_attribute {
                used.insert(piece.to_owned());
            }
            before = piece;
        }
    }
    used
}

#[test]
fn both_languages_have_the_same_messages() {
    let [spanish, english] = LANGUAGES.map(message_ids);
    let only_spanish: Vec<_> = spanish.difference(&english).collect();
    let only_english: Vec<_> = english.difference(&spanish).collect();
    assert!(
        only_spanish.is_empty() && only_english.is_empty(),
        "only in es-MX: {only_spanish:?}; only in en: {only_english:?}"
    );
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let used = ids_used_in_code();
    assert!(used.contains("site-name"), "the scan finds the ids in the code");
    for tag in LANGUAGES {
        let ids = message_ids(tag);
        let missing: Vec<_> = used.difference(&ids).collect();
        assert!(missing.is_empty(), "missing in {tag}: {missing:?}");
    }
}

#[test]
fn messages_carry_no_bidi_isolation_marks() {
    for tag in LANGUAGES {
        for path in files(&Path::new("locales").join(tag), "ftl") {
            let source = fs::read_to_string(&path).unwrap();
            assert!(!source.contains(['\u{2068}', '\u{2069}']), "{}", path.display());
        }
    }
}
