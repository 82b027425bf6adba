//! The lookup's questions and their checks: the rules of `ventanilla-core`
//! that the server applies too, and the messages that explain them.

use ventanilla_core::api::CurpSearch;
use ventanilla_core::forms::{
    Answer, Choice, DateParts, DateRule, Day, Field, FieldError, FieldKind, FormError, check_field,
};
use ventanilla_core::validate::{self, Rule, message_key_for};

use crate::api::ApiError;

/// Every question of the page: its id, which is the API's name for it (so a
/// server's 422 lands on the right field), and the message id of its label.
/// In this order in the page and in the error summary.
pub const QUESTIONS: [(&str, &str); 7] = [
    (CURP, "curp-field-curp"),
    (GIVEN_NAMES, "curp-field-given-names"),
    (FIRST_SURNAME, "curp-field-first-surname"),
    (SECOND_SURNAME, "curp-field-second-surname"),
    (BIRTH_DATE, "curp-field-birth-date"),
    (SEX, "curp-field-sex"),
    (BIRTH_STATE, "curp-field-birth-state"),
];

pub const CURP: &str = "curp";
pub const GIVEN_NAMES: &str = "given_names";
pub const FIRST_SURNAME: &str = "first_surname";
pub const SECOND_SURNAME: &str = "second_surname";
pub const BIRTH_DATE: &str = "birth_date";
pub const SEX: &str = "sex";
pub const BIRTH_STATE: &str = "birth_state";

/// The sexes a CURP records, as its 11th letter, with their message ids.
pub const SEXES: [(&str, &str); 3] = [
    ("M", "curp-sex-female"),
    ("H", "curp-sex-male"),
    ("X", "curp-sex-non-binary"),
];

/// The longest name we take: far more than any in the registry.
const NAME_MAX: u16 = 80;

/// What the person typed and chose in the "personal data" way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonAnswers {
    pub given_names: String,
    pub first_surname: String,
    pub second_surname: String,
    pub birth_date: DateParts,
    pub sex: String,
    pub birth_state: String,
}

/// The CURP as the registry keys it (capitals, no spaces or hyphens), or why not.
pub fn check_curp(typed: &str) -> Result<String, Vec<FieldError>> {
    validate::curp(typed)
        .map(|curp| curp.to_string())
        .map_err(|error| vec![problem(CURP, error.code())])
}

/// The search to send, or every problem with the answers, in the page's
/// order. `states` are the codes the state list offers.
pub fn check_person(answers: &PersonAnswers, states: &[String], today: Day) -> Result<CurpSearch, Vec<FieldError>> {
    let text = |value: &str| Answer::Text(value.to_owned());
    let options = |values: &mut dyn Iterator<Item = &str>| {
        values
            .map(|value| Choice {
                value: value.to_owned(),
                label: String::new(),
                hint: None,
            })
            .collect::<Vec<_>>()
    };
    let questions = [
        (question(GIVEN_NAMES, true, names()), text(&answers.given_names)),
        (question(FIRST_SURNAME, true, names()), text(&answers.first_surname)),
        (question(SECOND_SURNAME, false, names()), text(&answers.second_surname)),
        (
            question(BIRTH_DATE, true, FieldKind::Date { rule: DateRule::Past }),
            Answer::Date(answers.birth_date.clone()),
        ),
        (
            question(
                SEX,
                true,
                FieldKind::Radios {
                    options: options(&mut SEXES.iter().map(|(code, _)| *code)),
                },
            ),
            text(&answers.sex),
        ),
        (
            question(
                BIRTH_STATE,
                true,
                FieldKind::Select {
                    options: options(&mut states.iter().map(String::as_str)),
                },
            ),
            text(&answers.birth_state),
        ),
    ];
    let problems: Vec<FieldError> = questions
        .iter()
        .filter_map(|(field, answer)| {
            let code = check_field(field, Some(answer), today).err()?;
            Some(problem(&field.id, code))
        })
        .collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    let trimmed = |text: &str| text.trim().to_owned();
    let date = &answers.birth_date;
    Ok(CurpSearch {
        given_names: trimmed(&answers.given_names),
        first_surname: trimmed(&answers.first_surname),
        second_surname: trimmed(&answers.second_surname),
        birth_date: DateParts {
            day: trimmed(&date.day),
            month: trimmed(&date.month),
            year: trimmed(&date.year),
        },
        sex: trimmed(&answers.sex),
        birth_state: trimmed(&answers.birth_state),
    })
}

