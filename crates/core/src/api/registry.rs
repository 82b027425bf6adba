use serde::{Deserialize, Serialize};

/// A person in the population registry, as `GET /api/v1/curp/{curp}` returns it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CurpRecord {
    pub curp: String,
    pub given_names: String,
    pub first_surname: String,
    pub second_surname: String,
    /// ISO 8601 date, `YYYY-MM-DD`.
    pub birth_date: String,
    /// `H` (hombre), `M` (mujer) or `X` (no binario).
    pub sex: String,
    /// The state code of the CURP (`NE` for born abroad).
    pub birth_state: String,
    pub birth_state_name: String,
    /// The registry document that backs the CURP, e.g. a birth certificate.
    pub source_document: String,
    /// ISO 8601 date on which the CURP was registered.
    pub registered_on: String,
}

/// `POST /api/v1/curp/search`: finds a CURP from the data it encodes. Sent
/// in a body, not a URL, so personal data stays out of logs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CurpSearch {
    pub given_names: String,
    pub first_surname: String,
    /// Empty for people with one surname.
    #[serde(default)]
    pub second_surname: String,
    pub birth_date: crate::forms::DateParts,
    /// `H`, `M` or `X`.
    pub sex: String,
    /// A state code such as `DF`, or `NE` for born abroad.
    pub birth_state: String,
}
