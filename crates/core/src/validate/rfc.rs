//! RFC (Registro Federal de Contribuyentes), the tax identification code that
//! SAT assigns to people and companies.

use std::iter;

use super::{calendar, normalize};

rules! {
    /// Why an RFC was rejected.
    pub enum RfcError {
        /// Nothing was entered.
        Empty => "rfc.required",
        /// Neither 13 characters (a person) nor 12 (a company).
        Length => "rfc.length",
        /// A character doesn't fit its position: letter, digit or homoclave.
        Format => "rfc.format",
        /// The six digits are not a real date of birth or incorporation.
        Date => "rfc.date",
        /// The last character doesn't match the ones before it.
        CheckDigit => "rfc.check_digit",
    }
}

/// A valid RFC, normalized to upper case without separators.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rfc(String);

validated_string!(Rfc, RfcError, rfc);

/// Who an RFC belongs to, told apart by its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RfcKind {
    /// Persona física: 4 letters from the name, 13 characters in all.
    Person,
    /// Persona moral: 3 letters from the company name, 12 characters in all.
    Company,
}

impl Rfc {
    pub fn kind(&self) -> RfcKind {
        if self.0.chars().count() == 13 {
            RfcKind::Person
        } else {
            RfcKind::Company
        }
    }
}

/// SAT's generic RFCs for invoices to the general public (XAXX010101000) and
/// to foreign customers (XEXX010101000). They are valid although the last
/// digit of XAXX010101000 doesn't follow the check-digit algorithm.
const GENERIC: [&str; 2] = ["XAXX010101000", "XEXX010101000"];

/// Checks an RFC as typed, ignoring spaces, hyphens and case.
pub fn rfc(input: &str) -> Result<Rfc, RfcError> {
    let rfc = normalize(input);
    if rfc.is_empty() {
        return Err(RfcError::Empty);
    }
    let chars: Vec<char> = rfc.chars().collect();
    let name_length = match chars.len() {
        13 => 4,
        12 => 3,
        _ => return Err(RfcError::Length),
    };
    let (name, rest) = chars.split_at(name_length);
    let (date, homoclave) = rest.split_at(6);
    let well_formed = name.iter().all(is_name_letter)
        && date.iter().all(char::is_ascii_digit)
        && homoclave.iter().all(is_digit_or_letter);
    if !well_formed {
        return Err(RfcError::Format);
    }
    // The century isn't written. Reading the year as 20YY gives the leap
    // years of 1901–2099; only a 29 February 1900 would slip through.
    let (year, month, day) = calendar::split_yymmdd(&date.iter().collect::<String>());
    if !calendar::is_real_date(2000 + u16::from(year), month, day) {
        return Err(RfcError::Date);
    }
    let (without_digit, digit) = rfc.split_at(rfc.len() - 1);
    if !GENERIC.contains(&rfc.as_str()) && rfc_check_digit(without_digit) != digit.chars().next() {
        return Err(RfcError::CheckDigit);
    }
    Ok(Rfc(rfc))
}

/// Letters SAT takes from a name: Ñ stays Ñ, and a company's & stays &.
fn is_name_letter(c: &char) -> bool {
    c.is_ascii_uppercase() || matches!(c, 'Ñ' | '&')
}

fn is_digit_or_letter(c: &char) -> bool {
    c.is_ascii_digit() || c.is_ascii_uppercase()
}

