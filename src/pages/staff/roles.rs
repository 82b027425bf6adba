use ventanilla_core::api::Role;

/// The message id of a role's name; `-hint` added, of what it may do.
pub fn role_key(role: Role) -> String {
    format!("staff-role-{}", role.code().replace('_', "-"))
}

/// The roles an agency's admin gives, in the order the form offers them.
pub const AGENCY_ROLES: [Role; 5] = [
    Role::Caseworker,
    Role::Editor,
    Role::Publisher,
    Role::Moderator,
    Role::AgencyAdmin,
];
