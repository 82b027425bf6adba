//! Words as the index sees them: lower case, without accents.

/// Lower-cases and removes diacritics, as the index's `remove_diacritics 2` does.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// Words that say nothing about which service is meant, in either language.
const STOPWORDS: &[&str] = &[
    "a", "al", "como", "con", "de", "del", "donde", "el", "en", "es", "la", "las", "lo", "los", "me", "mi", "mis", "o",
    "para", "por", "que", "quiero", "se", "su", "sus", "te", "tu", "tus", "un", "una", "y", "necesito", "an", "and",
    "do", "for", "how", "i", "in", "is", "my", "of", "on", "or", "the", "to", "want", "need", "can", "where",
];

pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}
