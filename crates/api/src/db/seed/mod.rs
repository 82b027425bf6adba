//! The sample data loaded into a new database. It lives in `seed/*.json` so
//! that it can be read and reviewed as data.

mod catalogue;
pub mod content;
pub mod forms;
mod offices;
mod registry;

use rusqlite::Transaction;
use serde::Deserialize;

pub use catalogue::{Names, insert_service, services, unknown};

/// A text in both languages, as the seed files write it.
#[derive(Clone, Debug, Deserialize)]
pub struct Bilingual {
    pub es: String,
    pub en: String,
}

impl Bilingual {
    pub fn get(&self, lang: ventanilla_core::lang::Lang) -> &str {
        match lang {
            ventanilla_core::lang::Lang::Es => &self.es,
            ventanilla_core::lang::Lang::En => &self.en,
        }
    }
}

/// Parses a seed file, naming it in the error.
pub fn parse<T: for<'de> Deserialize<'de>>(name: &str, json: &str) -> rusqlite::Result<T> {
    serde_json::from_str(json)
        .map_err(|error| rusqlite::Error::ToSqlConversionFailure(format!("seed/{name}: {error}").into()))
}

pub fn load(tx: &Transaction) -> rusqlite::Result<()> {
    registry::load(tx)?;
    catalogue::load(tx)?;
    offices::load(tx)?;
    forms::load(tx)?;
    content::load(tx)
}
