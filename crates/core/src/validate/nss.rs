//! The IMSS Social Security Number (Número de Seguridad Social, NSS): eleven
//! digits, the last a check digit over the other ten (Luhn's algorithm).

use super::normalize;

rules! {
    /// Why an NSS was rejected.
    pub enum NssError {
        /// Nothing was entered.
        Empty => "nss.required",
        /// Something other than digits is left after removing separators.
        Format => "nss.format",
        /// Not eleven digits.
        Length => "nss.length",
        /// The last digit does not match the other ten: a digit mistyped.
        CheckDigit => "nss.check_digit",
    }
}

/// A valid NSS: its eleven digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nss(String);

validated_string!(Nss, NssError, nss);

/// The check digit of an NSS's first ten digits (Luhn: every other digit,
/// from the first, counts once; the rest twice, their digits added).
pub fn nss_check_digit(first_ten: &str) -> Option<u8> {
    let mut sum = 0;
    for (i, byte) in first_ten.bytes().enumerate() {
        let digit = u32::from(byte.checked_sub(b'0').filter(|d| *d <= 9)?);
        let weighted = if i % 2 == 1 { digit * 2 } else { digit };
        sum += weighted / 10 + weighted % 10;
    }
    Some(((10 - sum % 10) % 10) as u8)
}

/// Checks an NSS as typed, ignoring spaces and hyphens.
pub fn nss(input: &str) -> Result<Nss, NssError> {
    let typed = normalize(input);
    if typed.is_empty() {
        return Err(NssError::Empty);
    }
    if !typed.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(NssError::Format);
    }
    if typed.len() != 11 {
        return Err(NssError::Length);
    }
    let (first_ten, last) = typed.split_at(10);
    if nss_check_digit(first_ten) != Some(last.as_bytes()[0] - b'0') {
        return Err(NssError::CheckDigit);
    }
    Ok(Nss(typed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_eleven_digits_whose_last_checks_the_rest() {
        for typed in ["12345678903", "1234 5678 903", "12-34-56-7890-3", " 01234567897 "] {
            assert!(nss(typed).is_ok(), "{typed}");
        }
        assert_eq!(nss("1234 5678 903").unwrap().as_str(), "12345678903");
    }

    #[test]
    fn names_what_is_wrong() {
        assert_eq!(nss("  "), Err(NssError::Empty));
        assert_eq!(nss("1234567890a"), Err(NssError::Format));
        assert_eq!(nss("ABCDEFGHIJK"), Err(NssError::Format));
        assert_eq!(nss("1234567890"), Err(NssError::Length));
        assert_eq!(nss("12345678904"), Err(NssError::CheckDigit));
    }

    proptest! {
        /// Any ten digits with their check digit are an NSS; any other last digit is not.
        #[test]
        fn the_check_digit_decides(first_ten in "[0-9]{10}", wrong in 1u8..10) {
            let digit = nss_check_digit(&first_ten).unwrap();
            let valid = format!("{first_ten}{digit}");
            prop_assert!(nss(&valid).is_ok());
            let other = (digit + wrong) % 10;
            prop_assert_eq!(nss(&format!("{first_ten}{other}")), Err(NssError::CheckDigit));
        }
    }
}
