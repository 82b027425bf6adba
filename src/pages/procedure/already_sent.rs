use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;

use super::draft::LastReceipt;
use super::{style, use_procedure};
use crate::i18n::use_i18n;
use crate::paths;
use ventanilla_ui::Button;

/// What a procedure's pages show once its application was sent from this
/// tab (Back from the confirmation, a reload): that it was sent, its
/// receipt and tracking, and a way to start another one.
#[component]
pub fn AlreadySent(receipt: LastReceipt) -> impl IntoView {
    let i18n = use_i18n();
    let procedure = use_procedure();
    let navigate = use_navigate();
    let start_another = move |_| {
        LastReceipt::forget();
        procedure.sent.set(None);
        navigate(&procedure.href(), Default::default());
    };
    let folio = receipt.folio.clone();
    view! {
        <Title text=i18n.tr("form-already-sent-title")/>
        <h1>{i18n.tr("form-already-sent-title")}</h1>
        <p class=style::intro>
            {move || i18n.t_with("form-already-sent-text", &[("folio", folio.clone().into())])}
        </p>
        <p><a href=procedure.sent_href()>{i18n.tr("form-already-sent-receipt")}</a></p>
        <p><Button href=paths::tracking(&receipt.folio)>{i18n.tr("form-track-link")}</Button></p>
        <p><Button button_type="button" on_click=start_another>{i18n.tr("form-start-another")}</Button></p>
    }
}