fn names() -> FieldKind {
    FieldKind::Text { max_length: NAME_MAX }
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

fn problem(field: &str, code: &str) -> FieldError {
    FieldError {
        field: field.to_owned(),
        code: code.to_owned(),
    }
}

/// The problems the server found with the answers, when that is why it
/// refused: per field for a search, or the CURP's rule for a lookup. Only
/// those about this page's questions, so every one can be shown beside its field.
pub fn refused(error: &ApiError) -> Option<Vec<FieldError>> {
    let ours = |field: &str| QUESTIONS.iter().any(|(id, _)| *id == field);
    let found: Vec<FieldError> = if let Some(errors) = error.field_errors() {
        errors.iter().filter(|e| ours(&e.field)).cloned().collect()
    } else if let ApiError::Status {
        status: 422,
        problem: Some(problem),
    } = error
        && problem.parameter.as_deref() == Some(CURP)
    {
        vec![self::problem(CURP, &problem.code)]
    } else {
        Vec::new()
    };
    (!found.is_empty()).then_some(found)
}

/// The message id that explains `code` for `field`: a message of its own
/// where the general one ("Escribe tu respuesta a «…»") would read stiffly,
/// else the validator's.
pub fn message_key(field: &str, code: &str) -> String {
    let required = code == FormError::Required.code() || code == FormError::Choose.code();
    let own = match field {
        GIVEN_NAMES if required => Some("curp-given-names-required"),
        FIRST_SURNAME if required => Some("curp-first-surname-required"),
        BIRTH_DATE if required => Some("curp-birth-date-required"),
        SEX if required => Some("curp-sex-required"),
        BIRTH_STATE if required => Some("curp-birth-state-required"),
        _ => None,
    };
    own.map_or_else(|| message_key_for(code), str::to_owned)
}

#[cfg(test)]
mod tests {
    use ventanilla_core::api::Problem;

    use super::*;

    const TODAY: Day = Day {
        year: 2026,
        month: 11,
        day: 28,
    };

    fn states() -> Vec<String> {
        ["DF", "JC", "NE"].map(String::from).to_vec()
    }

    fn maria() -> PersonAnswers {
        PersonAnswers {
            given_names: " María Lourdes ".into(),
            first_surname: "González".into(),
            second_surname: "López".into(),
            birth_date: DateParts {
                day: "12".into(),
                month: " 3".into(),
                year: "1985".into(),
            },
            sex: "M".into(),
            birth_state: "DF".into(),
        }
    }

    fn fields(problems: &[FieldError]) -> Vec<(&str, &str)> {
        problems.iter().map(|p| (p.field.as_str(), p.code.as_str())).collect()
    }

    #[test]
    fn a_curp_is_taken_as_people_type_it() {
        assert_eq!(check_curp("goml 850312-mdfnpr02").unwrap(), "GOML850312MDFNPR02");
        let empty = check_curp("  ").unwrap_err();
        assert_eq!(fields(&empty), [(CURP, "curp.required")]);
        let wrong_digit = check_curp("GOML850312MDFNPR03").unwrap_err();
        assert_eq!(fields(&wrong_digit), [(CURP, "curp.check_digit")]);
    }

    #[test]
    fn complete_answers_make_a_trimmed_search() {
        let search = check_person(&maria(), &states(), TODAY).unwrap();
        assert_eq!(search.given_names, "María Lourdes");
        assert_eq!(search.birth_date.month, "3");
        assert_eq!((search.sex.as_str(), search.birth_state.as_str()), ("M", "DF"));
    }

    #[test]
    fn the_second_surname_may_be_left_empty() {
        let answers = PersonAnswers {
            second_surname: String::new(),
            ..maria()
        };
        assert_eq!(check_person(&answers, &states(), TODAY).unwrap().second_surname, "");
    }

    #[test]
    fn empty_answers_name_every_required_question_in_order() {
        let problems = check_person(&PersonAnswers::default(), &states(), TODAY).unwrap_err();
        assert_eq!(
            fields(&problems),
            [
                (GIVEN_NAMES, "form.required"),
                (FIRST_SURNAME, "form.required"),
                (BIRTH_DATE, "form.required"),
                (SEX, "form.choose"),
                (BIRTH_STATE, "form.choose"),
            ]
        );
    }

    #[test]
    fn the_birth_date_follows_the_shared_date_rules() {
        let with_date = |day: &str, month: &str, year: &str| PersonAnswers {
            birth_date: DateParts {
                day: day.into(),
                month: month.into(),
                year: year.into(),
            },
            ..maria()
        };
        let code = |answers| check_person(&answers, &states(), TODAY).unwrap_err()[0].code.clone();
        assert_eq!(code(with_date("12", "", "1985")), "date.incomplete");
        assert_eq!(code(with_date("31", "4", "1985")), "date.invalid");
        assert_eq!(code(with_date("1", "1", "2027")), "date.future");
        assert_eq!(code(with_date("1", "1", "85")), "date.format");
    }

    #[test]
    fn a_state_the_list_does_not_offer_is_refused() {
        let answers = PersonAnswers {
            birth_state: "ZZ".into(),
            ..maria()
        };
        let problems = check_person(&answers, &states(), TODAY).unwrap_err();
        assert_eq!(fields(&problems), [(BIRTH_STATE, "form.unknown_option")]);
    }

    fn rejection(parameter: Option<&str>, code: &str, errors: Vec<FieldError>) -> ApiError {
        ApiError::Status {
            status: 422,
            problem: Some(Problem {
                kind: "about:blank".into(),
                title: "Invalid".into(),
                status: 422,
                detail: None,
                code: code.into(),
                parameter: parameter.map(str::to_owned),
                errors,
            }),
        }
    }

    #[test]
    fn the_servers_refusals_land_on_the_questions() {
        let search = rejection(
            None,
            "validation",
            vec![problem(SEX, "form.choose"), problem("other", "x.y")],
        );
        assert_eq!(fields(&refused(&search).unwrap()), [(SEX, "form.choose")]);
        let lookup = rejection(Some(CURP), "curp.check_digit", Vec::new());
        assert_eq!(fields(&refused(&lookup).unwrap()), [(CURP, "curp.check_digit")]);
        assert_eq!(refused(&rejection(Some("lang"), "lang.unknown", Vec::new())), None);
        assert_eq!(refused(&ApiError::Network), None);
    }

    #[test]
    fn messages_are_our_own_for_empty_answers_and_the_validators_else() {
        assert_eq!(message_key(GIVEN_NAMES, "form.required"), "curp-given-names-required");
        assert_eq!(message_key(SEX, "form.choose"), "curp-sex-required");
        assert_eq!(message_key(CURP, "curp.check_digit"), "validation-curp-check_digit");
        assert_eq!(message_key(BIRTH_DATE, "date.future"), "validation-date-future");
    }
}
