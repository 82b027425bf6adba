use axum::Json;
use axum::extract::{Path, State};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params_from_iter};
use ventanilla_core::api::{
    Channel, LangQuery, NoQuery, Page, Problem, Service, ServiceQuery, ServiceSummary, Sort, pagination,
};
use ventanilla_core::lang::Lang;

use crate::AppState;
use crate::lang::RequestLang;
use crate::params::{self, Query, refused, unprocessable};
use crate::problem::ApiProblem;
use crate::search::Plan;

/// The catalogue of services: searched, filtered, sorted and paginated.
#[utoipa::path(get, path = "/api/v1/services", tag = "catalogue",
    params(ServiceQuery, LangQuery),
    responses((status = 200, body = Page<ServiceSummary>),
              (status = 422, body = Problem, content_type = "application/problem+json",
               description = "A value not understood, or naming no category, life event, agency or state")))]
pub async fn list(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(query): Query<ServiceQuery>,
) -> Result<Json<Page<ServiceSummary>>, ApiProblem> {
    let (page, per_page) = pagination(query.page, query.per_page);
    let sort = query.sort().map_err(refused)?;
    let plan = query.q.as_ref().and_then(|q| state.vocabulary.plan(&q.0));
    let filters = Filters {
        category: query.category.map(|s| s.0),
        life_event: query.life_event.map(|s| s.0),
        agency: query.agency.map(|s| s.0),
        channel: query.channel,
        state: query.state.map(|s| s.0),
    };
    state
        .db
        .run(move |conn| {
            filters.ensure_known(conn)?;
            let (total, items) = match &plan {
                Some(plan) => match query_page(conn, &filters, Some((&plan.all, plan)), sort, lang, page, per_page)? {
                    (0, _) => query_page(conn, &filters, Some((&plan.any, plan)), sort, lang, page, per_page)?,
                    found => found,
                },
                None => query_page(conn, &filters, None, sort, lang, page, per_page)?,
            };
            Ok(Json(Page {
                items,
                total,
                page,
                per_page,
            }))
        })
        .await
}

/// The SQL order of a sort.
fn order_by(sort: Sort, lang: Lang) -> String {
    match sort {
        Sort::Relevance => {
            format!(
                "exact.service IS NULL, s.slug NOT IN ({SERVICE_PHRASE}), hits.score * (1.0 + s.popularity / 100.0), s.slug"
            )
        }
        Sort::Popularity => "s.popularity DESC, s.slug".into(),
        Sort::Name => format!("s.name_{} COLLATE NOCASE, s.slug", lang.code()),
        Sort::Updated => "s.updated DESC, s.slug".into(),
    }
}

struct Filters {
    category: Option<String>,
    life_event: Option<String>,
    agency: Option<String>,
    channel: Option<Channel>,
    state: Option<String>,
}

impl Filters {
    fn ensure_known(&self, conn: &Connection) -> Result<(), ApiProblem> {
        let values = [
            ("category", &self.category),
            ("life_event", &self.life_event),
            ("agency", &self.agency),
            ("state", &self.state),
        ];
        for (parameter, value) in values {
            if let Some(value) = value {
                params::ensure_known(conn, parameter, value)?;
            }
        }
        Ok(())
    }

    /// SQL conditions on `s` (services) and their arguments.
    fn conditions(&self) -> (Vec<&'static str>, Vec<Value>) {
        let mut conditions = Vec::new();
        let mut args = Vec::new();
        if let Some(category) = &self.category {
            conditions.push("s.slug IN (SELECT service FROM service_categories WHERE category = ?)");
            args.push(Value::Text(category.clone()));
        }
        if let Some(event) = &self.life_event {
            conditions.push("s.slug IN (SELECT service FROM service_life_events WHERE life_event = ?)");
            args.push(Value::Text(event.clone()));
        }
        if let Some(agency) = &self.agency {
            conditions.push("s.agency = ?");
            args.push(Value::Text(agency.clone()));
        }
        match self.channel {
            Some(Channel::Online) => conditions.push("s.online"),
            Some(Channel::InPerson) => conditions.push("s.in_person"),
            Some(Channel::Phone) => conditions.push("s.phone"),
            None => {}
        }
        if let Some(code) = &self.state {
            conditions.push(
                "(s.online OR s.phone OR s.slug IN (SELECT os.service FROM office_services os
                  JOIN offices o ON o.id = os.office WHERE o.state = ?))",
            );
            args.push(Value::Text(code.clone()));
        }
        (conditions, args)
    }
}

