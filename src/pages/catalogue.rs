use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;
use ventanilla_core::api::{BORN_ABROAD, Channel, Page, PageNumber, ServiceQuery, ServiceSummary};
use ventanilla_ui::{Breadcrumbs, Button, Card, Crumb, TagColour};

use crate::api;
use crate::format;
use crate::i18n::{I18n, use_i18n};
use crate::pages::{LinkFilters, Loaded, ResultPages, announce_results, named_fields_only};
use crate::paths;
use crate::query_params::CATALOGUE;

stylance::import_crate_style!(style, "src/pages/catalogue.module.css");

/// The id of the results' heading, which names them and takes focus on a new page.
const RESULTS_HEADING: &str = "resultados";

/// The filters a catalogue link carries, by the API's names, with their labels.
const FILTERS: LinkFilters = LinkFilters {
    labels: &[
        ("category", "catalogue-category"),
        ("life_event", "catalogue-life-event"),
        ("agency", "catalogue-agency"),
        ("channel", "catalogue-channel"),
        ("state", "catalogue-state"),
        ("q", "catalogue-words"),
    ],
    clear: paths::CATALOGUE,
};

/// `/tramites`: the catalogue, filtered and paginated, all in the URL.
#[component]
pub fn Catalogue() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).filter(|v| !v.is_empty());
    let filters = move || CATALOGUE.query::<ServiceQuery>(param);
    let results = Resource::new(
        move || (filters(), i18n.lang()),
        |(query, lang)| api::services(query, lang),
    );
    let shown_page = StoredValue::new(None);
    let categories = Resource::new(move || i18n.lang(), api::categories);
    let events = Resource::new(move || i18n.lang(), api::life_events);
    let agencies = Resource::new(move || i18n.lang(), api::agencies);
    let states = Resource::new(move || i18n.lang(), api::states);
    let crumbs = move || {
        vec![
            Crumb {
                label: i18n.t("nav-home"),
                href: Some("/".into()),
            },
            Crumb {
                label: i18n.t("nav-services"),
                href: None,
            },
        ]
    };
    // A page link keeps every filter.
    let page_href = Callback::new(move |page: u32| {
        let query = ServiceQuery {
            page: (page > 1).then_some(PageNumber(page)),
            ..filters()
        };
        CATALOGUE.link(&query)
    });
    view! {
        <Title text=i18n.tr("catalogue-title")/>
        {move || view! { <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=crumbs()/> }}
        <h1 tabindex="-1">{i18n.tr("catalogue-title")}</h1>
        <div class=style::layout>
            <Form method="GET" action=paths::CATALOGUE on_form_data=named_fields_only() attr:class=style::filters attr:aria-labelledby="filtros">
                <h2 id="filtros" class=style::filters_title>{i18n.tr("catalogue-filters")}</h2>
                // Closed on a narrow screen, so that the results come first; a
                // wide one shows the filters beside them, open.
                <details class=style::toggle>
                    <summary class=style::summary>{i18n.tr("catalogue-filters")}</summary>
                    <div class=style::fields>
                        <div class=style::field>
                            <label for="q">{i18n.tr("catalogue-words")}</label>
                            <input id="q" name="q" type="search" value=move || param("q").unwrap_or_default()
                                prop:value=move || param("q").unwrap_or_default()/>
                        </div>
                        // The server waits for the lists, so that its page has every option.
                        <Transition fallback=|| ()>
                            <Choice id="categoria" label="catalogue-category" selected=Signal::derive(move || param("categoria"))
                                options=Signal::derive(move || categories.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|c| (c.slug, c.name)).collect())/>
                            <Choice id="momento" label="catalogue-life-event" selected=Signal::derive(move || param("momento"))
                                options=Signal::derive(move || events.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|e| (e.slug, e.name)).collect())/>
                            <Choice id="dependencia" label="catalogue-agency" selected=Signal::derive(move || param("dependencia"))
                                options=Signal::derive(move || agencies.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|a| (a.slug, format!("{} ({})", a.name, a.acronym))).collect())/>
                            <Choice id="canal" label="catalogue-channel" selected=Signal::derive(move || param("canal"))
                                options=Signal::derive(move || Channel::ALL.into_iter().map(|c| (c.code().to_owned(), format::channel(i18n.lang(), c))).collect())/>
                            <Choice id="estado" label="catalogue-state" selected=Signal::derive(move || param("estado"))
                                options=Signal::derive(move || states.get().and_then(Result::ok).unwrap_or_default().into_iter().filter(|s| s.code != BORN_ABROAD).map(|s| (s.code, s.name)).collect())/>
                        </Transition>
                        <Button>{i18n.tr("catalogue-apply")}</Button>
                        <p><a href=paths::CATALOGUE>{i18n.tr("catalogue-clear")}</a></p>
                    </div>
                </details>
            </Form>
            <section class=style::results aria-labelledby=RESULTS_HEADING>
                <Loaded resource=results loading="catalogue-loading" error="catalogue-error" filters=FILTERS show={move |page: Page<ServiceSummary>| {
                    let count = i18n.t_with("catalogue-count", &[("count", page.total.into())]);
                    let (current, pages) = (page.page, page.page_count());
                    announce_results(shown_page, current, pages, count.clone(), RESULTS_HEADING);
                    view! {
                        <h2 id=RESULTS_HEADING class=style::count tabindex="-1">{count}</h2>
                        {(page.total == 0).then(|| view! { <p>{i18n.t("catalogue-empty")}</p> })}
                        <ul class=style::list>
                            {page.items.into_iter().map(|s| view! { <li>{card(i18n, s)}</li> }).collect_view()}
                        </ul>
                        <ResultPages current=current pages=pages href=page_href/>
                    }
                }}/>
            </section>
        </div>
    }
}

/// A service as a card: name linking to its sheet, summary, agency, how it is done.
pub fn card(i18n: I18n, service: ServiceSummary) -> impl IntoView {
    let tags = service
        .channels
        .iter()
        .map(|c| {
            let kind = if *c == Channel::Online {
                TagColour::Green
            } else {
                TagColour::Turquoise
            };
            (format::channel(i18n.lang(), *c), kind)
        })
        .collect();
    view! {
        <Card
            href=paths::service(&service.slug)
            title=service.name
            summary=service.summary
            meta=service.agency.name
            tags=tags
        />
    }
}

/// A select of one filter, with "any" first.
#[component]
pub fn Choice(
    id: &'static str,
    label: &'static str,
    selected: Signal<Option<String>>,
    options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class=style::field>
            <label for=id>{i18n.tr(label)}</label>
            <select id=id name=id>
                <option value="">{i18n.tr("catalogue-any")}</option>
                {move || options.get().into_iter().map(|(value, name)| {
                    let is_selected = selected.get().as_deref() == Some(value.as_str());
                    view! { <option value=value selected=is_selected>{name}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
