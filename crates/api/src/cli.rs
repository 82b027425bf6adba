//! The server's administrative commands: `staff add` creates the first
//! platform admin (and any account) with a one-time enrolment link;
//! `audit verify` checks the audit log's hash chain; `import` brings an
//! agency's old website in as its content.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ventanilla_core::api::{Invitation, Role};

use crate::db::write_transaction;
use crate::problem::ApiProblem;
use crate::{Database, audit, clock, import, staff};

/// Runs the command `args` names, if it names one (else the server
/// starts), and prints what it says.
pub fn run(args: &[String]) -> Option<ExitCode> {
    let (name, result) = execute(args)?;
    Some(match result {
        Ok(said) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("ventanilla-api {name}: {error}");
            ExitCode::FAILURE
        }
    })
}

type Command = fn(&[(String, String)]) -> Result<String, String>;

/// Carries out the command `args` names, if it names one: its name, and
/// what it has to say or why it failed.
pub fn execute(args: &[String]) -> Option<(&'static str, Result<String, String>)> {
    let (name, command, rest): (_, Command, _) = match args {
        [first, second, rest @ ..] if first == "staff" && second == "add" => ("staff add", add_staff, rest),
        [first, second, rest @ ..] if first == "audit" && second == "verify" => ("audit verify", verify_audit, rest),
        [first, rest @ ..] if first == "import" => ("import", import, rest),
        _ => return None,
    };
    Some((name, flags(rest).and_then(|flags| command(&flags))))
}

/// `--name value` pairs; a flag with no value after it is a switch, its value empty.
fn flags(args: &[String]) -> Result<Vec<(String, String)>, String> {
    let mut flags = Vec::new();
    let mut args = args.iter().peekable();
    while let Some(arg) = args.next() {
        let name = arg
            .strip_prefix("--")
            .ok_or_else(|| format!("expected a --flag, not {arg:?}"))?;
        let value = args
            .next_if(|next| !next.starts_with("--"))
            .cloned()
            .unwrap_or_default();
        flags.push((name.to_owned(), value));
    }
    Ok(flags)
}

fn known(flags: &[(String, String)], names: &[&str]) -> Result<(), String> {
    match flags.iter().find(|(n, _)| !names.contains(&n.as_str())) {
        Some((unknown, _)) => Err(format!("unknown flag --{unknown}")),
        None => Ok(()),
    }
}

fn flag<'a>(flags: &'a [(String, String)], name: &str) -> Option<&'a str> {
    flags.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

fn database_path(flags: &[(String, String)]) -> PathBuf {
    flag(flags, "db")
        .map(str::to_owned)
        .or_else(|| std::env::var("VENTANILLA_DB").ok())
        .unwrap_or_else(|| "ventanilla.sqlite3".into())
        .into()
}

fn open(flags: &[(String, String)]) -> Result<Database, String> {
    let path = database_path(flags);
    Database::open(&path).map_err(|e| format!("{}: {e}", path.display()))
}

fn add_staff(flags: &[(String, String)]) -> Result<String, String> {
    known(flags, &["email", "role", "agency", "db"])?;
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
    known(flags, &["db"])?;
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

/// `import --agency SLUG --from FOLDER|WXR_FILE [--publish] [--db FILE] [--files DIR]`.
fn import(flags: &[(String, String)]) -> Result<String, String> {
    known(flags, &["agency", "from", "publish", "db", "files"])?;
    let agency = flag(flags, "agency")
        .filter(|a| !a.is_empty())
        .ok_or("--agency is needed")?;
    let from = flag(flags, "from")
        .filter(|f| !f.is_empty())
        .ok_or("--from is needed")?;
    let publish = flag(flags, "publish").is_some();
    // The server's own file store: where it looks for what it serves.
    let store = flag(flags, "files")
        .map(str::to_owned)
        .or_else(|| std::env::var("VENTANILLA_FILES").ok())
        .map_or_else(|| database_path(flags).with_extension("files"), PathBuf::from);
    let db = open(flags)?;
    let report = db.blocking(|conn| import::run(conn, &store, agency, Path::new(from), publish, clock::now()))?;
    Ok(report.to_string())
}
