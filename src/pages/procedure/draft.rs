//! Drafts in the browser's storage, so a reload or a dropped connection
//! loses nothing; and the little the app keeps after a submission. Read
//! only in the browser, after hydration: the server renders empty forms.

use serde::{Deserialize, Serialize};
use ventanilla_core::forms::Answers;

/// How long a draft lives without activity: its personal data must not
/// stay on a shared phone. The timeout warning comes before.
pub const DRAFT_LIFETIME_MS: f64 = 20.0 * 60_000.0;

#[derive(Serialize, Deserialize)]
struct Draft {
    answers: Answers,
    idempotency_key: String,
    /// Milliseconds since 1970.
    saved_at: f64,
}

fn storage_key(form: &str) -> String {
    format!("ventanilla.draft.{form}")
}

fn storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

/// The saved answers and idempotency key of `form`, or a fresh start when
/// there are none or they are too old.
pub fn restore(form: &str) -> (Answers, String) {
    let draft = storage()
        .and_then(|s| s.get_item(&storage_key(form)).ok().flatten())
        .and_then(|json| serde_json::from_str::<Draft>(&json).ok())
        .filter(|draft| crate::clock::now_ms() - draft.saved_at < DRAFT_LIFETIME_MS);
    match draft {
        Some(draft) => (draft.answers, draft.idempotency_key),
        None => {
            clear(form);
            (Answers::new(), new_key())
        }
    }
}

pub fn save(form: &str, answers: &Answers, idempotency_key: &str) {
    let draft = Draft {
        answers: answers.clone(),
        idempotency_key: idempotency_key.to_owned(),
        saved_at: crate::clock::now_ms(),
    };
    if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(&draft)) {
        let _ = storage.set_item(&storage_key(form), &json);
    }
}

pub fn clear(form: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&storage_key(form));
    }
}

/// A random key for a new application.
pub fn new_key() -> String {
    leptos::prelude::window()
        .crypto()
        .map(|crypto| crypto.random_uuid())
        .unwrap_or_else(|_| {
            format!(
                "{:x}{:x}",
                crate::clock::now_ms() as u64,
                (js_sys::Math::random() * 1e15) as u64
            )
        })
}

/// The folio of the last application sent from this tab, kept for its
/// confirmation page (a folio alone reveals nothing).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LastReceipt {
    pub form: String,
    pub folio: String,
    /// RFC 3339, as the server answered.
    #[serde(default)]
    pub submitted_at: String,
}

const RECEIPT_KEY: &str = "ventanilla.receipt";

impl LastReceipt {
    pub fn keep(&self) {
        let session = leptos::prelude::window().session_storage().ok().flatten();
        if let (Some(session), Ok(json)) = (session, serde_json::to_string(self)) {
            let _ = session.set_item(RECEIPT_KEY, &json);
        }
    }

    pub fn read() -> Option<LastReceipt> {
        let session = leptos::prelude::window().session_storage().ok().flatten()?;
        serde_json::from_str(&session.get_item(RECEIPT_KEY).ok()??).ok()
    }

    /// Forgets it: another application of the same procedure starts.
    pub fn forget() {
        if let Some(session) = leptos::prelude::window().session_storage().ok().flatten() {
            let _ = session.remove_item(RECEIPT_KEY);
        }
    }
}

/// The folio and CURP of the application just sent, held only in memory so
/// that the tracking page doesn't ask for them again (WCAG 3.3.7).
#[derive(Clone, Copy)]
pub struct TrackingPrefill(pub leptos::prelude::RwSignal<Option<(String, String)>>);
