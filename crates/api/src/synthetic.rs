//! A synthetic catalogue of any size, for benchmarks: the seed's services
//! repeated with variations (a state, a modality), so that the index grows
//! like a real one, with more words and more entries per word.

use std::path::Path;

use crate::db::Database;
use crate::db::seed::{self, Names};

/// Words that tell the variants of a service apart, as real catalogues do.
const MODALITIES: [(&str, &str); 8] = [
    ("modalidad presencial", "in-person modality"),
    ("trámite urgente", "urgent procedure"),
    ("reposición", "replacement"),
    ("renovación", "renewal"),
    ("para menores de edad", "for minors"),
    ("para personas mayores", "for older adults"),
    ("en el extranjero", "abroad"),
    ("segunda vez", "second time"),
];

/// Creates (or reuses) the database at `path` with the seed, then adds
/// variants until it holds `services` services. Returns how many it has.
pub fn generate(path: &Path, services: usize) -> Result<usize, Box<dyn std::error::Error>> {
    let db = Database::open(path)?;
    let templates = seed::services()?;
    let states: Vec<(String, String)> = db.blocking(|conn| {
        let mut statement = conn.prepare("SELECT code, name_es FROM states WHERE code <> 'NE' ORDER BY code")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
    })?;
    db.blocking_mut(|conn| {
        let existing: usize = conn.query_row("SELECT COUNT(*) FROM services", [], |row| row.get(0))?;
        let tx = conn.transaction()?;
        let names = Names::read(&tx)?;
        for n in existing..services {
            let mut s = templates[n % templates.len()].clone();
            let (state_code, state_name) = &states[n / templates.len() % states.len()];
            let (es, en) = MODALITIES[n / (templates.len() * states.len()) % MODALITIES.len()];
            let variant = n / templates.len();
            s.slug = format!("{}-{}-{variant}", s.slug, state_code.to_lowercase());
            s.homoclave = format!("SYN-{n:07}");
            s.name.es = format!("{} en {state_name}, {es}", s.name.es);
            s.name.en = format!("{} in {state_name}, {en}", s.name.en);
            s.online_form = None;
            s.popularity = (s.popularity / 2).saturating_add((n % 7) as u8);
            seed::insert_service(&tx, &s, &names)?;
        }
        tx.commit()?;
        Ok(existing.max(services))
    })
}
