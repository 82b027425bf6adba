use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use ventanilla_ui::Announcer;
use wasm_bindgen::JsCast;

use super::MAIN_ID;
use crate::i18n::use_i18n;

/// The page's one polite live region, for pages to say what changed out of
/// sight (a result count) with [`announce`].
#[derive(Clone, Copy)]
struct LiveRegion(RwSignal<String>);

pub fn announce(text: String) {
    if let Some(LiveRegion(message)) = use_context::<LiveRegion>() {
        message.set(text);
    }
}

/// [`announce`] for later, where the page's context is out of reach (when a
/// request comes back, in a timer): take it while the page renders.
pub fn announcer() -> impl Fn(String) + Copy + 'static {
    let region = use_context::<LiveRegion>();
    move |text| {
        if let Some(LiveRegion(message)) = region {
            message.set(text);
        }
    }
}

/// Once what was just rendered is in the page, moves the focus to the
/// element `id` (which brings it into view), then runs `then`, to say what
/// changed: for an in-page update that replaced the control that had the focus.
pub fn focus_when_shown(id: impl Into<String>, then: impl FnOnce() + 'static) {
    let id = id.into();
    request_animation_frame(move || {
        let element = document()
            .get_element_by_id(&id)
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
        then();
    });
}

/// After each client-side navigation (not the first load, where the browser
/// does it), moves focus to the new page's `h1`, or to `<main>`, and says its
/// title in the live region, so screen-reader and keyboard users start at the
/// top of the new content.
///
/// `is_routing` is the router's: true until a lazy page's code has arrived,
/// while the previous page still shows.
#[component]
pub fn RouteFocus(is_routing: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let message = use_context::<LiveRegion>().expect("provide_live_region at the root").0;
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            // Wait a frame: the new page renders after this effect.
            request_animation_frame(move || {
                settle(
                    is_routing,
                    move || message.set(i18n.t_with("route-announcement", &[("title", document().title().into())])),
                    0,
                )
            });
        }
        path
    });
    view! { <Announcer message=message/> }
}

/// How often, and how many times, to look for the new page's heading: a page
/// that loads its content shows its `h1` only when the content arrives.
const SETTLE_STEP: Duration = Duration::from_millis(50);
const SETTLE_TRIES: u32 = 100;

/// Once the new page shows its `h1` (or after five seconds, `<main>`), moves
/// the focus there, or to the page's error summary if it opens with one (a
/// form sent back with problems) or to its notice (`data-notice`: answers
/// deleted for inactivity), and then says the page's title. While the
/// router is routing, the `h1` is still the previous page's.
fn settle(is_routing: Signal<bool>, announce: impl FnOnce() + 'static, tries: u32) {
    let find = |selector: &str| {
        document()
            .query_selector(&format!("#{MAIN_ID} {selector}"))
            .ok()
            .flatten()
    };
    let heading = find("h1");
    if (heading.is_none() || is_routing.get_untracked()) && tries < SETTLE_TRIES {
        set_timeout(move || settle(is_routing, announce, tries + 1), SETTLE_STEP);
        return;
    }
    let target = find("[data-error-summary]")
        .or_else(|| find("[data-notice]"))
        .or(heading)
        .or_else(|| document().get_element_by_id(MAIN_ID));
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let _ = element.focus();
    }
    // The title is set by the same render as the heading; read it a frame later.
    request_animation_frame(announce);
}

/// Creates the live region's message; call before any page renders.
pub fn provide_live_region() {
    provide_context(LiveRegion(RwSignal::new(String::new())));
}
