//! `/gestion`: the agencies' side. The server renders each page's frame,
//! never its data: what a page shows comes from the API in the browser,
//! with the session's cookie, so that no page the server keeps holds a
//! citizen's data or a staff member's session.

mod agencies;
mod attachments;
mod case;
mod content;
mod decision;
mod document;
mod draft_form;
mod enrol;
mod log;
mod markdown_field;
mod people;
mod queue;
mod roles;
mod sign_in;
mod timeout;
mod workflow_actions;

pub use agencies::StaffAgencies;
pub use case::StaffCase;
pub use content::StaffContent;
pub use document::StaffDocument;
pub use enrol::StaffEnrol;
pub use log::StaffLog;
pub use people::StaffPeople;
pub use queue::StaffQueue;
pub use sign_in::StaffSignIn;

use leptos::prelude::*;
use ventanilla_core::api::StaffSession;
use ventanilla_ui::{Alert, AlertKind, FieldProblem, Loading};

use crate::api::{self, ApiError};
use crate::i18n::{I18n, use_i18n};
use crate::pages::FormRequest;
use crate::paths;
use timeout::SessionTimeout;

stylance::import_crate_style!(style, "src/pages/staff/staff.module.css");

/// `show`s the signed-in person's session once it is known; says so, with
/// the way to sign in, when there is none.
#[component]
fn WithSession<V: IntoView + 'static>(
    /// Message id of the loading label.
    loading: &'static str,
    show: impl Fn(StaffSession) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = LocalResource::new(move || api::session(i18n.lang_untracked()));
    let waiting = move || view! { <Loading label=Signal::derive(i18n.tr(loading))/> };
    // The session is the browser's to ask for: the server renders the wait,
    // in a boundary of its own (the page's own boundary would wait for it
    // forever), shown only once the page is alive (without script, the
    // page says it needs it instead). A transition, not a suspense: what a
    // page loads later (a diff, a list of categories) must not take the
    // page away, and the focus and what was typed with it, while it loads.
    let content = move || match session.get() {
        None => waiting().into_any(),
        Some(Ok(session)) => {
            let watch = view! { <SessionTimeout idle_timeout=session.idle_timeout csrf=session.csrf_token.clone()/> };
            (watch, show(session)).into_any()
        }
        Some(Err(ApiError::Status { status: 401, .. })) => view! {
            <Alert kind=AlertKind::Info title=Signal::derive(i18n.tr("staff-signed-out-title")) level=2>
                <p>{i18n.tr("staff-signed-out")} " " <a href=paths::STAFF>{i18n.tr("staff-go-sign-in")}</a></p>
            </Alert>
        }
        .into_any(),
        Some(Err(error)) => failed(error).into_any(),
    };
    view! {
        <div class=style::scripted>
            <Transition fallback=waiting>{content}</Transition>
        </div>
    }
}

/// What a staff form keeps besides its answers: the problems it shows,
/// the failure of its last request, and the request on its way.
#[derive(Clone, Copy)]
struct StaffForm {
    problems: RwSignal<Vec<FieldProblem>>,
    failure: RwSignal<Option<ApiError>>,
    request: FormRequest,
}

impl StaffForm {
    fn new() -> Self {
        StaffForm {
            problems: RwSignal::new(Vec::new()),
            failure: RwSignal::new(None),
            request: FormRequest::new(),
        }
    }

    /// Whether the form may send: no request is on its way and none of
    /// `fields` (its id, what was typed, the message id to say when it is
    /// blank) is blank; otherwise each blank one says so. `i18n` is the
    /// page's: this runs in an event handler, out of the context's reach.
    fn ready(self, i18n: I18n, fields: &[(&str, RwSignal<String>, &str)]) -> bool {
        if self.request.is_pending() {
            return false;
        }
        let blank: Vec<FieldProblem> = fields
            .iter()
            .filter(|(_, value, _)| value.get_untracked().trim().is_empty())
            .map(|(field, _, message)| FieldProblem {
                field: (*field).into(),
                message: i18n.t(message),
            })
            .collect();
        let ready = blank.is_empty();
        self.failure.set(None);
        self.problems.set(blank);
        ready
    }
}

/// What went wrong, in words.
fn failed(error: ApiError) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr("staff-failed-title")) level=2>
            <p>{i18n.t(error.message_key())}</p>
        </Alert>
    }
}
