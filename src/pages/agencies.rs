use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use ventanilla_core::api::{Agency, AgencyDetail};
use ventanilla_ui::{Breadcrumbs, Crumb};

use crate::api;
use crate::i18n::use_i18n;
use crate::pages::{Loaded, card};
use crate::paths;
use crate::query_params::offices_of_agency;

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

/// `/dependencias/{slug}`: an agency, how to reach it, and its services.
#[component]
pub fn AgencyPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let agency = Resource::new(
        move || (params.read().get("slug").unwrap_or_default(), i18n.lang()),
        |(slug, lang)| api::agency(slug, lang),
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
                        }
            }}/>
    }
}
