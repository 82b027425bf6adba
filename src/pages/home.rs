use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use ventanilla_core::api::{Category, LifeEvent};
use ventanilla_ui::Loading;

use crate::api;
use crate::i18n::use_i18n;
use crate::pages::{LoadError, card};
use crate::shell::SiteSearch;
use ventanilla_core::api::ServiceQuery;

stylance::import_crate_style!(style, "src/pages/home.module.css");

/// How many of the most used services the home page shows.
const POPULAR: usize = 6;

/// `/`: search first, then the most used services, topics, life events and
/// the other ways to get help.
#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let popular = LocalResource::new(move || api::services(ServiceQuery::default(), i18n.lang()));
    let categories = LocalResource::new(move || api::categories(i18n.lang()));
    let events = LocalResource::new(move || api::life_events(i18n.lang()));
    view! {
        <Title text=i18n.tr("home-title")/>
        <div class=style::hero>
            <h1 tabindex="-1">{i18n.tr("home-heading")}</h1>
            <p class=style::lead>{i18n.tr("home-lead")}</p>
            <SiteSearch id="buscar-inicio"/>
        </div>

        <section aria-labelledby="mas-usados">
            <h2 id="mas-usados">{i18n.tr("home-popular-heading")}</h2>
            <Transition fallback=move || view! { <Loading label=Signal::derive(i18n.tr("home-popular-loading"))/> }>
                {move || Suspend::new(async move {
                    match popular.await {
                        Ok(page) => Either::Left(view! {
                            <ul class=style::cards>
                                {page.items.into_iter().take(POPULAR).map(|s| view! { <li>{card(i18n, s)}</li> }).collect_view()}
                            </ul>
                            <p><a href="/tramites">{i18n.t("home-all-services")}</a></p>
                        }),
                        Err(error) => Either::Right(view! {
                            <LoadError title="home-popular-error" error=error retry=move || popular.refetch()/>
                        }),
                    }
                })}
            </Transition>
        </section>

        <section aria-labelledby="categorias">
            <h2 id="categorias">{i18n.tr("home-categories-heading")}</h2>
            <Transition fallback=move || view! { <Loading label=Signal::derive(i18n.tr("home-categories-loading"))/> }>
                {move || Suspend::new(async move {
                    match categories.await {
                        Ok(list) => Either::Left(view! { <CategoryList categories=list/> }),
                        Err(error) => Either::Right(view! {
                            <LoadError title="home-categories-error" error=error retry=move || categories.refetch()/>
                        }),
                    }
                })}
            </Transition>
        </section>

        <section aria-labelledby="momentos">
            <h2 id="momentos">{i18n.tr("home-life-events-heading")}</h2>
            <Transition fallback=move || view! { <Loading label=Signal::derive(i18n.tr("home-life-events-loading"))/> }>
                {move || Suspend::new(async move {
                    match events.await {
                        Ok(list) => Either::Left(view! { <LifeEventList events=list/> }),
                        Err(error) => Either::Right(view! {
                            <LoadError title="home-life-events-error" error=error retry=move || events.refetch()/>
                        }),
                    }
                })}
            </Transition>
        </section>

        <section aria-labelledby="ayuda" class=style::help>
            <h2 id="ayuda">{i18n.tr("home-help-heading")}</h2>
            <ul>
                <li><a href="/curp">{i18n.tr("home-help-curp")}</a></li>
                <li><a href="/seguimiento">{i18n.tr("home-help-tracking")}</a></li>
                <li><a href="/oficinas">{i18n.tr("home-help-offices")}</a></li>
                <li><a href="/dependencias">{i18n.tr("home-help-agencies")}</a></li>
                <li><a href="/accesibilidad">{i18n.tr("home-help-accessibility")}</a></li>
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
                            <a href=format!("/tramites?categoria={}", category.slug)>{category.name}</a>
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
                        <a href=format!("/tramites?momento={}", event.slug)>{event.name}</a>
                        <span class=style::event_description>{event.description}</span>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
