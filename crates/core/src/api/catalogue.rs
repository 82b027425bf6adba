//! The catalogue: services (trámites), the agencies that run them, and the
//! categories and life events that group them. Texts come in the language asked.

use serde::{Deserialize, Serialize};

/// A group of services, such as "Health" or "Identity and civil registry".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Category {
    pub slug: String,
    pub name: String,
    pub description: String,
}

/// A moment in life that needs several procedures, such as having a baby.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LifeEvent {
    pub slug: String,
    pub name: String,
    pub description: String,
}

/// How a service can be done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Online,
    InPerson,
    Phone,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Online, Channel::InPerson, Channel::Phone];

    pub fn code(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::InPerson => "in_person",
            Channel::Phone => "phone",
        }
    }

    pub fn parse(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// What a service costs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Cost {
    Free,
    /// A set amount, in Mexican pesos.
    Fixed {
        amount_mxn: f64,
        detail: String,
    },
    /// Depends on the case; `detail` says how it is computed.
    Variable {
        detail: String,
    },
}

/// How a requirement is handed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Presentation {
    Original,
    Copy,
    OriginalAndCopy,
    /// Information the applicant types or says, not a document.
    Data,
    /// An appointment booked before going in person.
    Appointment,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Requirement {
    pub name: String,
    pub detail: String,
    pub presentation: Presentation,
}

/// What it means when the authority does not answer in time
/// (afirmativa or negativa ficta).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Silence {
    /// Silence means yes.
    Positive,
    /// Silence means no.
    Negative,
    /// The answer is immediate, or silence has no legal effect.
    None,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contact {
    pub phone: String,
    pub email: String,
}

/// The few words of an agency that a service shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgencyRef {
    pub slug: String,
    pub acronym: String,
    pub name: String,
}

/// A slug with its name, to link to a category or a life event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NamedRef {
    pub slug: String,
    pub name: String,
}

/// A service as lists and search results show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceSummary {
    pub slug: String,
    pub homoclave: String,
    pub name: String,
    pub summary: String,
    pub agency: AgencyRef,
    pub channels: Vec<Channel>,
    pub cost: Cost,
    /// The id of the online form when it can be done 100 % online here.
    pub online_form: Option<String>,
}

/// The citizen-focused sheet of a service: every field the law asks a
/// registered procedure to publish, in plain language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Service {
    pub slug: String,
    pub homoclave: String,
    pub official_name: String,
    pub name: String,
    pub summary: String,
    pub who_can_apply: String,
    pub requirements: Vec<Requirement>,
    pub steps: Vec<String>,
    pub cost: Cost,
    pub response_time: String,
    /// Working days; 0 means the answer is immediate.
    pub max_response_days: u32,
    pub silence: Silence,
    pub validity: String,
    pub channels: Vec<Channel>,
    pub online_form: Option<String>,
    pub hours: String,
    pub contact: Contact,
    pub legal_basis: Vec<String>,
    pub agency: AgencyRef,
    pub categories: Vec<NamedRef>,
    pub life_events: Vec<NamedRef>,
    /// ISO 8601 date of the last update of the sheet.
    pub updated: String,
}

/// A federal agency (dependencia) and how to reach it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Agency {
    pub slug: String,
    pub acronym: String,
    pub name: String,
    pub description: String,
    pub website: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub service_count: u32,
}

/// An agency with its services.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgencyDetail {
    #[serde(flatten)]
    pub agency: Agency,
    pub services: Vec<ServiceSummary>,
}
