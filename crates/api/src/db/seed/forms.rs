//! The online procedures' form definitions (`seed/forms/*.json`): each is a
//! `FormDefinition` whose texts are bilingual, localized here once per
//! language and checked, so a broken definition stops the server at start.

use std::collections::HashSet;

use rusqlite::{OptionalExtension, Transaction, params};
use serde_json::Value;
use ventanilla_core::forms::{FieldKind, FormDefinition};
use ventanilla_core::lang::Lang;

use super::parse;

pub fn load(tx: &Transaction) -> rusqlite::Result<()> {
    let forms: Vec<Value> = parse("forms", include_str!(concat!(env!("OUT_DIR"), "/forms.json")))?;
    let mut insert = tx.prepare("INSERT INTO forms (id, service, json_es, json_en) VALUES (?1, ?2, ?3, ?4)")?;
    for form in &forms {
        let [es, en] = Lang::ALL.map(|lang| localize(tx, form, lang));
        let (es, en) = (es?, en?);
        check(&es)
            .and_then(|()| names_it(tx, &es))
            .map_err(|problem| invalid(&es.id, &problem))?;
        let json = |form: &FormDefinition| serde_json::to_string(form).expect("a definition serializes");
        insert.execute(params![es.id, es.service, json(&es), json(&en)])?;
    }
    Ok(())
}

/// The name and agency a form takes from its service: one procedure, one
/// name, on its sheet and on its form.
struct FromService {
    title: String,
    agency: String,
}

/// The definition in one language, with its service's name and agency.
fn localize(tx: &Transaction, form: &Value, lang: Lang) -> rusqlite::Result<FormDefinition> {
    let id = form["id"].as_str().unwrap_or("?");
    let service = form["service"].as_str().unwrap_or("");
    let code = lang.code();
    let from_service = tx
        .query_row(
            &format!(
                "SELECT s.name_{code}, a.name_{code} FROM services s JOIN agencies a ON a.slug = s.agency WHERE s.slug = ?1"
            ),
            [service],
            |row| Ok(FromService { title: row.get(0)?, agency: row.get(1)? }),
        )
        .optional()?;
    let from_service = from_service.ok_or_else(|| invalid(id, &format!("no service {service}")))?;
    localized(form, lang, from_service).map_err(|problem| invalid(id, &problem))
}

/// The seed's `form` in `lang`, read strictly: every text bilingual, no
/// name or agency of its own, no key a definition doesn't have.
fn localized(form: &Value, lang: Lang, from_service: FromService) -> Result<FormDefinition, String> {
    if !form.is_object() {
        return Err("not a JSON object".into());
    }
    for key in ["title", "agency"] {
        if form.get(key).is_some() {
            return Err(format!("{key} comes from the service: leave it out"));
        }
    }
    let mut picked = pick(form, lang, "")?;
    picked["title"] = Value::String(from_service.title);
    picked["agency"] = Value::String(from_service.agency);
    let definition: FormDefinition = serde_json::from_value(picked.clone()).map_err(|error| error.to_string())?;
    let kept = serde_json::to_value(&definition).expect("a definition serializes");
    match dropped(&picked, &kept, "") {
        Some(path) => Err(format!("{path} is not part of a form definition")),
        None => Ok(definition),
    }
}

/// The keys whose values a citizen reads: bilingual in the seed.
const TEXTS: [&str; 5] = ["title", "intro", "label", "hint", "next_steps"];

/// Replaces every text with its version in `lang`; a text that is not
/// `{"es": "…", "en": "…"}` is an error naming where it is.
fn pick(value: &Value, lang: Lang, path: &str) -> Result<Value, String> {
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(key, value)| {
                let path = format!("{path}.{key}");
                let value = if TEXTS.contains(&key.as_str()) {
                    text(value, lang).ok_or_else(|| format!("{path} needs a text in es and en"))?
                } else {
                    pick(value, lang, &path)?
                };
                Ok((key.clone(), value))
            })
            .collect::<Result<_, String>>()
            .map(Value::Object),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(n, item)| pick(item, lang, &format!("{path}[{n}]")))
            .collect::<Result<_, String>>()
            .map(Value::Array),
        other => Ok(other.clone()),
    }
}

/// The `lang` side of a bilingual text, if both sides are there and not blank.
fn text(value: &Value, lang: Lang) -> Option<Value> {
    let map = value.as_object()?;
    let filled = |lang: Lang| {
        map.get(lang.code())
            .and_then(Value::as_str)
            .is_some_and(|t| !t.trim().is_empty())
    };
    (map.len() == 2 && Lang::ALL.into_iter().all(filled)).then(|| map[lang.code()].clone())
}

/// The first key of `given` that the parsed definition dropped: without
/// this a misspelt key (`"hnit"`) would vanish without a word.
fn dropped(given: &Value, kept: &Value, path: &str) -> Option<String> {
    match (given, kept) {
        (Value::Object(given), Value::Object(kept)) => given.iter().find_map(|(key, value)| {
            let path = format!("{path}.{key}");
            match kept.get(key) {
                Some(kept) => dropped(value, kept, &path),
                None => Some(path),
            }
        }),
        (Value::Array(given), Value::Array(kept)) => given
            .iter()
            .zip(kept)
            .enumerate()
            .find_map(|(n, (given, kept))| dropped(given, kept, &format!("{path}[{n}]"))),
        _ => None,
    }
}

