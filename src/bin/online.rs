//! `ventanilla-online`: do it online. Procedures, their tracking and SMS
//! updates, and the CURP lookup; downloaded when one of them is opened.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Routes};
use leptos_router::path;
use ventanilla::app::{ElsewhereOrNotFound, Frame, mount};
use ventanilla::pages::procedure::{CheckAnswers, Confirmation, ProcedureLayout, StepPage};
use ventanilla::pages::{CurpLookup, Tracking};

fn main() {
    mount(DoItOnline);
}

#[component]
fn DoItOnline() -> impl IntoView {
    view! {
        <Frame>
            <Routes fallback=ElsewhereOrNotFound>
                <ParentRoute path=path!("/solicitud/:form") view=ProcedureLayout>
                    <Route path=path!("") view=StepPage/>
                    <Route path=path!("paso/:step") view=StepPage/>
                    <Route path=path!("revisar") view=CheckAnswers/>
                    <Route path=path!("enviada") view=Confirmation/>
                </ParentRoute>
                <Route path=path!("/seguimiento") view=Tracking/>
                <Route path=path!("/curp") view=CurpLookup/>
            </Routes>
        </Frame>
    }
}
