//! The form components rendered in headless Chromium and used as a person
//! would: typing, choosing, and following the error summary.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

use ventanilla_ui::{
    BackLink, CharacterCount, Checkboxes, ChoiceOption, ErrorSummary, FieldProblem, Panel, Radios, Select, TextInput,
    Width,
};

wasm_bindgen_test_configure!(run_in_browser);

fn render<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    std::mem::forget(leptos::mount::mount_to(container.clone(), view));
    container
}

fn find<T: JsCast>(container: &HtmlElement, selector: &str) -> T {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

fn options() -> Vec<ChoiceOption> {
    vec![
        ChoiceOption {
            value: "robo".into(),
            label: "Me la robaron".into(),
            hint: Some("Necesitarás la denuncia".into()),
        },
        ChoiceOption {
            value: "extravio".into(),
            label: "La perdí".into(),
            hint: None,
        },
    ]
}

/// Types into an input as the browser would report it.
fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_text_input_keeps_what_is_typed_and_describes_its_error() {
    let value = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let container = render(move || {
        view! {
            <TextInput id="curp" label="Tu CURP" hint="18 caracteres".to_owned() value=value
                error=error width=Width::Chars20 autocomplete="off"/>
        }
    });
    let input: HtmlInputElement = find(&container, "input#curp");
    assert_eq!(
        find::<HtmlElement>(&container, "label[for=curp]")
            .text_content()
            .unwrap(),
        "Tu CURP"
    );
    assert_eq!(input.get_attribute("aria-describedby").as_deref(), Some("curp-hint"));
    assert_eq!(input.get_attribute("autocomplete").as_deref(), Some("off"));
    type_into(&input, "goml 850312");
    assert_eq!(value.get_untracked(), "goml 850312");

    error.set(Some("Tu CURP debe tener 18 caracteres".into()));
    leptos::task::tick().await;
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("curp-hint curp-error")
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let message = find::<HtmlElement>(&container, "#curp-error").text_content().unwrap();
    assert!(
        message.starts_with("Error:") && message.ends_with("Tu CURP debe tener 18 caracteres"),
        "{message}"
    );
    // The error never clears what was typed.
    assert_eq!(input.value(), "goml 850312");
}

#[wasm_bindgen_test]
async fn radios_choose_one_and_the_first_takes_the_questions_id() {
    let value = RwSignal::new(String::new());
    let container = render(move || {
        view! {
            <Radios id="motivo" legend="¿Qué pasó con tu tarjeta?" options=options() value=value
                error=Signal::derive(|| None::<String>) page_heading=true/>
        }
    });
    // The question is the page's heading, inside the legend.
    assert_eq!(
        find::<HtmlElement>(&container, "legend h1").text_content().unwrap(),
        "¿Qué pasó con tu tarjeta?"
    );
    let first: HtmlInputElement = find(&container, "input#motivo");
    assert_eq!(first.get_attribute("aria-describedby").as_deref(), Some("motivo-hint"));
    let second: HtmlInputElement = find(&container, "input#motivo-2");
    second.click();
    assert_eq!(value.get_untracked(), "extravio");
    first.click();
    assert_eq!(value.get_untracked(), "robo");
    leptos::task::tick().await;
    assert!(!second.checked());
}

#[wasm_bindgen_test]
fn checkboxes_keep_every_ticked_value() {
    let value = RwSignal::new(Vec::<String>::new());
    let container = render(move || {
        view! {
            <Checkboxes id="docs" legend="¿Qué tienes?" options=options() value=value
                error=Signal::derive(|| None::<String>)/>
        }
    });
    find::<HtmlInputElement>(&container, "#docs").click();
    find::<HtmlInputElement>(&container, "#docs-2").click();
    assert_eq!(value.get_untracked(), ["robo", "extravio"]);
    find::<HtmlInputElement>(&container, "#docs").click();
    assert_eq!(value.get_untracked(), ["extravio"]);
}

#[wasm_bindgen_test]
fn a_select_starts_unchosen_and_reports_the_choice() {
    let value = RwSignal::new(String::new());
    let container = render(move || {
        view! {
            <Select id="estado" label="Estado" placeholder="Elige una opción" options=options() value=value
                error=Signal::derive(|| None::<String>)/>
        }
    });
    let select: web_sys::HtmlSelectElement = find(&container, "select#estado");
    assert_eq!(select.value(), "");
    select.set_value("extravio");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    assert_eq!(value.get_untracked(), "extravio");
}

#[wasm_bindgen_test]
async fn the_error_summary_takes_focus_and_its_links_reach_their_fields() {
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let container = render(move || {
        view! {
            <ErrorSummary title="Hay un problema" problems=problems/>
            <input id="nss"/>
        }
    });
    assert!(
        container.query_selector("[data-error-summary]").unwrap().is_none(),
        "hidden without problems"
    );
    problems.set(vec![FieldProblem {
        field: "nss".into(),
        message: "Escribe tu NSS".into(),
    }]);
    leptos::task::tick().await;
    let summary: HtmlElement = find(&container, "[data-error-summary]");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(document().active_element().unwrap().id(), "error-summary");
    let link: HtmlElement = find(&container, "a[href='#nss']");
    assert_eq!(link.text_content().unwrap(), "Escribe tu NSS");
    link.click();
    assert_eq!(document().active_element().unwrap().id(), "nss");
}

#[wasm_bindgen_test]
fn the_panel_heads_the_page_and_the_back_link_is_a_link() {
    let container = render(|| {
        view! {
            <BackLink href="/solicitud/x/paso/1">"Atrás"</BackLink>
            <Panel title="Solicitud enviada"><p>"VEN-7K4P9Q2M"</p></Panel>
        }
    });
    assert_eq!(
        find::<HtmlElement>(&container, "a").get_attribute("href").as_deref(),
        Some("/solicitud/x/paso/1")
    );
    assert_eq!(
        find::<HtmlElement>(&container, "h1").text_content().unwrap(),
        "Solicitud enviada"
    );
}

/// Waits `ms` milliseconds of the browser's clock, for what happens after a pause.
async fn sleep(ms: u64) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::task::{Poll, Waker};

    let state: Rc<RefCell<(bool, Option<Waker>)>> = Rc::default();
    let timer = Rc::clone(&state);
    set_timeout(
        move || {
            let waker = {
                let mut timer = timer.borrow_mut();
                timer.0 = true;
                timer.1.take()
            };
            if let Some(waker) = waker {
                waker.wake();
            }
        },
        std::time::Duration::from_millis(ms),
    );
    std::future::poll_fn(move |cx| {
        let mut state = state.borrow_mut();
        if state.0 {
            Poll::Ready(())
        } else {
            state.1 = Some(cx.waker().clone());
            Poll::Pending
        }
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_character_count_says_how_many_are_too_many_and_keeps_them_all() {
    let value = RwSignal::new(String::new());
    let remaining = |n: usize| format!("Te quedan {n} caracteres");
    let over = |n: usize| format!("Tienes {n} caracteres de más");
    let container = render(move || {
        view! {
            <CharacterCount id="motivo-cambio" label="¿Por qué necesitas cambiar tu cita?"
                hint="No escribas tu CURP" value=value error=Signal::derive(|| None::<String>) max=10
                remaining=remaining over=over/>
        }
    });
    leptos::task::tick().await;
    // A textarea's `value` is the same property as an input's.
    let textarea: HtmlInputElement = find(&container, "textarea#motivo-cambio");
    let count: HtmlElement = find(&container, "#motivo-cambio-count");
    let region: HtmlElement = find(&container, "[aria-live=polite]");
    assert_eq!(count.text_content().unwrap(), "Te quedan 10 caracteres");
    let described_by = textarea.get_attribute("aria-describedby").unwrap();
    assert_eq!(described_by, "motivo-cambio-hint motivo-cambio-count");
    assert!(described_by.split(' ').any(|id| id == "motivo-cambio-count"));
    assert!(
        !textarea.has_attribute("maxlength"),
        "pasting more than the limit must work"
    );
    assert_eq!(
        region.text_content().unwrap(),
        "",
        "nothing is said when the page loads"
    );
    let within = count.class_name();

    // 23 characters ("ó" is one), 13 past the limit: all kept, and said.
    type_into(&textarea, "Renovación de pasaporte");
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), "Renovación de pasaporte");
    assert_eq!(textarea.value(), "Renovación de pasaporte");
    assert_eq!(count.text_content().unwrap(), "Tienes 13 caracteres de más");
    assert_ne!(count.class_name(), within, "past the limit, the count looks different");

    // Screen readers hear it once typing pauses, not at each key.
    assert_eq!(region.text_content().unwrap(), "");
    sleep(1300).await;
    leptos::task::tick().await;
    assert_eq!(region.text_content().unwrap(), "Tienes 13 caracteres de más");
}
