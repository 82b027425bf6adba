use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use ventanilla_core::api::{Channel, Presentation, Service, Silence};
use ventanilla_ui::{Breadcrumbs, Button, ButtonKind, Crumb, SummaryList, SummaryRow, Tag, TagColour};

use wasm_bindgen::JsCast;

use crate::api;
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::{Loaded, OfficesForService};
use crate::paths;

stylance::import_crate_style!(style, "src/pages/service_sheet.module.css");

/// `/tramites/{slug}`: everything a citizen needs to know about one service,
/// under headings a screen-reader user can jump through.
#[component]
pub fn ServiceSheet() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let sheet = Resource::new(move || (slug(), i18n.lang()), |(slug, lang)| api::service(slug, lang));
    view! {
        <Loaded resource=sheet loading="sheet-loading" error="sheet-error" page=true
            show={move |service: Service| {
                api::keep_sheet(i18n.lang(), &service);
                view! { <Sheet service=service/> }
            }}/>
    }
}

/// The sheet's sections, by id and heading, for its contents list. Cost,
/// time and validity are said once, in the summary above them.
const SECTIONS: [(&str, &str); 6] = [
    ("quien", "sheet-who"),
    ("requisitos", "sheet-requirements"),
    ("como", "sheet-how"),
    ("donde", "sheet-where"),
    ("fundamento", "sheet-legal-basis"),
    ("contacto", "sheet-contact"),
];

/// A link to a section of the page that also moves the focus there, so the
/// next Tab continues from the section.
#[component]
fn JumpLink(target: &'static str, children: Children) -> impl IntoView {
    let jump = move |ev: leptos::ev::MouseEvent| {
        if let Some(heading) = document().get_element_by_id(target) {
            ev.prevent_default();
            if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                heading.scroll_into_view();
                let _ = heading.focus();
            }
        }
    };
    view! { <a href=format!("#{target}") on:click=jump>{children()}</a> }
}

#[component]
fn Sheet(service: Service) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let crumbs = vec![
        Crumb {
            label: i18n.t("nav-home"),
            href: Some("/".into()),
        },
        Crumb {
            label: i18n.t("nav-services"),
            href: Some(paths::CATALOGUE.into()),
        },
        Crumb {
            label: service.name.clone(),
            href: None,
        },
    ];
    let channels = service
        .channels
        .iter()
        .map(|c| format::channel(lang, *c))
        .collect::<Vec<_>>()
        .join(", ");
    let silence = match service.silence {
        Silence::Positive => Some(i18n.t("sheet-silence-positive")),
        Silence::Negative => Some(i18n.t("sheet-silence-negative")),
        Silence::None => None,
    };
    let in_person = service.channels.contains(&Channel::InPerson);
    let online = service.online_form.clone().map(|form| {
        view! {
            <p class=style::start>
                <Button kind=ButtonKind::Start href=paths::online_form(&form)>{i18n.t("sheet-start-online")}</Button>
            </p>
        }
    });
    let slug = service.slug.clone();
    let cost = format::cost(i18n, &service.cost);
    let (response_time, validity) = (service.response_time.clone(), service.validity.clone());
    view! {
        <Title text=service.name.clone()/>
        <Breadcrumbs label=Signal::derive(i18n.tr("breadcrumbs-label")) items=crumbs/>
        <article class=style::sheet>
            <h1 tabindex="-1">{service.name.clone()}</h1>
            <p class=style::lead>{service.summary.clone()}</p>
            {online}
            <p class=style::official>
                {service.official_name.clone()} " · " {i18n.t("sheet-homoclave")} " " {service.homoclave.clone()}
                " · " {service.agency.name.clone()}
            </p>

            <nav class=style::contents aria-label=i18n.t("sheet-contents")>
                <p class=style::contents_title aria-hidden="true">{i18n.t("sheet-contents")}</p>
                <ul>
                    {SECTIONS.iter().filter(|(id, _)| in_person || *id != "donde").map(|(id, key)| view! {
                        <li><JumpLink target=id>{i18n.t(key)}</JumpLink></li>
                    }).collect_view()}
                </ul>
            </nav>

            <SummaryList>
                <SummaryRow key=i18n.t("sheet-cost")>{cost}</SummaryRow>
                <SummaryRow key=i18n.t("sheet-response-time")>
                    {response_time}
                    {silence.map(|text| view! { <br/>{text} })}
                </SummaryRow>
                <SummaryRow key=i18n.t("sheet-validity")>{validity}</SummaryRow>
                <SummaryRow key=i18n.t("sheet-channels")>{channels}</SummaryRow>
            </SummaryList>

            <h2 id="quien" tabindex="-1">{i18n.t("sheet-who")}</h2>
            <p>{service.who_can_apply.clone()}</p>

            <h2 id="requisitos" tabindex="-1">{i18n.t("sheet-requirements")}</h2>
            <ul class=style::requirements>
                {service.requirements.iter().map(|r| {
                    let presentation = match r.presentation {
                        Presentation::Original => "presentation-original",
                        Presentation::Copy => "presentation-copy",
                        Presentation::OriginalAndCopy => "presentation-original-and-copy",
                        Presentation::Data => "presentation-data",
                        Presentation::Appointment => "presentation-appointment",
                    };
                    view! {
                        <li>
                            <strong>{r.name.clone()}</strong> " "
                            <Tag colour=TagColour::Grey>{i18n.t(presentation)}</Tag>
                            {(!r.detail.is_empty()).then(|| view! { <br/>{r.detail.clone()} })}
                        </li>
                    }
                }).collect_view()}
            </ul>

            <h2 id="como" tabindex="-1">{i18n.t("sheet-how")}</h2>
            <ol class=style::steps>
                {service.steps.iter().map(|step| view! { <li>{step.clone()}</li> }).collect_view()}
            </ol>
            <p>{i18n.t("sheet-hours")} ": " {service.hours.clone()}</p>

            {in_person.then(|| view! {
                <h2 id="donde" tabindex="-1">{i18n.t("sheet-where")}</h2>
                <OfficesForService service=slug.clone()/>
            })}

            <h2 id="fundamento" tabindex="-1">{i18n.t("sheet-legal-basis")}</h2>
            <ul>
                {service.legal_basis.iter().map(|law| view! { <li>{law.clone()}</li> }).collect_view()}
            </ul>

            <h2 id="contacto" tabindex="-1">{i18n.t("sheet-contact")}</h2>
            <p>
                {service.agency.name.clone()} <br/>
                {i18n.t("sheet-phone")} ": "
                <a href=format!("tel:{}", service.contact.phone.replace(' ', ""))>{service.contact.phone.clone()}</a>
                <br/>
                {i18n.t("sheet-email")} ": "
                <a href=format!("mailto:{}", service.contact.email)>{service.contact.email.clone()}</a>
            </p>
            <p>
                <a href=paths::agency(&service.agency.slug)>
                    {i18n.t_with("sheet-agency-link", &[("agency", service.agency.acronym.clone().into())])}
                </a>
            </p>

            <p class=style::updated>
                {i18n.t_with("sheet-updated", &[("date", format::date(lang, &service.updated).into())])}
            </p>
        </article>
    }
}
