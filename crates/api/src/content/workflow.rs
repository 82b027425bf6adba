//! The editors' workflow, as GOV.UK's Whitehall has it: each save a new
//! version, in draft; submitted for review; published by a publisher, now
//! or at a time the server keeps (also across a restart); withdrawn with a
//! notice, or unpublished. Every step is audited in its own transaction.

use axum::http::StatusCode;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use ventanilla_core::api::{
    CONTENT_EMPTY_LINK, CONTENT_IMAGE_ALT, CONTENT_SLUG, CONTENT_UNKNOWN, CONTENT_VAGUE_LINK, ContentKind, DiffLine,
    Document, DocumentDetail, Draft, FieldDiff, LineChange, QueryValue, Transition, Version, Workflow, is_slug,
};
use ventanilla_core::forms::FieldError;
use ventanilla_core::lang::Lang;

use super::live::{go_live, parse, take_down};
use super::{files, markdown};
use crate::audit::{self, Entry};
use crate::clock::{Clock, parse_rfc3339, rfc3339, rfc3339_in_mexico_city};
use crate::db::seed::Names;
use crate::db::{Database, write_transaction};
use crate::problem::ApiProblem;

/// Who takes a step, from where, and whether they publish for the agency.
pub struct Actor<'a> {
    pub email: &'a str,
    pub client: &'a str,
    pub publisher: bool,
}

/// The scheduler, as the audit log names it.
const SCHEDULER: Actor = Actor {
    email: "scheduler",
    client: "server",
    publisher: true,
};

fn no_document() -> ApiProblem {
    ApiProblem::not_found().detail("The agency has no such item")
}

/// A 409: an item in `state` cannot `what` (a step's code, or "be edited").
fn not_now(state: Workflow, what: &str) -> ApiProblem {
    ApiProblem::new(
        StatusCode::CONFLICT,
        "content.state",
        "Not a step this item can take now",
    )
    .detail(format!("An item {} cannot {what}", state.code()))
}

/// The agency's items, the newest work first.
pub fn documents(conn: &Connection, agency: &str) -> rusqlite::Result<Vec<Document>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT} WHERE d.agency = ?1 ORDER BY v.created_at DESC"))?;
    let rows = statement.query_map([agency], document)?;
    rows.collect()
}

const SELECT: &str = "SELECT d.slug, d.kind, v.draft, d.state, d.version, d.live_version, d.submitted_by,
        d.scheduled_at, v.created_at
     FROM content_documents d JOIN content_versions v
       ON v.agency = d.agency AND v.slug = d.slug AND v.number = d.version";

fn document(row: &rusqlite::Row) -> rusqlite::Result<Document> {
    let text = |i: usize| row.get::<_, String>(i);
    let draft: Draft = parse(&text(2)?)?;
    let unknown = |what: &str| rusqlite::Error::InvalidColumnType(0, what.into(), rusqlite::types::Type::Text);
    Ok(Document {
        slug: text(0)?,
        kind: ContentKind::read(&text(1)?).map_err(|_| unknown("kind"))?,
        title: draft.title.es,
        state: Workflow::parse(&text(3)?).ok_or_else(|| unknown("state"))?,
        version: row.get(4)?,
        live_version: row.get(5)?,
        submitted_by: row.get(6)?,
        scheduled_at: row.get::<_, Option<i64>>(7)?.map(rfc3339),
        updated_at: rfc3339(row.get(8)?),
    })
}

fn find(conn: &Connection, agency: &str, slug: &str) -> Result<Option<Document>, ApiProblem> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE d.agency = ?1 AND d.slug = ?2"))?
        .query_row(params![agency, slug], document)
        .optional()?)
}

