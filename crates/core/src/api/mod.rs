//! The shapes of the HTTP API (`/api/v1`), shared by the server that writes
//! them and the app that reads them.

mod applications;
mod catalogue;
mod content;
mod curp_search;
mod editing;
mod offices;
mod query;
mod registry;
mod schedule;
mod search;
mod staff;
mod uploads;

pub use applications::*;
pub use catalogue::*;
pub use content::*;
pub use curp_search::{BORN_ABROAD, CheckedCurpSearch, NAME_MAX_LENGTH, SEXES, field as curp_field};
pub use editing::*;
pub use offices::*;
pub use query::*;
pub use registry::*;
pub use schedule::*;
pub use search::*;
pub use staff::*;
pub use uploads::*;

use serde::{Deserialize, Serialize};

/// `GET /api/v1/health`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
    pub version: String,
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
    /// Seconds to wait before asking again (a 429), as its `Retry-After` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u32>,
    /// Per-field errors of a rejected form submission, in the form's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<crate::forms::FieldError>,
}

/// One page of a longer list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    pub items: Vec<T>,
    /// How many items match, over all pages.
    pub total: u64,
    /// 1-based.
    pub page: u32,
    pub per_page: u32,
}

impl<T> Page<T> {
    pub fn page_count(&self) -> u32 {
        (self.total.div_ceil(u64::from(self.per_page.max(1)))) as u32
    }
}
