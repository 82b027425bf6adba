//! Checking answers against their form: the same code runs in the browser,
//! step by step, and on the server, over the whole form.

use serde::{Deserialize, Serialize};

use super::{Answer, Answers, DateParts, DateRule, Field, FieldKind, FormDefinition};
use crate::validate::{self, Rule, calendar};

rules! {
    /// Why an answer was rejected, for questions without a validator of
    /// their own (those of a CURP, a phone… report their own rules).
    pub enum FormError {
        /// A required question was left empty.
        Required => "form.required",
        /// A required choice was not made.
        Choose => "form.choose",
        /// The answer is an option the question doesn't offer.
        UnknownOption => "form.unknown_option",
        /// Longer than the question allows.
        TooLong => "form.too_long",
        /// Not the kind of answer the question takes (only a client that
        /// bypassed the app sends that).
        Shape => "form.shape",
        /// Some of the day, month and year boxes are empty.
        DateIncomplete => "date.incomplete",
        /// Something other than digits in a date box, or a year not of four digits.
        DateFormat => "date.format",
        /// No such day, like 31 April.
        DateInvalid => "date.invalid",
        /// Before 1900.
        DateTooOld => "date.too_old",
        /// In the future, where the question asks for a past date.
        DateFuture => "date.future",
        /// In the past, where the question asks for a coming date.
        DatePast => "date.past",
    }
}

/// A calendar day, for the date rules: the caller says which day is today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// The date `days` after 1 January 1970 (Howard Hinnant's algorithm), so
    /// that server and browser turn a clock into a date the same way.
    pub fn from_unix_days(days: i64) -> Day {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u8;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as u16;
        Day { year, month, day }
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The rule a field's answer broke.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field's id.
    pub field: String,
    /// The rule's code, such as `curp.check_digit` or `form.required`.
    pub code: String,
}

/// Checks one answer. Returns the answer as it should be stored (CURPs in
/// capitals without spaces, dates as `YYYY-MM-DD`…), `None` for an optional
/// question left empty, or the rule that failed.
pub fn check_field(field: &Field, answer: Option<&Answer>, today: Day) -> Result<Option<Answer>, &'static str> {
    let empty = Answer::Text(String::new());
    let answer = answer.unwrap_or(&empty);
    if answer.is_blank() {
        return if field.required {
            Err(required_code(&field.input))
        } else {
            Ok(None)
        };
    }
    let text = || match answer {
        Answer::Text(text) => Ok(text.trim()),
        _ => Err(FormError::Shape.code()),
    };
    let checked = |result: Result<String, &'static str>| result.map(|value| Some(Answer::Text(value)));
    match &field.input {
        FieldKind::Text { max_length } | FieldKind::Textarea { max_length } => {
            let text = text()?;
            if text.chars().count() > usize::from(*max_length) {
                return Err(FormError::TooLong.code());
            }
            checked(Ok(text.to_owned()))
        }
        FieldKind::Radios { options } | FieldKind::Select { options } => {
            let text = text()?;
            if !options.iter().any(|option| option.value == text) {
                return Err(FormError::UnknownOption.code());
            }
            checked(Ok(text.to_owned()))
        }
        FieldKind::Checkboxes { options } => {
            let Answer::Choices(values) = answer else {
                return Err(FormError::Shape.code());
            };
            if !values
                .iter()
                .all(|value| options.iter().any(|option| &option.value == value))
            {
                return Err(FormError::UnknownOption.code());
            }
            Ok(Some(Answer::Choices(values.clone())))
        }
        FieldKind::Date { rule } => {
            let Answer::Date(parts) = answer else {
                return Err(FormError::Shape.code());
            };
            checked(check_date(parts, *rule, today).map(Day::iso).map_err(|e| e.code()))
        }
        FieldKind::Curp => checked(rule_result(validate::curp(text()?))),
        FieldKind::Rfc => checked(rule_result(validate::rfc(text()?))),
        FieldKind::Phone => checked(rule_result(validate::phone(text()?))),
        FieldKind::PostalCode => checked(rule_result(validate::postal_code(text()?))),
        FieldKind::Email => checked(rule_result(validate::email(text()?))),
        FieldKind::Nss => checked(rule_result(validate::nss(text()?))),
    }
}

