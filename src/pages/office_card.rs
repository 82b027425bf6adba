use leptos::either::Either;
use leptos::prelude::*;
use ventanilla_core::api::{AccessibilityFeature, Office, OfficeQuery, Page, PerPage, Slug};
use ventanilla_ui::{Tag, TagKind};

use crate::api;
use crate::clock::{hours_on, is_open, page_now};
use crate::i18n::use_i18n;
use crate::pages::Loaded;
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
    let title = office.name.clone();
    let heading = match level {
        1 => view! { <h1 class=style::name tabindex="-1">{title}</h1> }.into_any(),
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
                    Either::Left(view! { <Tag kind=TagKind::Online>{i18n.t("office-open-now")}</Tag> })
                } else {
                    Either::Right(view! { <Tag kind=TagKind::Neutral>{i18n.t("office-closed-now")}</Tag> })
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

/// The offices where a service is done in person, for its sheet.
#[component]
pub fn NearestOffices(service: String) -> impl IntoView {
    let i18n = use_i18n();
    let query = OfficeQuery {
        service: Some(Slug(service.clone())),
        per_page: Some(PerPage(5)),
        ..OfficeQuery::default()
    };
    let offices = Resource::new(
        move || (query.clone(), i18n.lang()),
        |(query, lang)| api::offices(query, lang),
    );
    view! {
        <Loaded resource=offices loading="offices-loading" error="offices-error" show={move |page: Page<Office>| {
            if page.items.is_empty() {
                return Either::Left(view! { <p>{i18n.t("offices-none-for-service")}</p> });
            }
            Either::Right(view! {
                <div class=style::list>
                    {page.items.into_iter().map(|office| view! { <OfficeCard office=office/> }).collect_view()}
                </div>
                <p>
                    <a href=offices_for_service(&service)>
                        {i18n.t_with("offices-all-for-service", &[("count", page.total.into())])}
                    </a>
                </p>
            })
        }}/>
    }
}