/// One item with its newest draft and every version.
pub fn detail(conn: &Connection, agency: &str, slug: &str) -> Result<DocumentDetail, ApiProblem> {
    let document = find(conn, agency, slug)?.ok_or_else(no_document)?;
    let all = versions(conn, agency, slug)?;
    let draft = all.last().map(|(_, draft)| draft.clone()).ok_or_else(no_document)?;
    let versions = all.into_iter().map(|(version, _)| version).collect();
    Ok(DocumentDetail {
        document,
        draft,
        versions,
    })
}

fn versions(conn: &Connection, agency: &str, slug: &str) -> rusqlite::Result<Vec<(Version, Draft)>> {
    let mut statement = conn.prepare_cached(
        "SELECT number, author, created_at, draft FROM content_versions WHERE agency = ?1 AND slug = ?2 ORDER BY number",
    )?;
    let rows = statement.query_map(params![agency, slug], |row| {
        let draft: Draft = parse(&row.get::<_, String>(3)?)?;
        Ok((
            Version {
                number: row.get(0)?,
                author: row.get(1)?,
                created_at: rfc3339(row.get(2)?),
                change_note: draft.change_note.as_ref().map(|note| note.es.clone()),
            },
            draft,
        ))
    })?;
    rows.collect()
}

/// What the draft refers to that does not exist, and the images its bodies
/// leave without alt text: refusals the rules of the draft alone can't see.
pub fn refusals(conn: &Connection, agency: &str, draft: &Draft) -> rusqlite::Result<Vec<FieldError>> {
    let mut errors = Vec::new();
    let error = |field: String, code: &str| FieldError {
        field,
        code: code.into(),
    };
    for lang in Lang::ALL {
        let Some(body) = (match lang {
            Lang::Es => Some(&draft.body.es),
            Lang::En => draft.body.en.as_ref(),
        }) else {
            continue;
        };
        if markdown::lint(body).images_without_alt > 0 {
            errors.push(error(format!("body.{}", lang.code()), CONTENT_IMAGE_ALT));
        }
    }
    let exists = |sql: &str, values: &[&str]| -> rusqlite::Result<bool> {
        conn.prepare_cached(sql)?
            .query_row(rusqlite::params_from_iter(values), |row| row.get(0))
    };
    for (i, topic) in draft.topics.iter().enumerate() {
        if !exists("SELECT EXISTS (SELECT 1 FROM categories WHERE slug = ?1)", &[topic])? {
            errors.push(error(format!("topics.{i}"), CONTENT_UNKNOWN));
        }
    }
    for (i, service) in draft.services.iter().enumerate() {
        if !exists(
            "SELECT EXISTS (SELECT 1 FROM services WHERE slug = ?1 AND agency = ?2)",
            &[service, agency],
        )? {
            errors.push(error(format!("services.{i}"), CONTENT_UNKNOWN));
        }
    }
    for (i, file) in draft.attachments.iter().enumerate() {
        if files::describe(conn, &file.file, Some(agency))?.is_none() {
            errors.push(error(format!("attachments.{i}.file"), CONTENT_UNKNOWN));
        }
    }
    Ok(errors)
}

/// What the editor is warned about, without refusing it: links without
/// text, and links whose words say nothing read alone.
pub fn warnings(draft: &Draft) -> Vec<FieldError> {
    let bodies = [(Lang::Es, Some(&draft.body.es)), (Lang::En, draft.body.en.as_ref())];
    bodies
        .into_iter()
        .filter_map(|(lang, body)| Some((lang, markdown::lint(body?))))
        .flat_map(|(lang, lint)| {
            let field = format!("body.{}", lang.code());
            [
                (lint.empty_links, CONTENT_EMPTY_LINK),
                (lint.vague_links, CONTENT_VAGUE_LINK),
            ]
            .into_iter()
            .filter(|(count, _)| *count > 0)
            .map(move |(_, code)| FieldError {
                field: field.clone(),
                code: code.into(),
            })
        })
        .collect()
}

