//! Each component rendered in headless Chromium and used as a person would.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use ventanilla_ui::{
    Alert, AlertKind, Announcer, LanguageOption, LanguageSwitcher, Loading, SkipLink,
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
    assert_eq!(
        find(&error, "h2").text_content().as_deref(),
        Some("No pudimos cargar")
    );
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
        find(&container, "nav")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Idioma")
    );
    let english = find(&container, "button[lang=en]");
    assert_eq!(
        english.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    english.click();
    assert_eq!(current.get_untracked(), "en");
    // The DOM follows the signal on the next tick, as in the browser.
    leptos::task::tick().await;
    assert_eq!(
        english.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
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
        find(&status, "span")
            .get_attribute("aria-hidden")
            .as_deref(),
        Some("true")
    );
}
