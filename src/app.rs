//! The page frame every route shares, and where each procedure is done online.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::Router;
use ventanilla_ui::ErrorPrefix;

use crate::i18n::provide_i18n;
use crate::pages::CURP_PATH;
use crate::pages::procedure::TrackingPrefill;
use crate::shell::{Footer, Header, RouteFocus, SkipToContent, provide_live_region};

/// The id of `<main>`, target of the skip link.
pub const MAIN_ID: &str = "contenido";

/// The catalogue's online form id of "Consulta de la CURP".
const CURP_LOOKUP_FORM: &str = "curp-consulta";

/// Online procedures that a page of their own serves, rather than the
/// procedure engine at `/solicitud/{form}` (which renders the form
/// definitions the API holds and ends with a folio): form id → page. Looking
/// up a CURP is an instant answer from the registry, not an application.
const OWN_PAGES: [(&str, &str); 1] = [(CURP_LOOKUP_FORM, CURP_PATH)];

/// Where "Do it online" leads for a service whose online form is `form`.
pub fn online_form_href(form: &str) -> String {
    OWN_PAGES
        .iter()
        .find(|(id, _)| *id == form)
        .map_or_else(|| format!("/solicitud/{form}"), |(_, page)| (*page).to_owned())
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curp_lookup_is_done_on_its_own_page_and_other_forms_by_the_engine() {
        assert_eq!(online_form_href(CURP_LOOKUP_FORM), "/curp");
        assert_eq!(online_form_href("prospera"), "/solicitud/prospera");
    }
}
