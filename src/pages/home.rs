use leptos::prelude::*;
use leptos_meta::Title;
use ventanilla_core::api::{Category, LifeEvent, Page, ServiceQuery, ServiceSummary};

use crate::api;
use crate::i18n::use_i18n;
use crate::pages::{Loaded, card};
use crate::paths;
use crate::query_params::{catalogue_for_life_event, catalogue_in_category};
use crate::shell::SiteSearch;

stylance::import_crate_style!(style, "src/pages/home.module.css");

/// How many of the most used services the home page shows.
const POPULAR: usize = 6;

/// `/`: search first, then the most used services, topics, life events and
/// the other ways to get help.
#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let popular = Resource::new(move || i18n.lang(), |lang| api::services(ServiceQuery::default(), lang));
    let categories = Resource::new(move || i18n.lang(), api::categories);
    let events = Resource::new(move || i18n.lang(), api::life_events);
    view! {
        <Title text=i18n.tr("home-title")/>
        <div class=style::hero>
            <h1 tabindex="-1">{i18n.tr("home-heading")}</h1>
            <p class=style::lead>{i18n.tr("home-lead")}</p>
            <SiteSearch id="buscar-inicio"/>
        </div>

        <section aria-labelledby="mas-usados">
            <h2 id="mas-usados">{i18n.tr("home-popular-heading")}</h2>
            <Loaded resource=popular loading="home-popular-loading" error="home-popular-error" show={move |page: Page<ServiceSummary>| view! {
                <ul class=style::cards>
                    {page.items.into_iter().take(POPULAR).map(|s| view! { <li>{card(i18n, s)}</li> }).collect_view()}
                </ul>
                <p><a href=paths::CATALOGUE>{i18n.t("home-all-services")}</a></p>
            }}/>
        </section>

        <section aria-labelledby="categorias">
            <h2 id="categorias">{i18n.tr("home-categories-heading")}</h2>
            <Loaded resource=categories loading="home-categories-loading" error="home-categories-error"
                show={|list| view! { <CategoryList categories=list/> }}/>
        </section>

        <section aria-labelledby="momentos">
            <h2 id="momentos">{i18n.tr("home-life-events-heading")}</h2>
            <Loaded resource=events loading="home-life-events-loading" error="home-life-events-error"
                show={|list| view! { <LifeEventList events=list/> }}/>
        </section>

        <section aria-labelledby="ayuda" class=style::help>
            <h2 id="ayuda">{i18n.tr("home-help-heading")}</h2>
            <ul>
                <li><a href=paths::CURP>{i18n.tr("home-help-curp")}</a></li>
                <li><a href=paths::TRACKING>{i18n.tr("home-help-tracking")}</a></li>
                <li><a href=paths::OFFICES>{i18n.tr("home-help-offices")}</a></li>
                <li><a href=paths::AGENCIES>{i18n.tr("home-help-agencies")}</a></li>
                <li><a href=paths::ACCESSIBILITY>{i18n.tr("home-help-accessibility")}</a></li>
            </ul>
        </section>
    }
}

#[component]
fn CategoryList(categories: Vec<Category>) -> impl IntoView {
    view! {
        <ul class=style::categories>
            {categories
                .into_iter()
                .map(|category| view! {
                    <li class=style::category>
                        <h3 class=style::category_name>
                            <a href=catalogue_in_category(&category.slug)>{category.name}</a>
                        </h3>
                        <p>{category.description}</p>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn LifeEventList(events: Vec<LifeEvent>) -> impl IntoView {
    view! {
        <ul class=style::events>
            {events
                .into_iter()
                .map(|event| view! {
                    <li>
                        <a href=catalogue_for_life_event(&event.slug)>{event.name}</a>
                        <span class=style::event_description>{event.description}</span>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
