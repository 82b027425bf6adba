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
    /// The agency asked the applicant for more; their answer brings it
    /// back to review.
    InformationRequested,
    Approved,
    Rejected,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Received,
        Status::InReview,
        Status::InformationRequested,
        Status::Approved,
        Status::Rejected,
    ];

    /// The status with this code.
    pub fn parse(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Where a caseworker may take the application from here.
    pub fn decisions(self) -> &'static [Status] {
        match self {
            Status::Received => &[Status::InReview],
            Status::InReview => &[Status::InformationRequested, Status::Approved, Status::Rejected],
            // The applicant may never answer: the agency still decides.
            Status::InformationRequested => &[Status::Approved, Status::Rejected],
            Status::Approved | Status::Rejected => &[],
        }
    }

    pub fn is_resolved(self) -> bool {
        matches!(self, Status::Approved | Status::Rejected)
    }

    /// Whether the agency must say why, to the applicant: what it needs,
    /// or the reason of a refusal.
    pub fn needs_note(self) -> bool {
        matches!(self, Status::InformationRequested | Status::Rejected)
    }

    /// The stable code, also the suffix of its message id.
    pub fn code(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::InReview => "in_review",
            Status::InformationRequested => "information_requested",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
        }
    }
}

/// The longest note or reply, in characters: a message, not a document.
pub const MESSAGE_MAX_LENGTH: usize = 2000;

/// The code of a blank note or reply where one is needed.
pub const MESSAGE_REQUIRED: &str = "message.required";
/// The code of a note or reply over [`MESSAGE_MAX_LENGTH`].
pub const MESSAGE_TOO_LONG: &str = "message.too_long";

/// `text` trimmed, or what is wrong with it as field `field`'s message.
fn message(field: &str, text: &str, required: bool) -> Result<Option<String>, FieldError> {
    let text = text.trim();
    let error = |code: &str| FieldError {
        field: field.into(),
        code: code.into(),
    };
    if text.chars().count() > MESSAGE_MAX_LENGTH {
        Err(error(MESSAGE_TOO_LONG))
    } else if text.is_empty() {
        if required {
            Err(error(MESSAGE_REQUIRED))
        } else {
            Ok(None)
        }
    } else {
        Ok(Some(text.to_owned()))
    }
}

/// `POST /api/v1/staff/agencies/{agency}/applications/{folio}/status`: a
/// caseworker's decision, with the note the applicant reads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusUpdate {
    pub status: Status,
    /// Required when asking for information or rejecting; at most
    /// [`MESSAGE_MAX_LENGTH`] characters.
    #[serde(default)]
    pub note: String,
}

impl StatusUpdate {
    /// The note as kept (trimmed; none when blank), or what is wrong with it.
    /// Whether the application may go there is the server's to say.
    pub fn check(&self) -> Result<Option<String>, Vec<FieldError>> {
        message("note", &self.note, self.status.needs_note()).map_err(|e| vec![e])
    }
}

/// `POST /api/v1/applications/reply`: the applicant's answer to what the
/// agency asked, with what finds the application.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub folio: String,
    pub curp: String,
    /// At most [`MESSAGE_MAX_LENGTH`] characters.
    pub message: String,
}

impl Reply {
    /// The application asked for and the answer as kept, or every problem.
    pub fn check(&self) -> Result<(TrackingRequest, String), Vec<FieldError>> {
        let found = TrackingRequest {
            folio: self.folio.clone(),
            curp: self.curp.clone(),
        }
        .check();
        let message = message("message", &self.message, true);
        match (found, message) {
            (Ok(found), Ok(Some(message))) => Ok((found, message)),
            (found, message) => Err(found
                .err()
                .unwrap_or_default()
                .into_iter()
                .chain(message.err())
                .collect()),
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
    /// What the agency said with it: the information it needs, or the
    /// reason of its decision.
    pub note: Option<String>,
    /// The applicant's answer, on the change it brought back to review.
    /// Deleted with the answers once the application is resolved.
    pub reply: Option<String>,
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
    fn a_refusal_or_a_request_for_information_says_why_and_an_approval_may() {
        let update = |status, note: &str| {
            StatusUpdate {
                status,
                note: note.into(),
            }
            .check()
            .map_err(|errors| errors[0].code.clone())
        };
        assert_eq!(update(Status::Rejected, "  "), Err(MESSAGE_REQUIRED.into()));
        assert_eq!(update(Status::InformationRequested, ""), Err(MESSAGE_REQUIRED.into()));
        assert_eq!(update(Status::Approved, " "), Ok(None));
        assert_eq!(update(Status::Rejected, " No INE. "), Ok(Some("No INE.".into())));
        let long = "é".repeat(MESSAGE_MAX_LENGTH + 1);
        assert_eq!(update(Status::Approved, &long), Err(MESSAGE_TOO_LONG.into()));
        assert_eq!(update(Status::Approved, &long[2..]), Ok(Some(long[2..].into())));
    }

    #[test]
    fn a_reply_says_every_problem_at_once() {
        let reply = Reply {
            folio: " ".into(),
            curp: "GOML850312MDFNPR02".into(),
            message: "\n".into(),
        };
        let codes: Vec<_> = reply.check().unwrap_err().into_iter().map(|e| e.code).collect();
        assert_eq!(codes, [FOLIO_REQUIRED, MESSAGE_REQUIRED]);
    }

    #[test]
    fn only_a_case_under_way_can_be_decided() {
        assert!(Status::ALL.iter().all(|s| s.is_resolved() == s.decisions().is_empty()));
        assert!(!Status::Received.decisions().iter().any(|s| s.is_resolved()));
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
