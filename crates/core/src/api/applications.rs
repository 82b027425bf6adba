use serde::{Deserialize, Serialize};

use crate::forms::{Answers, FieldError};

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

impl TrackingRequest {
    /// The request as the server looks it up (the folio without spaces, in
    /// capitals; the CURP normalized), or what is wrong with it: a blank
    /// folio (`folio.required`), then the CURP's rule.
    pub fn check(&self) -> Result<TrackingRequest, Vec<FieldError>> {
        let folio = normalize_folio(&self.folio);
        let curp = crate::validate::curp(&self.curp);
        let mut errors = Vec::new();
        if folio.is_empty() {
            errors.push(FieldError {
                field: "folio".into(),
                code: FOLIO_REQUIRED.into(),
            });
        }
        match curp {
            Ok(curp) if errors.is_empty() => Ok(TrackingRequest {
                folio,
                curp: curp.to_string(),
            }),
            Ok(_) => Err(errors),
            Err(rule) => {
                errors.push(FieldError {
                    field: "curp".into(),
                    code: crate::validate::Rule::code(&rule).into(),
                });
                Err(errors)
            }
        }
    }
}

/// The code of a tracking request without a folio.
pub const FOLIO_REQUIRED: &str = "folio.required";

/// A folio as people type it, as it is stored: no spaces, capitals.
pub fn normalize_folio(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn request(folio: &str, curp: &str) -> Result<TrackingRequest, Vec<(String, String)>> {
        let request = TrackingRequest {
            folio: folio.into(),
            curp: curp.into(),
        };
        request
            .check()
            .map_err(|errors| errors.into_iter().map(|e| (e.field, e.code)).collect())
    }

    #[test]
    fn a_tracking_request_needs_a_folio_and_a_sound_curp() {
        let found = request(" ven-ab12 cd34 ", "goml850312mdfnpr02").unwrap();
        assert_eq!(
            (found.folio.as_str(), found.curp.as_str()),
            ("VEN-AB12CD34", "GOML850312MDFNPR02")
        );
        let both = request("  ", "GOML850312MDFNPR03").unwrap_err();
        assert_eq!(
            both,
            [
                ("folio".to_owned(), FOLIO_REQUIRED.to_owned()),
                ("curp".to_owned(), "curp.check_digit".to_owned())
            ]
        );
    }
}
