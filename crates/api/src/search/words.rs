//! Words as the index sees them: lower case, without accents.

pub use ventanilla_core::text::fold;

/// Words that say nothing about which service is meant, in either language.
const STOPWORDS: &[&str] = &[
    "a", "al", "como", "con", "de", "del", "donde", "el", "en", "es", "la", "las", "lo", "los", "me", "mi", "mis", "o",
    "para", "por", "que", "quiero", "se", "su", "sus", "te", "tu", "tus", "un", "una", "y", "necesito", "an", "and",
    "do", "for", "how", "i", "in", "is", "my", "of", "on", "or", "the", "to", "want", "need", "can", "where",
];

pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}
