use leptos::prelude::*;
use leptos_meta::Title;
use ventanilla_core::forms::FormDefinition;
use ventanilla_ui::{Button, ButtonKind, Panel};

use super::draft::LastReceipt;
use super::{style, use_procedure};
use crate::format;
use crate::i18n::use_i18n;
use crate::paths;

/// `/solicitud/{form}/enviada`: the folio, what happens next and how to get
/// SMS updates.
#[component]
pub fn Confirmation() -> impl IntoView {
    let procedure = use_procedure();
    // The receipt is in the browser's storage: read once the page is there.
    let receipt = RwSignal::new(None);
    Effect::new(move || receipt.set(Some(LastReceipt::read().filter(|r| r.form == procedure.id.get_value()))));
    move || receipt.get().map(|receipt| view! { <Sent receipt=receipt/> })
}

#[component]
fn Sent(receipt: Option<LastReceipt>) -> impl IntoView {
    let i18n = use_i18n();
    let procedure = use_procedure();
    let form = expect_context::<FormDefinition>();
    let Some(receipt) = receipt else {
        // Nothing was sent from this tab: start again rather than show a blank folio.
        return view! {
            <Title text=i18n.tr("form-no-receipt-title")/>
            <h1>{i18n.tr("form-no-receipt-title")}</h1>
            <p>{i18n.tr("form-no-receipt-text")}</p>
            <p><Button href=procedure.href()>{i18n.tr("form-start")}</Button></p>
        }
        .into_any();
    };
    let track = paths::tracking(&receipt.folio);
    let sent = {
        let (title, at) = (form.title.clone(), receipt.submitted_at.clone());
        // A receipt kept by an older version has no time: the name alone, then.
        move || match at.as_str() {
            "" => title.clone(),
            at => i18n.t_with(
                "form-sent-what",
                &[
                    ("procedure", title.clone().into()),
                    ("when", format::moment(i18n.lang(), at).into()),
                ],
            ),
        }
    };
    let print = Callback::new(|_| {
        let _ = window().print();
    });
    view! {
        <Title text=move || format!("{} · {}", i18n.t("form-sent-title"), form.title)/>
        <Panel title=i18n.t("form-sent-title")>
            <p>{sent}</p>
            <p>
                {i18n.tr("form-your-folio")}
                <strong class=style::folio>{receipt.folio.clone()}</strong>
            </p>
        </Panel>
        <p class=style::intro>{i18n.tr("form-keep-folio")}</p>
        <p>
            <Button kind=ButtonKind::Secondary button_type="button" on_click=print>{i18n.tr("form-print")}</Button>
        </p>
        <h2 class=style::section>{i18n.tr("form-next-title")}</h2>
        <p class=style::intro>{form.next_steps.clone()}</p>
        <h2 class=style::section>{i18n.tr("form-sms-title")}</h2>
        <p class=style::intro>{i18n.tr("form-sms-text")}</p>
        <p><Button href=track>{i18n.tr("form-track-link")}</Button></p>
    }
    .into_any()
}
