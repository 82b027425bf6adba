//! The router and the page frame every route shares.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::i18n::provide_i18n;
use crate::pages::procedure::{CheckAnswers, Confirmation, ProcedureLayout, StepPage, TrackingPrefill};
use crate::pages::{
    AccessibilityStatement, Agencies, AgencyPage, CURP_PATH, Catalogue, CurpLookup, Home, NotFound, OfficePage,
    Offices, Search, ServiceSheet, Tracking,
};
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

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = provide_i18n();
    provide_live_region();
    provide_context(TrackingPrefill(RwSignal::new(None)));
    view! {
        <Title formatter=move |page: String| format!("{page} · {}", i18n.t("site-name"))/>
        <Router>
            <SkipToContent/>
            <Header/>
            <main id=MAIN_ID tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/buscar") view=Search/>
                    <Route path=path!("/tramites") view=Catalogue/>
                    <Route path=path!("/tramites/:slug") view=ServiceSheet/>
                    <Route path=path!("/dependencias") view=Agencies/>
                    <Route path=path!("/dependencias/:slug") view=AgencyPage/>
                    <Route path=path!("/oficinas") view=Offices/>
                    <Route path=path!("/oficinas/:id") view=OfficePage/>
                    <ParentRoute path=path!("/solicitud/:form") view=ProcedureLayout>
                        <Route path=path!("") view=StepPage/>
                        <Route path=path!("paso/:step") view=StepPage/>
                        <Route path=path!("revisar") view=CheckAnswers/>
                        <Route path=path!("enviada") view=Confirmation/>
                    </ParentRoute>
                    <Route path=path!("/seguimiento") view=Tracking/>
                    <Route path=path!("/curp") view=CurpLookup/>
                    <Route path=path!("/accesibilidad") view=AccessibilityStatement/>
                </Routes>
            </main>
            <Footer/>
            <RouteFocus/>
        </Router>
    }
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