/// Checks every answer of a form. Answers to questions the form doesn't ask
/// are dropped.
pub fn check_form(form: &FormDefinition, answers: &Answers, today: Day) -> Result<Answers, Vec<FieldError>> {
    let mut checked = Answers::new();
    let mut errors = Vec::new();
    for field in form.fields() {
        match check_field(field, answers.get(&field.id), today) {
            Ok(Some(answer)) => {
                checked.insert(field.id.clone(), answer);
            }
            Ok(None) => {}
            Err(code) => errors.push(FieldError {
                field: field.id.clone(),
                code: code.to_owned(),
            }),
        }
    }
    if errors.is_empty() { Ok(checked) } else { Err(errors) }
}

fn rule_result<T: ToString, E: Rule>(result: Result<T, E>) -> Result<String, &'static str> {
    result.map(|value| value.to_string()).map_err(|error| error.code())
}

fn required_code(kind: &FieldKind) -> &'static str {
    match kind {
        FieldKind::Radios { .. } | FieldKind::Checkboxes { .. } | FieldKind::Select { .. } => FormError::Choose.code(),
        FieldKind::Curp => validate::CurpError::ALL[0].code(),
        FieldKind::Rfc => validate::RfcError::ALL[0].code(),
        FieldKind::Phone => validate::PhoneError::ALL[0].code(),
        FieldKind::PostalCode => validate::PostalCodeError::ALL[0].code(),
        FieldKind::Email => validate::EmailError::ALL[0].code(),
        FieldKind::Nss => validate::NssError::ALL[0].code(),
        _ => FormError::Required.code(),
    }
}

