use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::use_params_map;
use ventanilla_core::api::{ContentItem, ContentQuery, Slug, extension_of};
use ventanilla_core::lang::Lang;
use ventanilla_ui::{Breadcrumbs, Crumb, InsetText, NotificationBanner};

use crate::api;
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::news::{day, feed_url, kind_key};
use crate::pages::{Loaded, NotFound};
use crate::paths;
use crate::query_params::NEWS;

stylance::import_crate_style!(style, "src/pages/content_page.module.css");

/// `/dependencias/{slug}/{section}/{item}`: one item an agency published,
/// with its history, its files and what it is about.
#[component]
pub fn ContentPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let param = move |name: &str| params.read().get(name).unwrap_or_default();
    let item = Resource::new(
        move || (param("slug"), param("item"), i18n.lang()),
        |(agency, slug, lang)| api::content_item(agency, slug, lang),
    );
    view! {
        <Loaded resource=item loading="news-item-loading" error="news-item-error" page=true
            show={move |item: ContentItem| {
                // Each kind of item has its own section: any other is no page.
                if paths::content_kind(&param("section")) != Some(item.summary.kind) {
                    return view! { <NotFound/> }.into_any();
                }
                view! { <Item item=item/> }.into_any()
            }}/>
    }
}

/// An item's page; in `preview`, as its editor sees it before publishing:
/// its article and history under the editor's own headings, without the
/// page's title, trail and feed.
#[component]
pub fn Item(item: ContentItem, #[prop(optional)] preview: bool) -> impl IntoView {
    let i18n = use_i18n();
    let summary = item.summary;
    let agency = summary.agency.clone();
    let crumbs = vec![
        Crumb {
            label: i18n.t("nav-home"),
            href: Some("/".into()),
        },
        Crumb {
            label: i18n.t("agencies-title"),
            href: Some(paths::AGENCIES.into()),
        },
        Crumb {
            label: agency.acronym.clone(),
            href: Some(paths::agency(&agency.slug)),
        },
        Crumb {
            label: i18n.t(kind_key(summary.kind)),
            href: None,
        },
    ];
    let agency_feed = feed_url(&ContentQuery {
        agency: Some(Slug(agency.slug.clone())),
        ..ContentQuery::default()
    });
    // English asked, and only Spanish written: the page says so, and its words are marked Spanish.
    let only_spanish = i18n.lang() == Lang::En && summary.lang == Lang::Es;
    let published = format::date(i18n.lang(), day(&summary.first_published));
    let title = summary.title.clone();
    let heading = if preview {
        view! { <h3>{title}</h3> }.into_any()
    } else {
        view! { <h1 tabindex="-1">{title}</h1> }.into_any()
    };
    let agency_name = agency.name.clone();
    view! {
        {(!preview).then(|| view! {
            <Title text=summary.title.clone()/>
            <Link rel="alternate" type_="application/atom+xml" href=agency_feed
                title=i18n.t_with("news-agency-feed", &[("agency", agency_name.into())])/>
            <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=crumbs/>
        })}
        {item.previous_administration.then(|| view! {
            <NotificationBanner title=Signal::derive(i18n.tr("news-history-mode-title")) id="administracion-anterior">
                <p>{i18n.tr("news-history-mode")}</p>
            </NotificationBanner>
        })}
        {item.withdrawn.map(|withdrawn| {
            let date = format::date(i18n.lang(), day(&withdrawn.at));
            view! {
                <NotificationBanner title=Signal::derive(i18n.tr("news-withdrawn-title")) id="retirado">
                    <p>{i18n.t_with("news-withdrawn", &[("date", date.into())])}</p>
                    <p>{withdrawn.reason}</p>
                </NotificationBanner>
            }
        })}
        {only_spanish.then(|| view! { <InsetText><p>{i18n.tr("news-only-spanish")}</p></InsetText> })}
        <article lang=summary.lang.tag()>
            <p class=style::kind>{i18n.t(kind_key(summary.kind))}</p>
            {heading}
            <p class=style::lead>{summary.summary.clone()}</p>
            <p class=style::meta>
                <a href=paths::agency(&agency.slug)>{agency.name.clone()}</a>
                <br/>
                {item.press.as_ref().map(|press| format!("{} · {} · ", press.number, press.place))}
                {i18n.t_with("news-published", &[("date", published.clone().into())])}
            </p>
            {item.programme.map(|programme| view! {
                <h2>{i18n.tr("news-audience")}</h2>
                <p>{programme.audience}</p>
                <h2>{i18n.tr("news-how-to-join")}</h2>
                <p>{programme.how_to_join}</p>
            })}
            <div class=style::body inner_html=item.body_html></div>
        </article>
        {(!item.attachments.is_empty()).then(|| view! {
            <h2>{i18n.tr("news-attachments")}</h2>
            <ul class=style::files>
                {item.attachments.into_iter().map(|file| view! {
                    <li>
                        <a href=file.url hreflang=file.lang.tag()>{file.title}</a>
                        <span class=style::file_meta>{format!(
                            " ({}, {} kB)",
                            extension_of(&file.media_type).unwrap_or_default().to_uppercase(),
                            file.size_bytes.div_ceil(1000)
                        )}</span>
                    </li>
                }).collect_view()}
            </ul>
            {item.accessible_format_contact.map(|email| view! {
                <p>
                    {i18n.tr("news-accessible-format")} " "
                    <a href=format!("mailto:{email}")>{email.clone()}</a>
                </p>
            })}
        })}
        {(!item.services.is_empty()).then(|| view! {
            <h2>{i18n.tr("news-services")}</h2>
            <ul>
                {item.services.into_iter().map(|s| view! { <li><a href=paths::service(&s.slug)>{s.name}</a></li> }).collect_view()}
            </ul>
        })}
        {(!item.topics.is_empty()).then(|| view! {
            <h2>{i18n.tr("news-topics")}</h2>
            <ul>
                {item.topics.into_iter().map(|t| view! { <li><a href=NEWS.href(&[("tema", t.slug)])>{t.name}</a></li> }).collect_view()}
            </ul>
        })}
        <h2>{i18n.tr("news-history")}</h2>
        <ol class=style::history>
            <li>
                <time datetime=summary.first_published.clone()>{published}</time>
                " — " {i18n.tr("news-first-published")}
            </li>
            {item.changes.into_iter().map(|change| view! {
                <li>
                    <time datetime=change.at.clone()>{format::date(i18n.lang(), day(&change.at))}</time>
                    " — " <span lang=summary.lang.tag()>{change.note}</span>
                </li>
            }).collect_view()}
        </ol>
    }
}
