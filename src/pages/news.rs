use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;
use ventanilla_core::api::{ContentKind, ContentQuery, ContentSummary, Page, PageNumber};
use ventanilla_ui::{Button, Card};

use crate::api;
use crate::format;
use crate::i18n::{I18n, use_i18n};
use crate::pages::{Choice, LinkFilters, Loaded, ResultPages, announce_results, home_trail, named_fields_only};
use crate::paths;
use crate::query_params::NEWS;

// The same filters beside the same results as the catalogue's.
stylance::import_crate_style!(style, "src/pages/catalogue.module.css");

const RESULTS_HEADING: &str = "publicaciones";

const FILTERS: LinkFilters = LinkFilters {
    labels: &[
        ("agency", "news-agency"),
        ("topic", "news-topic"),
        ("kind", "news-kind"),
        ("from", "news-from"),
        ("to", "news-to"),
    ],
    clear: paths::NEWS,
};

/// `/prensa`: what the agencies published, newest first, filtered and
/// paginated in the URL, with its Atom feed narrowed the same way.
#[component]
pub fn News() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).filter(|v| !v.is_empty());
    let filters = move || NEWS.query::<ContentQuery>(param);
    let results = Resource::new(
        move || (filters(), i18n.lang()),
        |(query, lang)| api::content(query, lang),
    );
    let shown_page = StoredValue::new(None);
    let agencies = Resource::new(move || i18n.lang(), api::agencies);
    let topics = Resource::new(move || i18n.lang(), api::categories);
    let page_href = Callback::new(move |page: u32| {
        NEWS.link(&ContentQuery {
            page: (page > 1).then_some(PageNumber(page)),
            ..filters()
        })
    });
    let feed = move || {
        let query = ContentQuery {
            page: None,
            ..filters()
        };
        feed_url(&query)
    };
    view! {
        <Title text=i18n.tr("news-title")/>
        {move || view! { <Link rel="alternate" type_="application/atom+xml" href=feed() title=i18n.t("news-feed-title")/> }}
        {home_trail("news-title")}
        <h1 tabindex="-1">{i18n.tr("news-title")}</h1>
        <p><a href=feed>{i18n.tr("news-feed-link")}</a></p>
        <div class=style::layout>
            <Form method="GET" action=paths::NEWS on_form_data=named_fields_only() attr:class=style::filters attr:aria-labelledby="filtros">
                <h2 id="filtros" class=style::filters_title>{i18n.tr("news-filters")}</h2>
                <details class=style::toggle>
                    <summary class=style::summary>{i18n.tr("news-filters")}</summary>
                    <div class=style::fields>
                        <Transition fallback=|| ()>
                            <Choice id="dependencia" label="news-agency" selected=Signal::derive(move || param("dependencia"))
                                options=Signal::derive(move || agencies.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|a| (a.slug, format!("{} ({})", a.name, a.acronym))).collect())/>
                            <Choice id="tema" label="news-topic" selected=Signal::derive(move || param("tema"))
                                options=Signal::derive(move || topics.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|c| (c.slug, c.name)).collect())/>
                        </Transition>
                        <Choice id="tipo" label="news-kind" selected=Signal::derive(move || param("tipo"))
                            options=Signal::derive(move || ContentKind::ALL.into_iter().map(|k| (k.code().to_owned(), i18n.t(kind_key(k)))).collect())/>
                        <DayField id="desde" label="news-from" value=Signal::derive(move || param("desde"))/>
                        <DayField id="hasta" label="news-to" value=Signal::derive(move || param("hasta"))/>
                        <Button>{i18n.tr("news-apply")}</Button>
                        <p><a href=paths::NEWS>{i18n.tr("news-clear")}</a></p>
                    </div>
                </details>
            </Form>
            <section class=style::results aria-labelledby=RESULTS_HEADING>
                <Loaded resource=results loading="news-loading" error="news-error" filters=FILTERS show={move |page: Page<ContentSummary>| {
                    let count = i18n.t_with("news-count", &[("count", page.total.into())]);
                    let (current, pages) = (page.page, page.page_count());
                    announce_results(shown_page, current, pages, count.clone(), RESULTS_HEADING);
                    view! {
                        <h2 id=RESULTS_HEADING class=style::count tabindex="-1">{count}</h2>
                        {(page.total == 0).then(|| view! { <p>{i18n.t("news-empty")}</p> })}
                        <ul class=style::list>
                            {page.items.into_iter().map(|item| view! { <li>{content_card(i18n, item, 3)}</li> }).collect_view()}
                        </ul>
                        <ResultPages current=current pages=pages href=page_href/>
                    }
                }}/>
            </section>
        </div>
    }
}

/// A day to filter by, as the browser's date picker gives it (YYYY-MM-DD).
#[component]
fn DayField(id: &'static str, label: &'static str, value: Signal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class=style::field>
            <label for=id>{i18n.tr(label)}</label>
            <input id=id name=id type="date" value=move || value.get().unwrap_or_default()
                prop:value=move || value.get().unwrap_or_default()/>
        </div>
    }
}

/// The feed of what `query` lists.
pub fn feed_url(query: &ContentQuery) -> String {
    use ventanilla_core::api::ApiQuery;
    format!("{}{}", paths::NEWS_FEED, api::query_string(&query.pairs()))
}

/// The message naming each kind of item.
pub fn kind_key(kind: ContentKind) -> &'static str {
    match kind {
        ContentKind::PressRelease => "news-kind-press-release",
        ContentKind::News => "news-kind-news",
        ContentKind::Programme => "news-kind-programme",
        ContentKind::Publication => "news-kind-publication",
        ContentKind::Guide => "news-kind-guide",
    }
}

/// An item as a card: its title linking to its page, its summary, and what
/// kind of item it is, from whom and when.
pub fn content_card(i18n: I18n, item: ContentSummary, level: u8) -> impl IntoView {
    let meta = format!(
        "{} · {} · {}",
        i18n.t(kind_key(item.kind)),
        item.agency.acronym,
        format::date(i18n.lang(), day(&item.first_published))
    );
    view! {
        <Card
            href=paths::content_item(&item.agency.slug, item.kind, &item.slug)
            title=item.title
            summary=item.summary
            meta=meta
            level=level
        />
    }
}

/// The day of a date as the API writes them, with Mexico City's offset.
pub fn day(rfc3339: &str) -> &str {
    rfc3339.get(..10).unwrap_or(rfc3339)
}
