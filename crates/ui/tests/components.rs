//! Each component rendered in headless Chromium and used as a person would.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use ventanilla_ui::{
    Alert, AlertKind, Announcer, Breadcrumbs, Crumb, Details, LanguageOption, LanguageSwitcher, Loading, Pagination,
    SearchField, ServiceCard, SkipLink, Suggestion, SummaryList, SummaryRow, TagKind,
};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` in a fresh container and returns the container.
fn render<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    // Keep the view mounted for the rest of the test run.
    std::mem::forget(leptos::mount::mount_to(container.clone(), view));
    container
}

fn find(container: &HtmlElement, selector: &str) -> HtmlElement {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
fn skip_link_moves_focus_to_its_target() {
    let container = render(|| {
        view! {
            <SkipLink target="destino">"Saltar al contenido"</SkipLink>
            <main id="destino" tabindex="-1">"Contenido"</main>
        }
    });
    let link = find(&container, "a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#destino"));
    assert_eq!(link.text_content().as_deref(), Some("Saltar al contenido"));
    link.click();
    assert_eq!(document().active_element().unwrap().id(), "destino");
}

#[wasm_bindgen_test]
fn error_alert_interrupts_and_others_wait() {
    let container = render(|| {
        view! {
            <Alert kind=AlertKind::Error title="No pudimos cargar">
                <p>"Revisa tu conexión"</p>
            </Alert>
            <Alert title="Aviso" level=3>
                <p>"Información"</p>
            </Alert>
        }
    });
    let alerts = container.query_selector_all("div[role]").unwrap();
    let error: HtmlElement = alerts.get(0).unwrap().unchecked_into();
    let info: HtmlElement = alerts.get(1).unwrap().unchecked_into();
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(find(&error, "h2").text_content().as_deref(), Some("No pudimos cargar"));
    assert_eq!(info.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(find(&info, "h3").text_content().as_deref(), Some("Aviso"));
}

#[wasm_bindgen_test]
async fn language_switcher_marks_the_current_language_and_changes_it() {
    let current = RwSignal::new("es-MX");
    let container = render(move || {
        view! {
            <LanguageSwitcher
                label="Idioma"
                options=vec![
                    LanguageOption { tag: "es-MX", name: "Español".into() },
                    LanguageOption { tag: "en", name: "English".into() },
                ]
                current=current
                on_change=move |tag| current.set(tag)
            />
        }
    });
    assert_eq!(
        find(&container, "nav").get_attribute("aria-label").as_deref(),
        Some("Idioma")
    );
    let english = find(&container, "button[lang=en]");
    assert_eq!(english.get_attribute("aria-pressed").as_deref(), Some("false"));
    english.click();
    assert_eq!(current.get_untracked(), "en");
    // The DOM follows the signal on the next tick, as in the browser.
    leptos::task::tick().await;
    assert_eq!(english.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(
        find(&container, "button[lang=es-MX]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn announcer_is_a_polite_region_that_says_each_message() {
    let message = RwSignal::new(String::new());
    let container = render(move || view! { <Announcer message=message/> });
    let region = find(&container, "[aria-live]");
    assert_eq!(region.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(region.text_content().as_deref(), Some(""));
    message.set("12 resultados".into());
    leptos::task::tick().await;
    assert_eq!(region.text_content().as_deref(), Some("12 resultados"));
}

#[wasm_bindgen_test]
fn loading_says_what_is_loading_in_a_status() {
    let container = render(|| view! { <Loading label="Cargando temas…"/> });
    let status = find(&container, "[role=status]");
    assert_eq!(status.text_content().as_deref(), Some("Cargando temas…"));
    assert_eq!(
        find(&status, "span").get_attribute("aria-hidden").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
fn breadcrumbs_link_the_way_and_mark_the_current_page() {
    let container = render(|| {
        view! {
            <Breadcrumbs
                label="Estás aquí"
                items=vec![
                    Crumb { label: "Inicio".into(), href: Some("/".into()) },
                    Crumb { label: "Trámites".into(), href: Some("/tramites".into()) },
                    Crumb { label: "Pasaporte".into(), href: None },
                ]
            />
        }
    });
    assert_eq!(
        find(&container, "nav").get_attribute("aria-label").as_deref(),
        Some("Estás aquí")
    );
    assert_eq!(container.query_selector_all("nav a").unwrap().length(), 2);
    let current = find(&container, "[aria-current=page]");
    assert_eq!(current.text_content().as_deref(), Some("Pasaporte"));
    assert_eq!(current.tag_name(), "LI");
}

fn pagination(current: u32, total: u32) -> HtmlElement {
    render(move || {
        view! {
            <Pagination
                label="Páginas"
                current=Signal::derive(move || current)
                total_pages=Signal::derive(move || total)
                href=Callback::new(|n: u32| format!("/tramites?pagina={n}"))
                previous_label="Anterior"
                next_label="Siguiente"
                page_label=Callback::new(|n: u32| format!("Página {n}"))
            />
        }
    })
}

#[wasm_bindgen_test]
fn pagination_links_pages_and_hides_what_does_not_exist() {
    let first = pagination(1, 9);
    let links: Vec<String> = (0..first.query_selector_all("a").unwrap().length())
        .map(|i| {
            first
                .query_selector_all("a")
                .unwrap()
                .get(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(
        links,
        ["1", "2", "9", "Siguiente"],
        "no Previous on page 1, a gap before 9"
    );
    assert_eq!(
        find(&first, "[aria-current=page]")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Página 1")
    );
    assert_eq!(
        find(&first, "a[rel=next]").get_attribute("href").as_deref(),
        Some("/tramites?pagina=2")
    );
    assert!(first.text_content().unwrap().contains('…'));

    let middle = pagination(5, 9);
    assert_eq!(
        find(&middle, "a[rel=prev]").get_attribute("href").as_deref(),
        Some("/tramites?pagina=4")
    );
    assert_eq!(
        find(&middle, "[aria-current=page]").text_content().as_deref(),
        Some("5")
    );

    let single = pagination(1, 1);
    assert!(
        single.query_selector("nav").unwrap().is_none(),
        "one page needs no pagination"
    );
}

#[wasm_bindgen_test]
fn service_card_heading_links_to_the_sheet() {
    let container = render(|| {
        view! {
            <ServiceCard
                href="/tramites/consulta-curp".to_string()
                title="Consulta tu CURP".to_string()
                summary="Descarga tu constancia.".to_string()
                meta="RENAPO".to_string()
                tags=vec![("En línea".to_string(), TagKind::Online)]
            />
        }
    });
    let link = find(&container, "h3 a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("/tramites/consulta-curp"));
    assert_eq!(link.text_content().as_deref(), Some("Consulta tu CURP"));
    assert!(container.text_content().unwrap().contains("En línea"));
}

#[wasm_bindgen_test]
fn summary_list_pairs_keys_and_values_and_details_open() {
    let container = render(|| {
        view! {
            <SummaryList><SummaryRow key="Costo">"Gratuito"</SummaryRow></SummaryList>
            <Details summary="Más información"><p>"Detalle"</p></Details>
        }
    });
    assert_eq!(find(&container, "dl dt").text_content().as_deref(), Some("Costo"));
    assert_eq!(find(&container, "dl dd").text_content().as_deref(), Some("Gratuito"));
    let details = find(&container, "details");
    assert!(!details.has_attribute("open"));
    find(&container, "summary").click();
    assert!(details.has_attribute("open"));
}

fn key(input: &HtmlElement, name: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(name);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn search_field_is_a_combobox_driven_by_the_keyboard() {
    let value = RwSignal::new(String::new());
    let selected = RwSignal::new(None::<String>);
    let submitted = RwSignal::new(None::<String>);
    let suggestions = Signal::derive(move || {
        if value.get().is_empty() {
            return Vec::new();
        }
        ["pasaporte", "pasaporte-menores"]
            .iter()
            .map(|id| Suggestion {
                id: id.to_string(),
                title: id.to_string(),
                subtitle: "SRE".into(),
                href: format!("/tramites/{id}"),
            })
            .collect()
    });
    let container = render(move || {
        view! {
            <SearchField
                id="prueba"
                label="¿Qué buscas?"
                value=value
                suggestions=suggestions
                status=Signal::derive(|| "2 sugerencias".to_string())
                button_label="Buscar"
                on_submit=Callback::new(move |text: String| submitted.set(Some(text)))
                on_select=Callback::new(move |s: Suggestion| selected.set(Some(s.id)))
            />
        }
    });
    let input: web_sys::HtmlInputElement = find(&container, "input").unchecked_into();
    assert_eq!(input.get_attribute("role").as_deref(), Some("combobox"));
    assert_eq!(input.get_attribute("aria-expanded").as_deref(), Some("false"));
    input.focus().unwrap();
    input.set_value("pasa");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), "pasa");
    assert_eq!(input.get_attribute("aria-expanded").as_deref(), Some("true"));

    let input_el: &HtmlElement = input.unchecked_ref();
    key(input_el, "ArrowDown");
    leptos::task::tick().await;
    assert_eq!(
        input.get_attribute("aria-activedescendant").as_deref(),
        Some("prueba-option-0")
    );
    assert_eq!(
        find(&container, "#prueba-option-0")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    key(input_el, "Enter");
    leptos::task::tick().await;
    assert_eq!(selected.get_untracked().as_deref(), Some("pasaporte"));
    assert_eq!(input.get_attribute("aria-expanded").as_deref(), Some("false"));

    // Escape on a closed list clears the box; Enter with nothing active searches.
    key(input_el, "Escape");
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), "");
    input.set_value("curp");
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    leptos::task::tick().await;
    key(input_el, "Escape");
    leptos::task::tick().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false"),
        "Escape closes first"
    );
    assert_eq!(value.get_untracked(), "curp");
    find(&container, "button").click();
    assert_eq!(submitted.get_untracked().as_deref(), Some("curp"));
}
