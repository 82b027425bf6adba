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
use crate::i18n::use_i18n;
use crate::pages::procedure::{CheckAnswers, Confirmation, ProcedureLayout, StepPage};
use crate::pages::{
    AccessibilityStatement, Agencies, AgencyPage, Catalogue, CurpLookup, Home, LoadError, NotFound, OfficePage,
    Offices, Search, ServiceSheet, Tracking,
};
use ventanilla_ui::Loading;

/// A route whose page is loaded when first opened: `lazy!(Route, Page)`, or
/// `lazy!(Route, Page, fetched_messages)` for a page that needs the messages
/// not built into the app (`i18n::FETCHED`), fetched beside its code.
macro_rules! lazy {
    ($route:ident, $page:ident) => {
        lazy!($route, $page, view! { <$page/> });
    };
    ($route:ident, $page:ident, fetched_messages) => {
        lazy!(
            $route,
            $page,
            view! { <WithFetchedMessages><$page/></WithFetchedMessages> }
        );
    };
    ($route:ident, $page:ident, $view:expr) => {
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_route: Self) -> AnyView {
                $view.into_any()
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
lazy!(ProcedureRoute, ProcedureLayout, fetched_messages);
lazy!(StepRoute, StepPage);
lazy!(CheckRoute, CheckAnswers);
lazy!(ConfirmationRoute, Confirmation);
lazy!(TrackingRoute, Tracking, fetched_messages);
lazy!(CurpRoute, CurpLookup, fetched_messages);

/// Shows `children` once the fetched messages are here in the page's
/// language (later switches fetch them first: see `I18n::set_lang`).
#[component]
fn WithFetchedMessages(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let messages = LocalResource::new(move || i18n.fetch_messages());
    view! {
        <Transition fallback=move || view! { <Loading label=Signal::derive(i18n.tr("page-loading"))/> }>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    match messages.await {
                        Ok(()) => children().into_any(),
                        Err(error) => view! {
                            <LoadError title="page-load-error" error=error retry=move || messages.refetch()/>
                        }
                        .into_any(),
                    }
                })
            }}
        </Transition>
    }
}

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
