//! The router and the page frame every route shares.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::i18n::provide_i18n;
use crate::pages::procedure::{CheckAnswers, Confirmation, ProcedureLayout, StepPage, TrackingPrefill};
use crate::pages::{
    AccessibilityStatement, Agencies, AgencyPage, Catalogue, CurpLookup, Home, NotFound, OfficePage, Offices, Search,
    ServiceSheet, Tracking,
};
use crate::shell::{Footer, Header, RouteFocus, SkipToContent, provide_live_region};

/// The id of `<main>`, target of the skip link.
pub const MAIN_ID: &str = "contenido";

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
