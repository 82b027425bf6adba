//! Validators for the Mexican identifiers and contact details that people
//! type into Ventanilla's forms, shared by the browser app and the server so
//! both accept and reject exactly the same input.
//!
//! Each validator takes what the person typed and returns either a newtype
//! holding the normalized value or an error naming the rule that failed. Every
//! error has a stable dotted code (`curp.check_digit`) for the API and a Fluent
//! message id (`validation-curp-check_digit`) for the UI; both locale files
//! under `locales/` have one message per code.

pub(crate) mod calendar;
mod curp;
mod email;
mod nss;
mod phone;
mod postal_code;
mod rfc;

pub use curp::{Curp, CurpError, Sex, curp, curp_check_digit};
pub use email::{Email, EmailError, email};
pub use nss::{Nss, NssError, nss, nss_check_digit};
pub use phone::{Phone, PhoneError, phone};
pub use postal_code::{PostalCode, PostalCodeError, postal_code};
pub use rfc::{Rfc, RfcError, RfcKind, rfc, rfc_check_digit};

/// A validation rule that the input broke: every error enum implements it.
pub trait Rule {
    /// Stable dotted code such as `curp.check_digit`, safe to send over the API.
    fn code(&self) -> &'static str;

    /// Fluent message id that explains the error to the person, such as
    /// `validation-curp-check_digit`.
    fn message_key(&self) -> String {
        message_key_for(self.code())
    }
}

/// Fluent message id for an error code: Fluent ids can't contain dots.
pub fn message_key_for(code: &str) -> String {
    format!("validation-{}", code.replace('.', "-"))
}

/// Every error code of every validator, so that tests can check that each
/// one has a message in every locale.
pub fn all_codes() -> Vec<&'static str> {
    fn codes<R: Rule>(rules: &[R]) -> impl Iterator<Item = &'static str> {
        rules.iter().map(Rule::code)
    }
    codes(CurpError::ALL)
        .chain(codes(RfcError::ALL))
        .chain(codes(PhoneError::ALL))
        .chain(codes(PostalCodeError::ALL))
        .chain(codes(EmailError::ALL))
        .chain(codes(NssError::ALL))
        .chain(codes(crate::forms::FormError::ALL))
        .chain([crate::api::MESSAGE_REQUIRED, crate::api::MESSAGE_TOO_LONG])
        .chain([crate::api::AGENCY_REQUIRED, crate::api::AGENCY_NOT_ALLOWED])
        .chain([crate::api::SCHEDULE_TIME])
        .collect()
}

/// Removes the spaces and hyphens people type to group characters
/// ("GODE-561231-GR8") and upper-cases, since identifiers are printed in
/// capitals. An `N` followed by a combining tilde, as some systems paste it,
/// becomes one `Ñ`.
fn normalize(input: &str) -> String {
    input
        .chars()
        .filter(|&c| !is_separator(c))
        .flat_map(char::to_uppercase)
        .collect::<String>()
        .replace("N\u{303}", "Ñ")
}

/// Whitespace and dashes, including the typographic ones that word
/// processors substitute for a hyphen.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2015}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_key_replaces_dots_with_hyphens() {
        assert_eq!(CurpError::CheckDigit.message_key(), "validation-curp-check_digit");
        assert_eq!(message_key_for("postal_code.range"), "validation-postal_code-range");
    }

    #[test]
    fn codes_are_unique_and_prefixed_by_their_field() {
        let codes = all_codes();
        let unique: std::collections::BTreeSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), codes.len());
        for code in codes {
            let (field, rule) = code.split_once('.').expect("dotted code");
            assert!(!field.is_empty() && !rule.is_empty(), "{code}");
        }
    }

    #[test]
    fn normalize_drops_separators_and_upper_cases() {
        assert_eq!(normalize("  gode-561231 gr8\t"), "GODE561231GR8");
        assert_eq!(normalize("a\u{2013}b"), "AB");
        assert_eq!(normalize("an\u{303}o"), "AÑO");
    }
}
