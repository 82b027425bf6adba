//! The agencies' side (`/api/v1/staff/…`): staff accounts, their roles and
//! their sessions.

use serde::{Deserialize, Serialize};

/// What a person may do, always within one agency, except a platform admin.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Manages the agencies and their admins; of no agency.
    PlatformAdmin,
    /// Manages the agency's staff and reads its audit log.
    AgencyAdmin,
    /// Works the agency's applications.
    Caseworker,
    /// Writes the agency's content.
    Editor,
    /// Publishes the agency's content.
    Publisher,
    /// Moderates the agency's consultations.
    Moderator,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::PlatformAdmin,
        Role::AgencyAdmin,
        Role::Caseworker,
        Role::Editor,
        Role::Publisher,
        Role::Moderator,
    ];

    /// Its name in the API, the database and the command line.
    pub fn code(self) -> &'static str {
        match self {
            Role::PlatformAdmin => "platform_admin",
            Role::AgencyAdmin => "agency_admin",
            Role::Caseworker => "caseworker",
            Role::Editor => "editor",
            Role::Publisher => "publisher",
            Role::Moderator => "moderator",
        }
    }

    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    /// Whether the role is held within an agency (all but the platform admin's).
    pub fn needs_agency(self) -> bool {
        self != Role::PlatformAdmin
    }
}

/// One role a person holds, and the agency it is held in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoleGrant {
    pub role: Role,
    /// The agency's slug; none for a platform admin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
}

/// `GET /api/v1/staff/enrolment/{token}`: what a person needs to set up
/// their second factor, shown once, while the enrolment link is valid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrolmentStart {
    pub email: String,
    /// The TOTP key in base32, to type into an authenticator app.
    pub secret: String,
    /// The same key as an `otpauth://` URI, for a QR code.
    pub otpauth_uri: String,
}

/// `POST /api/v1/staff/enrolment/{token}`: the chosen password and a code
/// from the authenticator app, which proves it was set up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Enrolment {
    pub password: String,
    pub code: String,
}

/// The answer to an enrolment: the recovery codes, shown this once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Enrolled {
    pub recovery_codes: Vec<String>,
}

/// `POST /api/v1/staff/session`: signing in. `code` is the authenticator
/// app's code, or one of the recovery codes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    pub email: String,
    pub password: String,
    pub code: String,
}

/// `GET /api/v1/staff/session`: who is signed in, and the token that every
/// state-changing request must send back as `X-CSRF-Token`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffSession {
    pub email: String,
    pub roles: Vec<RoleGrant>,
    pub csrf_token: String,
    /// Seconds of inactivity before the session ends.
    pub idle_timeout: u32,
}

/// One application in an agency's queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueuedApplication {
    pub folio: String,
    /// The form definition's id.
    pub form: String,
    /// The procedure's name, in the language asked for.
    pub title: String,
    pub status: crate::api::Status,
    /// RFC 3339, UTC.
    pub submitted_at: String,
}

/// An application as its agency's caseworker works it: where it is and the
/// citizen's answers, which the app lays out with the form's definition as
/// the citizen's check-your-answers page does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationCase {
    #[serde(flatten)]
    pub status: crate::api::ApplicationStatus,
    /// RFC 3339, UTC.
    pub submitted_at: String,
    /// Empty once the retention period has deleted them.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: crate::forms::Answers,
    /// When the retention period deleted the answers (RFC 3339, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers_deleted_at: Option<String>,
}

/// The shortest password accepted (NIST SP 800-63B asks at least 8; 12 for
/// accounts that reach personal data), with no rules on its composition.
pub const PASSWORD_MIN_LENGTH: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_s_code_names_it_both_ways() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.code()), Some(role));
            assert_eq!(serde_json::to_string(&role).unwrap(), format!("\"{}\"", role.code()));
        }
        assert_eq!(Role::parse("admin"), None);
    }
}