/// What the app relies on: unique questions, an applicant CURP and real
/// choices.
fn check(form: &FormDefinition) -> Result<(), String> {
    let mut ids = HashSet::new();
    for field in form.fields() {
        if !ids.insert(field.id.as_str()) {
            return Err(format!("field {} asked twice", field.id));
        }
        let options = field.input.options();
        let values: HashSet<_> = options.iter().map(|o| o.value.as_str()).collect();
        if values.len() != options.len() || (is_choice(&field.input) && options.len() < 2) {
            return Err(format!("field {} needs two or more distinct options", field.id));
        }
    }
    match form.field(&form.applicant) {
        Some(field) if field.input == FieldKind::Curp => Ok(()),
        _ => Err(format!("applicant {} is not a CURP question", form.applicant)),
    }
}

/// The service's sheet must say it is done online with this form, or its
/// "do it online" button would lead elsewhere.
fn names_it(tx: &Transaction, form: &FormDefinition) -> Result<(), String> {
    let online_form: Option<String> = tx
        .query_row(
            "SELECT json_extract(sheet_es, '$.online_form') FROM services WHERE slug = ?1",
            [&form.service],
            |row| row.get(0),
        )
        .map_err(|e| e.to_string())?;
    if online_form.as_deref() != Some(form.id.as_str()) {
        return Err(format!("service {} does not name this form", form.service));
    }
    Ok(())
}

fn is_choice(kind: &FieldKind) -> bool {
    matches!(
        kind,
        FieldKind::Radios { .. } | FieldKind::Checkboxes { .. } | FieldKind::Select { .. }
    )
}

fn invalid(id: &str, problem: &str) -> rusqlite::Error {
    rusqlite::Error::ToSqlConversionFailure(format!("seed/forms/{id}.json: {problem}").into())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn form(fields: Value) -> Value {
        let title = json!({"es": "Título", "en": "Title"});
        json!({"id": "f", "service": "s", "applicant": "curp", "next_steps": title,
               "steps": [{"id": "one", "title": title, "fields": fields}]})
    }

    fn field(id: &str, input: Value) -> Value {
        json!({"id": id, "label": {"es": "Pregunta", "en": "Question"}, "required": true, "input": input})
    }

    /// The Spanish definition, or the first problem found.
    fn load(form: &Value) -> Result<FormDefinition, String> {
        let service = FromService {
            title: "Cambiar tu clínica".into(),
            agency: "IMSS".into(),
        };
        let definition = localized(form, Lang::Es, service)?;
        check(&definition).map(|()| definition)
    }

    #[test]
    fn texts_are_localized_and_must_be_bilingual() {
        let good = form(json!([field("curp", json!({"type": "curp"}))]));
        let definition = load(&good).unwrap();
        assert_eq!(definition.steps[0].fields[0].label, "Pregunta");
        assert_eq!(definition.title, "Cambiar tu clínica");
        let mut one_language = good.clone();
        one_language["steps"][0]["fields"][0]["label"] = json!("Pregunta");
        assert_eq!(
            load(&one_language).unwrap_err(),
            ".steps[0].fields[0].label needs a text in es and en"
        );
        let mut blank_english = good.clone();
        blank_english["next_steps"] = json!({"es": "Título", "en": " "});
        assert_eq!(
            load(&blank_english).unwrap_err(),
            ".next_steps needs a text in es and en"
        );
        let mut misspelt = good;
        misspelt["steps"][0]["fields"][0]["hnit"] = json!("…");
        assert_eq!(
            load(&misspelt).unwrap_err(),
            ".steps[0].fields[0].hnit is not part of a form definition"
        );
        // One procedure, one name: the form is called as its sheet is.
        for (key, value) in [
            ("agency", json!("IMSS")),
            ("title", json!({"es": "Otro", "en": "Other"})),
        ] {
            let mut own = form(json!([field("curp", json!({"type": "curp"}))]));
            own[key] = value;
            assert_eq!(
                load(&own).unwrap_err(),
                format!("{key} comes from the service: leave it out")
            );
        }
    }

    #[test]
    fn questions_choices_and_applicant_are_checked() {
        let option = |value: &str| json!({"value": value, "label": {"es": "Opción", "en": "Option"}});
        let curp = field("curp", json!({"type": "curp"}));
        let twice = form(json!([curp, field("curp", json!({"type": "phone"}))]));
        assert_eq!(load(&twice).unwrap_err(), "field curp asked twice");
        let same = field("why", json!({"type": "radios", "options": [option("a"), option("a")]}));
        let alone = field("why", json!({"type": "select", "options": [option("a")]}));
        for bad in [same, alone] {
            assert_eq!(
                load(&form(json!([curp, bad]))).unwrap_err(),
                "field why needs two or more distinct options"
            );
        }
        let not_curp = form(json!([field("curp", json!({"type": "text", "max_length": 18}))]));
        assert_eq!(load(&not_curp).unwrap_err(), "applicant curp is not a CURP question");
    }
}
