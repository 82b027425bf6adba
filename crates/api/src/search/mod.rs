//! Search that citizens would call good: accents and case ignored, prefixes
//! matched while typing, common misspellings corrected against the words the
//! catalogue actually has, and names weighing more than descriptions.

mod spelling;
mod words;

use rusqlite::Connection;

pub use spelling::Vocabulary;
pub use words::fold;
use words::is_stopword;

/// The FTS5 queries for what the user typed: every word must match; when that
/// finds nothing, `any` matches any word. Entries whose name or keywords hold
/// the words as typed, in order (`phrase`), rank first, and before them a
/// service that people call exactly what was typed (`exact`).
#[derive(Debug, PartialEq)]
pub struct Plan {
    pub all: String,
    pub any: String,
    pub phrase: String,
    pub exact: String,
    /// The words searched, when spelling correction changed what was typed.
    pub corrected: Option<String>,
}

impl Vocabulary {
    /// Turns free text into FTS5 queries, or `None` when it has no searchable word.
    pub fn plan(&self, text: &str) -> Option<Plan> {
        let folded = fold(text);
        let typed: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let meaningful: Vec<&str> = typed.iter().copied().filter(|w| !is_stopword(w)).collect();
        // "la" alone is a search for "la": stopwords count when nothing else is there.
        let words = if meaningful.is_empty() {
            typed.clone()
        } else {
            meaningful
        };
        let last = words.len().checked_sub(1)?;
        let searched: Vec<&str> = words
            .iter()
            .enumerate()
            .map(|(i, word)| self.correct(word, i == last))
            .collect();
        // The last word may still be being typed: it also matches as a prefix.
        let terms: Vec<String> = searched
            .iter()
            .enumerate()
            .map(|(i, word)| {
                if i == last {
                    format!("\"{word}\"*")
                } else {
                    format!("\"{word}\"")
                }
            })
            .collect();
        let phrase = format!("{{title keywords}} : \"{}\"", typed.join(" "));
        Some(Plan {
            all: terms.join(" "),
            any: terms.join(" OR "),
            phrase,
            exact: typed.join(" "),
            corrected: (searched != words).then(|| searched.join(" ")),
        })
    }
}

/// Reads the vocabulary of the search index, for spelling correction.
pub fn vocabulary(conn: &Connection) -> rusqlite::Result<Vocabulary> {
    let mut statement = conn.prepare("SELECT term, doc FROM search_vocabulary")?;
    let terms = statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, u32>(1)?)))?;
    Ok(Vocabulary::new(terms.collect::<Result<_, _>>()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vocabulary {
        Vocabulary::new(
            [
                "pasaporte",
                "curp",
                "acta",
                "nacimiento",
                "clinica",
                "cambio",
                "licencia",
            ]
            .iter()
            .map(|t| (t.to_string(), 10))
            .collect(),
        )
    }

    #[test]
    fn folds_accents_drops_stopwords_and_matches_the_last_word_as_a_prefix() {
        let plan = vocabulary().plan("Cambio de Clínica").unwrap();
        assert_eq!(plan.all, "\"cambio\" \"clinica\"*");
        assert_eq!(plan.any, "\"cambio\" OR \"clinica\"*");
        assert_eq!(plan.phrase, "{title keywords} : \"cambio de clinica\"");
    }

    #[test]
    fn corrects_misspellings_to_known_words() {
        assert_eq!(vocabulary().plan("pasaprote").unwrap().all, "\"pasaporte\"*");
        assert_eq!(vocabulary().plan("curpp").unwrap().all, "\"curp\"*");
        assert_eq!(
            vocabulary().plan("acta de nacimento").unwrap().all,
            "\"acta\" \"nacimiento\"*"
        );
    }

    #[test]
    fn keeps_a_word_being_typed() {
        assert_eq!(vocabulary().plan("pasap").unwrap().all, "\"pasap\"*");
    }

    #[test]
    fn nothing_searchable_is_no_plan() {
        assert_eq!(vocabulary().plan("  ¿? -- "), None);
        assert_eq!(vocabulary().plan("la").unwrap().all, "\"la\"*");
    }
}
