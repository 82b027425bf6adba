use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::{use_navigate, use_query_map};
use ventanilla_core::api::{LatLng, Office, OfficeQuery, Page, PageNumber, PerPage};
use ventanilla_ui::{Breadcrumbs, Button, Crumb};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::api;
use crate::clock::{is_open, page_now};
use crate::i18n::use_i18n;
use crate::pages::{
    LinkFilters, Loaded, OfficeCard, ResultPages, StateSelect, WeekHours, announce_results, map_link,
    named_fields_only, states_resource,
};
use crate::paths;
use crate::query_params::OFFICES;

stylance::import_crate_style!(style, "src/pages/offices.module.css");

/// Offices per page: a state's fit in one.
const PER_PAGE: u32 = 50;

/// The id of the results' heading, which takes focus on a new page.
const RESULTS_HEADING: &str = "centros";

/// The filters an offices link carries, by the API's names, with their labels.
const FILTERS: LinkFilters = LinkFilters {
    labels: &[
        ("state", "offices-state"),
        ("municipality", "offices-municipality"),
        ("service", "offices-service"),
        ("agency", "catalogue-agency"),
        ("near", "offices-near"),
    ],
    clear: paths::OFFICES,
};

/// The URL parameter that keeps only the offices open now: the app decides
/// that, in Mexico City time, so it is not a parameter of the API.
const OPEN_ONLY: &str = "abiertas";

/// `/oficinas`: find a Public Attention Center by state and municipality, by
/// service, or near you; a list, which works with any assistive technology.
#[component]
pub fn Offices() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).filter(|v| !v.is_empty());
    let open_only = move || param(OPEN_ONLY).is_some();
    let states = states_resource();
    let filters = move || OFFICES.query::<OfficeQuery>(param);
    let shown_page = StoredValue::new(None);
    let offices = Resource::new(
        move || {
            let query = OfficeQuery {
                per_page: Some(PerPage(PER_PAGE)),
                ..filters()
            };
            (query, i18n.lang())
        },
        |(query, lang)| api::offices(query, lang),
    );
    let location_error = RwSignal::new(false);
    let scripted = RwSignal::new(false);
    Effect::new(move || scripted.set(true));
    let navigate = use_navigate();
    // Near me keeps what was chosen (a service, a state, "open now"): the
    // nearest of those offices first, from the first page.
    let near_me = move |_| {
        location_error.set(false);
        let (chosen, open) = (filters(), open_only());
        let href = move |near| {
            let query = OfficeQuery {
                near: Some(near),
                page: None,
                ..chosen.clone()
            };
            offices_href(&query, open)
        };
        locate(navigate.clone(), location_error, href);
    };
    let page_href = Callback::new(move |n: u32| {
        let query = OfficeQuery {
            page: (n > 1).then_some(PageNumber(n)),
            ..filters()
        };
        offices_href(&query, open_only())
    });
    let crumbs = move || {
        vec![
            Crumb {
                label: i18n.t("nav-home"),
                href: Some("/".into()),
            },
            Crumb {
                label: i18n.t("offices-title"),
                href: None,
            },
        ]
    };
    view! {
        <Title text=i18n.tr("offices-title")/>
        {move || view! { <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=crumbs()/> }}
        <h1 tabindex="-1">{i18n.tr("offices-title")}</h1>
        <p class=style::lead>{i18n.tr("offices-lead")}</p>

        <Form method="GET" action=paths::OFFICES on_form_data=named_fields_only() attr:class=style::filters>
            <div class=style::field>
                <label for="estado">{i18n.tr("offices-state")}</label>
                <StateSelect id="estado" states=states selected=Signal::derive(move || param("estado"))/>
            </div>
            <div class=style::field>
                <label for="municipio">{i18n.tr("offices-municipality")}</label>
                <input id="municipio" name="municipio" type="text" autocomplete="address-level2"
                    value=move || param("municipio").unwrap_or_default()
                    prop:value=move || param("municipio").unwrap_or_default()/>
            </div>
            {move || param("tramite").map(|service| view! { <input type="hidden" name="tramite" value=service/> })}
            {move || param("dependencia").map(|agency| view! { <input type="hidden" name="dependencia" value=agency/> })}
            <div class=style::check>
                <input id="abiertas" name="abiertas" type="checkbox" value="1" checked=open_only prop:checked=open_only/>
                <label for="abiertas">{i18n.tr("offices-open-only")}</label>
            </div>
            <Button>{i18n.tr("offices-search")}</Button>
        </Form>
        // The browser's position needs script: offered once the page runs.
        <Show when=move || scripted.get()>
            <p>
                <button type="button" class=style::secondary on:click=near_me.clone()>{i18n.tr("offices-near-me")}</button>
            </p>
        </Show>
        {move || location_error.get().then(|| view! { <p class=style::error role="alert">{i18n.t("offices-location-error")}</p> })}

        <Loaded resource=offices loading="offices-loading" error="offices-error" filters=FILTERS show={move |page: Page<Office>| {
                        let now = page_now();
                        let (current, pages) = (page.page, page.page_count());
                        let total = page.total;
                        let shown: Vec<_> = page.items.into_iter().filter(|o| !open_only() || is_open(&o.hours, now)).collect();
                        // "Open now" is decided here, so its count is what this page shows.
                        let count = if open_only() { shown.len() as u64 } else { total };
                        let count = i18n.t_with("offices-count", &[("count", count.into())]);
                        announce_results(shown_page, current, pages, count.clone(), RESULTS_HEADING);
                        // Only the service's offices: say which, and how to see every office.
                        let service = filters().service.map(|slug| {
                            let name = shown.iter().flat_map(|o| &o.services).find(|s| s.slug == slug.0)
                                .map_or_else(|| slug.0.clone(), |s| s.name.clone());
                            let every = OfficeQuery { service: None, page: None, ..filters() };
                            view! {
                                <p>
                                    {i18n.t_with("offices-for-service", &[("service", name.into())])} " "
                                    <a href=offices_href(&every, open_only())>{i18n.t("offices-every-service")}</a>
                                </p>
                            }
                        });
                        view! {
                            {service}
                            <h2 id=RESULTS_HEADING class=style::count tabindex="-1">{count}</h2>
                            <div class=style::list>
                                {shown.into_iter().map(|office| view! { <OfficeCard office=office/> }).collect_view()}
                            </div>
                            <ResultPages current=current pages=pages href=page_href/>
                        }
        }}/>
    }
}

