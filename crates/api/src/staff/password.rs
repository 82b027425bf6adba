//! Staff passwords: long enough and hard to guess (NIST SP 800-63B: a
//! length, a strength estimate, no composition rules), stored as Argon2id.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use ventanilla_core::api::PASSWORD_MIN_LENGTH;

/// Why a password is refused: the code the app turns into a message.
pub fn refusal(password: &str, email: &str) -> Option<&'static str> {
    if password.chars().count() < PASSWORD_MIN_LENGTH {
        return Some("password.too_short");
    }
    // zxcvbn's 3 of 4: about 10^10 guesses, beyond an online attack and slow
    // offline against Argon2id. The e-mail's words count as guessable.
    let local = email.split('@').next().unwrap_or_default();
    let joined: String = local.chars().filter(char::is_ascii_alphanumeric).collect();
    let mut words: Vec<&str> = email
        .split(['@', '.', '_', '-', '+'])
        .filter(|w| !w.is_empty())
        .collect();
    words.extend([email, local, &joined]);
    if (zxcvbn::zxcvbn(password, &words).score() as u8) < 3 {
        return Some("password.guessable");
    }
    None
}

/// The PHC string of `password` with a fresh salt, Argon2id with OWASP's
/// parameters (19 MiB, 2 passes).
pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("Argon2 hashes any password")
        .to_string()
}

/// Whether `password` is the one `stored` was made from. Without a stored
/// hash (no such account) it still does the work, so that the time taken
/// says nothing of whether the e-mail is someone's.
pub fn verify(stored: Option<&str>, password: &str) -> bool {
    static DECOY: LazyLock<String> = LazyLock::new(|| hash("a decoy, never anyone's password"));
    let (hash, real) = match stored {
        Some(hash) => (hash, true),
        None => (DECOY.as_str(), false),
    };
    let matches = PasswordHash::new(hash)
        .is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok());
    matches && real
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_or_common_passwords_are_refused_long_unusual_ones_taken() {
        assert_eq!(refusal("corto", "ana@imss.gob.mx"), Some("password.too_short"));
        assert_eq!(refusal("password1234", "ana@imss.gob.mx"), Some("password.guessable"));
        assert_eq!(refusal("Mexico123456", "ana@imss.gob.mx"), Some("password.guessable"));
        assert_eq!(refusal("imss12345678", "ana@imss.gob.mx"), Some("password.guessable"));
        assert_eq!(
            refusal("ana@imss.gob.mx", "ana@imss.gob.mx"),
            Some("password.guessable")
        );
        assert_eq!(refusal("qwertyuiop123", "ana@imss.gob.mx"), Some("password.guessable"));
        assert_eq!(refusal("tortuga marina bajo la lluvia", "ana@imss.gob.mx"), None);
    }

    #[test]
    fn a_hash_verifies_its_password_only() {
        let stored = hash("tortuga marina bajo la lluvia");
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify(Some(&stored), "tortuga marina bajo la lluvia"));
        assert!(!verify(Some(&stored), "tortuga marina bajo la lluvia."));
        assert!(!verify(None, "a decoy, never anyone's password"));
    }
}
