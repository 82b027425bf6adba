//! The agencies' side (`/api/v1/staff/…`): staff accounts, their roles and
//! their sessions.

use serde::{Deserialize, Serialize};

use crate::forms::FieldError;

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
    /// The same key as an `otpauth://` URI, which opens an app on the same device.
    pub otpauth_uri: String,
    /// That URI as a QR code, for an app on a phone: an SVG image in a `data:` URL.
    pub qr_code: String,
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

/// `POST /api/v1/staff/invitations`: gives `email` a role in `agency`
/// (none for a platform admin) and, unless they have an account already, an
/// enrolment link by e-mail. Agency admins invite to their agency; only a
/// platform admin makes agency or platform admins elsewhere.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    pub email: String,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
}

/// The code of a role held in an agency, given none.
pub const AGENCY_REQUIRED: &str = "agency.required";
/// The code of a platform admin's role, given an agency.
pub const AGENCY_NOT_ALLOWED: &str = "agency.not_allowed";

impl Invitation {
    /// The invitation as kept (the e-mail trimmed, in lower case, as
    /// accounts are keyed), or every problem: an e-mail that is not one, a
    /// role of an agency without one, a platform admin's with one.
    pub fn check(&self) -> Result<Invitation, Vec<FieldError>> {
        let email = self.email.trim().to_lowercase();
        let agency = self.agency.as_deref().map(str::trim).filter(|a| !a.is_empty());
        let mut errors = Vec::new();
        if let Err(rule) = crate::validate::email(&email) {
            errors.push(FieldError {
                field: "email".into(),
                code: crate::validate::Rule::code(&rule).into(),
            });
        }
        match (self.role.needs_agency(), agency) {
            (true, None) => errors.push(FieldError {
                field: "agency".into(),
                code: AGENCY_REQUIRED.into(),
            }),
            (false, Some(_)) => errors.push(FieldError {
                field: "agency".into(),
                code: AGENCY_NOT_ALLOWED.into(),
            }),
            _ => {}
        }
        if errors.is_empty() {
            Ok(Invitation {
                email,
                role: self.role,
                agency: agency.map(str::to_owned),
            })
        } else {
            Err(errors)
        }
    }
}

/// A person with a role in an agency, as its admins see them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffMember {
    /// The account's id, for the paths that change it (an e-mail is not
    /// put in a URL).
    pub id: i64,
    pub email: String,
    /// Their roles in this agency.
    pub roles: Vec<Role>,
    /// Whether they have set up their password and second factor.
    pub enrolled: bool,
    /// Seconds until repeated failed sign-ins stop locking the account;
    /// none when it is not locked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_for: Option<i64>,
}

/// One entry of the audit log: who did what, when and from where, and what
/// changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditRecord {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    /// The staff member's e-mail, `cli` or `retention`.
    pub actor: String,
    /// The client's address.
    pub client: String,
    /// E.g. `application.status`.
    pub action: String,
    /// E.g. a folio or an e-mail.
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
    /// The agency it was done in.
    pub agency: Option<String>,
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

    #[test]
    fn an_invitation_names_an_agency_for_every_role_but_the_platform_admin_s() {
        let invite = |email: &str, role, agency: Option<&str>| {
            Invitation {
                email: email.into(),
                role,
                agency: agency.map(Into::into),
            }
            .check()
            .map_err(|errors| errors.into_iter().map(|e| e.code).collect::<Vec<_>>())
        };
        let kept = invite(" Ana@IMSS.gob.mx ", Role::Caseworker, Some("imss")).unwrap();
        assert_eq!(
            (kept.email.as_str(), kept.agency.as_deref()),
            ("ana@imss.gob.mx", Some("imss"))
        );
        assert_eq!(
            invite("ana@imss.gob.mx", Role::Editor, Some(" ")),
            Err(vec![AGENCY_REQUIRED.into()])
        );
        assert_eq!(
            invite("ana", Role::PlatformAdmin, Some("imss")),
            Err(vec!["email.format".into(), AGENCY_NOT_ALLOWED.into()])
        );
        assert!(invite("ana@gob.mx", Role::PlatformAdmin, None).is_ok());
    }
}