/// This page's URL for `query`, and "open now" if chosen.
fn offices_href(query: &OfficeQuery, open_only: bool) -> String {
    let mut pairs = OFFICES.pairs(query);
    if open_only {
        pairs.push((OPEN_ONLY, "1".to_owned()));
    }
    OFFICES.href(&pairs)
}

/// Asks the browser for the position, only now that the user pressed the
/// button; on success goes to `href` of it, on refusal says so.
fn locate(
    navigate: impl Fn(&str, leptos_router::NavigateOptions) + Clone + 'static,
    failed: RwSignal<bool>,
    href: impl Fn(LatLng) -> String + 'static,
) {
    let Ok(geolocation) = window().navigator().geolocation() else {
        failed.set(true);
        return;
    };
    let found = Closure::once_into_js(move |position: web_sys::Position| {
        let c = position.coords();
        let near = LatLng {
            lat: c.latitude(),
            lng: c.longitude(),
        };
        navigate(&href(near), Default::default());
    });
    let refused = Closure::once_into_js(move |_: web_sys::PositionError| failed.set(true));
    if geolocation
        .get_current_position_with_error_callback(found.unchecked_ref(), Some(refused.unchecked_ref()))
        .is_err()
    {
        failed.set(true);
    }
}

/// `/oficinas/{id}`: one Public Attention Center, as search results link it.
#[component]
pub fn OfficePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = leptos_router::hooks::use_params_map();
    let office = Resource::new(
        move || (params.read().get("id").unwrap_or_default(), i18n.lang()),
        |(id, lang)| api::office(id, lang),
    );
    view! {
        <Loaded resource=office loading="offices-loading" error="offices-error" page=true
            show={move |office: Office| {
                        let crumbs = vec![
                            Crumb { label: i18n.t("nav-home"), href: Some("/".into()) },
                            Crumb { label: i18n.t("offices-title"), href: Some(paths::OFFICES.into()) },
                            Crumb { label: office.name.clone(), href: None },
                        ];
                        view! {
                            <Title text=office.name.clone()/>
                            <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=crumbs/>
                            {let (map, hours) = (map_link(&office), office.hours.clone());
                            view! { <OfficeCard office=office level=1/> {map} <WeekHours hours=hours/> }}
                        }
            }}/>
    }
}
