//! Spelling correction against the words the catalogue has.

/// The index's terms, sorted, with how many entries each appears in.
pub struct Vocabulary {
    terms: Vec<(String, u32)>,
}

impl Vocabulary {
    pub fn new(mut terms: Vec<(String, u32)>) -> Vocabulary {
        terms.sort();
        Vocabulary { terms }
    }

    fn contains(&self, word: &str) -> bool {
        self.terms.binary_search_by(|(t, _)| t.as_str().cmp(word)).is_ok()
    }

    fn is_prefix(&self, word: &str) -> bool {
        let start = self.terms.partition_point(|(t, _)| t.as_str() < word);
        self.terms.get(start).is_some_and(|(t, _)| t.starts_with(word))
    }

    /// `word` itself when the index knows it (or, for the word being typed, a
    /// word it starts); otherwise the closest known word within one edit (two
    /// for longer words), the most common on a tie; otherwise `word`.
    pub fn correct<'a>(&'a self, word: &'a str, typing: bool) -> &'a str {
        let chars = word.chars().count();
        if chars < 4 || self.contains(word) || (typing && self.is_prefix(word)) {
            return word;
        }
        let allowed = if chars <= 5 { 1 } else { 2 };
        self.terms
            .iter()
            .filter(|(t, _)| t.chars().count().abs_diff(chars) <= allowed)
            .filter_map(|(t, docs)| {
                let d = distance(word, t);
                (d <= allowed).then_some((d, std::cmp::Reverse(*docs), t.as_str()))
            })
            .min()
            .map_or(word, |(_, _, t)| t)
    }
}

/// Optimal string alignment distance: insertions, deletions, substitutions
/// and swaps of two neighbours ("pasaprote") each cost one.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn counts_edits_and_swaps() {
        assert_eq!(distance("pasaprote", "pasaporte"), 1);
        assert_eq!(distance("curpp", "curp"), 1);
        assert_eq!(distance("nacimento", "nacimiento"), 1);
        assert_eq!(distance("licencia", "licencia"), 0);
        assert_eq!(distance("abc", "xyz"), 3);
    }
}
