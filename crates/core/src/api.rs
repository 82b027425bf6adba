//! The shapes of the HTTP API (`/api/v1`), shared by the server that writes
//! them and the app that reads them.

use serde::{Deserialize, Serialize};

/// `GET /api/v1/health`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
    pub version: String,
}

/// A group of services, such as "Health" or "Identity and civil registry".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Category {
    pub slug: String,
    pub name: String,
    pub description: String,
}

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

/// An error answer, as RFC 9457 `application/problem+json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// A stable machine code, e.g. `curp.check_digit`; the app maps it to a message.
    pub code: String,
    /// The request parameter at fault, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
}