/// Every rule `draft` breaks, or none.
pub fn ensure_valid(conn: &Connection, agency: &str, slug: &str, draft: &Draft) -> Result<(), ApiProblem> {
    if !is_slug(slug) {
        return Err(
            ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, CONTENT_SLUG, "Not a slug")
                .detail("Lower-case letters and digits, in words joined by single hyphens")
                .parameter("slug"),
        );
    }
    let mut errors = draft.check().err().unwrap_or_default();
    errors.extend(refusals(conn, agency, draft)?);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiProblem::invalid("The item is not valid", errors))
    }
}

/// Saves `draft` as the item's newest version, in draft (creating the item
/// when new): a submission or a schedule waiting is called off.
pub fn save(
    conn: &Connection,
    agency: &str,
    slug: &str,
    draft: &Draft,
    actor: &Actor,
    now: i64,
) -> Result<Document, ApiProblem> {
    ensure_valid(conn, agency, slug, draft)?;
    let tx = write_transaction(conn)?;
    let version = match find(&tx, agency, slug)? {
        None => {
            tx.execute(
                "INSERT INTO content_documents (agency, slug, kind, state, version) VALUES (?1, ?2, ?3, 'draft', 1)",
                params![agency, slug, draft.kind.code()],
            )?;
            1
        }
        Some(document) if !document.state.is_open() => {
            return Err(not_now(document.state, "be edited"));
        }
        Some(document) if document.kind != draft.kind => {
            return Err(ApiProblem::invalid(
                "An item keeps its kind",
                vec![FieldError {
                    field: "kind".into(),
                    code: "content.kind_fixed".into(),
                }],
            ));
        }
        Some(document) => {
            let version = document.version + 1;
            tx.execute(
                "UPDATE content_documents SET state = 'draft', version = ?3, submitted_by = NULL, scheduled_at = NULL
                 WHERE agency = ?1 AND slug = ?2",
                params![agency, slug, version],
            )?;
            version
        }
    };
    tx.execute(
        "INSERT INTO content_versions (agency, slug, number, draft, author, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            agency,
            slug,
            version,
            serde_json::to_string(draft).expect("a draft serializes"),
            actor.email,
            now
        ],
    )?;
    record(
        &tx,
        agency,
        slug,
        actor,
        "content.save",
        None,
        &format!("version {version}"),
    )?;
    let saved = find(&tx, agency, slug)?.ok_or_else(no_document)?;
    tx.commit()?;
    Ok(saved)
}

/// The import tool, as the audit log names it.
const IMPORTER: Actor = Actor {
    email: "import",
    client: "command line",
    publisher: true,
};

/// What an import made of a page it had seen or not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Imported {
    New,
    Updated,
    Unchanged,
}

/// A page of an old site, to become an item: `old_path` is its old
/// address, which answers with a 301 once the item is live.
pub struct Import<'a> {
    pub agency: &'a str,
    pub slug: &'a str,
    pub old_path: &'a str,
    pub draft: &'a Draft,
    /// When the old site published it (RFC 3339): the item's first publication.
    pub first_published: &'a str,
    pub publish: bool,
}

