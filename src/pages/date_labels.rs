//! The words of a date's three boxes, the same in every form.

use ventanilla_ui::DateLabels;

use crate::i18n::I18n;

pub fn date_labels(i18n: I18n) -> DateLabels {
    DateLabels {
        day: i18n.t("form-date-day"),
        month: i18n.t("form-date-month"),
        year: i18n.t("form-date-year"),
    }
}
