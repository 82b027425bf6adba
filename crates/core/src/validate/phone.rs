//! Mexican phone numbers: ten digits, the same for landlines and mobiles
//! since the 2019 numbering plan.

use super::normalize;

rules! {
    /// Why a phone number was rejected.
    pub enum PhoneError {
        /// Nothing was entered.
        Empty => "phone.required",
        /// Something other than digits is left after removing separators.
        Format => "phone.format",
        /// Not ten digits, once the country code is removed.
        Length => "phone.length",
    }
}

/// A valid phone number: its ten national digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Phone(String);

validated_string!(Phone, PhoneError, phone);

impl Phone {
    /// The number in international format, such as `+525512345678`.
    pub fn e164(&self) -> String {
        format!("+52{}", self.0)
    }
}

/// Checks a phone number as typed, ignoring spaces, hyphens, dots,
/// parentheses and Mexico's country code (`+52`, or `52` before ten digits),
/// with or without the `1` that mobiles took after it until 2019 and many
/// still type (`+52 1 55 1234 5678`).
pub fn phone(input: &str) -> Result<Phone, PhoneError> {
    let typed = normalize(input).replace(['.', '(', ')'], "");
    if typed.is_empty() {
        return Err(PhoneError::Empty);
    }
    // No area code starts with 1, so a 1 before ten digits is the old prefix.
    let without_old_mobile_prefix = |rest: &str| match rest.strip_prefix('1') {
        Some(national) if national.len() == 10 => national.to_owned(),
        _ => rest.to_owned(),
    };
    let national = typed
        .strip_prefix("+52")
        .or_else(|| {
            typed
                .strip_prefix("52")
                .filter(|rest| rest.len() == 10 || (rest.len() == 11 && rest.starts_with('1')))
        })
        .map_or_else(|| typed.clone(), without_old_mobile_prefix);
    let national = national.as_str();
    if !national.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(PhoneError::Format);
    }
    if national.len() != 10 {
        return Err(PhoneError::Length);
    }
    Ok(Phone(national.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_ten_digits_however_they_are_grouped() {
        for typed in [
            "5512345678",
            "55 1234 5678",
            "55-1234-5678",
            "(55) 1234.5678",
            " +52 55 1234 5678 ",
            "+52 (55) 1234-5678",
            "525512345678",
            "+52 1 55 1234 5678",
            "+521 55 1234 5678",
            "52 1 55 1234 5678",
        ] {
            assert_eq!(phone(typed).unwrap().as_str(), "5512345678", "{typed}");
        }
    }

    #[test]
    fn a_ten_digit_number_starting_with_52_keeps_its_digits() {
        assert_eq!(phone("5212345678").unwrap().as_str(), "5212345678");
    }

    #[test]
    fn gives_the_international_format() {
        assert_eq!(phone("33 1234 5678").unwrap().e164(), "+523312345678");
    }

    #[test]
    fn rejects_empty_input() {
        assert_eq!(phone(""), Err(PhoneError::Empty));
        assert_eq!(phone(" ( ) "), Err(PhoneError::Empty));
    }

    #[test]
    fn rejects_characters_other_than_digits() {
        assert_eq!(phone("55 1234 567O"), Err(PhoneError::Format));
        assert_eq!(phone("+1 202 555 0123"), Err(PhoneError::Format));
        assert_eq!(phone("55 1234 5678 ext 2"), Err(PhoneError::Format));
    }

    #[test]
    fn rejects_other_than_ten_digits() {
        assert_eq!(phone("551234567"), Err(PhoneError::Length));
        assert_eq!(phone("55123456789"), Err(PhoneError::Length));
        // The long-distance and mobile prefixes were retired in 2019.
        assert_eq!(phone("044 55 1234 5678"), Err(PhoneError::Length));
        assert_eq!(phone("01 55 1234 5678"), Err(PhoneError::Length));
    }

    #[test]
    fn parses_and_serializes_as_a_string() {
        let parsed: Phone = "+52 55 1234 5678".parse().unwrap();
        assert_eq!(parsed.to_string(), "5512345678");
        let json = serde_json::to_string(&parsed).unwrap();
        assert_eq!(json, "\"5512345678\"");
        assert_eq!(serde_json::from_str::<Phone>(&json).unwrap(), parsed);
        assert!(serde_json::from_str::<Phone>("\"12345\"").is_err());
    }

    proptest! {
        #[test]
        fn any_input_is_answered_without_panicking(input in "\\PC{0,20}") {
            let _ = phone(&input);
        }
    }
}
