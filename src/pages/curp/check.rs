//! The lookup's questions and their checks: the rules of `ventanilla-core`
//! that the server applies too, and the messages that explain them.

use ventanilla_core::api::{CurpSearch, SEXES, curp_field};
use ventanilla_core::forms::{Day, FieldError, FormError};
use ventanilla_core::validate::{self, Rule, message_key_for};

use crate::api::ApiError;

pub use curp_field::{BIRTH_DATE, BIRTH_STATE, CURP, FIRST_SURNAME, GIVEN_NAMES, SECOND_SURNAME, SEX};

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

/// The message ids of the sexes a CURP records, in the order of `SEXES`.
const SEX_MESSAGES: [&str; 3] = ["curp-sex-female", "curp-sex-male", "curp-sex-non-binary"];

/// Each sex's code with the message id of its name.
pub fn sexes() -> impl Iterator<Item = (&'static str, &'static str)> {
    SEXES.into_iter().zip(SEX_MESSAGES)
}

/// The CURP as the registry keys it (capitals, no spaces or hyphens), or why not.
pub fn check_curp(typed: &str) -> Result<String, Vec<FieldError>> {
    validate::curp(typed)
        .map(|curp| curp.to_string())
        .map_err(|error| vec![problem(CURP, error.code())])
}

/// The search to send, checked as the server will check it, or every
/// problem with the answers in the page's order. `states` are the codes the
/// state list offers.
pub fn check_person(answers: &CurpSearch, states: &[String], today: Day) -> Result<CurpSearch, Vec<FieldError>> {
    answers
        .check(|code| states.iter().any(|s| s == code), today)
        .map(|checked| checked.search)
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
    use ventanilla_core::api::{BORN_ABROAD, Problem};
    use ventanilla_core::forms::DateParts;

    use super::*;

    const TODAY: Day = Day {
        year: 2026,
        month: 11,
        day: 28,
    };

    fn states() -> Vec<String> {
        ["DF", "JC", BORN_ABROAD].map(String::from).to_vec()
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
    fn a_state_the_list_does_not_offer_is_refused() {
        let answers = CurpSearch {
            birth_state: "ZZ".into(),
            ..maria()
        };
        let problems = check_person(&answers, &states(), TODAY).unwrap_err();
        assert_eq!(fields(&problems), [(BIRTH_STATE, "form.unknown_option")]);
    }

    fn rejection(parameter: Option<&str>, code: &str, errors: Vec<FieldError>) -> ApiError {
        ApiError::Status {
            status: 422,
            problem: Some(Box::new(Problem {
                kind: "about:blank".into(),
                title: "Invalid".into(),
                status: 422,
                detail: None,
                code: code.into(),
                parameter: parameter.map(str::to_owned),
                retry_after: None,
                errors,
            })),
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
