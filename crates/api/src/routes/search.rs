use axum::Json;
use axum::extract::State;
use rusqlite::Connection;
use ventanilla_core::api::{ContentKind, HitKind, LangQuery, QueryValue, SearchHit, SearchQuery, SearchResults};
use ventanilla_core::lang::Lang;

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;
use crate::routes::services::fts_error;
use crate::search::Plan;

const DEFAULT_LIMIT: u32 = 10;

/// One ranked answer across services, agencies, offices and published items, for the search box.
#[utoipa::path(get, path = "/api/v1/search", tag = "search",
    params(SearchQuery, LangQuery),
    responses((status = 200, body = SearchResults)))]
pub async fn search(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(query): Query<SearchQuery>,
) -> Result<Json<SearchResults>, ApiProblem> {
    let text = query.q.0;
    let limit = query.limit.map_or(DEFAULT_LIMIT, |l| l.0);
    let Some(plan) = state.vocabulary.plan(&text) else {
        return Ok(Json(SearchResults {
            query: text,
            hits: Vec::new(),
            searched: None,
            partial: false,
        }));
    };
    state
        .db
        .run(move |conn| {
            let mut hits = ranked(conn, &plan.all, &plan, lang, limit)?;
            let partial = hits.is_empty();
            if partial {
                hits = ranked(conn, &plan.any, &plan, lang, limit)?;
            }
            let partial = partial && !hits.is_empty();
            Ok(Json(SearchResults {
                query: text,
                // A correction that still misses some words helped little: say only that.
                searched: plan.corrected.filter(|_| !partial),
                partial,
                hits,
            }))
        })
        .await
}

/// How many of the index's best matches (at least) are ranked again with
/// popularity: FTS5's top-N is several times cheaper for small N.
const CANDIDATES: u32 = 20;

/// The index ranks by words (see schema.sql); among its best matches,
/// popular services and agencies move up and offices follow.
fn ranked(conn: &Connection, fts: &str, plan: &Plan, lang: Lang, limit: u32) -> Result<Vec<SearchHit>, ApiProblem> {
    let sql = format!(
        "SELECT i.kind, i.id,
                COALESCE(s.name_{0}, a.name_{0}, o.name, json_extract(c.summary_{0}, '$.title')),
                CASE i.kind WHEN 'service' THEN sa.acronym || ' · ' || sa.name_{0}
                            WHEN 'agency' THEN a.acronym
                            WHEN 'content' THEN ca.acronym || ' · ' || ca.name_{0}
                            ELSE o.municipality || ', ' || st.name_{0} END,
                c.kind
         FROM (SELECT kind, id, rank AS score FROM search_index WHERE search_index MATCH ?1
               ORDER BY rank LIMIT {candidates}) i
         LEFT JOIN services s ON i.kind = 'service' AND s.slug = i.id
         LEFT JOIN agencies sa ON sa.slug = s.agency
         LEFT JOIN agencies a ON i.kind = 'agency' AND a.slug = i.id
         LEFT JOIN offices o ON i.kind = 'office' AND o.id = i.id
         LEFT JOIN states st ON st.code = o.state
         LEFT JOIN content c ON i.kind = 'content' AND c.agency = substr(i.id, 1, instr(i.id, '/') - 1)
                            AND c.slug = substr(i.id, instr(i.id, '/') + 1)
         LEFT JOIN agencies ca ON ca.slug = c.agency
         LEFT JOIN service_keywords exact ON i.kind = 'service' AND exact.service = i.id AND exact.keyword = ?3
         ORDER BY exact.service IS NULL,
                  i.kind || ':' || i.id NOT IN (SELECT kind || ':' || id FROM search_index WHERE search_index MATCH ?2),
                  i.score * CASE i.kind WHEN 'service' THEN 1.0 + s.popularity / 100.0
                                        WHEN 'agency' THEN 1.5 WHEN 'content' THEN 0.7 ELSE 0.8 END
         LIMIT {1}",
        lang.code(),
        limit,
        candidates = limit.max(CANDIDATES)
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement
        .query_map([fts, &plan.phrase, &plan.exact], |row| {
            let id: String = row.get(1)?;
            let (kind, id) = match row.get::<_, String>(0)?.as_str() {
                "service" => (HitKind::Service, id),
                "agency" => (HitKind::Agency, id),
                "content" => (HitKind::Content, content_path(&id, row.get(4)?)),
                _ => (HitKind::Office, id),
            };
            Ok(SearchHit {
                kind,
                id,
                title: row.get(2)?,
                subtitle: row.get(3)?,
            })
        })
        .map_err(fts_error)?;
    rows.collect::<Result<_, _>>().map_err(fts_error)
}

/// An item's path below the agencies' page, from its `agency/slug` in the
/// index and its kind's code.
fn content_path(id: &str, kind: String) -> String {
    let (agency, slug) = id.split_once('/').unwrap_or((id, ""));
    let section = ContentKind::read(&kind).map_or("", ventanilla::paths::content_section);
    format!("{agency}/{section}/{slug}")
}
