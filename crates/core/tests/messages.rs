//! Every validation error code must have a message, with the same id, in
//! every locale the app ships.

use std::collections::BTreeSet;
use std::path::Path;

use ventanilla_core::validate::{all_codes, message_key_for};

const LOCALES: [&str; 2] = ["es-MX", "en"];

/// Ids of the messages in a Fluent file: lines that start with `id =`.
/// Comments, attributes and continuation lines start otherwise.
fn message_ids(locale: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../locales")
        .join(locale)
        .join("validation.ftl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    text.lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| id.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || "-_".contains(c)))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_code_has_a_message_in_every_locale() {
    let keys: BTreeSet<String> = all_codes().into_iter().map(message_key_for).collect();
    for locale in LOCALES {
        let ids = message_ids(locale);
        let missing: Vec<_> = keys.difference(&ids).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
    }
}

#[test]
fn locales_have_the_same_messages_and_no_stale_ones() {
    let keys: BTreeSet<String> = all_codes().into_iter().map(message_key_for).collect();
    for locale in LOCALES {
        assert_eq!(message_ids(locale), keys, "{locale}");
    }
}
