use serde::{Deserialize, Serialize};

use crate::forms::Answers;

/// `POST /api/v1/applications`, sent with an `Idempotency-Key` header so
/// that a retried or doubled submission creates one application.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewApplication {
    /// The form definition's id.
    pub form: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: Answers,
}

/// Where an application is: each status change is kept, and texted to the
/// phones subscribed to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Received,
    InReview,
    Resolved,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Received, Status::InReview, Status::Resolved];

    /// The status with this code.
    pub fn parse(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The status that follows, if any.
    pub fn next(self) -> Option<Status> {
        match self {
            Status::Received => Some(Status::InReview),
            Status::InReview => Some(Status::Resolved),
            Status::Resolved => None,
        }
    }

    /// The stable code, also the suffix of its message id.
    pub fn code(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::InReview => "in_review",
            Status::Resolved => "resolved",
        }
    }
}

/// One entry of an application's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusChange {
    pub status: Status,
    /// RFC 3339 timestamp, in UTC.
    pub at: String,
}

/// What the server answers to a submission (201), and to its retries (200).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Receipt {
    /// The tracking number.
    pub folio: String,
    pub status: Status,
    /// RFC 3339 timestamp, in UTC.
    pub submitted_at: String,
}

/// `POST /api/v1/applications/track`: the folio alone never reveals an
/// application; the applicant's CURP must match too.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TrackingRequest {
    pub folio: String,
    pub curp: String,
}

/// An application as its applicant may see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationStatus {
    pub folio: String,
    pub form: String,
    /// The procedure's name, in the language asked for.
    pub title: String,
    /// The slug of its service sheet.
    pub service: String,
    pub status: Status,
    /// Oldest first.
    pub history: Vec<StatusChange>,
    /// The subscribed phones, masked except for their last two digits
    /// (`••••••••78`).
    pub sms: Vec<String>,
}

/// `POST /api/v1/applications/sms`: asks for a one-time code by SMS to
/// subscribe `phone` to the application's updates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SmsSubscription {
    pub folio: String,
    pub curp: String,
    pub phone: String,
}

/// `POST /api/v1/applications/sms/confirm`: the code received by SMS.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SmsConfirmation {
    pub folio: String,
    pub curp: String,
    pub phone: String,
    pub code: String,
}