/// SAT's check digit for an RFC without its last character (12 characters
/// for a person, 11 for a company, upper case), or `None` if the input is not
/// that long or has a character outside SAT's dictionary.
pub fn rfc_check_digit(without_digit: &str) -> Option<char> {
    // Each character is worth its position here: & is 24, Ñ is 38.
    const DICTIONARY: &str = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
    let length = without_digit.chars().count();
    if !(11..=12).contains(&length) {
        return None;
    }
    // A company's RFC is left-padded with a space so both kinds weigh 12.
    let sum = iter::repeat_n(' ', 12 - length)
        .chain(without_digit.chars())
        .zip((2..=13).rev())
        .map(|(c, weight)| Some(DICTIONARY.chars().position(|d| d == c)? * weight))
        .sum::<Option<usize>>()?;
    match (11 - sum % 11) % 11 {
        10 => Some('A'),
        digit => char::from_digit(digit as u32, 10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Real RFCs published as examples: SAT's own (SAT970701NN3), the
    /// python-stdnum examples (GODE561231GR8, MAB9307148T4) and phpcfdi/rfc's
    /// check-digit cases, which cover 0, A, & and Ñ.
    const PEOPLE: [&str; 4] = ["GODE561231GR8", "CAMA911215CJ0", "COSC8001137NA", "SORC591116FJ6"];
    const COMPANIES: [&str; 5] = [
        "MAB9307148T4",
        "SAT970701NN3",
        "DIM8701081LA",
        "A&A050908GT0",
        "AÑÑ801231JK0",
    ];

    fn with_check_digit(without_digit: &str) -> String {
        format!("{without_digit}{}", rfc_check_digit(without_digit).unwrap())
    }

    #[test]
    fn accepts_known_real_people() {
        for person in PEOPLE {
            assert_eq!(rfc(person).map(|r| r.kind()), Ok(RfcKind::Person), "{person}");
        }
    }

    #[test]
    fn accepts_known_real_companies() {
        for company in COMPANIES {
            assert_eq!(rfc(company).map(|r| r.kind()), Ok(RfcKind::Company), "{company}");
        }
    }

    #[test]
    fn computes_sats_check_digit() {
        for known in PEOPLE.iter().chain(&COMPANIES) {
            let (without_digit, digit) = known.split_at(known.len() - 1);
            assert_eq!(rfc_check_digit(without_digit), digit.chars().next(), "{known}");
        }
    }

    #[test]
    fn check_digit_needs_11_or_12_characters_of_the_dictionary() {
        assert_eq!(rfc_check_digit("GODE561231"), None);
        assert_eq!(rfc_check_digit("GODE561231GR8"), None);
        assert_eq!(rfc_check_digit("GODE561231G*"), None);
    }

    #[test]
    fn accepts_the_generic_rfcs() {
        for generic in GENERIC {
            assert_eq!(rfc(generic).map(|r| r.kind()), Ok(RfcKind::Person));
        }
    }

    #[test]
    fn tolerates_spaces_hyphens_and_lower_case() {
        assert_eq!(rfc(" gode-561231-gr8 ").unwrap().as_str(), "GODE561231GR8");
        assert_eq!(rfc("GODE 561231 GR8").unwrap().as_str(), "GODE561231GR8");
        assert_eq!(rfc("aññ 801231 jk0").unwrap().as_str(), "AÑÑ801231JK0");
    }

    #[test]
    fn rejects_empty_input() {
        assert_eq!(rfc(""), Err(RfcError::Empty));
        assert_eq!(rfc(" - "), Err(RfcError::Empty));
    }

    #[test]
    fn rejects_wrong_length() {
        assert_eq!(rfc("GODE561231G"), Err(RfcError::Length));
        assert_eq!(rfc("GODE561231GR88"), Err(RfcError::Length));
    }

    #[test]
    fn rejects_characters_out_of_place() {
        for wrong in [
            "G0DE561231GR8", // digit in the name
            "GODE5612A1GR8", // letter in the date
            "GODE561231G*8", // symbol in the homoclave
            "GODE561231GRÑ", // Ñ in the homoclave
            "MABC930714T4",  // company with a letter in the date
        ] {
            assert_eq!(rfc(wrong), Err(RfcError::Format), "{wrong}");
        }
    }

    #[test]
    fn rejects_dates_not_in_the_calendar() {
        assert_eq!(rfc("GODE561331GR8"), Err(RfcError::Date));
        assert_eq!(rfc("MAB9302308T4"), Err(RfcError::Date));
        assert_eq!(rfc(&with_check_digit("GODE010229GR")), Err(RfcError::Date));
        assert!(rfc(&with_check_digit("GODE000229GR")).is_ok());
        assert!(rfc(&with_check_digit("GODE960229GR")).is_ok());
    }

    #[test]
    fn rejects_a_wrong_check_digit() {
        assert_eq!(rfc("GODE561231GR9"), Err(RfcError::CheckDigit));
        assert_eq!(rfc("MAB9307148T5"), Err(RfcError::CheckDigit));
        // python-stdnum's example of a number in use with a wrong digit.
        assert_eq!(rfc("VACE460910SX6"), Err(RfcError::CheckDigit));
    }

    #[test]
    fn parses_and_serializes_as_a_string() {
        let parsed: Rfc = "gode561231gr8".parse().unwrap();
        let json = serde_json::to_string(&parsed).unwrap();
        assert_eq!(json, "\"GODE561231GR8\"");
        assert_eq!(serde_json::from_str::<Rfc>(&json).unwrap(), parsed);
        assert!(serde_json::from_str::<Rfc>("\"GODE561231GR9\"").is_err());
    }

    fn valid_rfc(name: &'static str) -> impl Strategy<Value = String> {
        (name, 0u8..100, 1u8..=12, 1u8..=28, "[1-9A-Z]{2}").prop_map(|(name, year, month, day, homoclave)| {
            with_check_digit(&format!("{name}{year:02}{month:02}{day:02}{homoclave}"))
        })
    }

    fn assert_every_other_check_digit_is_rejected(valid: &str) -> Result<(), TestCaseError> {
        let (without_digit, right) = valid.split_at(valid.len() - 1);
        let others = ('0'..='9').chain('A'..='Z').filter(|c| right != c.to_string());
        for other in others {
            prop_assert_eq!(rfc(&format!("{without_digit}{other}")), Err(RfcError::CheckDigit));
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn generated_people_are_valid(valid in valid_rfc("[A-ZÑ&]{4}")) {
            prop_assert_eq!(rfc(&valid).map(|r| r.kind()), Ok(RfcKind::Person));
        }

        #[test]
        fn generated_companies_are_valid(valid in valid_rfc("[A-ZÑ&]{3}")) {
            prop_assert_eq!(rfc(&valid).map(|r| r.kind()), Ok(RfcKind::Company));
        }

        #[test]
        fn every_other_check_digit_of_a_person_is_rejected(valid in valid_rfc("[A-ZÑ&]{4}")) {
            assert_every_other_check_digit_is_rejected(&valid)?;
        }

        #[test]
        fn every_other_check_digit_of_a_company_is_rejected(valid in valid_rfc("[A-ZÑ&]{3}")) {
            assert_every_other_check_digit_is_rejected(&valid)?;
        }

        #[test]
        fn any_input_is_answered_without_panicking(input in "\\PC{0,20}") {
            let _ = rfc(&input);
        }
    }
}
