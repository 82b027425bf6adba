//! Email addresses, checked pragmatically: enough structure to catch typing
//! mistakes, without the full RFC 5322 grammar that no mail form needs.

rules! {
    /// Why an email address was rejected.
    pub enum EmailError {
        /// Nothing was entered.
        Empty => "email.required",
        /// Not shaped like `name@example.com`.
        Format => "email.format",
    }
}

/// A valid email address, with its domain in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);

validated_string!(Email, EmailError, email);

/// Longest local part and whole address that mail servers accept (RFC 5321).
const MAX_LOCAL_LENGTH: usize = 64;
const MAX_LENGTH: usize = 254;

/// Checks an email address as typed, ignoring surrounding whitespace. Inner
/// spaces and hyphens are kept, unlike in the other fields: a hyphen is a
/// legitimate character in an address and a space is a mistake to report.
/// Only the domain is lower-cased, since the local part may be case-sensitive.
pub fn email(input: &str) -> Result<Email, EmailError> {
    let email = input.trim();
    if email.is_empty() {
        return Err(EmailError::Empty);
    }
    let (local, domain) = email.split_once('@').ok_or(EmailError::Format)?;
    let well_formed = (1..=MAX_LOCAL_LENGTH).contains(&local.len())
        && email.len() <= MAX_LENGTH
        && !email.chars().any(char::is_whitespace)
        && is_domain(domain);
    if !well_formed {
        return Err(EmailError::Format);
    }
    Ok(Email(format!("{local}@{}", domain.to_lowercase())))
}

/// At least two non-empty labels separated by dots, and no second `@`.
fn is_domain(domain: &str) -> bool {
    let mut labels = domain.split('.');
    !domain.contains('@') && labels.clone().count() >= 2 && labels.all(|label| !label.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_ordinary_addresses() {
        for address in [
            "ana@example.com",
            "ana.lopez+tramites@correo.gob.mx",
            "o'brien@mi-dominio.com.mx",
            "maría@dominio.mx",
        ] {
            assert_eq!(email(address).unwrap().as_str(), address);
        }
    }

    #[test]
    fn lower_cases_only_the_domain() {
        assert_eq!(
            email(" Ana.Lopez@Example.COM\n").unwrap().as_str(),
            "Ana.Lopez@example.com"
        );
    }

    #[test]
    fn rejects_empty_input() {
        assert_eq!(email(""), Err(EmailError::Empty));
        assert_eq!(email(" \t "), Err(EmailError::Empty));
    }

    #[test]
    fn rejects_addresses_that_are_not_name_at_domain() {
        let long_local = format!("{}@example.com", "a".repeat(65));
        let long_address = format!("ana@{}.com", "a".repeat(250));
        for wrong in [
            "ana.example.com",
            "@example.com",
            "ana@",
            "ana@example",
            "ana@@example.com",
            "ana@correo@example.com",
            "ana @example.com",
            "ana@example .com",
            "ana@.example.com",
            "ana@example.com.",
            "ana@example..com",
            &long_local,
            &long_address,
        ] {
            assert_eq!(email(wrong), Err(EmailError::Format), "{wrong}");
        }
    }

    #[test]
    fn accepts_the_longest_local_part() {
        assert!(email(&format!("{}@example.com", "a".repeat(64))).is_ok());
    }

    #[test]
    fn parses_and_serializes_as_a_string() {
        let parsed: Email = "ana@Example.com".parse().unwrap();
        assert_eq!(parsed.to_string(), "ana@example.com");
        let json = serde_json::to_string(&parsed).unwrap();
        assert_eq!(json, "\"ana@example.com\"");
        assert_eq!(serde_json::from_str::<Email>(&json).unwrap(), parsed);
        assert!(serde_json::from_str::<Email>("\"ana\"").is_err());
    }

    proptest! {
        #[test]
        fn any_input_is_answered_without_panicking(input in "\\PC{0,40}") {
            let _ = email(&input);
        }
    }
}
