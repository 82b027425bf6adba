//! The states and the demo population registry.

use rusqlite::{Transaction, params};
use serde::Deserialize;

use super::{Bilingual, parse};

#[derive(Deserialize)]
struct State {
    code: String,
    name: Bilingual,
}

#[derive(Deserialize)]
struct Person {
    curp: String,
    given_names: String,
    first_surname: String,
    second_surname: String,
    birth_date: String,
    sex: String,
    birth_state: String,
    source_document: Bilingual,
    registered_on: String,
}

pub fn load(tx: &Transaction) -> rusqlite::Result<()> {
    let states: Vec<State> = parse("states.json", include_str!("../../../seed/states.json"))?;
    let mut insert = tx.prepare("INSERT INTO states (code, name_es, name_en) VALUES (?1, ?2, ?3)")?;
    for s in &states {
        insert.execute(params![s.code, s.name.es, s.name.en])?;
    }

    let people: Vec<Person> = parse("curp_registry.json", include_str!("../../../seed/curp_registry.json"))?;
    let mut insert = tx.prepare(
        "INSERT INTO curp_registry (curp, given_names, first_surname, second_surname, birth_date, sex,
         birth_state, source_document_es, source_document_en, registered_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for p in &people {
        insert.execute(params![
            p.curp,
            p.given_names,
            p.first_surname,
            p.second_surname,
            p.birth_date,
            p.sex,
            p.birth_state,
            p.source_document.es,
            p.source_document.en,
            p.registered_on
        ])?;
    }
    Ok(())
}
