use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::use_params_map;
use ventanilla_core::api::{Agency, AgencyDetail, ContentKind, ContentQuery, ContentSummary, Page, PerPage, Slug};
use ventanilla_ui::{Breadcrumbs, Crumb};

use crate::api;
use crate::i18n::use_i18n;
use crate::pages::{Loaded, card, content_card, feed_url};
use crate::paths;
use crate::query_params::{news_of_agency, offices_of_agency};

/// What an agency's page shows of what it published, newest first: how
/// many of any kind, of its programmes and of its documents, under which
/// heading, and the words of the link to all of them.
const SHOWN: [(Option<ContentKind>, u32, &str, &str); 3] = [
    (None, 3, "news-agency-latest", "news-agency-all"),
    (
        Some(ContentKind::Programme),
        10,
        "news-agency-programmes",
        "news-agency-all-programmes",
    ),
    (
        Some(ContentKind::Publication),
        3,
        "news-agency-publications",
        "news-agency-all-publications",
    ),
];

type Published = Resource<Result<Page<ContentSummary>, api::ApiError>>;

stylance::import_crate_style!(style, "src/pages/agencies.module.css");

/// `/dependencias`: every agency, with how many services it has.
#[component]
pub fn Agencies() -> impl IntoView {
    let i18n = use_i18n();
    let agencies = Resource::new(move || i18n.lang(), api::agencies);
    let crumbs = move || {
        vec![
            Crumb {
                label: i18n.t("nav-home"),
                href: Some("/".into()),
            },
            Crumb {
                label: i18n.t("agencies-title"),
                href: None,
            },
        ]
    };
    view! {
        <Title text=i18n.tr("agencies-title")/>
        {move || view! { <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=crumbs()/> }}
        <h1 tabindex="-1">{i18n.tr("agencies-title")}</h1>
        <Loaded resource=agencies loading="agencies-loading" error="agencies-error" show={move |list: Vec<Agency>| view! {
            <ul class=style::list>
                {list.into_iter().map(|a| view! {
                    <li class=style::item>
                        <a href=paths::agency(&a.slug)>{format!("{} ({})", a.name, a.acronym)}</a>
                        <span class=style::meta>{i18n.t_with("agencies-service-count", &[("count", a.service_count.into())])}</span>
                    </li>
                }).collect_view()}
            </ul>
        }}/>
    }
}

/// `/dependencias/{slug}`: an agency, how to reach it, its services, and
/// what it published last.
#[component]
pub fn AgencyPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let agency = Resource::new(move || (slug(), i18n.lang()), |(slug, lang)| api::agency(slug, lang));
    let published: [Published; 3] = SHOWN.map(|(kind, count, _, _)| {
        Resource::new(
            move || (slug(), i18n.lang()),
            move |(slug, lang)| api::content(newest_of(slug, kind, count), lang),
        )
    });
    view! {
        <Loaded resource=agency loading="agencies-loading" error="agencies-error" page=true
            show={move |detail: AgencyDetail| {
                        let a = detail.agency;
                        let crumbs = vec![
                            Crumb { label: i18n.t("nav-home"), href: Some("/".into()) },
                            Crumb { label: i18n.t("agencies-title"), href: Some(paths::AGENCIES.into()) },
                            Crumb { label: a.acronym.clone(), href: None },
                        ];
                        view! {
                            <Title text=a.name.clone()/>
                            <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=crumbs/>
                            <h1 tabindex="-1">{a.name.clone()} " (" {a.acronym.clone()} ")"</h1>
                            <p class=style::lead>{a.description.clone()}</p>
                            <h2>{i18n.t("agency-contact")}</h2>
                            <p>
                                {a.address.clone()} <br/>
                                {i18n.t("sheet-phone")} ": " <a href=format!("tel:{}", a.phone.replace(' ', ""))>{a.phone.clone()}</a> <br/>
                                {i18n.t("sheet-email")} ": " <a href=format!("mailto:{}", a.email)>{a.email.clone()}</a> <br/>
                                <a href=a.website.clone()>{i18n.t("agency-website")}</a>
                            </p>
                            <p><a href=offices_of_agency(&a.slug)>{i18n.t("agency-offices")}</a></p>
                            <h2>{i18n.t_with("agency-services", &[("count", detail.services.len().into())])}</h2>
                            <ul class=style::services>
                                {detail.services.into_iter().map(|s| view! { <li>{card(i18n, s)}</li> }).collect_view()}
                            </ul>
                            <AgencyContent agency=a.slug name=a.name published=published/>
                        }
            }}/>
    }
}

fn newest_of(agency: String, kind: Option<ContentKind>, count: u32) -> ContentQuery {
    ContentQuery {
        agency: Some(Slug(agency)),
        kind,
        per_page: Some(PerPage(count)),
        ..ContentQuery::default()
    }
}

/// What the agency published: its newest items, its programmes and its
/// documents, each with the way to all of them, and its feed.
#[component]
fn AgencyContent(agency: String, name: String, published: [Published; 3]) -> impl IntoView {
    let i18n = use_i18n();
    let feed = feed_url(&ContentQuery {
        agency: Some(Slug(agency.clone())),
        ..ContentQuery::default()
    });
    let groups = SHOWN.into_iter().zip(published).map(|((kind, _, heading, all_key), resource)| {
        let all = news_of_agency(&agency, kind);
        view! {
            <Loaded resource=resource loading="news-loading" error="news-error" show={move |page: Page<ContentSummary>| {
                // The newest say when there is nothing at all; an empty kind is left out.
                let shown = kind.is_none() || page.total > 0;
                shown.then(|| view! {
                    <h3>{i18n.t(heading)}</h3>
                    {(page.total == 0).then(|| view! { <p>{i18n.t("news-agency-none")}</p> })}
                    <ul class=style::services>
                        {page.items.into_iter().map(|item| view! { <li>{content_card(i18n, item, 4)}</li> }).collect_view()}
                    </ul>
                    {(page.total > 0).then(|| view! {
                        <p><a href=all.clone()>{i18n.t_with(all_key, &[("count", page.total.into())])}</a></p>
                    })}
                })
            }}/>
        }
    });
    view! {
        <Link rel="alternate" type_="application/atom+xml" href=feed.clone()
            title=i18n.t_with("news-agency-feed", &[("agency", name.into())])/>
        <h2>{i18n.tr("news-title")}</h2>
        {groups.collect_view()}
        <p><a href=feed>{i18n.tr("news-feed-link")}</a></p>
    }
}
