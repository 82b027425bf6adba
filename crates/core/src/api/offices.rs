//! Public Attention Centers: where services are done in person.

use serde::{Deserialize, Serialize};

use super::{AgencyRef, NamedRef};

/// A state of the republic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct State {
    /// The two-letter code used in the CURP, e.g. `JC`.
    pub code: String,
    pub name: String,
}

/// Opening hours of one weekday, `HH:MM` in Mexico City time; none when closed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DayHours {
    /// 1 = Monday … 7 = Sunday (ISO 8601).
    pub weekday: u8,
    pub opens: String,
    pub closes: String,
}

/// What an office has for people with disabilities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AccessibilityFeature {
    Ramp,
    AccessibleToilet,
    SignLanguage,
    Braille,
    Elevator,
    AccessibleParking,
}

/// A Public Attention Center.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Office {
    pub id: String,
    pub name: String,
    pub agency: AgencyRef,
    pub address: String,
    pub municipality: String,
    pub state: State,
    pub postal_code: String,
    pub lat: f64,
    pub lng: f64,
    pub phone: String,
    /// The days it opens; a weekday that is missing is closed.
    pub hours: Vec<DayHours>,
    pub accessibility: Vec<AccessibilityFeature>,
    /// The in-person services offered there.
    pub services: Vec<NamedRef>,
    /// Kilometres from the point asked with `near`, when one was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
}
