use leptos::prelude::*;
use leptos_router::hooks::use_location;
use ventanilla_ui::Announcer;
use wasm_bindgen::JsCast;

use crate::app::MAIN_ID;
use crate::i18n::use_i18n;

/// After each client-side navigation (not the first load, where the browser
/// does it), says the new page's title in a live region and moves focus to
/// its `h1`, or to `<main>`, so screen-reader and keyboard users start at
/// the top of the new content.
#[component]
pub fn RouteFocus() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let message = RwSignal::new(String::new());
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            // Wait a frame: the new page and its <title> render after this effect.
            request_animation_frame(move || {
                focus_heading();
                message.set(i18n.t_with(
                    "route-announcement",
                    &[("title", document().title().into())],
                ));
            });
        }
        path
    });
    view! { <Announcer message=message/> }
}

fn focus_heading() {
    let target = document()
        .query_selector(&format!("#{MAIN_ID} h1"))
        .ok()
        .flatten()
        .or_else(|| document().get_element_by_id(MAIN_ID));
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let _ = element.focus();
    }
}
