//! Every route of the app, matched on the segments of `paths`. Each page but the home page is a lazy route: its
//! code is a separate wasm chunk (split at build time, see
//! `scripts/split-wasm.mjs`), fetched the first time the page opens, so the
//! first visit downloads only the frame and the page it lands on. The home
//! page stays in the main module: it is the page of most first visits, and
//! the one whose first load `make size` holds to its budget.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Routes};
use leptos_router::{Lazy, LazyRoute, ParamSegment, StaticSegment, lazy_route, path};

use crate::app::Frame;
use crate::i18n::use_i18n;
use crate::pages::procedure::{CheckAnswers, Confirmation, ProcedureLayout, StepPage};
use crate::pages::{
    AccessibilityStatement, Agencies, AgencyPage, Catalogue, ComponentPage, ContentPage, CurpLookup, Gallery, Home,
    Loaded, News, NotFound, OfficePage, Offices, Search, ServiceSheet, StaffAgencies, StaffCase, StaffContent,
    StaffDocument, StaffEnrol, StaffLog, StaffPeople, StaffQueue, StaffSignIn, Tracking,
};
use crate::paths::{procedure, segment, staff};

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
lazy!(AgencyRoute, AgencyPage, fetched_messages);
lazy!(NewsRoute, News, fetched_messages);
lazy!(ContentRoute, ContentPage, fetched_messages);
lazy!(OfficesRoute, Offices);
lazy!(OfficeRoute, OfficePage);
lazy!(AccessibilityRoute, AccessibilityStatement, fetched_messages);
lazy!(ProcedureRoute, ProcedureLayout, fetched_messages);
lazy!(StepRoute, StepPage);
lazy!(CheckRoute, CheckAnswers);
lazy!(ConfirmationRoute, Confirmation);
lazy!(TrackingRoute, Tracking, fetched_messages);
lazy!(CurpRoute, CurpLookup, fetched_messages);
lazy!(GalleryRoute, Gallery, fetched_messages);
lazy!(ComponentRoute, ComponentPage, fetched_messages);
lazy!(StaffSignInRoute, StaffSignIn, fetched_messages);
lazy!(StaffEnrolRoute, StaffEnrol, fetched_messages);
lazy!(StaffQueueRoute, StaffQueue, fetched_messages);
lazy!(StaffCaseRoute, StaffCase, fetched_messages);
lazy!(StaffAgenciesRoute, StaffAgencies, fetched_messages);
lazy!(StaffPeopleRoute, StaffPeople, fetched_messages);
lazy!(StaffLogRoute, StaffLog, fetched_messages);
lazy!(StaffContentRoute, StaffContent, fetched_messages);
lazy!(StaffDocumentRoute, StaffDocument, fetched_messages);

