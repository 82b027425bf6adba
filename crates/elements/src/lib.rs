//! Ventanilla's rules for pages written in plain HTML: the wasm half of the
//! `<vnt-…>` custom elements (`elements/vnt-elements.js`), for teams that
//! don't use Rust.
//!
//! A field's answer is checked by `ventanilla_core::forms::check_field`, the
//! very function the app runs on every step of a procedure and the server
//! runs again on submission, and its message comes from the app's own locale
//! files, compiled in: a `<vnt-text-input validate="curp">` accepts and
//! rejects exactly what Ventanilla does, in the same words.
//!
//! The rules of a field are words separated by spaces, as in its `validate`
//! attribute (the element adds `required` when its control is `required`):
//!
//! - `required`: an empty answer is a problem; without it, an empty answer
//!   is valid and nothing else is checked;
//! - for text, at most one of `curp`, `rfc`, `nss`, `phone`, `postal-code`,
//!   `email` or `maxlength=<n>`;
//! - for a date, at most one of `past` (today or before, such as a date of
//!   birth) or `future` (today or after, such as an appointment).
//!
//! The messages name the field by its label (Fluent's `$whose = other`): on
//! another agency's page, an answer may be about someone else.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use ventanilla_core::clock::MexicoCityTime;
use ventanilla_core::forms::{Answer, DateParts, DateRule, Day, Field, FieldKind, check_field};
use ventanilla_core::lang::Lang;
use ventanilla_core::validate::message_key_for;
use wasm_bindgen::prelude::*;

/// Checks a text answer against `rules` (such as `"required curp"`) and
/// returns the message for the rule it breaks, in `lang` (`es`, `es-MX`,
/// `en`…; Spanish when unknown), naming the field by `label`; nothing when
/// the answer is valid. Throws on rules this version doesn't know.
#[wasm_bindgen]
pub fn check(rules: &str, value: &str, lang: &str, label: &str) -> Result<Option<String>, JsError> {
    problem(rules, false, &Answer::Text(value.to_owned()), today(), lang, label).map_err(|e| JsError::new(&e))
}

/// Checks a date typed in three boxes against `rules` (such as
/// `"required past"`), as [`check`] does a text; "today" is today in Mexico
/// City, by the browser's clock.
#[wasm_bindgen]
pub fn check_date(
    rules: &str,
    day: &str,
    month: &str,
    year: &str,
    lang: &str,
    label: &str,
) -> Result<Option<String>, JsError> {
    let answer = Answer::Date(DateParts {
        day: day.to_owned(),
        month: month.to_owned(),
        year: year.to_owned(),
    });
    problem(rules, true, &answer, today(), lang, label).map_err(|e| JsError::new(&e))
}

/// The elements' words `id` that are not a validator's message
/// (`error-prefix`, `title-text`, `count-remaining`, `count-over`,
/// `search-suggestions`), in `lang`, for the number `count` where they say
/// one; a missing message shows its id, never a blank.
#[wasm_bindgen]
pub fn say(id: &str, lang: &str, count: u32) -> String {
    let key = format!("elements-{id}");
    let mut args = FluentArgs::new();
    args.set("count", count);
    with_bundle(Lang::parse(lang).unwrap_or_default(), |bundle| {
        let pattern = bundle.get_message(&key)?.value()?;
        Some(
            bundle
                .format_pattern(pattern, Some(&args), &mut Vec::new())
                .into_owned(),
        )
    })
    .unwrap_or(key)
}

#[wasm_bindgen]
extern "C" {
    /// Milliseconds since 1970 (UTC) by the browser's clock.
    #[wasm_bindgen(js_namespace = Date)]
    fn now() -> f64;
}

/// Today's date in Mexico City, where forms' dates mean days.
fn today() -> Day {
    MexicoCityTime::at((now() / 1000.0).floor() as i64).day
}

/// The message for the rule `answer` breaks, if any; an error for rules
/// that make no sense.
fn problem(
    rules: &str,
    date: bool,
    answer: &Answer,
    today: Day,
    lang: &str,
    label: &str,
) -> Result<Option<String>, String> {
    let field = question(rules, date, label)?;
    Ok(check_field(&field, Some(answer), today)
        .err()
        .map(|code| message(Lang::parse(lang).unwrap_or_default(), code, &field)))
}

