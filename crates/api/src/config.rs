//! Where the server listens, which database it opens and which app it serves.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub addr: SocketAddr,
    pub database: PathBuf,
    pub options: Options,
}

/// What the server offers besides the public API.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The app built by trunk; `None` serves the API alone.
    pub dist: Option<PathBuf>,
    /// Whether `GET /api/v1/dev/sms-outbox` and `mail-outbox` show what was sent.
    pub dev_outbox: bool,
    /// Whether the server is reached over TLS (a proxy in front ends it):
    /// then staff cookies are `Secure` and named `__Host-`.
    pub behind_tls: bool,
    /// How long the answers of a resolved application are kept.
    pub retention: crate::retention::Retention,
    /// Where people reach the site, for the links in e-mail (never taken
    /// from a request's `Host`, which anyone can forge); by default the
    /// address the server listens on.
    pub public_url: Option<String>,
    /// The clock scheduled publishing follows.
    pub clock: crate::clock::Clock,
    /// The folder the editors' uploads are kept in; none keeps no files.
    pub files: Option<PathBuf>,
    /// The proxies in front of the server (a load balancer), whose
    /// `X-Forwarded-For` says who the client is; from anyone else, it is ignored.
    pub trusted_proxies: Vec<IpAddr>,
}

impl Config {
    pub const USAGE: &str =
        "usage: ventanilla-api [--addr HOST:PORT] [--db FILE] [--dist DIR] [--dev-outbox] [--behind-tls] [--retention-days N] [--public-url URL] [--files DIR] [--trusted-proxy ADDR,…]
  --addr        address to listen on (env VENTANILLA_ADDR, default 127.0.0.1:8080; port 0 picks a free one)
  --db          SQLite file, created and seeded on first start (env VENTANILLA_DB, default ventanilla.sqlite3)
  --dist        folder of the built app to serve (env VENTANILLA_DIST, default: none, API only)
  --dev-outbox  show the SMS and e-mail sent at /api/v1/dev/sms-outbox and mail-outbox, and let POST /api/v1/dev/clock move the scheduling clock on, for development and tests (env VENTANILLA_DEV_OUTBOX=1)
  --behind-tls  people reach the server over HTTPS: staff cookies are Secure (env VENTANILLA_BEHIND_TLS=1)
  --retention-days N  days the answers of a resolved application are kept (env VENTANILLA_RETENTION_DAYS, default 90)
  --public-url  where people reach the site, for links in e-mail (env VENTANILLA_PUBLIC_URL, default http://ADDR)
  --files       folder of the files editors upload (env VENTANILLA_FILES, default: the database's name with .files)
  --trusted-proxy ADDR,…  the load balancers in front: from them, X-Forwarded-For names the client the rate limits count (env VENTANILLA_TRUSTED_PROXY, default: none)
       ventanilla-api staff add --email ADDRESS --role ROLE [--agency SLUG] [--db FILE]
  adds a staff member (roles: platform_admin, agency_admin, caseworker, editor, publisher, moderator)
  and prints their one-time enrolment link
       ventanilla-api audit verify [--db FILE]
  checks that no entry of the audit log was edited or deleted";

    /// Flags win over environment variables, which win over defaults.
    pub fn from_args_and_env(
        args: impl IntoIterator<Item = String>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, String> {
        let mut addr = env("VENTANILLA_ADDR").unwrap_or_else(|| "127.0.0.1:8080".into());
        let mut database = env("VENTANILLA_DB").unwrap_or_else(|| "ventanilla.sqlite3".into());
        let mut dist = env("VENTANILLA_DIST");
        let mut dev_outbox = env("VENTANILLA_DEV_OUTBOX").is_some_and(|v| v == "1");
        let mut behind_tls = env("VENTANILLA_BEHIND_TLS").is_some_and(|v| v == "1");
        let mut retention_days = env("VENTANILLA_RETENTION_DAYS");
        let mut public_url = env("VENTANILLA_PUBLIC_URL");
        let mut files = env("VENTANILLA_FILES");
        let mut trusted_proxies = env("VENTANILLA_TRUSTED_PROXY");
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let slot = match flag.as_str() {
                "--dev-outbox" => {
                    dev_outbox = true;
                    continue;
                }
                "--behind-tls" => {
                    behind_tls = true;
                    continue;
                }
                "--addr" => &mut addr,
                "--db" => &mut database,
                "--retention-days" => retention_days.insert(String::new()),
                "--dist" => dist.insert(String::new()),
                "--public-url" => public_url.insert(String::new()),
                "--files" => files.insert(String::new()),
                "--trusted-proxy" => trusted_proxies.insert(String::new()),
                "-h" | "--help" => return Err(String::new()),
                other => return Err(format!("unknown argument: {other}")),
            };
            *slot = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        }
        let retention = match retention_days {
            Some(days) => crate::retention::Retention {
                days: days.parse().map_err(|_| format!("not a number of days: {days}"))?,
            },
            None => crate::retention::Retention::default(),
        };
        let trusted_proxies = trusted_proxies
            .iter()
            .flat_map(|list| list.split(','))
            .map(|proxy| proxy.trim().parse().map_err(|_| format!("not an address: {proxy}")))
            .collect::<Result<_, _>>()?;
        let database = PathBuf::from(database);
        let files = files.map_or_else(|| database.with_extension("files"), PathBuf::from);
        Ok(Config {
            addr: addr.parse().map_err(|_| format!("not an address: {addr}"))?,
            database,
            options: Options {
                dist: dist.filter(|d| !d.is_empty()).map(PathBuf::from),
                dev_outbox,
                behind_tls,
                retention,
                public_url: public_url.map(|url| url.trim_end_matches('/').to_owned()),
                clock: crate::clock::Clock::default(),
                files: Some(files),
                trusted_proxies,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], env: &[(&str, &str)]) -> Result<Config, String> {
        let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_args_and_env(args.iter().map(|a| a.to_string()), |key| {
            env.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn defaults_then_env_then_flags() {
        let config = parse(&[], &[]).unwrap();
        assert_eq!(config.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(
            config.options,
            Options {
                files: Some(PathBuf::from("ventanilla.files")),
                ..Options::default()
            }
        );
        let config = parse(
            &["--addr", "0.0.0.0:9000"],
            &[("VENTANILLA_ADDR", "127.0.0.1:1"), ("VENTANILLA_DIST", "dist")],
        )
        .unwrap();
        assert_eq!(config.addr.to_string(), "0.0.0.0:9000");
        assert_eq!(config.options.dist, Some(PathBuf::from("dist")));
        let config = parse(&["--dev-outbox"], &[("VENTANILLA_BEHIND_TLS", "1")]).unwrap();
        assert!(config.options.dev_outbox);
        assert!(config.options.behind_tls);
        let config = parse(&["--retention-days", "30"], &[("VENTANILLA_RETENTION_DAYS", "7")]).unwrap();
        assert_eq!(config.options.retention.days, 30);
        assert_eq!(parse(&[], &[]).unwrap().options.retention.days, 90);
        // The files beside the database, unless told.
        let config = parse(&["--db", "/srv/v.sqlite3"], &[]).unwrap();
        assert_eq!(config.options.files, Some(PathBuf::from("/srv/v.files")));
        let config = parse(&["--files", "/mnt/archivos"], &[("VENTANILLA_FILES", "/tmp/x")]).unwrap();
        assert_eq!(config.options.files, Some(PathBuf::from("/mnt/archivos")));
        let config = parse(
            &["--trusted-proxy", "10.0.0.2, 10.0.0.3"],
            &[("VENTANILLA_TRUSTED_PROXY", "10.9.9.9")],
        )
        .unwrap();
        assert_eq!(
            config.options.trusted_proxies,
            ["10.0.0.2", "10.0.0.3"].map(|a| a.parse::<IpAddr>().unwrap())
        );
        assert!(parse(&[], &[]).unwrap().options.trusted_proxies.is_empty());
    }

    #[test]
    fn rejects_bad_arguments() {
        assert!(parse(&["--addr", "nowhere"], &[]).is_err());
        assert!(parse(&["--db"], &[]).is_err());
        assert!(parse(&["--verbose"], &[]).is_err());
        assert!(parse(&["--retention-days", "noventa"], &[]).is_err());
        assert!(parse(&["--trusted-proxy", "balanceador"], &[]).is_err());
    }
}
