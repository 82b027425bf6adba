//! Every route of the app. Each page but the home page is a lazy route: its
//! code is a separate wasm chunk (split at build time, see
//! `scripts/split-wasm.mjs`), fetched the first time the page opens, so the
//! first visit downloads only the frame and the page it lands on. The home
//! page stays in the main module: it is the page of most first visits, and
//! the one whose first load `make size` holds to its budget.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Routes};
use leptos_router::{Lazy, LazyRoute, lazy_route, path};

use crate::app::Frame;
use crate::pages::procedure::{CheckAnswers, Confirmation, ProcedureLayout, StepPage};
use crate::pages::{
    AccessibilityStatement, Agencies, AgencyPage, Catalogue, CurpLookup, Home, NotFound, OfficePage, Offices, Search,
    ServiceSheet, Tracking,
};

/// A route whose page is loaded when first opened: `lazy!(Route, Page)`.
macro_rules! lazy {
    ($route:ident, $page:ident) => {
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_route: Self) -> AnyView {
                view! { <$page/> }.into_any()
            }
        }
    };
}

lazy!(SearchRoute, Search);
lazy!(CatalogueRoute, Catalogue);
lazy!(SheetRoute, ServiceSheet);
lazy!(AgenciesRoute, Agencies);
lazy!(AgencyRoute, AgencyPage);
lazy!(OfficesRoute, Offices);
lazy!(OfficeRoute, OfficePage);
lazy!(AccessibilityRoute, AccessibilityStatement);
lazy!(ProcedureRoute, ProcedureLayout);
lazy!(StepRoute, StepPage);
lazy!(CheckRoute, CheckAnswers);
lazy!(ConfirmationRoute, Confirmation);
lazy!(TrackingRoute, Tracking);
lazy!(CurpRoute, CurpLookup);

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Frame>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Home/>
                <Route path=path!("/buscar") view={Lazy::<SearchRoute>::new()}/>
                <Route path=path!("/tramites") view={Lazy::<CatalogueRoute>::new()}/>
                <Route path=path!("/tramites/:slug") view={Lazy::<SheetRoute>::new()}/>
                <Route path=path!("/dependencias") view={Lazy::<AgenciesRoute>::new()}/>
                <Route path=path!("/dependencias/:slug") view={Lazy::<AgencyRoute>::new()}/>
                <Route path=path!("/oficinas") view={Lazy::<OfficesRoute>::new()}/>
                <Route path=path!("/oficinas/:id") view={Lazy::<OfficeRoute>::new()}/>
                <Route path=path!("/accesibilidad") view={Lazy::<AccessibilityRoute>::new()}/>
                <ParentRoute path=path!("/solicitud/:form") view={Lazy::<ProcedureRoute>::new()}>
                    <Route path=path!("") view={Lazy::<StepRoute>::new()}/>
                    <Route path=path!("paso/:step") view={Lazy::<StepRoute>::new()}/>
                    <Route path=path!("revisar") view={Lazy::<CheckRoute>::new()}/>
                    <Route path=path!("enviada") view={Lazy::<ConfirmationRoute>::new()}/>
                </ParentRoute>
                <Route path=path!("/seguimiento") view={Lazy::<TrackingRoute>::new()}/>
                <Route path=path!("/curp") view={Lazy::<CurpRoute>::new()}/>
            </Routes>
        </Frame>
    }
}
