use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::Form;
use ventanilla_core::api::{
    AccessibilityFeature, BORN_ABROAD, DayHours, Office, OfficeQuery, Page, PerPage, Slug, State,
};
use ventanilla_ui::{Button, Tag, TagColour};

use crate::api::{self, ApiError};
use crate::clock::{hours_on, is_open, page_now};
use crate::i18n::use_i18n;
use crate::pages::{Loaded, named_fields_only};
use crate::paths;
use crate::query_params::offices_for_service;

stylance::import_crate_style!(style, "src/pages/office_card.module.css");

/// One Public Attention Center: where, today's hours and whether it is open
/// now, phone, and what it has for people with disabilities.
#[component]
pub fn OfficeCard(office: Office, #[prop(default = 3)] level: u8) -> impl IntoView {
    let i18n = use_i18n();
    // The closures own the hours: they may run once more as the page goes away.
    let hours = office.hours.clone();
    let today = move || {
        hours_on(&hours, page_now().weekday)
            .map(|d| {
                i18n.t_with(
                    "office-today",
                    &[("opens", d.opens.clone().into()), ("closes", d.closes.clone().into())],
                )
            })
            .unwrap_or_else(|| i18n.t("office-closed-today"))
    };
    let hours = office.hours.clone();
    let open = move || is_open(&hours, page_now());
    let features = office
        .accessibility
        .iter()
        .map(|f| {
            let key = match f {
                AccessibilityFeature::Ramp => "feature-ramp",
                AccessibilityFeature::AccessibleToilet => "feature-accessible-toilet",
                AccessibilityFeature::SignLanguage => "feature-sign-language",
                AccessibilityFeature::Braille => "feature-braille",
                AccessibilityFeature::Elevator => "feature-elevator",
                AccessibilityFeature::AccessibleParking => "feature-accessible-parking",
            };
            view! { <li>{i18n.t(key)}</li> }
        })
        .collect_view();
    // In a list the name links to the office's own page: its week, its map.
    let title = view! { <a href=paths::office(&office.id)>{office.name.clone()}</a> };
    let heading = match level {
        1 => view! { <h1 class=style::name tabindex="-1">{office.name.clone()}</h1> }.into_any(),
        2 => view! { <h2 class=style::name>{title}</h2> }.into_any(),
        _ => view! { <h3 class=style::name>{title}</h3> }.into_any(),
    };
    let distance = office.distance_km.map(|km| {
        view! { <p class=style::distance>{i18n.t_with("office-distance", &[("km", format!("{km:.1}").into())])}</p> }
    });
    view! {
        <article class=style::card id=format!("oficina-{}", office.id)>
            {heading}
            <p class=style::agency>{office.agency.name.clone()}</p>
            {distance}
            <p>
                {office.address.clone()} <br/>
                {format!("{}, {}, C.P. {}", office.municipality, office.state.name, office.postal_code)}
            </p>
            <p>
                {move || if open() {
                    Either::Left(view! { <Tag colour=TagColour::Green>{i18n.t("office-open-now")}</Tag> })
                } else {
                    Either::Right(view! { <Tag colour=TagColour::Grey>{i18n.t("office-closed-now")}</Tag> })
                }}
                " " {today}
            </p>
            <p>
                {i18n.t("office-phone")} ": "
                <a href=format!("tel:{}", office.phone.replace(' ', ""))>{office.phone.clone()}</a>
            </p>
            {(!office.accessibility.is_empty()).then(|| view! {
                <p class=style::features_title>{i18n.t("office-accessibility")}</p>
                <ul class=style::features>{features}</ul>
            })}
        </article>
    }
}

/// An office's hours for each day of the week, Monday first.
#[component]
pub fn WeekHours(hours: Vec<DayHours>) -> impl IntoView {
    let i18n = use_i18n();
    let days = (1..=7u8)
        .map(|weekday| {
            let open = hours_on(&hours, weekday).cloned();
            view! {
                <dt>{move || i18n.t_with("office-weekday", &[("day", weekday.into())])}</dt>
                <dd>{move || match &open {
                    Some(d) => i18n.t_with("office-day-hours", &[("opens", d.opens.clone().into()), ("closes", d.closes.clone().into())]),
                    None => i18n.t("office-day-closed"),
                }}</dd>
            }
        })
        .collect_view();
    view! {
        <h2>{i18n.tr("office-week-title")}</h2>
        <dl class=style::week>{days}</dl>
    }
}

/// A link that opens the office's place on a map (OpenStreetMap's page: no
/// script of another site in ours), for directions on a phone.
pub fn map_link(office: &Office) -> impl IntoView + use<> {
    let i18n = use_i18n();
    let (lat, lng) = (office.lat, office.lng);
    let href = format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lng}#map=18/{lat}/{lng}");
    view! { <p><a href=href>{i18n.tr("office-map")}</a></p> }
}

/// The states, a resource to create where the page's others are: made
/// inside a loaded part, its place among them would differ between the
/// server's render and the browser's hydration.
pub fn states_resource() -> Resource<Result<Vec<State>, ApiError>> {
    let i18n = use_i18n();
    Resource::new(move || i18n.lang(), api::states)
}

/// The `states`, for a `<select name="estado">`: any state first, then each
/// one where offices can be (not "born abroad").
#[component]
pub fn StateSelect(
    id: &'static str,
    states: Resource<Result<Vec<State>, ApiError>>,
    selected: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <select id=id name="estado">
            <option value="">{i18n.tr("offices-any-state")}</option>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    states.await.unwrap_or_default().into_iter().filter(|s| s.code != BORN_ABROAD).map(|s| {
                        let chosen = selected.get().as_deref() == Some(s.code.as_str());
                        view! { <option value=s.code.clone() selected=chosen>{s.name}</option> }
                    }).collect_view()
                })}
            </Transition>
        </select>
    }
}

/// Where a service is done in person, for its sheet: how many offices, and
/// the reader's state asked for, rather than the first few of the country.
#[component]
pub fn OfficesForService(service: String) -> impl IntoView {
    let i18n = use_i18n();
    let query = OfficeQuery {
        service: Some(Slug(service.clone())),
        per_page: Some(PerPage(1)),
        ..OfficeQuery::default()
    };
    let offices = Resource::new(
        move || (query.clone(), i18n.lang()),
        |(query, lang)| api::offices(query, lang),
    );
    let states = states_resource();
    view! {
        <Loaded resource=offices loading="offices-loading" error="offices-error" show={move |page: Page<Office>| {
            if page.total == 0 {
                return Either::Left(view! { <p>{i18n.t("offices-none-for-service")}</p> });
            }
            let (slug, all) = (service.clone(), offices_for_service(&service));
            Either::Right(view! {
                <Form method="GET" action=paths::OFFICES on_form_data=named_fields_only() attr:class=style::by_state>
                    <input type="hidden" name="tramite" value=slug/>
                    <label for=STATE_ID>{i18n.t("offices-for-service-state")}</label>
                    <StateSelect id=STATE_ID states=states selected=Signal::stored(None)/>
                    <Button>{i18n.t("offices-search")}</Button>
                </Form>
                <p>
                    <a href=all>
                        {i18n.t_with("offices-all-for-service", &[("count", page.total.into())])}
                    </a>
                </p>
            })
        }}/>
    }
}

/// The sheet's select of states (the offices page has its own `estado`).
const STATE_ID: &str = "estado-del-tramite";
