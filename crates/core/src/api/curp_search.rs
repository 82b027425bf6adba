//! The checks of a CURP search by personal data, which the app runs before
//! sending it and the server runs again on receipt: one rule, two sides.

use super::CurpSearch;
use crate::forms::{Answer, Choice, DateRule, Day, Field, FieldError, FieldKind, check_field};

/// The sexes a CURP records as its 11th letter: mujer, hombre, no binario.
pub const SEXES: [&str; 3] = ["M", "H", "X"];

/// The birth-state code of people born abroad ("nacido en el extranjero").
pub const BORN_ABROAD: &str = "NE";

/// The longest name taken: far more than any in the registry.
pub const NAME_MAX_LENGTH: u16 = 80;

/// The field ids of a search: the keys of its JSON body, the `field` of its
/// errors, and the ids of the app's questions, in the form's order.
pub mod field {
    pub const CURP: &str = "curp";
    pub const GIVEN_NAMES: &str = "given_names";
    pub const FIRST_SURNAME: &str = "first_surname";
    pub const SECOND_SURNAME: &str = "second_surname";
    pub const BIRTH_DATE: &str = "birth_date";
    pub const SEX: &str = "sex";
    pub const BIRTH_STATE: &str = "birth_state";
}

/// A search whose every answer passed: as the registry is read.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedCurpSearch {
    /// As sent: names trimmed, sex and state in capitals, date boxes trimmed.
    pub search: CurpSearch,
    /// `YYYY-MM-DD`, as the registry stores it.
    pub birth_date: String,
}

