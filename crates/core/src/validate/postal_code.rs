//! Mexican postal codes (código postal): five digits, from 01000 to 99999.

use super::normalize;

rules! {
    /// Why a postal code was rejected.
    pub enum PostalCodeError {
        /// Nothing was entered.
        Empty => "postal_code.required",
        /// Not five digits.
        Format => "postal_code.format",
        /// Five digits but starting with 00, which no Mexican code does.
        Range => "postal_code.range",
    }
}

/// A valid postal code: five digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PostalCode(String);

validated_string!(PostalCode, PostalCodeError, postal_code);

/// Checks a postal code as typed, ignoring spaces and hyphens.
pub fn postal_code(input: &str) -> Result<PostalCode, PostalCodeError> {
    let code = normalize(input);
    if code.is_empty() {
        return Err(PostalCodeError::Empty);
    }
    if code.len() != 5 || !code.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(PostalCodeError::Format);
    }
    if code.starts_with("00") {
        return Err(PostalCodeError::Range);
    }
    Ok(PostalCode(code))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_five_digits_from_01000() {
        for code in ["01000", "06000", "44100", "99999"] {
            assert_eq!(postal_code(code).unwrap().as_str(), code);
        }
    }

    #[test]
    fn tolerates_spaces_and_hyphens() {
        assert_eq!(postal_code(" 06 000 ").unwrap().as_str(), "06000");
        assert_eq!(postal_code("06-000").unwrap().as_str(), "06000");
    }

    #[test]
    fn rejects_empty_input() {
        assert_eq!(postal_code(""), Err(PostalCodeError::Empty));
        assert_eq!(postal_code("   "), Err(PostalCodeError::Empty));
    }

    #[test]
    fn rejects_anything_but_five_digits() {
        for wrong in ["6000", "060000", "O6000", "06.000", "０６０００"] {
            assert_eq!(postal_code(wrong), Err(PostalCodeError::Format), "{wrong}");
        }
    }

    #[test]
    fn rejects_codes_below_01000() {
        assert_eq!(postal_code("00999"), Err(PostalCodeError::Range));
        assert_eq!(postal_code("00000"), Err(PostalCodeError::Range));
    }

    #[test]
    fn parses_and_serializes_as_a_string() {
        let parsed: PostalCode = "06000".parse().unwrap();
        assert_eq!(parsed.to_string(), "06000");
        let json = serde_json::to_string(&parsed).unwrap();
        assert_eq!(json, "\"06000\"");
        assert_eq!(serde_json::from_str::<PostalCode>(&json).unwrap(), parsed);
        assert!(serde_json::from_str::<PostalCode>("\"00100\"").is_err());
    }

    proptest! {
        #[test]
        fn every_code_from_01000_is_valid(number in 1000u32..=99999) {
            let code = format!("{number:05}");
            prop_assert!(postal_code(&code).is_ok());
        }

        #[test]
        fn any_input_is_answered_without_panicking(input in "\\PC{0,10}") {
            let _ = postal_code(&input);
        }
    }
}
