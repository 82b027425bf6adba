//! Each component rendered in headless Chromium and used as a person would.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use ventanilla_ui::{
    Alert, AlertKind, Announcer, Breadcrumbs, Card, Crumb, DateInput, DateLabels, Details, LanguageOption,
    LanguageSwitcher, Loading, Pagination, SearchField, SkipLink, Suggestion, SummaryList, SummaryRow, Tag, TagColour,
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
                href=move |tag: &'static str| format!("/tramites?lang={tag}")
                on_change=move |tag| current.set(tag)
            />
        }
    });
    assert_eq!(
        find(&container, "nav").get_attribute("aria-label").as_deref(),
        Some("Idioma")
    );
    let english = find(&container, "a[lang=en]");
    assert_eq!(english.get_attribute("href").as_deref(), Some("/tramites?lang=en"));
    assert_eq!(english.get_attribute("aria-current"), None);
    // A click switches in place: the page does not follow the link.
    english.click();
    assert_eq!(current.get_untracked(), "en");
    // The DOM follows the signal on the next tick, as in the browser.
    leptos::task::tick().await;
    assert_eq!(english.get_attribute("aria-current").as_deref(), Some("true"));
    assert_eq!(find(&container, "a[lang=es-MX]").get_attribute("aria-current"), None);
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
    let links = container.query_selector_all("nav ol > li > a").unwrap();
    assert_eq!(links.length(), 2);
    let second: HtmlElement = links.get(1).unwrap().unchecked_into();
    assert_eq!(second.get_attribute("href").as_deref(), Some("/tramites"));
    assert_eq!(second.text_content().as_deref(), Some("Trámites"));
    assert_eq!(container.query_selector_all("[aria-current]").unwrap().length(), 1);
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
fn card_heading_links_to_the_sheet() {
    let container = render(|| {
        view! {
            <Card
                href="/tramites/consulta-curp".to_string()
                title="Consulta tu CURP".to_string()
                summary="Descarga tu constancia.".to_string()
                meta="RENAPO".to_string()
                tags=vec![("En línea".to_string(), TagColour::Green)]
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

#[wasm_bindgen_test]
fn breadcrumbs_mark_only_the_last_step_as_current() {
    let container = render(|| {
        view! {
            <Breadcrumbs
                label="Estás aquí"
                items=vec![
                    Crumb { label: "Inicio".into(), href: Some("/".into()) },
                    Crumb { label: "Sin página".into(), href: None },
                    Crumb { label: "Oficina".into(), href: Some("/oficinas/1".into()) },
                ]
            />
        }
    });
    let current = find(&container, "[aria-current=page]");
    assert_eq!(current.text_content().as_deref(), Some("Oficina"));
    assert!(
        current.query_selector("a").unwrap().is_none(),
        "the current page is not a link"
    );
    assert_eq!(container.query_selector_all("a").unwrap().length(), 1);
    assert!(container.text_content().unwrap().contains("Sin página"));
}

#[wasm_bindgen_test]
fn pagination_on_the_last_page_has_no_next() {
    let last = pagination(9, 9);
    assert!(last.query_selector("a[rel=next]").unwrap().is_none());
    assert_eq!(
        find(&last, "a[rel=prev]").get_attribute("href").as_deref(),
        Some("/tramites?pagina=8")
    );
    assert_eq!(
        find(&last, "[aria-current=page]").get_attribute("href").as_deref(),
        Some("/tramites?pagina=9")
    );
    // The gap is drawn, not read.
    let gap = find(&last, "li[aria-hidden=true]");
    assert_eq!(gap.text_content().as_deref(), Some("…"));
    let none = pagination(1, 0);
    assert!(none.query_selector("nav").unwrap().is_none(), "no pages, no pagination");
}

#[wasm_bindgen_test]
fn tag_says_its_words() {
    let container = render(|| {
        view! {
            <Tag colour=TagColour::Turquoise>"Presencial"</Tag>
            <Tag>"Gratuito"</Tag>
        }
    });
    assert_eq!(container.text_content().as_deref(), Some("PresencialGratuito"));
    assert_eq!(container.children().length(), 2);
}

#[wasm_bindgen_test]
fn card_lists_its_tags_and_takes_a_heading_level() {
    let container = render(|| {
        view! {
            <Card
                href="/tramites/pasaporte".to_string()
                title="Pasaporte".to_string()
                summary="Tramita tu pasaporte.".to_string()
                meta="SRE".to_string()
                tags=vec![
                    ("En línea".to_string(), TagColour::Green),
                    ("Presencial".to_string(), TagColour::Turquoise),
                ]
                level=2
            />
            <Card
                href="/tramites/curp".to_string()
                title="CURP".to_string()
                summary="Consulta tu CURP.".to_string()
                meta="RENAPO".to_string()
                tags=vec![]
            />
        }
    });
    let cards = container.query_selector_all("article").unwrap();
    assert_eq!(cards.length(), 2);
    let first: HtmlElement = cards.get(0).unwrap().unchecked_into();
    assert_eq!(
        find(&first, "h2 a").get_attribute("href").as_deref(),
        Some("/tramites/pasaporte")
    );
    assert_eq!(
        first.query_selector_all("a").unwrap().length(),
        1,
        "one link, in the heading"
    );
    let tags = first.query_selector_all("ul li").unwrap();
    assert_eq!(tags.length(), 2);
    assert_eq!(tags.get(1).unwrap().text_content().as_deref(), Some("Presencial"));
    assert!(first.text_content().unwrap().contains("Tramita tu pasaporte."));
    assert!(first.text_content().unwrap().contains("SRE"));
    let second: HtmlElement = cards.get(1).unwrap().unchecked_into();
    assert!(second.query_selector("h3 a").unwrap().is_some());
    assert!(second.query_selector("ul").unwrap().is_none(), "no tags, no empty list");
}

#[wasm_bindgen_test]
fn summary_list_keeps_rows_in_order() {
    let container = render(|| {
        view! {
            <SummaryList>
                <SummaryRow key="Costo">"Gratuito"</SummaryRow>
                <SummaryRow key="Vigencia"><strong>"6 años"</strong></SummaryRow>
            </SummaryList>
        }
    });
    let keys = container.query_selector_all("dl dt").unwrap();
    let values = container.query_selector_all("dl dd").unwrap();
    assert_eq!(keys.length(), 2);
    assert_eq!(values.length(), 2);
    assert_eq!(keys.get(1).unwrap().text_content().as_deref(), Some("Vigencia"));
    assert_eq!(values.get(1).unwrap().text_content().as_deref(), Some("6 años"));
}

fn date_input(id: &'static str, birthday: bool) -> HtmlElement {
    render(move || {
        let labels = DateLabels {
            day: "Día".into(),
            month: "Mes".into(),
            year: "Año".into(),
        };
        let [day, month, year] = [(); 3].map(|_| RwSignal::new(String::new()));
        view! {
            <DateInput id=id legend="Fecha de nacimiento" labels=labels day=day month=month year=year
                error=Signal::derive(|| None::<String>) birthday=birthday/>
        }
    })
}

#[wasm_bindgen_test]
fn date_input_lets_the_browser_fill_in_only_a_birthday() {
    let autocomplete =
        |container: &HtmlElement, id: &str| find(container, &format!("#{id}")).get_attribute("autocomplete");
    let birthday = date_input("cumple", true);
    assert_eq!(autocomplete(&birthday, "cumple").as_deref(), Some("bday-day"));
    assert_eq!(autocomplete(&birthday, "cumple-month").as_deref(), Some("bday-month"));
    assert_eq!(autocomplete(&birthday, "cumple-year").as_deref(), Some("bday-year"));
    let other = date_input("cita", false);
    for id in ["cita", "cita-month", "cita-year"] {
        assert_eq!(autocomplete(&other, id).as_deref(), Some("off"));
    }
}

#[wasm_bindgen_test]
fn details_summary_names_it_and_toggles_it() {
    let container = render(|| view! { <Details summary="¿Qué es la homoclave?"><p>"Una clave"</p></Details> });
    let details = find(&container, "details");
    let summary = find(&container, "details > summary");
    assert_eq!(summary.text_content().as_deref(), Some("¿Qué es la homoclave?"));
    summary.click();
    assert!(details.has_attribute("open"));
    summary.click();
    assert!(!details.has_attribute("open"), "a second click closes it");
}

fn key(input: &HtmlElement, name: &str) -> web_sys::KeyboardEvent {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(name);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    event
}

/// Types `text` into the box as a person would: the value changes, then `input` fires.
fn type_text(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

/// A mounted search field with two suggestions whenever something is typed.
struct SearchFixture {
    container: HtmlElement,
    input: web_sys::HtmlInputElement,
    value: RwSignal<String>,
    selected: RwSignal<Option<String>>,
    submitted: RwSignal<Option<String>>,
}

impl SearchFixture {
    fn new(id: &'static str) -> Self {
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
                    id=id
                    label="¿Qué buscas?"
                    hint="Por ejemplo: pasaporte"
                    value=value
                    suggestions=suggestions
                    status=Signal::derive(|| "2 sugerencias".to_string())
                    button_label="Buscar"
                    on_submit=Callback::new(move |text: String| submitted.set(Some(text)))
                    on_select=Callback::new(move |s: Suggestion| selected.set(Some(s.id)))
                    action="/buscar"
                />
            }
        });
        let input = find(&container, "input").unchecked_into();
        Self {
            container,
            input,
            value,
            selected,
            submitted,
        }
    }

    fn el(&self) -> &HtmlElement {
        self.input.unchecked_ref()
    }

    fn attr(&self, name: &str) -> Option<String> {
        self.input.get_attribute(name)
    }
}

#[wasm_bindgen_test]
async fn search_field_is_a_combobox_driven_by_the_keyboard() {
    let f = SearchFixture::new("prueba");
    assert_eq!(f.attr("role").as_deref(), Some("combobox"));
    assert_eq!(f.attr("aria-expanded").as_deref(), Some("false"));
    f.input.focus().unwrap();
    type_text(&f.input, "pasa");
    leptos::task::tick().await;
    assert_eq!(f.value.get_untracked(), "pasa");
    assert_eq!(f.attr("aria-expanded").as_deref(), Some("true"));
    assert_eq!(f.attr("aria-activedescendant"), None, "typing activates nothing");

    key(f.el(), "ArrowDown");
    leptos::task::tick().await;
    assert_eq!(f.attr("aria-activedescendant").as_deref(), Some("prueba-option-0"));
    assert_eq!(
        find(&f.container, "#prueba-option-0")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        find(&f.container, "#prueba-option-1")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("false")
    );
    let enter = key(f.el(), "Enter");
    assert!(enter.default_prevented(), "choosing never submits the form");
    leptos::task::tick().await;
    assert_eq!(f.selected.get_untracked().as_deref(), Some("pasaporte"));
    assert_eq!(f.submitted.get_untracked(), None);
    assert_eq!(f.attr("aria-expanded").as_deref(), Some("false"));
    assert_eq!(f.attr("aria-activedescendant"), None);

    // Escape on a closed list clears the box; Escape on an open one only closes it.
    key(f.el(), "Escape");
    leptos::task::tick().await;
    assert_eq!(f.value.get_untracked(), "");
    // Leptos writes the `value` property one microtask after its effects.
    leptos::task::tick().await;
    assert_eq!(f.input.value(), "", "the box shows it is empty");
    type_text(&f.input, "curp");
    leptos::task::tick().await;
    assert_eq!(f.attr("aria-expanded").as_deref(), Some("true"));
    key(f.el(), "Escape");
    leptos::task::tick().await;
    assert_eq!(f.attr("aria-expanded").as_deref(), Some("false"), "Escape closes first");
    assert_eq!(f.value.get_untracked(), "curp");
    find(&f.container, "button[type=submit]").click();
    assert_eq!(f.submitted.get_untracked().as_deref(), Some("curp"));
}

#[wasm_bindgen_test]
async fn search_field_enter_with_no_active_option_searches_for_the_text() {
    let f = SearchFixture::new("prueba-enter");
    f.input.focus().unwrap();
    type_text(&f.input, "acta de nacimiento");
    leptos::task::tick().await;
    assert_eq!(f.attr("aria-expanded").as_deref(), Some("true"));
    let enter = key(f.el(), "Enter");
    assert!(enter.default_prevented(), "the app routes, not the browser");
    leptos::task::tick().await;
    assert_eq!(f.submitted.get_untracked().as_deref(), Some("acta de nacimiento"));
    assert_eq!(f.selected.get_untracked(), None);
    assert_eq!(f.attr("aria-expanded").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn search_field_arrows_wrap_and_a_click_chooses() {
    let f = SearchFixture::new("prueba-flechas");
    f.input.focus().unwrap();
    type_text(&f.input, "pasa");
    leptos::task::tick().await;
    key(f.el(), "ArrowUp");
    leptos::task::tick().await;
    assert_eq!(
        f.attr("aria-activedescendant").as_deref(),
        Some("prueba-flechas-option-1"),
        "ArrowUp from none goes to the last"
    );
    key(f.el(), "ArrowDown");
    leptos::task::tick().await;
    assert_eq!(
        f.attr("aria-activedescendant").as_deref(),
        Some("prueba-flechas-option-0"),
        "ArrowDown from the last goes back to the first"
    );
    assert_eq!(
        f.container.query_selector_all("[aria-selected=true]").unwrap().length(),
        1
    );

    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_button(0);
    let press = web_sys::MouseEvent::new_with_mouse_event_init_dict("mousedown", &init).unwrap();
    find(&f.container, "#prueba-flechas-option-1")
        .dispatch_event(&press)
        .unwrap();
    assert!(
        press.default_prevented(),
        "pressing an option keeps the focus in the box"
    );
    leptos::task::tick().await;
    assert_eq!(f.selected.get_untracked().as_deref(), Some("pasaporte-menores"));
    assert_eq!(f.attr("aria-expanded").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn search_field_is_labelled_says_its_status_and_closes_on_leaving() {
    let f = SearchFixture::new("prueba-estado");
    let form = find(&f.container, "form");
    assert_eq!(form.get_attribute("role").as_deref(), Some("search"));
    assert_eq!(form.get_attribute("action").as_deref(), Some("/buscar"));
    assert_eq!(f.input.name(), "q");
    assert_eq!(f.input.type_(), "search");
    assert_eq!(f.attr("autocomplete").as_deref(), Some("off"));
    assert_eq!(f.attr("aria-autocomplete").as_deref(), Some("list"));
    assert_eq!(
        find(&f.container, "label").get_attribute("for").as_deref(),
        Some("prueba-estado")
    );
    let hint_id = f.attr("aria-describedby").expect("the hint describes the box");
    assert_eq!(
        find(&f.container, &format!("#{hint_id}")).text_content().as_deref(),
        Some("Por ejemplo: pasaporte")
    );
    let listbox = find(&f.container, "[role=listbox]");
    assert_eq!(f.attr("aria-controls"), Some(listbox.id()));
    assert_eq!(listbox.id(), "prueba-estado-listbox");
    assert!(listbox.has_attribute("hidden"));

    // The live region is there from the start, so its first message is said.
    let status = find(&f.container, "[role=status]");
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(status.text_content().as_deref(), Some(""));
    f.input.focus().unwrap();
    type_text(&f.input, "pasa");
    leptos::task::tick().await;
    assert_eq!(status.text_content().as_deref(), Some("2 sugerencias"));
    assert!(!listbox.has_attribute("hidden"));
    let options = listbox.query_selector_all("[role=option]").unwrap();
    assert_eq!(options.length(), 2);
    assert_eq!(options.get(0).unwrap().text_content().as_deref(), Some("pasaporteSRE"));

    // Tab (or any move of focus) leaves and closes the list.
    f.input.blur().unwrap();
    leptos::task::tick().await;
    assert_eq!(f.attr("aria-expanded").as_deref(), Some("false"));
    assert!(listbox.has_attribute("hidden"));
    assert_eq!(status.text_content().as_deref(), Some(""));
    assert_eq!(f.value.get_untracked(), "pasa", "leaving keeps the text");
}

/// The gallery's examples are the library's usage examples: each mounts and
/// renders something (its behaviour is what the gallery's e2e tests drive).
#[wasm_bindgen_test]
fn every_example_of_every_component_renders() {
    for component in ventanilla_ui::gallery::COMPONENTS {
        for example in (component.examples)() {
            let container = render(example.view);
            assert!(
                !container.inner_html().trim().is_empty(),
                "{}: {}",
                component.id,
                example.id
            );
        }
    }
}
