//! `ventanilla`: find and read. The first program a visitor downloads.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;
use ventanilla::app::{ElsewhereOrNotFound, Frame, mount};
use ventanilla::pages::{
    AccessibilityStatement, Agencies, AgencyPage, Catalogue, Home, OfficePage, Offices, Search, ServiceSheet,
};

fn main() {
    mount(FindAndRead);
}

#[component]
fn FindAndRead() -> impl IntoView {
    view! {
        <Frame>
            <Routes fallback=ElsewhereOrNotFound>
                <Route path=path!("/") view=Home/>
                <Route path=path!("/buscar") view=Search/>
                <Route path=path!("/tramites") view=Catalogue/>
                <Route path=path!("/tramites/:slug") view=ServiceSheet/>
                <Route path=path!("/dependencias") view=Agencies/>
                <Route path=path!("/dependencias/:slug") view=AgencyPage/>
                <Route path=path!("/oficinas") view=Offices/>
                <Route path=path!("/oficinas/:id") view=OfficePage/>
                <Route path=path!("/accesibilidad") view=AccessibilityStatement/>
            </Routes>
        </Frame>
    }
}
