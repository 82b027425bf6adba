//! The page frame every route shares.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::Router;
use ventanilla_ui::ErrorPrefix;

use crate::clock::provide_page_clock;
use crate::i18n::provide_i18n;
use crate::pages::procedure::TrackingPrefill;
use crate::shell::{MAIN_ID, RouteFocus, SiteFooter, SiteHeader, SkipToContent, provide_live_region};

/// What every page shares: the languages, the live region, the router, the
/// skip link, header, `<main>` and footer. `children` are the `<Routes>`.
#[component]
pub fn Frame(children: Children) -> impl IntoView {
    provide_meta_context();
    let i18n = provide_i18n();
    provide_live_region();
    provide_page_clock();
    provide_context(TrackingPrefill(RwSignal::new(None)));
    // Every field's hidden "Error:" before its message, in the page's language.
    provide_context(ErrorPrefix(Signal::derive(i18n.tr("form-error-prefix"))));
    let is_routing = RwSignal::new(false);
    view! {
        <Title formatter=move |page: String| as_title(format!("{page} · {}", i18n.t("site-name")))/>
        <Router set_is_routing=is_routing.write_only()>
            <SkipToContent/>
            <SiteHeader/>
            <main id=MAIN_ID tabindex="-1">{children()}</main>
            <SiteFooter/>
            <RouteFocus is_routing=is_routing.read_only().into()/>
        </Router>
    }
}

/// `title` as the `<title>` element holds it. leptos_meta 0.8 writes it into
/// the server's HTML as it is: escaped here, an editor's `</title><script>`
/// stays text.
#[cfg(not(target_arch = "wasm32"))]
fn as_title(title: String) -> String {
    html_escape::encode_text(&title).into_owned()
}

/// The browser sets `document.title`, which is text already.
#[cfg(target_arch = "wasm32")]
fn as_title(title: String) -> String {
    title
}

/// Brings the page the server rendered to life (lazily: a page of a lazy
/// route first loads its code). Once all of it is alive, `<html
/// data-hydrated>` says so: the tests wait for it before they type, as its
/// forms work only then. Not an effect of the frame: that runs while the
/// route's code is still on its way.
#[cfg(target_arch = "wasm32")]
pub fn hydrate<V: IntoView + 'static>(app: fn() -> V) {
    const HYDRATED: &str = "data-hydrated";
    console_error_panic_hook::set_once();
    _ = any_spawner::Executor::init_wasm_bindgen();
    leptos::task::spawn_local(async move {
        leptos::mount::hydrate_from_async(document().body().expect("a body"), app)
            .await
            .forget();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute(HYDRATED, "");
        }
    });
}