/// The index entries of services that match, with the index's rank (see schema.sql).
const SERVICE_HITS: &str = "SELECT id, rank AS score FROM search_index WHERE search_index MATCH ? AND kind = 'service'";
/// The services whose name or keywords hold the words as typed. Used as
/// `NOT IN (…)`, which SQLite runs once, not once per row as a join would.
const SERVICE_PHRASE: &str = "SELECT id FROM search_index WHERE search_index MATCH ? AND kind = 'service'";

fn query_page(
    conn: &Connection,
    filters: &Filters,
    fts: Option<(&str, &Plan)>,
    sort: Sort,
    lang: Lang,
    page: u32,
    per_page: u32,
) -> Result<(u64, Vec<ServiceSummary>), ApiProblem> {
    let (mut conditions, mut args) = filters.conditions();
    let mut from = String::from("services s");
    // The phrase is a parameter of ORDER BY, so it comes last, and only in the page's query.
    let mut phrase = None;
    if let Some((words, plan)) = fts {
        from = format!(
            "({SERVICE_HITS}) hits JOIN services s ON s.slug = hits.id
             LEFT JOIN service_keywords exact ON exact.service = s.slug AND exact.keyword = ?"
        );
        args.splice(0..0, [words, &plan.exact].map(|text| Value::Text(text.to_string())));
        phrase = matches!(sort, Sort::Relevance).then(|| Value::Text(plan.phrase.clone()));
    }
    if conditions.is_empty() {
        conditions.push("1");
    }
    let filter = format!("FROM {from} WHERE {}", conditions.join(" AND "));
    let total: u64 = conn
        .prepare_cached(&format!("SELECT COUNT(*) {filter}"))?
        .query_row(params_from_iter(&args), |row| row.get(0))
        .map_err(fts_error)?;
    let sql = format!(
        "SELECT s.summary_{} {filter} ORDER BY {} LIMIT {per_page} OFFSET {}",
        lang.code(),
        order_by(sort, lang),
        u64::from(page - 1) * u64::from(per_page)
    );
    args.extend(phrase);
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement
        .query_map(params_from_iter(&args), |row| row.get::<_, String>(0))
        .map_err(fts_error)?;
    let items = rows
        .map(|json| serde_json::from_str(&json.map_err(fts_error)?).map_err(|_| ApiProblem::internal()))
        .collect::<Result<_, ApiProblem>>()?;
    Ok((total, items))
}

/// A query the index cannot parse is the user's text, not a server fault.
pub fn fts_error(error: rusqlite::Error) -> ApiProblem {
    if error.to_string().contains("fts5") {
        return unprocessable("q", "syntax", "The search could not be understood");
    }
    error.into()
}

/// One service's sheet.
#[utoipa::path(get, path = "/api/v1/services/{slug}", tag = "catalogue",
    params(("slug" = String, Path), NoQuery, LangQuery),
    responses((status = 200, body = Service),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Path(slug): Path<String>,
) -> Result<Json<Service>, ApiProblem> {
    let sheet: Option<String> = state
        .db
        .run(move |conn| {
            let sql = format!("SELECT sheet_{} FROM services WHERE slug = ?1", lang.code());
            Ok(conn
                .prepare_cached(&sql)?
                .query_row([slug], |row| row.get(0))
                .optional()?)
        })
        .await?;
    let sheet = sheet.ok_or_else(|| ApiProblem::not_found().detail("No service with that slug"))?;
    Ok(Json(serde_json::from_str(&sheet).map_err(|_| ApiProblem::internal())?))
}
