//! CURP (Clave Única de Registro de Población), the personal identity code
//! that RENAPO assigns to everyone registered in Mexico.

use super::{calendar, normalize};

rules! {
    /// Why a CURP was rejected.
    pub enum CurpError {
        /// Nothing was entered.
        Empty => "curp.required",
        /// Not 18 characters.
        Length => "curp.length",
        /// A character doesn't fit its position: letter, digit, vowel or consonant.
        Format => "curp.format",
        /// The 11th character is not H, M or X.
        Sex => "curp.sex",
        /// Characters 12–13 are not a state of birth.
        State => "curp.state",
        /// Characters 5–10 are not a real date of birth.
        Date => "curp.date",
        /// The first four letters spell a word that RENAPO never assigns.
        InconvenientWord => "curp.inconvenient_word",
        /// The last digit doesn't match the first 17 characters.
        CheckDigit => "curp.check_digit",
    }
}

/// A valid CURP, normalized to 18 upper-case characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Curp(String);

validated_string!(Curp, CurpError, curp);

/// The sex recorded in a CURP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sex {
    /// `M` (mujer).
    Female,
    /// `H` (hombre).
    Male,
    /// `X` (no binario).
    NonBinary,
}

impl Curp {
    /// Date of birth as (year, month, day).
    pub fn birth_date(&self) -> (u16, u8, u8) {
        written_birth_date(&self.0)
    }

    pub fn sex(&self) -> Sex {
        match self.0.as_bytes()[10] {
            b'H' => Sex::Male,
            b'M' => Sex::Female,
            _ => Sex::NonBinary,
        }
    }

    /// Two-letter code of the state of birth, such as `DF` or `JC`; `NE` for
    /// people born abroad.
    pub fn state(&self) -> &str {
        &self.0[11..13]
    }
}

/// Checks a CURP as typed, ignoring spaces, hyphens and case.
pub fn curp(input: &str) -> Result<Curp, CurpError> {
    let curp = normalize(input);
    if curp.is_empty() {
        return Err(CurpError::Empty);
    }
    if curp.chars().count() != 18 {
        return Err(CurpError::Length);
    }
    if !curp.is_ascii() || !curp.bytes().zip(SHAPE).all(|(byte, fits)| fits(&byte)) {
        return Err(CurpError::Format);
    }
    // X is RENAPO's marker for non-binary people, accepted since 2022.
    if !matches!(curp.as_bytes()[10], b'H' | b'M' | b'X') {
        return Err(CurpError::Sex);
    }
    if !STATES.contains(&&curp[11..13]) {
        return Err(CurpError::State);
    }
    let (year, month, day) = written_birth_date(&curp);
    if !calendar::is_real_date(year, month, day) {
        return Err(CurpError::Date);
    }
    // RENAPO replaces the second letter of these words with X, so a CURP
    // that still spells one was mistyped or made up.
    if INCONVENIENT_WORDS.contains(&&curp[..4]) {
        return Err(CurpError::InconvenientWord);
    }
    if curp_check_digit(&curp[..17]) != curp.chars().last() {
        return Err(CurpError::CheckDigit);
    }
    Ok(Curp(curp))
}

/// RENAPO's check digit for the first 17 characters of a CURP (upper case),
/// or `None` if they are not 17 characters of its alphabet.
pub fn curp_check_digit(first17: &str) -> Option<char> {
    const ALPHABET: &str = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
    if first17.chars().count() != 17 {
        return None;
    }
    let sum = first17
        .chars()
        .zip((2..=18).rev())
        .map(|(c, weight)| Some(ALPHABET.chars().position(|a| a == c)? * weight))
        .sum::<Option<usize>>()?;
    char::from_digit(((10 - sum % 10) % 10) as u32, 10)
}

/// What each position may hold, per RENAPO's Instructivo Normativo. Letters
/// are A–Z only: RENAPO writes Ñ as X.
const SHAPE: [fn(&u8) -> bool; 18] = [
    u8::is_ascii_uppercase, // initial of the first surname
    is_vowel_or_x,          // its first inner vowel, X if it has none
    u8::is_ascii_uppercase, // initial of the second surname, X if none
    u8::is_ascii_uppercase, // initial of the given name
    u8::is_ascii_digit,     // year, month and day of birth
    u8::is_ascii_digit,
    u8::is_ascii_digit,
    u8::is_ascii_digit,
    u8::is_ascii_digit,
    u8::is_ascii_digit,
    u8::is_ascii_uppercase, // sex
    u8::is_ascii_uppercase, // state of birth
    u8::is_ascii_uppercase,
    is_consonant, // first inner consonant of each surname and the given name
    is_consonant,
    is_consonant,
    is_digit_or_letter, // homoclave: a digit if born before 2000, else a letter
    u8::is_ascii_digit, // check digit
];

fn is_vowel_or_x(byte: &u8) -> bool {
    b"AEIOUX".contains(byte)
}

fn is_consonant(byte: &u8) -> bool {
    byte.is_ascii_uppercase() && !b"AEIOU".contains(byte)
}

fn is_digit_or_letter(byte: &u8) -> bool {
    byte.is_ascii_digit() || byte.is_ascii_uppercase()
}