/// The question that `rules` describe, as core's form definitions do.
fn question(rules: &str, date: bool, label: &str) -> Result<Field, String> {
    let mut required = false;
    let mut kind = None;
    for rule in rules.split_whitespace() {
        let this = match (date, rule) {
            (_, "required") => {
                required = true;
                continue;
            }
            (false, "curp") => FieldKind::Curp,
            (false, "rfc") => FieldKind::Rfc,
            (false, "nss") => FieldKind::Nss,
            (false, "phone") => FieldKind::Phone,
            (false, "postal-code") => FieldKind::PostalCode,
            (false, "email") => FieldKind::Email,
            (true, "past") => FieldKind::Date { rule: DateRule::Past },
            (true, "future") => FieldKind::Date { rule: DateRule::Future },
            (false, _) => match rule.strip_prefix("maxlength=") {
                Some(max) => FieldKind::Text {
                    max_length: max
                        .parse()
                        .map_err(|_| format!("{rule:?}: the length must be a whole number up to 65535"))?,
                },
                None => return Err(format!("{rule:?} is not a rule for a text")),
            },
            (true, _) => return Err(format!("{rule:?} is not a rule for a date")),
        };
        if kind.replace(this).is_some() {
            return Err(format!("{rules:?} names more than one kind of answer"));
        }
    }
    let input = kind.unwrap_or(if date {
        FieldKind::Date { rule: DateRule::Any }
    } else {
        FieldKind::Text { max_length: u16::MAX }
    });
    Ok(Field {
        id: String::new(),
        label: label.to_owned(),
        hint: None,
        required,
        autocomplete: None,
        input,
    })
}

/// The words for error `code` of `field`, in `lang`; a missing message
/// shows its id, never a blank.
fn message(lang: Lang, code: &str, field: &Field) -> String {
    let key = message_key_for(code);
    let mut args = FluentArgs::new();
    args.set("whose", "other");
    args.set("label", field.label.as_str());
    args.set("max", field.input.max_length().unwrap_or_default());
    with_bundle(lang, |bundle| {
        let pattern = bundle.get_message(&key)?.value()?;
        Some(
            bundle
                .format_pattern(pattern, Some(&args), &mut Vec::new())
                .into_owned(),
        )
    })
    .unwrap_or(key)
}

thread_local! {
    // Each parsed when first needed: a page speaks one language.
    static SPANISH: FluentBundle<FluentResource> = bundle(Lang::Es);
    static ENGLISH: FluentBundle<FluentResource> = bundle(Lang::En);
}

fn with_bundle<R>(lang: Lang, f: impl FnOnce(&FluentBundle<FluentResource>) -> R) -> R {
    match lang {
        Lang::Es => SPANISH.with(f),
        Lang::En => ENGLISH.with(f),
    }
}

