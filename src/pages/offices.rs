use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::{use_navigate, use_query_map};
use ventanilla_core::api::{BORN_ABROAD, LatLng, OfficeQuery, PageNumber, PerPage};
use ventanilla_ui::{Breadcrumbs, Crumb, Loading, Pagination};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::api;
use crate::clock::{is_open, now_in_mexico_city};
use crate::i18n::use_i18n;
use crate::pages::{LoadError, OfficeCard};
use crate::query_params::OFFICES;
use crate::shell::announce;

stylance::import_crate_style!(style, "src/pages/offices.module.css");

/// Offices per page: a state's fit in one.
const PER_PAGE: u32 = 50;

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
    let states = LocalResource::new(move || api::states(i18n.lang()));
    let filters = move || OFFICES.query::<OfficeQuery>(param);
    let offices = LocalResource::new(move || {
        let query = OfficeQuery {
            per_page: Some(PerPage(PER_PAGE)),
            ..filters()
        };
        api::offices(query, i18n.lang())
    });
    let location_error = RwSignal::new(false);
    let navigate = use_navigate();
    let near_me = move |_| {
        location_error.set(false);
        locate(navigate.clone(), location_error);
    };
    let page_href = Callback::new(move |n: u32| {
        let query = OfficeQuery {
            page: (n > 1).then_some(PageNumber(n)),
            ..filters()
        };
        let mut pairs = OFFICES.pairs(&query);
        if open_only() {
            pairs.push((OPEN_ONLY, "1".to_owned()));
        }
        OFFICES.href(&pairs)
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

        <Form method="GET" action="/oficinas" attr:class=style::filters>
            <div class=style::field>
                <label for="estado">{i18n.tr("offices-state")}</label>
                <select id="estado" name="estado">
                    <option value="">{i18n.tr("offices-any-state")}</option>
                    <Transition fallback=|| ()>
                        {move || Suspend::new(async move {
                            states.await.unwrap_or_default().into_iter().filter(|s| s.code != BORN_ABROAD).map(|s| {
                                let selected = param("estado").as_deref() == Some(s.code.as_str());
                                view! { <option value=s.code.clone() selected=selected>{s.name}</option> }
                            }).collect_view()
                        })}
                    </Transition>
                </select>
            </div>
            <div class=style::field>
                <label for="municipio">{i18n.tr("offices-municipality")}</label>
                <input id="municipio" name="municipio" type="text" autocomplete="address-level2"
                    prop:value=move || param("municipio").unwrap_or_default()/>
            </div>
            {move || param("tramite").map(|service| view! { <input type="hidden" name="tramite" value=service/> })}
            {move || param("dependencia").map(|agency| view! { <input type="hidden" name="dependencia" value=agency/> })}
            <div class=style::check>
                <input id="abiertas" name="abiertas" type="checkbox" value="1" prop:checked=open_only/>
                <label for="abiertas">{i18n.tr("offices-open-only")}</label>
            </div>
            <button type="submit" class="button">{i18n.tr("offices-search")}</button>
        </Form>
        <p>
            <button type="button" class=style::secondary on:click=near_me>{i18n.tr("offices-near-me")}</button>
        </p>
        {move || location_error.get().then(|| view! { <p class=style::error role="alert">{i18n.t("offices-location-error")}</p> })}

        <Transition fallback=move || view! { <Loading label=Signal::derive(i18n.tr("offices-loading"))/> }>
            {move || Suspend::new(async move {
                match offices.await {
                    Ok(page) => {
                        let now = now_in_mexico_city();
                        let (current, pages) = (page.page, page.page_count());
                        let total = page.total;
                        let shown: Vec<_> = page.items.into_iter().filter(|o| !open_only() || is_open(&o.hours, now)).collect();
                        // "Open now" is decided here, so its count is what this page shows.
                        let count = if open_only() { shown.len() as u64 } else { total };
                        let count = i18n.t_with("offices-count", &[("count", count.into())]);
                        announce(count.clone());
                        Either::Left(view! {
                            <h2 class=style::count>{count}</h2>
                            <div class=style::list>
                                {shown.into_iter().map(|office| view! { <OfficeCard office=office/> }).collect_view()}
                            </div>
                            <Pagination
                                label=Signal::derive(i18n.tr("pagination-label"))
                                current=Signal::derive(move || current)
                                total_pages=Signal::derive(move || pages)
                                href=page_href
                                previous_label=Signal::derive(i18n.tr("pagination-previous"))
                                next_label=Signal::derive(i18n.tr("pagination-next"))
                                page_label=Callback::new(move |n: u32| i18n.t_with("pagination-page", &[("page", n.into())]))
                            />
                        })
                    }
                    Err(error) => Either::Right(view! {
                        <LoadError title="offices-error" error=error retry=move || offices.refetch()/>
                    }),
                }
            })}
        </Transition>
    }
}

/// Asks the browser for the position, only now that the user pressed the
/// button; on success lists offices nearest first, on refusal says so.
fn locate(navigate: impl Fn(&str, leptos_router::NavigateOptions) + Clone + 'static, failed: RwSignal<bool>) {
    let Ok(geolocation) = window().navigator().geolocation() else {
        failed.set(true);
        return;
    };
    let found = Closure::once_into_js(move |position: web_sys::Position| {
        let c = position.coords();
        let near = OfficeQuery {
            near: Some(LatLng {
                lat: c.latitude(),
                lng: c.longitude(),
            }),
            ..OfficeQuery::default()
        };
        navigate(&OFFICES.href(&OFFICES.pairs(&near)), Default::default());
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
    let office = LocalResource::new(move || api::office(params.read().get("id").unwrap_or_default(), i18n.lang()));
    view! {
        <Transition fallback=move || view! { <Loading label=Signal::derive(i18n.tr("offices-loading"))/> }>
            {move || Suspend::new(async move {
                match office.await {
                    Ok(office) => {
                        let crumbs = vec![
                            Crumb { label: i18n.t("nav-home"), href: Some("/".into()) },
                            Crumb { label: i18n.t("offices-title"), href: Some("/oficinas".into()) },
                            Crumb { label: office.name.clone(), href: None },
                        ];
                        view! {
                            <Title text=office.name.clone()/>
                            <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=crumbs/>
                            <OfficeCard office=office level=1/>
                        }.into_any()
                    }
                    Err(crate::api::ApiError::Status { status: 404, .. }) => view! { <crate::pages::NotFound/> }.into_any(),
                    Err(error) => view! {
                        <Title text=i18n.tr("offices-error")/>
                        <h1 tabindex="-1">{i18n.tr("offices-error")}</h1>
                        <LoadError title="offices-error" error=error retry=move || office.refetch()/>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}
