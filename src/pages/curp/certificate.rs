use leptos::prelude::*;
use ventanilla_core::api::CurpRecord;
use ventanilla_ui::{Button, SummaryList, SummaryRow};

use super::check::sexes;
use super::style;
use crate::clock::today_in_mexico_city;
use crate::format;
use crate::i18n::use_i18n;

/// The id of the certificate's heading, which takes focus when it appears.
pub const HEADING_ID: &str = "constancia";

/// The global class (see `style/print.css`) of what a page prints alone:
/// on paper the certificate is all there is, on one sheet.
const PRINT_ALONE: &str = "print-alone";

/// A person's record as a certificate to read, print or save as PDF, in the
/// language of the moment.
#[component]
pub fn Certificate(record: CurpRecord) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let name = [&record.given_names, &record.first_surname, &record.second_surname]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .map(|part| part.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let sex = sexes()
        .find(|(code, _)| *code == record.sex)
        .map_or_else(|| record.sex.clone(), |(_, key)| i18n.t(key));
    let consulted = format::date(lang, &today_in_mexico_city().iso());
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <section class=format!("{} {PRINT_ALONE}", style::certificate) aria-labelledby=HEADING_ID>
            <p class=style::issuer>{i18n.t("curp-certificate-issuer")}</p>
            <h2 id=HEADING_ID class=style::heading tabindex="-1">{i18n.t("curp-certificate-title")}</h2>
            <SummaryList>
                <SummaryRow key=i18n.t("curp-certificate-curp")>
                    <span class=style::code>{record.curp.clone()}</span>
                </SummaryRow>
                <SummaryRow key=i18n.t("curp-certificate-name")>{name}</SummaryRow>
                <SummaryRow key=i18n.t("curp-certificate-sex")>{sex}</SummaryRow>
                <SummaryRow key=i18n.t("curp-certificate-birth-date")>{format::date(lang, &record.birth_date)}</SummaryRow>
                <SummaryRow key=i18n.t("curp-certificate-birth-state")>{record.birth_state_name.clone()}</SummaryRow>
                <SummaryRow key=i18n.t("curp-certificate-source")>{record.source_document.clone()}</SummaryRow>
                <SummaryRow key=i18n.t("curp-certificate-registered")>{format::date(lang, &record.registered_on)}</SummaryRow>
            </SummaryList>
            <p class=style::note>{i18n.t_with("curp-certificate-consulted", &[("date", consulted.into())])}</p>
            <p class=style::note>{i18n.t("curp-certificate-sample")}</p>
        </section>
        <p class=style::actions>
            <Button button_type="button" on_click=print>{i18n.t("curp-print")}</Button>
        </p>
    }
}