/// The date of birth as written, taking the century from the homoclave.
fn written_birth_date(curp: &str) -> (u16, u8, u8) {
    let (year, month, day) = calendar::split_yymmdd(&curp[4..10]);
    let century = if curp.as_bytes()[16].is_ascii_digit() {
        1900
    } else {
        2000
    };
    (century + u16::from(year), month, day)
}

/// The 32 states in RENAPO's catalogue, plus NE (nacido en el extranjero).
const STATES: [&str; 33] = [
    "AS", // Aguascalientes
    "BC", // Baja California
    "BS", // Baja California Sur
    "CC", // Campeche
    "CL", // Coahuila
    "CM", // Colima
    "CS", // Chiapas
    "CH", // Chihuahua
    "DF", // Ciudad de México
    "DG", // Durango
    "GT", // Guanajuato
    "GR", // Guerrero
    "HG", // Hidalgo
    "JC", // Jalisco
    "MC", // Estado de México
    "MN", // Michoacán
    "MS", // Morelos
    "NT", // Nayarit
    "NL", // Nuevo León
    "OC", // Oaxaca
    "PL", // Puebla
    "QT", // Querétaro
    "QR", // Quintana Roo
    "SP", // San Luis Potosí
    "SL", // Sinaloa
    "SR", // Sonora
    "TC", // Tabasco
    "TS", // Tamaulipas
    "TL", // Tlaxcala
    "VZ", // Veracruz
    "YN", // Yucatán
    "ZS", // Zacatecas
    "NE", // born abroad
];

