//! Text compared as people mean it, whatever accents, capitals or spacing
//! they typed.

/// Lower case, without diacritics (as SQLite FTS5's `remove_diacritics 2`
/// folds them), words separated by single spaces: "  José  MARÍA " and
/// "jose maria" fold alike.
pub fn fold(text: &str) -> String {
    let plain: String = text
        .chars()
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
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn ignores_accents_case_and_spacing() {
        assert_eq!(fold("  José  MARÍA Muñoz "), "jose maria munoz");
        assert_eq!(fold("Pasaporte"), fold("pasaporté"));
        assert_eq!(fold(""), "");
    }
}