/// Saves an imported page as a new version of its item unless it is the
/// same as the newest (the same page imported again), published if asked.
pub fn import(conn: &Connection, page: &Import, now: i64) -> Result<Imported, ApiProblem> {
    let Import { agency, slug, .. } = *page;
    let imported_as: Option<String> = conn
        .prepare_cached("SELECT slug FROM content_imports WHERE old_path = ?1 AND agency = ?2")?
        .query_row(params![page.old_path, agency], |row| row.get(0))
        .optional()?;
    let existing = find(conn, agency, slug)?;
    if existing.is_some() && imported_as.as_deref() != Some(slug) {
        return Err(
            ApiProblem::new(StatusCode::CONFLICT, "content.slug_taken", "Another item has this slug").parameter("slug"),
        );
    }
    let newest = versions(conn, agency, slug)?.pop().map(|(_, draft)| draft);
    let outcome = match newest {
        None => Imported::New,
        Some(newest) if newest == *page.draft => Imported::Unchanged,
        Some(_) => Imported::Updated,
    };
    if outcome != Imported::Unchanged {
        save(conn, agency, slug, page.draft, &IMPORTER, now)?;
    }
    let tx = write_transaction(conn)?;
    tx.execute(
        "INSERT OR IGNORE INTO content_imports (old_path, agency, slug) VALUES (?1, ?2, ?3)",
        params![page.old_path, agency, slug],
    )?;
    tx.execute(
        "UPDATE content_documents SET first_published = COALESCE(first_published, ?3) WHERE agency = ?1 AND slug = ?2",
        params![agency, slug, page.first_published],
    )?;
    let document = find(&tx, agency, slug)?.ok_or_else(no_document)?;
    if page.publish && document.live_version != Some(document.version) {
        publish(&tx, agency, slug, now)?;
        record(
            &tx,
            agency,
            slug,
            &IMPORTER,
            "content.publish",
            Some(document.state.code()),
            "published",
        )?;
    }
    tx.commit()?;
    Ok(outcome)
}

/// Takes the item one step through the workflow, if it may: `actor` a
/// publisher for any step but submitting, and not with their own
/// submission unless forcing it.
pub fn step(
    conn: &Connection,
    agency: &str,
    slug: &str,
    step: &Transition,
    actor: &Actor,
    now: i64,
) -> Result<Document, ApiProblem> {
    let tx = write_transaction(conn)?;
    let document = find(&tx, agency, slug)?.ok_or_else(no_document)?;
    if !step.is_editors() && !actor.publisher {
        return Err(ApiProblem::new(
            StatusCode::FORBIDDEN,
            "content.publisher_only",
            "Only the agency's publishers take this step",
        ));
    }
    let own = document.submitted_by.as_deref() == Some(actor.email);
    if matches!(step, Transition::Publish { .. } | Transition::Schedule { .. }) && own && !step.forced() {
        return Err(ApiProblem::new(
            StatusCode::FORBIDDEN,
            "content.own_submission",
            "Another publisher reviews what you submitted",
        )
        .detail("Force it to publish your own submission: the agency's admins see that you did"));
    }
    let state = document.state;
    let refused = || not_now(state, step.code());
    let is_live = document.live_version.is_some();
    let update = |sql: &str, values: &[&dyn rusqlite::ToSql]| -> rusqlite::Result<usize> {
        let mut all: Vec<&dyn rusqlite::ToSql> = vec![&agency, &slug];
        all.extend_from_slice(values);
        tx.execute(
            &format!("UPDATE content_documents SET {sql} WHERE agency = ?1 AND slug = ?2"),
            all.as_slice(),
        )
    };
    match step {
        Transition::Submit if state == Workflow::Draft => {
            update("state = 'submitted', submitted_by = ?3", &[&actor.email])?;
        }
        Transition::Publish { .. } if state == Workflow::Submitted => publish(&tx, agency, slug, now)?,
        Transition::Schedule { at, .. } if state == Workflow::Submitted => {
            let at = parse_rfc3339(at).filter(|at| *at > now).ok_or_else(|| {
                ApiProblem::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "content.schedule",
                    "Not a time to come",
                )
                .detail("An RFC 3339 date and time, later than now")
                .parameter("at")
            })?;
            update("state = 'scheduled', scheduled_at = ?3", &[&at])?;
        }
        Transition::Unschedule if state == Workflow::Scheduled => {
            update("state = 'submitted', scheduled_at = NULL", &[])?;
        }
        Transition::Withdraw { reason } if is_live && state.is_open() => {
            if reason.es.trim().is_empty() {
                return Err(ApiProblem::invalid(
                    "Say why it is withdrawn",
                    vec![FieldError {
                        field: "reason.es".into(),
                        code: ventanilla_core::api::CONTENT_REQUIRED.into(),
                    }],
                ));
            }
            let reason = serde_json::to_string(reason).expect("a text serializes");
            update(
                "state = 'withdrawn', withdrawn_at = ?3, withdrawn_reason = ?4, submitted_by = NULL, scheduled_at = NULL",
                &[&rfc3339_in_mexico_city(now), &reason],
            )?;
            go_live(&tx, &Names::read(&tx)?, agency, slug)?;
        }
        Transition::Unpublish { replacement } if is_live && state != Workflow::Unpublished => {
            if replacement
                .as_deref()
                .is_some_and(|path| !path.starts_with('/') || path.starts_with("//"))
            {
                return Err(ApiProblem::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "content.replacement",
                    "Not a path of this site",
                )
                .parameter("replacement"));
            }
            update("state = 'unpublished', submitted_by = NULL, scheduled_at = NULL", &[])?;
            take_down(&tx, agency, slug)?;
            tx.execute(
                "INSERT OR REPLACE INTO moved_paths (path, target) VALUES (?1, ?2)",
                params![
                    ventanilla::paths::content_item(agency, document.kind, slug),
                    replacement
                ],
            )?;
        }
        _ => return Err(refused()),
    }
    let action = format!(
        "content.{}{}",
        step.code(),
        if own && step.forced() { "_forced" } else { "" }
    );
    let after = find(&tx, agency, slug)?.ok_or_else(no_document)?;
    record(
        &tx,
        agency,
        slug,
        actor,
        &action,
        Some(state.code()),
        after.state.code(),
    )?;
    tx.commit()?;
    Ok(after)
}

