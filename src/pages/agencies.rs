use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::use_params_map;
use ventanilla_core::api::{Agency, AgencyDetail, ContentQuery, ContentSummary, Page, PerPage, Slug};
use ventanilla_ui::{Breadcrumbs, Crumb};

use crate::api;
use crate::i18n::use_i18n;
use crate::pages::{Loaded, card, content_card, feed_url};
use crate::paths;
use crate::query_params::{news_of_agency, offices_of_agency};

/// How many of an agency's newest items its page shows.
const LATEST: u32 = 3;

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
    let latest = Resource::new(
        move || (slug(), i18n.lang()),
        |(slug, lang)| api::content(newest_of(slug), lang),
    );
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
                            <Latest agency=a.slug name=a.name latest=latest/>
                        }
            }}/>
    }
}

fn newest_of(agency: String) -> ContentQuery {
    ContentQuery {
        agency: Some(Slug(agency)),
        per_page: Some(PerPage(LATEST)),
        ..ContentQuery::default()
    }
}

/// The agency's newest items, with the way to all of them and to its feed.
#[component]
fn Latest(
    agency: String,
    name: String,
    latest: Resource<Result<Page<ContentSummary>, api::ApiError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let feed = feed_url(&ContentQuery {
        agency: Some(Slug(agency.clone())),
        ..ContentQuery::default()
    });
    view! {
        <Link rel="alternate" type_="application/atom+xml" href=feed.clone()
            title=i18n.t_with("news-agency-feed", &[("agency", name.into())])/>
        <h2>{i18n.tr("news-title")}</h2>
        <Loaded resource=latest loading="news-loading" error="news-error" show={move |page: Page<ContentSummary>| view! {
            {(page.total == 0).then(|| view! { <p>{i18n.t("news-agency-none")}</p> })}
            <ul class=style::services>
                {page.items.into_iter().map(|item| view! { <li>{content_card(i18n, item, 3)}</li> }).collect_view()}
            </ul>
        }}/>
        <p><a href=news_of_agency(&agency)>{i18n.tr("news-agency-all")}</a></p>
        <p><a href=feed>{i18n.tr("news-feed-link")}</a></p>
    }
}