/// The app's own messages for the validators, and the elements' words, in `lang`.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let sources = match lang {
        Lang::Es => [
            include_str!("../../../locales/es-MX/validation.ftl"),
            include_str!("../../../locales/es-MX/elements.ftl"),
        ],
        Lang::En => [
            include_str!("../../../locales/en/validation.ftl"),
            include_str!("../../../locales/en/elements.ftl"),
        ],
    };
    let mut bundle = FluentBundle::new(vec![lang.tag().parse().expect("a valid language tag")]);
    // Isolation marks (U+2068/U+2069) would end up in the page and in screen-reader output.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = FluentResource::try_new(source.to_owned()).expect("locales parse (checked by the app's tests)");
        bundle
            .add_resource(resource)
            .expect("no duplicate message ids (checked by the app's tests)");
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Day = Day {
        year: 2026,
        month: 11,
        day: 28,
    };

    fn text(rules: &str, value: &str, lang: &str, label: &str) -> Option<String> {
        problem(rules, false, &Answer::Text(value.into()), TODAY, lang, label).unwrap()
    }

    fn date(rules: &str, [day, month, year]: [&str; 3]) -> Option<String> {
        let answer = Answer::Date(DateParts {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        });
        problem(rules, true, &answer, TODAY, "es-MX", "Fecha de nacimiento").unwrap()
    }

    #[test]
    fn identifiers_follow_core_and_name_the_field_by_its_label() {
        assert_eq!(
            text("required curp", "", "es-MX", "CURP").as_deref(),
            Some("Escribe tu respuesta a «CURP»")
        );
        assert_eq!(text("required curp", " goml-850312 mdfnpr02 ", "es", "CURP"), None);
        assert_eq!(
            text("curp", "GOML850312MDFNPR03", "es-MX", "CURP").as_deref(),
            Some(
                "Revisa «CURP»: el último número no coincide con el resto. Cópiala tal como aparece en la constancia de CURP"
            )
        );
        assert_eq!(text("required rfc", "GODE561231GR8", "es-MX", "RFC"), None);
        assert_eq!(
            text("required rfc", "GODE561231GR9", "en", "RFC").as_deref(),
            Some(
                "Check “RFC”: the last character doesn’t match the rest. Copy it as it appears on the tax status certificate (Constancia de Situación Fiscal)"
            )
        );
        assert_eq!(
            text("postal-code", "00100", "en-GB", "Postal code").as_deref(),
            Some("Check “Postal code”: no postal code in Mexico starts with 00")
        );
        assert_eq!(text("required email", "ana@example.com", "es", "Correo"), None);
        assert_eq!(text("required phone", "55 1234 5678", "es", "Teléfono"), None);
        assert_eq!(
            text("required nss", "", "es", "NSS").as_deref(),
            Some("Escribe tu respuesta a «NSS»")
        );
    }

    #[test]
    fn an_empty_answer_is_valid_unless_required() {
        assert_eq!(text("curp", "", "es", "CURP"), None);
        assert_eq!(text("", "  ", "es", "Nombre"), None);
        assert_eq!(
            text("required", " ", "es", "Nombre").as_deref(),
            Some("Escribe tu respuesta a «Nombre»")
        );
        assert_eq!(
            text("required", "", "en", "Name").as_deref(),
            Some("Enter your answer to “Name”")
        );
    }

    #[test]
    fn a_long_answer_says_the_limit() {
        assert_eq!(text("maxlength=5", " Peña ", "es", "Comentarios"), None);
        assert_eq!(
            text("maxlength=5", "Ramírez", "es", "Comentarios").as_deref(),
            Some("Tu respuesta a «Comentarios» es demasiado larga: escribe 5 caracteres o menos")
        );
    }

    #[test]
    fn dates_follow_their_rule_in_mexico_city() {
        assert_eq!(
            date("required past", ["", "", ""]).as_deref(),
            Some("Escribe tu respuesta a «Fecha de nacimiento»")
        );
        assert_eq!(date("past", ["", "", ""]), None);
        assert_eq!(
            date("past", ["12", "", ""]).as_deref(),
            Some("Escribe el día, el mes y el año de «Fecha de nacimiento»")
        );
        assert_eq!(
            date("", ["3", "dic", "1985"]).as_deref(),
            Some("Escribe «Fecha de nacimiento» solo con números, por ejemplo 27 3 1990, y el año con 4 cifras")
        );
        assert_eq!(
            date("", ["31", "4", "1985"]).as_deref(),
            Some("«Fecha de nacimiento» debe ser una fecha real: revisa el día y el mes")
        );
        assert_eq!(
            date("", ["1", "1", "1850"]).as_deref(),
            Some("El año de «Fecha de nacimiento» debe ser 1900 o posterior")
        );
        assert_eq!(
            date("past", ["29", "11", "2026"]).as_deref(),
            Some("«Fecha de nacimiento» debe ser hoy o una fecha pasada")
        );
        assert_eq!(date("", ["29", "11", "2026"]), None);
        assert_eq!(date("required past", [" 12 ", "3", "1985"]), None);
        assert_eq!(
            date("future", ["27", "11", "2026"]).as_deref(),
            Some("«Fecha de nacimiento» debe ser hoy o una fecha futura")
        );
    }

    #[test]
    fn the_elements_words_come_from_the_locales_with_their_plurals() {
        assert_eq!(say("count-remaining", "es-MX", 1), "Te queda 1 carácter");
        assert_eq!(say("count-over", "es", 3), "Te sobran 3 caracteres");
        assert_eq!(say("count-remaining", "en", 0), "You have 0 characters remaining");
        assert_eq!(say("search-suggestions", "es", 0), "No hay sugerencias");
        assert_eq!(
            say("search-suggestions", "en", 2),
            "2 suggestions. Use the arrow keys to choose one."
        );
        assert_eq!(say("title-text", "en", 0), "There is a problem");
        assert_eq!(say("nonsense", "es", 0), "elements-nonsense");
    }

    #[test]
    fn rules_that_make_no_sense_are_the_page_s_mistake() {
        let answer = Answer::Text("x".into());
        for rules in [
            "crup",
            "curp rfc",
            "past",
            "maxlength=",
            "maxlength=70000",
            "curp maxlength=5",
        ] {
            assert!(problem(rules, false, &answer, TODAY, "es", "X").is_err(), "{rules}");
        }
        let answer = Answer::Date(DateParts::default());
        for rules in ["curp", "past future", "maxlength=5"] {
            assert!(problem(rules, true, &answer, TODAY, "es", "X").is_err(), "{rules}");
        }
    }

    #[test]
    fn every_message_is_plain_text_in_both_languages() {
        for code in ventanilla_core::validate::all_codes() {
            let field = question("maxlength=200", false, "Pregunta").unwrap();
            for lang in Lang::ALL {
                let words = message(lang, code, &field);
                assert_ne!(words, message_key_for(code), "{code} has no message in {}", lang.tag());
                assert!(!words.contains(['\u{2068}', '\u{2069}', '{']), "{code}: {words}");
            }
        }
        assert_eq!(Lang::parse("fr").unwrap_or_default(), Lang::Es);
    }
}
