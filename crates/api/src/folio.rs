//! Folios (tracking numbers) and one-time codes: random, from the OS.

/// Crockford's base 32: no I, L, O or U, so a folio read aloud or copied
/// by hand is hard to get wrong.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new folio such as `VEN-7K4P9Q2M`: 40 random bits, unguessable enough
/// that the CURP asked with it is a second lock, not the only one.
pub fn new_folio() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the OS has randomness");
    let chars: String = bytes.iter().map(|b| ALPHABET[usize::from(b % 32)] as char).collect();
    format!("VEN-{chars}")
}

/// A six-digit one-time code, uniformly drawn.
pub fn new_code() -> String {
    loop {
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes).expect("the OS has randomness");
        let n = u32::from_le_bytes(bytes);
        // Reject the top sliver so every code is equally likely.
        if n < u32::MAX - u32::MAX % 1_000_000 {
            return format!("{:06}", n % 1_000_000);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folios_are_readable_and_distinct() {
        let a = new_folio();
        assert!(a.starts_with("VEN-") && a.len() == 12, "{a}");
        assert!(a[4..].bytes().all(|b| ALPHABET.contains(&b)));
        assert_ne!(a, new_folio());
    }

    #[test]
    fn codes_have_six_digits() {
        let code = new_code();
        assert_eq!(code.len(), 6);
        assert!(code.bytes().all(|b| b.is_ascii_digit()));
    }
}