/// Makes the newest version live: first published now if it never was;
/// its change note, if any, goes in the public history.
fn publish(tx: &Transaction, agency: &str, slug: &str, at: i64) -> rusqlite::Result<()> {
    let when = rfc3339_in_mexico_city(at);
    let (version, was_live, draft): (u32, bool, String) = tx.query_row(
        "SELECT d.version, d.live_version IS NOT NULL, v.draft FROM content_documents d JOIN content_versions v
           ON v.agency = d.agency AND v.slug = d.slug AND v.number = d.version
         WHERE d.agency = ?1 AND d.slug = ?2",
        params![agency, slug],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    tx.execute(
        "UPDATE content_documents SET state = 'published', live_version = ?3, submitted_by = NULL, scheduled_at = NULL,
           first_published = COALESCE(first_published, ?4)
         WHERE agency = ?1 AND slug = ?2",
        params![agency, slug, version, when],
    )?;
    let draft: Draft = parse(&draft)?;
    if let Some(note) = draft.change_note.filter(|_| was_live) {
        tx.execute(
            "INSERT INTO content_changes (agency, slug, at, note) VALUES (?1, ?2, ?3, ?4)",
            params![
                agency,
                slug,
                when,
                serde_json::to_string(&note).expect("a text serializes")
            ],
        )?;
    }
    go_live(tx, &Names::read(tx)?, agency, slug)?;
    Ok(())
}

/// Publishes every item whose scheduled time has come by `now`, each at
/// its time; how many. The server runs it as it starts and every minute.
pub fn publish_due(conn: &Connection, now: i64) -> rusqlite::Result<usize> {
    let due: Vec<(String, String, i64)> = conn
        .prepare_cached(
            "SELECT agency, slug, scheduled_at FROM content_documents
             WHERE state = 'scheduled' AND scheduled_at <= ?1 ORDER BY scheduled_at",
        )?
        .query_map([now], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (agency, slug, at) in &due {
        let tx = write_transaction(conn)?;
        // Still due under the write lock: a publisher may have called it off.
        let still: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM content_documents WHERE agency = ?1 AND slug = ?2 AND state = 'scheduled')",
            params![agency, slug],
            |row| row.get(0),
        )?;
        if still {
            publish(&tx, agency, slug, *at)?;
            record(
                &tx,
                agency,
                slug,
                &SCHEDULER,
                "content.publish",
                Some("scheduled"),
                "published",
            )?;
        }
        tx.commit()?;
    }
    Ok(due.len())
}

