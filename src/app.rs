//! The page frame every route shares.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::Router;
use ventanilla_ui::ErrorPrefix;

use crate::i18n::provide_i18n;
use crate::pages::procedure::TrackingPrefill;
use crate::shell::{Footer, Header, MAIN_ID, RouteFocus, SkipToContent, provide_live_region};

/// What every page shares: the languages, the live region, the router, the
/// skip link, header, `<main>` and footer. `children` are the `<Routes>`.
#[component]
pub fn Frame(children: Children) -> impl IntoView {
    provide_meta_context();
    let i18n = provide_i18n();
    provide_live_region();
    provide_context(TrackingPrefill(RwSignal::new(None)));
    // Every field's hidden "Error:" before its message, in the page's language.
    provide_context(ErrorPrefix(Signal::derive(i18n.tr("form-error-prefix"))));
    let is_routing = RwSignal::new(false);
    view! {
        <Title formatter=move |page: String| format!("{page} · {}", i18n.t("site-name"))/>
        <Router set_is_routing=is_routing.write_only()>
            <SkipToContent/>
            <Header/>
            <main id=MAIN_ID tabindex="-1">{children()}</main>
            <Footer/>
            <RouteFocus is_routing=is_routing.read_only().into()/>
        </Router>
    }
}

/// Starts the app on the page.
pub fn mount<V: IntoView + 'static>(app: fn() -> V) {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app);
}
