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
        check(tx, &es).map_err(|problem| invalid(&es.id, &problem))?;
        let json = |form: &FormDefinition| serde_json::to_string(form).expect("a definition serializes");
        insert.execute(params![es.id, es.service, json(&es), json(&en)])?;
    }
    Ok(())
}

/// The definition in one language, with its agency's name.
fn localize(tx: &Transaction, form: &Value, lang: Lang) -> rusqlite::Result<FormDefinition> {
    let mut form = pick(form, lang);
    let id = form["id"].as_str().unwrap_or("?").to_owned();
    let service = form["service"].as_str().unwrap_or("").to_owned();
    let agency: Option<String> = tx
        .query_row(
            &format!(
                "SELECT a.name_{} FROM services s JOIN agencies a ON a.slug = s.agency WHERE s.slug = ?1",
                lang.code()
            ),
            [&service],
            |row| row.get(0),
        )
        .optional()?;
    let agency = agency.ok_or_else(|| invalid(&id, &format!("no service {service}")))?;
    form["agency"] = Value::String(agency);
    serde_json::from_value(form).map_err(|error| invalid(&id, &error.to_string()))
}

/// Replaces every bilingual `{"es": …, "en": …}` with its text in `lang`.
fn pick(value: &Value, lang: Lang) -> Value {
    match value {
        Value::Object(map) if map.len() == 2 && map.contains_key("es") && map.contains_key("en") => {
            map[lang.code()].clone()
        }
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), pick(v, lang))).collect()),
        Value::Array(items) => Value::Array(items.iter().map(|v| pick(v, lang)).collect()),
        other => other.clone(),
    }
}

/// What the app relies on: unique questions, an applicant CURP, real
/// choices, and a service that says it is done with this form.
fn check(tx: &Transaction, form: &FormDefinition) -> Result<(), String> {
    let mut ids = HashSet::new();
    for field in form.fields() {
        if !ids.insert(field.id.as_str()) {
            return Err(format!("field {} asked twice", field.id));
        }
        let options = field.input.options();
        let values: HashSet<_> = options.iter().map(|o| o.value.as_str()).collect();
        if values.len() != options.len() || (options.is_empty() && is_choice(&field.input)) || options.len() == 1 {
            return Err(format!("field {} needs two or more distinct options", field.id));
        }
    }
    match form.field(&form.applicant) {
        Some(field) if field.input == FieldKind::Curp => {}
        _ => return Err(format!("applicant {} is not a CURP question", form.applicant)),
    }
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