impl CurpSearch {
    /// Every problem with the search, in the form's order, or the search as
    /// it is looked up. `is_state` says whether a birth-state code exists.
    pub fn check(&self, is_state: impl Fn(&str) -> bool, today: Day) -> Result<CheckedCurpSearch, Vec<FieldError>> {
        let sex = self.sex.trim().to_uppercase();
        let state = self.birth_state.trim().to_uppercase();
        let choice = |value: &str| Choice {
            value: value.to_owned(),
            label: String::new(),
            hint: None,
        };
        let name = || FieldKind::Text {
            max_length: NAME_MAX_LENGTH,
        };
        let states = if is_state(&state) {
            vec![choice(&state)]
        } else {
            Vec::new()
        };
        let questions = [
            (question(field::GIVEN_NAMES, true, name()), text(&self.given_names)),
            (question(field::FIRST_SURNAME, true, name()), text(&self.first_surname)),
            (
                question(field::SECOND_SURNAME, false, name()),
                text(&self.second_surname),
            ),
            (
                question(field::BIRTH_DATE, true, FieldKind::Date { rule: DateRule::Past }),
                Answer::Date(self.birth_date.clone()),
            ),
            (
                question(
                    field::SEX,
                    true,
                    FieldKind::Radios {
                        options: SEXES.map(choice).to_vec(),
                    },
                ),
                text(&sex),
            ),
            (
                question(field::BIRTH_STATE, true, FieldKind::Select { options: states }),
                text(&state),
            ),
        ];
        let mut birth_date = None;
        let mut errors = Vec::new();
        for (question, answer) in &questions {
            match check_field(question, Some(answer), today) {
                Ok(checked) if question.id == field::BIRTH_DATE => birth_date = checked,
                Ok(_) => {}
                Err(code) => errors.push(FieldError {
                    field: question.id.clone(),
                    code: code.to_owned(),
                }),
            }
        }
        match birth_date.as_ref().map(Answer::text) {
            Some(birth_date) if errors.is_empty() => Ok(CheckedCurpSearch {
                search: CurpSearch {
                    given_names: self.given_names.trim().to_owned(),
                    first_surname: self.first_surname.trim().to_owned(),
                    second_surname: self.second_surname.trim().to_owned(),
                    birth_date: crate::forms::DateParts {
                        day: self.birth_date.day.trim().to_owned(),
                        month: self.birth_date.month.trim().to_owned(),
                        year: self.birth_date.year.trim().to_owned(),
                    },
                    sex,
                    birth_state: state,
                },
                birth_date: birth_date.to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

fn text(value: &str) -> Answer {
    Answer::Text(value.to_owned())
}

fn question(id: &str, required: bool, input: FieldKind) -> Field {
    Field {
        id: id.to_owned(),
        label: String::new(),
        hint: None,
        required,
        autocomplete: None,
        input,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::forms::DateParts;

    const TODAY: Day = Day {
        year: 2026,
        month: 11,
        day: 28,
    };

    fn known(code: &str) -> bool {
        ["DF", "JC", BORN_ABROAD].contains(&code)
    }

    fn maria() -> CurpSearch {
        CurpSearch {
            given_names: " María Lourdes ".into(),
            first_surname: "González".into(),
            second_surname: "López".into(),
            birth_date: DateParts {
                day: "12".into(),
                month: " 3".into(),
                year: "1985".into(),
            },
            sex: "m".into(),
            birth_state: "df ".into(),
        }
    }

    fn fields(search: &CurpSearch) -> Vec<(String, String)> {
        search
            .check(known, TODAY)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn complete_answers_make_a_trimmed_search() {
        let checked = maria().check(known, TODAY).unwrap();
        assert_eq!(checked.search.given_names, "María Lourdes");
        assert_eq!(checked.search.birth_date.month, "3");
        assert_eq!(
            (checked.search.sex.as_str(), checked.search.birth_state.as_str()),
            ("M", "DF")
        );
        assert_eq!(checked.birth_date, "1985-03-12");
    }

    #[test]
    fn the_second_surname_may_be_left_empty() {
        let search = CurpSearch {
            second_surname: String::new(),
            ..maria()
        };
        assert_eq!(search.check(known, TODAY).unwrap().search.second_surname, "");
    }

    #[test]
    fn empty_answers_name_every_required_question_in_order() {
        let empty = CurpSearch {
            given_names: String::new(),
            first_surname: " ".into(),
            second_surname: String::new(),
            birth_date: DateParts::default(),
            sex: String::new(),
            birth_state: String::new(),
        };
        let expected = [
            (field::GIVEN_NAMES, "form.required"),
            (field::FIRST_SURNAME, "form.required"),
            (field::BIRTH_DATE, "form.required"),
            (field::SEX, "form.choose"),
            (field::BIRTH_STATE, "form.choose"),
        ]
        .map(|(f, c)| (f.to_owned(), c.to_owned()));
        assert_eq!(fields(&empty), expected);
    }

    #[test]
    fn the_birth_date_follows_the_shared_date_rules() {
        let with_date = |day: &str, month: &str, year: &str| CurpSearch {
            birth_date: DateParts {
                day: day.into(),
                month: month.into(),
                year: year.into(),
            },
            ..maria()
        };
        let code = |search: CurpSearch| fields(&search)[0].1.clone();
        assert_eq!(code(with_date("12", "", "1985")), "date.incomplete");
        assert_eq!(code(with_date("31", "4", "1985")), "date.invalid");
        assert_eq!(code(with_date("1", "1", "2027")), "date.future");
        assert_eq!(code(with_date("1", "1", "85")), "date.format");
    }

    #[test]
    fn unknown_choices_and_long_names_are_refused() {
        let search = CurpSearch {
            given_names: "a".repeat(usize::from(NAME_MAX_LENGTH) + 1),
            sex: "Z".into(),
            birth_state: "ZZ".into(),
            ..maria()
        };
        let expected = [
            (field::GIVEN_NAMES, "form.too_long"),
            (field::SEX, "form.unknown_option"),
            (field::BIRTH_STATE, "form.unknown_option"),
        ]
        .map(|(f, c)| (f.to_owned(), c.to_owned()));
        assert_eq!(fields(&search), expected);
    }

    proptest! {
        /// What the check lets through, checked again on the other side, passes
        /// unchanged: the app never sends a search the server refuses.
        #[test]
        fn a_checked_search_passes_again_unchanged(
            names in proptest::collection::vec("[ a-zA-ZáéñÑ]{0,90}", 3),
            day in "[ 0-9]{0,3}", month in "[ 0-9]{0,3}", year in "[ 0-9]{0,5}",
            sex in "[ mhxMHXz]{0,2}", state in "[ dfjcneDFZ]{0,3}",
        ) {
            let search = CurpSearch {
                given_names: names[0].clone(),
                first_surname: names[1].clone(),
                second_surname: names[2].clone(),
                birth_date: DateParts { day, month, year },
                sex,
                birth_state: state,
            };
            match search.check(known, TODAY) {
                Ok(checked) => {
                    let again = checked.search.check(known, TODAY).expect("accepted on the other side");
                    prop_assert_eq!(again, checked);
                }
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    let names_ok = [&search.given_names, &search.first_surname]
                        .iter()
                        .all(|n| !n.trim().is_empty() && n.trim().chars().count() <= 80);
                    let sex_ok = SEXES.contains(&search.sex.trim().to_uppercase().as_str());
                    let state_ok = known(&search.birth_state.trim().to_uppercase());
                    if names_ok && sex_ok && state_ok {
                        prop_assert!(errors.iter().all(|e| e.field == field::BIRTH_DATE || e.field == field::SECOND_SURNAME));
                    }
                }
            }
        }
    }
}
