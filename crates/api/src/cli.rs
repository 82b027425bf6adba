//! The server's administrative commands: `staff add` creates the first
//! platform admin (and any account) with a one-time enrolment link;
//! `audit verify` checks the audit log's hash chain.

use std::process::ExitCode;

use ventanilla_core::api::{Invitation, Role};

use crate::db::write_transaction;
use crate::problem::ApiProblem;
use crate::{Database, audit, staff};

/// Runs the command `args` names, if it names one (else the server
/// starts), and prints what it says.
pub fn run(args: &[String]) -> Option<ExitCode> {
    Some(match execute(args)? {
        Ok(said) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("ventanilla-api {}: {error}", args[..2].join(" "));
            ExitCode::FAILURE
        }
    })
}

/// Carries out the command `args` names, if it names one: what it has to
/// say, or why it failed.
pub fn execute(args: &[String]) -> Option<Result<String, String>> {
    let [first, second, rest @ ..] = args else {
        return None;
    };
    let command = match (first.as_str(), second.as_str()) {
        ("staff", "add") => add_staff,
        ("audit", "verify") => verify_audit,
        _ => return None,
    };
    Some(flags(rest).and_then(|flags| command(&flags)))
}

/// `--name value` pairs.
fn flags(args: &[String]) -> Result<Vec<(String, String)>, String> {
    args.chunks(2)
        .map(|pair| match pair {
            [name, value] if name.starts_with("--") => Ok((name[2..].to_owned(), value.clone())),
            _ => Err(format!("expected --flag value, not {pair:?}")),
        })
        .collect()
}

fn flag<'a>(flags: &'a [(String, String)], name: &str) -> Option<&'a str> {
    flags.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

fn open(flags: &[(String, String)]) -> Result<Database, String> {
    let path = flag(flags, "db")
        .map(str::to_owned)
        .or_else(|| std::env::var("VENTANILLA_DB").ok())
        .unwrap_or_else(|| "ventanilla.sqlite3".into());
    Database::open(path.as_ref()).map_err(|e| format!("{path}: {e}"))
}

fn add_staff(flags: &[(String, String)]) -> Result<String, String> {
    if let Some((unknown, _)) = flags
        .iter()
        .find(|(n, _)| !matches!(n.as_str(), "email" | "role" | "agency" | "db"))
    {
        return Err(format!("unknown flag --{unknown}"));
    }
    let email = flag(flags, "email").ok_or("--email is needed")?;
    let role = flag(flags, "role").ok_or("--role is needed")?;
    // `admin` is what the first admin is called on the command line.
    let role = match role {
        "admin" => Role::PlatformAdmin,
        other => Role::parse(other).ok_or_else(|| format!("no role {other:?}"))?,
    };
    let invitation = Invitation {
        email: email.to_owned(),
        role,
        agency: flag(flags, "agency").map(str::to_owned),
    }
    .check()
    .map_err(|errors| {
        let codes: Vec<_> = errors.into_iter().map(|e| e.code).collect();
        format!("refused: {}", codes.join(", "))
    })?;
    let db = open(flags)?;
    let token = db
        .blocking(|conn| {
            let tx = write_transaction(conn)?;
            let token = staff::add(&tx, &invitation, "cli", "command line")?;
            tx.commit()?;
            Ok::<_, ApiProblem>(token)
        })
        .map_err(|problem| format!("refused: {}", problem.code()))?;
    Ok(match token {
        Some(token) => format!(
            "Enrolment link for {email}, good for {} days and once: /gestion/alta/{token}",
            staff::ENROLMENT_LIFETIME / 86_400
        ),
        None => format!("{email} is enrolled already: the role is theirs now, with the same password and key"),
    })
}

fn verify_audit(flags: &[(String, String)]) -> Result<String, String> {
    let db = open(flags)?;
    match db.blocking(audit::verify).map_err(|e| e.to_string())? {
        Ok(count) => Ok(format!(
            "The audit log is whole: {count} entries, each chained to the one before."
        )),
        Err(id) => Err(format!(
            "entry {id} is not what was written: it or the one before it was edited or deleted"
        )),
    }
}