pub(crate) fn check_date(parts: &DateParts, rule: DateRule, today: Day) -> Result<Day, FormError> {
    let boxes = [&parts.day, &parts.month, &parts.year].map(|part| part.trim());
    if boxes.iter().any(|part| part.is_empty()) {
        return Err(FormError::DateIncomplete);
    }
    if boxes.iter().any(|part| !part.bytes().all(|b| b.is_ascii_digit())) || boxes[2].len() != 4 {
        return Err(FormError::DateFormat);
    }
    let [day, month, year] = boxes.map(|part| part.parse::<u16>().unwrap_or(u16::MAX));
    let (Ok(day), Ok(month)) = (u8::try_from(day), u8::try_from(month)) else {
        return Err(FormError::DateInvalid);
    };
    if !calendar::is_real_date(year, month, day) {
        return Err(FormError::DateInvalid);
    }
    let date = Day { year, month, day };
    match rule {
        _ if year < 1900 => Err(FormError::DateTooOld),
        DateRule::Past if date > today => Err(FormError::DateFuture),
        DateRule::Future if date < today => Err(FormError::DatePast),
        _ => Ok(date),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{Choice, Step};

    const TODAY: Day = Day {
        year: 2026,
        month: 11,
        day: 28,
    };

    fn field(id: &str, required: bool, input: FieldKind) -> Field {
        Field {
            id: id.into(),
            label: id.into(),
            hint: None,
            required,
            autocomplete: None,
            input,
        }
    }

    fn text(value: &str) -> Answer {
        Answer::Text(value.into())
    }

    fn date(day: &str, month: &str, year: &str) -> Answer {
        Answer::Date(DateParts {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        })
    }

    fn options() -> Vec<Choice> {
        ["robo", "extravio"]
            .map(|value| Choice {
                value: value.into(),
                label: value.into(),
                hint: None,
            })
            .to_vec()
    }

    #[test]
    fn counts_days_into_dates() {
        assert_eq!(
            Day::from_unix_days(0),
            Day {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(Day::from_unix_days(20_785), TODAY);
        assert_eq!(
            Day::from_unix_days(19_782),
            Day {
                year: 2024,
                month: 2,
                day: 29
            }
        );
        assert_eq!(
            Day::from_unix_days(-1),
            Day {
                year: 1969,
                month: 12,
                day: 31
            }
        );
    }

    #[test]
    fn identifiers_are_normalized_with_their_own_rules() {
        let curp = field("curp", true, FieldKind::Curp);
        assert_eq!(
            check_field(&curp, Some(&text(" goml-850312 mdfnpr02 ")), TODAY),
            Ok(Some(text("GOML850312MDFNPR02")))
        );
        assert_eq!(check_field(&curp, None, TODAY), Err("curp.required"));
        assert_eq!(
            check_field(&curp, Some(&text("GOML850312MDFNPR03")), TODAY),
            Err("curp.check_digit")
        );
        let phone = field("phone", false, FieldKind::Phone);
        assert_eq!(check_field(&phone, Some(&text("  ")), TODAY), Ok(None));
        assert_eq!(
            check_field(&phone, Some(&text("55 1234 5678")), TODAY),
            Ok(Some(text("5512345678")))
        );
    }

    #[test]
    fn choices_must_be_offered() {
        let radios = field("reason", true, FieldKind::Radios { options: options() });
        assert_eq!(check_field(&radios, None, TODAY), Err("form.choose"));
        assert_eq!(check_field(&radios, Some(&text("robo")), TODAY), Ok(Some(text("robo"))));
        assert_eq!(
            check_field(&radios, Some(&text("otro")), TODAY),
            Err("form.unknown_option")
        );
        let boxes = field("docs", true, FieldKind::Checkboxes { options: options() });
        assert_eq!(
            check_field(&boxes, Some(&Answer::Choices(vec![])), TODAY),
            Err("form.choose")
        );
        assert_eq!(check_field(&boxes, Some(&text("robo")), TODAY), Err("form.shape"));
    }

    #[test]
    fn text_has_a_maximum_length() {
        let name = field("name", true, FieldKind::Text { max_length: 5 });
        assert_eq!(check_field(&name, Some(&text(" Peña ")), TODAY), Ok(Some(text("Peña"))));
        assert_eq!(check_field(&name, Some(&text("Ramírez")), TODAY), Err("form.too_long"));
        assert_eq!(check_field(&name, Some(&text("")), TODAY), Err("form.required"));
    }

    #[test]
    fn dates_follow_their_rule() {
        let born = field("born", true, FieldKind::Date { rule: DateRule::Past });
        let check = |answer: Answer| check_field(&born, Some(&answer), TODAY);
        assert_eq!(check(date("3", "12", "1985")), Ok(Some(text("1985-12-03"))));
        assert_eq!(check(date("", "12", "1985")), Err("date.incomplete"));
        assert_eq!(check(date("3", "dic", "1985")), Err("date.format"));
        assert_eq!(check(date("3", "12", "85")), Err("date.format"));
        assert_eq!(check(date("31", "4", "1985")), Err("date.invalid"));
        assert_eq!(check(date("1", "1", "1850")), Err("date.too_old"));
        assert_eq!(check(date("29", "11", "2026")), Err("date.future"));
        assert_eq!(check(date("28", "11", "2026")), Ok(Some(text("2026-11-28"))));
        let visit = field("visit", true, FieldKind::Date { rule: DateRule::Future });
        assert_eq!(
            check_field(&visit, Some(&date("27", "11", "2026")), TODAY),
            Err("date.past")
        );
    }

    #[test]
    fn a_form_reports_every_error_and_drops_unknown_answers() {
        let form = FormDefinition {
            id: "f".into(),
            service: "s".into(),
            title: "t".into(),
            agency: "a".into(),
            applicant: "curp".into(),
            next_steps: "n".into(),
            steps: vec![Step {
                id: "one".into(),
                title: "One".into(),
                intro: None,
                fields: vec![
                    field("curp", true, FieldKind::Curp),
                    field("reason", true, FieldKind::Radios { options: options() }),
                ],
            }],
        };
        let mut answers = Answers::new();
        answers.insert("curp".into(), text("goml850312mdfnpr02"));
        answers.insert("extra".into(), text("x"));
        assert_eq!(
            check_form(&form, &answers, TODAY),
            Err(vec![FieldError {
                field: "reason".into(),
                code: "form.choose".into()
            }])
        );
        answers.insert("reason".into(), text("robo"));
        let checked = check_form(&form, &answers, TODAY).unwrap();
        assert_eq!(checked.keys().collect::<Vec<_>>(), ["curp", "reason"]);
    }

    #[test]
    fn answers_round_trip_through_json() {
        let answers: Answers =
            serde_json::from_str(r#"{"a":"x","b":["robo"],"c":{"day":"1","month":"2","year":"2000"}}"#).unwrap();
        assert_eq!(answers["a"], text("x"));
        assert_eq!(answers["b"], Answer::Choices(vec!["robo".into()]));
        assert_eq!(answers["c"], date("1", "2", "2000"));
    }
}