/// Shows `children` once the fetched messages are here in the page's
/// language. Later switches fetch them first (see `I18n::set_lang`): the
/// page stays as it is, in the new language, rather than start again.
#[component]
fn WithFetchedMessages(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let messages = Resource::new(
        || (),
        move |()| {
            let lang = i18n.lang_untracked();
            async move { i18n.fetch(lang).await.map(|sources| (lang, sources)) }
        },
    );
    view! {
        <Loaded resource=messages loading="page-loading" error="page-load-error"
            show={move |(lang, sources)| {
                i18n.add_fetched(lang, sources);
                children()
            }}/>
    }
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Frame>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Home/>
                <Route path=StaticSegment(segment::SEARCH) view={Lazy::<SearchRoute>::new()}/>
                <Route path=StaticSegment(segment::CATALOGUE) view={Lazy::<CatalogueRoute>::new()}/>
                <Route path=(StaticSegment(segment::CATALOGUE), ParamSegment("slug")) view={Lazy::<SheetRoute>::new()}/>
                <Route path=StaticSegment(segment::AGENCIES) view={Lazy::<AgenciesRoute>::new()}/>
                <Route path=(StaticSegment(segment::AGENCIES), ParamSegment("slug")) view={Lazy::<AgencyRoute>::new()}/>
                <Route path=(StaticSegment(segment::AGENCIES), ParamSegment("slug"), ParamSegment("section"), ParamSegment("item"))
                    view={Lazy::<ContentRoute>::new()}/>
                <Route path=StaticSegment(segment::NEWS) view={Lazy::<NewsRoute>::new()}/>
                <Route path=StaticSegment(segment::OFFICES) view={Lazy::<OfficesRoute>::new()}/>
                <Route path=(StaticSegment(segment::OFFICES), ParamSegment("id")) view={Lazy::<OfficeRoute>::new()}/>
                <Route path=StaticSegment(segment::ACCESSIBILITY) view={Lazy::<AccessibilityRoute>::new()}/>
                <ParentRoute path=(StaticSegment(segment::PROCEDURE), ParamSegment("form")) view={Lazy::<ProcedureRoute>::new()}>
                    <Route path=path!("") view={Lazy::<StepRoute>::new()}/>
                    <Route path=(StaticSegment(procedure::STEP), ParamSegment("step")) view={Lazy::<StepRoute>::new()}/>
                    <Route path=StaticSegment(procedure::CHECK) view={Lazy::<CheckRoute>::new()}/>
                    <Route path=StaticSegment(procedure::SENT) view={Lazy::<ConfirmationRoute>::new()}/>
                </ParentRoute>
                <Route path=StaticSegment(segment::TRACKING) view={Lazy::<TrackingRoute>::new()}/>
                <Route path=StaticSegment(segment::CURP) view={Lazy::<CurpRoute>::new()}/>
                <Route path=StaticSegment(segment::COMPONENTS) view={Lazy::<GalleryRoute>::new()}/>
                <Route path=(StaticSegment(segment::COMPONENTS), ParamSegment("id")) view={Lazy::<ComponentRoute>::new()}/>
                <Route path=StaticSegment(segment::STAFF) view={Lazy::<StaffSignInRoute>::new()}/>
                <Route path=(StaticSegment(segment::STAFF), StaticSegment(staff::ENROL), ParamSegment("token"))
                    view={Lazy::<StaffEnrolRoute>::new()}/>
                <Route path=(StaticSegment(segment::STAFF), StaticSegment(staff::QUEUE)) view={Lazy::<StaffQueueRoute>::new()}/>
                <Route path=(StaticSegment(segment::STAFF), StaticSegment(staff::AGENCY), ParamSegment("agency"),
                    StaticSegment(staff::QUEUE), ParamSegment("folio")) view={Lazy::<StaffCaseRoute>::new()}/>
                <Route path=(StaticSegment(segment::STAFF), StaticSegment(staff::AGENCY))
                    view={Lazy::<StaffAgenciesRoute>::new()}/>
                <Route path=(StaticSegment(segment::STAFF), StaticSegment(staff::AGENCY), ParamSegment("agency"),
                    StaticSegment(staff::PEOPLE)) view={Lazy::<StaffPeopleRoute>::new()}/>
                <Route path=(StaticSegment(segment::STAFF), StaticSegment(staff::AGENCY), ParamSegment("agency"),
                    StaticSegment(staff::LOG)) view={Lazy::<StaffLogRoute>::new()}/>
                <Route path=(StaticSegment(segment::STAFF), StaticSegment(staff::LOG)) view={Lazy::<StaffLogRoute>::new()}/>
                <Route path=(StaticSegment(segment::STAFF), StaticSegment(staff::AGENCY), ParamSegment("agency"),
                    StaticSegment(staff::CONTENT)) view={Lazy::<StaffContentRoute>::new()}/>
                <Route path=(StaticSegment(segment::STAFF), StaticSegment(staff::AGENCY), ParamSegment("agency"),
                    StaticSegment(staff::CONTENT), ParamSegment("slug")) view={Lazy::<StaffDocumentRoute>::new()}/>
            </Routes>
        </Frame>
    }
}