/// Publishes what comes due, checking every minute.
pub async fn run(db: Database, clock: Clock, published: super::Published) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        every.tick().await;
        let now = clock.now();
        match db.run(move |conn| Ok(publish_due(conn, now)?)).await {
            Ok(0) => {}
            Ok(count) => {
                published.changed();
                tracing::info!(count, "scheduled content published");
            }
            Err(_) => tracing::error!("publishing scheduled content failed; it is tried again in a minute"),
        }
    }
}

/// What changed, field by field, from version `from` (0: nothing) to version `to`.
pub fn diff(conn: &Connection, agency: &str, slug: &str, from: u32, to: u32) -> Result<Vec<FieldDiff>, ApiProblem> {
    let drafts = versions(conn, agency, slug)?;
    if drafts.is_empty() {
        return Err(no_document());
    }
    let fields = |number: u32| -> Result<Vec<(String, String)>, ApiProblem> {
        if number == 0 {
            return Ok(Vec::new());
        }
        let (_, draft) = drafts
            .iter()
            .find(|(version, _)| version.number == number)
            .ok_or_else(|| {
                ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, "content.version", "No such version")
                    .parameter(if number == from { "from" } else { "to" })
            })?;
        let mut fields = Vec::new();
        flatten(
            String::new(),
            &serde_json::to_value(draft).expect("a draft serializes"),
            &mut fields,
        );
        Ok(fields)
    };
    let (old, new) = (fields(from)?, fields(to)?);
    let text_of = |fields: &[(String, String)], name: &str| {
        fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, text)| text.clone())
            .unwrap_or_default()
    };
    let mut names: Vec<&String> = new.iter().map(|(field, _)| field).collect();
    names.extend(
        old.iter()
            .map(|(field, _)| field)
            .filter(|field| !new.iter().any(|(f, _)| f == *field)),
    );
    Ok(names
        .into_iter()
        .filter_map(|field| {
            let (before, after) = (text_of(&old, field), text_of(&new, field));
            (before != after).then(|| FieldDiff {
                field: field.clone(),
                lines: lines(&before, &after),
            })
        })
        .collect())
}

fn lines(before: &str, after: &str) -> Vec<DiffLine> {
    similar::TextDiff::from_lines(before, after)
        .iter_all_changes()
        .map(|change| DiffLine {
            change: match change.tag() {
                similar::ChangeTag::Equal => LineChange::Same,
                similar::ChangeTag::Insert => LineChange::Added,
                similar::ChangeTag::Delete => LineChange::Removed,
            },
            text: change.value().trim_end_matches('\n').to_owned(),
        })
        .collect()
}

/// A draft's texts by their dotted field names, such as `body.es` or `press.number`.
fn flatten(prefix: String, value: &serde_json::Value, fields: &mut Vec<(String, String)>) {
    let name = |key: &str| {
        if prefix.is_empty() {
            key.to_owned()
        } else {
            format!("{prefix}.{key}")
        }
    };
    match value {
        serde_json::Value::Object(map) => map.iter().for_each(|(key, value)| flatten(name(key), value, fields)),
        serde_json::Value::Array(items) => {
            items
                .iter()
                .enumerate()
                .for_each(|(i, value)| flatten(name(&i.to_string()), value, fields));
        }
        serde_json::Value::String(text) => fields.push((prefix, text.clone())),
        serde_json::Value::Null => {}
        other => fields.push((prefix, other.to_string())),
    }
}

fn record(
    tx: &Transaction,
    agency: &str,
    slug: &str,
    actor: &Actor,
    action: &str,
    before: Option<&str>,
    after: &str,
) -> rusqlite::Result<()> {
    audit::record(
        tx,
        &Entry {
            actor: actor.email,
            client: actor.client,
            action,
            subject: &format!("{agency}/{slug}"),
            before,
            after: Some(after),
            agency: Some(agency),
        },
    )
}
