use leptos::prelude::*;
use ventanilla_ui::{Alert, AlertKind};

use crate::api::ApiError;
use crate::i18n::use_i18n;

/// What went wrong loading something, in words, and a way to try again.
#[component]
pub fn LoadError(
    /// What could not be loaded, as a message id: "We couldn't load the topics".
    title: &'static str,
    error: ApiError,
    #[prop(into)] retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr(title)) level=2>
            <p>{move || i18n.t(error.message_key())}</p>
            <button type="button" class="button" on:click=move |_| retry.run(())>
                {i18n.tr("action-retry")}
            </button>
        </Alert>
    }
}