/// RENAPO's list of inconvenient words (Instructivo Normativo, anexo 2).
const INCONVENIENT_WORDS: [&str; 81] = [
    "BACA", "BAKA", "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE", "COGI", "COJA", "COJE",
    "COJI", "COJO", "COLA", "CULO", "FALO", "FETO", "GETA", "GUEI", "GUEY", "JETA", "JOTO", "KACA", "KACO", "KAGA",
    "KAGO", "KAKA", "KAKO", "KOGE", "KOGI", "KOJA", "KOJE", "KOJI", "KOJO", "KOLA", "KULO", "LILO", "LOCA", "LOCO",
    "LOKA", "LOKO", "MAME", "MAMO", "MEAR", "MEAS", "MEON", "MIAR", "MION", "MOCO", "MOKO", "MULA", "MULO", "NACA",
    "NACO", "PEDA", "PEDO", "PENE", "PIPI", "PITO", "POPO", "PUTA", "PUTO", "QULO", "RATA", "ROBA", "ROBE", "ROBO",
    "RUIN", "SENO", "TETA", "VACA", "VAGA", "VAGO", "VAKA", "VUEI", "VUEY", "WUEI", "WUEY",
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::sample::select;

    /// The well-known public example CURP (Veracruz, 1956).
    const EXAMPLE: &str = "HEGG560427MVZRRL04";

    fn with_check_digit(first17: &str) -> String {
        format!("{first17}{}", curp_check_digit(first17).unwrap())
    }

    #[test]
    fn accepts_known_real_examples() {
        assert!(curp(EXAMPLE).is_ok());
        // python-stdnum's example: born abroad, born in 1931.
        assert!(curp("BOXW310820HNERXN09").is_ok());
    }

    #[test]
    fn computes_renapos_check_digit() {
        assert_eq!(curp_check_digit(&EXAMPLE[..17]), Some('4'));
        // Derived from the algorithm: someone born in 2002 (letter homoclave).
        assert_eq!(curp_check_digit("MAPA021109MOCRRNA"), Some('4'));
    }

    #[test]
    fn check_digit_needs_17_characters_of_the_alphabet() {
        assert_eq!(curp_check_digit("HEGG560427MVZRRL"), None);
        assert_eq!(curp_check_digit("HEGG560427MVZRRL04"), None);
        assert_eq!(curp_check_digit("HEGG560427MVZRR*0"), None);
    }

    #[test]
    fn reads_birth_date_sex_and_state() {
        let example = curp(EXAMPLE).unwrap();
        assert_eq!(example.birth_date(), (1956, 4, 27));
        assert_eq!(example.sex(), Sex::Female);
        assert_eq!(example.state(), "VZ");

        let born_2002 = curp("MAPA021109MOCRRNA4").unwrap();
        assert_eq!(born_2002.birth_date(), (2002, 11, 9));
        assert_eq!(curp("BOXW310820HNERXN09").unwrap().sex(), Sex::Male);
    }

    #[test]
    fn accepts_x_for_non_binary_people() {
        let non_binary = curp(&with_check_digit("HEGG560427XVZRRL0")).unwrap();
        assert_eq!(non_binary.sex(), Sex::NonBinary);
    }

    #[test]
    fn tolerates_spaces_hyphens_and_lower_case() {
        let typed = curp("  hegg-560427-mvz rrl04\n").unwrap();
        assert_eq!(typed.as_str(), EXAMPLE);
        assert_eq!(typed.to_string(), EXAMPLE);
    }

    #[test]
    fn rejects_empty_input() {
        assert_eq!(curp(""), Err(CurpError::Empty));
        assert_eq!(curp("  - "), Err(CurpError::Empty));
    }

    #[test]
    fn rejects_wrong_length() {
        assert_eq!(curp("HEGG560427MVZRRL0"), Err(CurpError::Length));
        assert_eq!(curp("HEGG560427MVZRRL044"), Err(CurpError::Length));
    }

    #[test]
    fn rejects_characters_out_of_place() {
        for wrong in [
            "1EGG560427MVZRRL04", // digit for an initial
            "HBGG560427MVZRRL04", // consonant where the inner vowel goes
            "HEGG56O427MVZRRL04", // letter O in the date
            "HEGG5604271VZRRL04", // digit for the sex
            "HEGG560427MVZARL04", // vowel where a consonant goes
            "HEGG560427MVZRRL0A", // letter for the check digit
            "HEGG560427MVZRRÑ04", // RENAPO writes Ñ as X
        ] {
            assert_eq!(curp(wrong), Err(CurpError::Format), "{wrong}");
        }
    }

    #[test]
    fn rejects_unknown_sex() {
        assert_eq!(curp("HEGG560427FVZRRL04"), Err(CurpError::Sex));
    }

    #[test]
    fn rejects_unknown_state() {
        assert_eq!(curp("HEGG560427MXXRRL04"), Err(CurpError::State));
    }

    #[test]
    fn rejects_dates_not_in_the_calendar() {
        assert_eq!(curp("HEGG561327MVZRRL04"), Err(CurpError::Date));
        assert_eq!(curp("HEGG560431MVZRRL04"), Err(CurpError::Date));
        // 29 February exists in 2000 (letter homoclave) but not in 1900.
        assert!(curp(&with_check_digit("HEGG000229MVZRRLA")).is_ok());
        assert_eq!(curp(&with_check_digit("HEGG000229MVZRRL0")), Err(CurpError::Date));
    }

    #[test]
    fn rejects_inconvenient_words_and_accepts_their_x_form() {
        assert_eq!(
            curp(&with_check_digit("PUTO560427MVZRRL0")),
            Err(CurpError::InconvenientWord)
        );
        assert!(curp(&with_check_digit("PXTO560427MVZRRL0")).is_ok());
    }

    #[test]
    fn every_inconvenient_word_passes_the_format_check() {
        // Otherwise it would be reported as a format error instead.
        for word in INCONVENIENT_WORDS {
            assert!(is_vowel_or_x(&word.as_bytes()[1]), "{word}");
        }
    }

    #[test]
    fn rejects_a_wrong_check_digit() {
        assert_eq!(curp("HEGG560427MVZRRL05"), Err(CurpError::CheckDigit));
    }

    #[test]
    fn parses_and_serializes_as_a_string() {
        let parsed: Curp = " hegg560427mvzrrl04".parse().unwrap();
        let json = serde_json::to_string(&parsed).unwrap();
        assert_eq!(json, format!("\"{EXAMPLE}\""));
        assert_eq!(serde_json::from_str::<Curp>(&json).unwrap(), parsed);
    }

    #[test]
    fn deserializing_validates() {
        let error = serde_json::from_str::<Curp>("\"HEGG560427MVZRRL05\"").unwrap_err();
        assert!(error.to_string().contains("curp.check_digit"), "{error}");
    }

    prop_compose! {
        fn valid_curp()(
            initials in "[A-Z][AEIOUX][A-Z]{2}",
            born_2000s in any::<bool>(),
            year in 0u8..100,
            month in 1u8..=12,
            day in 1u8..=28,
            sex in select(&['H', 'M', 'X'][..]),
            state in select(&STATES[..]),
            consonants in "[B-DF-HJ-NP-TV-Z]{3}",
            digit in "[0-9]",
            letter in "[A-Z]",
        ) -> String {
            // As RENAPO does, turn an inconvenient word into its X form.
            let initials = if INCONVENIENT_WORDS.contains(&initials.as_str()) {
                format!("{}X{}", &initials[..1], &initials[2..])
            } else {
                initials
            };
            let homoclave = if born_2000s { letter } else { digit };
            with_check_digit(&format!(
                "{initials}{year:02}{month:02}{day:02}{sex}{state}{consonants}{homoclave}"
            ))
        }
    }

    proptest! {
        #[test]
        fn generated_curps_are_valid(valid in valid_curp()) {
            prop_assert_eq!(curp(&valid).map(|c| c.to_string()), Ok(valid.clone()));
            let typed = format!(" {}-{} ", valid[..10].to_lowercase(), &valid[10..]);
            prop_assert!(curp(&typed).is_ok());
        }

        #[test]
        fn every_other_check_digit_is_rejected(valid in valid_curp()) {
            let (first17, right) = valid.split_at(17);
            for digit in ('0'..='9').filter(|d| right != d.to_string()) {
                prop_assert_eq!(curp(&format!("{first17}{digit}")), Err(CurpError::CheckDigit));
            }
        }

        #[test]
        fn any_input_is_answered_without_panicking(input in "\\PC{0,24}") {
            let _ = curp(&input);
        }
    }
}
