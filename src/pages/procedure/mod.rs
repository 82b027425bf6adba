//! `/solicitud/{form}/…`: any online procedure the API describes, a few
//! questions per page, then a page to check the answers, then the folio.
//! Nothing here knows a particular procedure: adding one needs no release.

mod already_sent;
mod check;
mod confirmation;
mod draft;
mod question;
mod step;
mod timeout;

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::{use_location, use_params_map};
use ventanilla_core::forms::{Answer, Answers, FieldError, FormDefinition};

pub use check::{CheckAnswers, shown};
pub use confirmation::Confirmation;
pub use draft::TrackingPrefill;
pub use step::StepPage;

use crate::api;
use crate::i18n::use_i18n;
use crate::pages::Loaded;
use crate::paths;
use crate::shell::NeedsScript;
use already_sent::AlreadySent;
use draft::LastReceipt;
use timeout::InactivityTimeout;

stylance::import_crate_style!(style, "src/pages/procedure/procedure.module.css");

/// What the pages of one procedure share while the person goes through it.
#[derive(Clone, Copy)]
pub struct Procedure {
    /// The form's id, as in the URL.
    pub id: StoredValue<String>,
    /// Everything answered so far, exactly as typed; saved as a draft on
    /// every change.
    pub answers: RwSignal<Answers>,
    /// The problems to show: from the last "Continue", or from the server.
    pub errors: RwSignal<Vec<FieldError>>,
    /// The key that makes every retry of the submission one application.
    pub idempotency_key: StoredValue<String>,
    /// Set when the answers were deleted after a long inactivity.
    pub expired: RwSignal<bool>,
    /// The receipt of this procedure's application sent from this tab: its
    /// pages then say so instead of asking again (Back after sending).
    pub sent: RwSignal<Option<LastReceipt>>,
    /// Counts the times the answers were discarded: question pages draw
    /// their fields afresh when it changes.
    pub generation: RwSignal<u32>,
}

impl Procedure {
    /// The procedure's first page.
    pub fn href(&self) -> String {
        format!("{}/{}", paths::PROCEDURE, self.id.get_value())
    }

    /// Step `number` (1-based).
    pub fn step_href(&self, number: usize) -> String {
        format!("{}/{}/{number}", self.href(), paths::procedure::STEP)
    }

    /// The page to check the answers before sending them.
    pub fn check_href(&self) -> String {
        format!("{}/{}", self.href(), paths::procedure::CHECK)
    }

    /// The confirmation, once sent.
    pub fn sent_href(&self) -> String {
        format!("{}/{}", self.href(), paths::procedure::SENT)
    }

    /// Forgets the answers, here and in the browser's storage.
    pub fn discard(&self) {
        draft::clear(&self.id.get_value());
        self.answers.set(Answers::new());
        self.errors.set(Vec::new());
        self.idempotency_key.set_value(draft::new_key());
        self.generation.update(|n| *n += 1);
    }
}

/// The frame of every page of a procedure: loads the definition once,
/// restores the draft, keeps saving it, and watches for inactivity.
#[component]
pub fn ProcedureLayout() -> impl IntoView {
    let params = use_params_map();
    // A memo: moving between steps changes the params, not the procedure.
    let id = Memo::new(move |_| params.read().get("form").unwrap_or_default());
    // A different procedure gets fresh state.
    move || view! { <ProcedureFor id=id.get()/> }
}

#[component]
fn ProcedureFor(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let procedure = Procedure {
        id: StoredValue::new(id),
        answers: RwSignal::new(Answers::new()),
        errors: RwSignal::new(Vec::new()),
        idempotency_key: StoredValue::new(String::new()),
        expired: RwSignal::new(false),
        sent: RwSignal::new(None),
        generation: RwSignal::new(0),
    };
    provide_context(procedure);
    Effect::new(move |restored: Option<()>| {
        let answers = procedure.answers.get();
        let id = procedure.id.get_value();
        // First, in the browser: the draft, into the empty form the page was rendered with.
        if restored.is_none() {
            procedure
                .sent
                .set(LastReceipt::read().filter(|receipt| receipt.form == id));
            let (draft, key) = draft::restore(&id);
            procedure.idempotency_key.set_value(key);
            if !draft.is_empty() {
                procedure.answers.set(draft);
                procedure.generation.update(|n| *n += 1);
            }
            return;
        }
        // Blank answers are not worth keeping (nor a reason to warn of a timeout).
        if answers.values().all(Answer::is_blank) {
            draft::clear(&id);
        } else {
            draft::save(&id, &answers, &procedure.idempotency_key.get_value());
        }
    });
    let definition = Resource::new(
        move || (procedure.id.get_value(), i18n.lang()),
        |(id, lang)| api::form(id, lang),
    );
    view! {
        <Loaded resource=definition loading="procedure-loading" error="procedure-load-error" page=true
            show={move |form: FormDefinition| {
                provide_context(form);
                move || match procedure.sent.get() {
                    Some(receipt) if !on_confirmation() => view! { <AlreadySent receipt=receipt/> }.into_any(),
                    _ => view! { <Outlet/> }.into_any(),
                }
            }}/>
        <NeedsScript/>
        <InactivityTimeout/>
    }
}

/// Whether the page showing is the confirmation, which shows the receipt itself.
fn on_confirmation() -> bool {
    use_location()
        .pathname
        .with(|path| path.ends_with(&format!("/{}", paths::procedure::SENT)))
}

/// The procedure whose pages are showing.
pub fn use_procedure() -> Procedure {
    expect_context::<Procedure>()
}
