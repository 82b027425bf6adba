use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::paths;

stylance::import_crate_style!(style, "src/shell/footer.module.css");

/// The other ways to get help, the accessibility statement, and a word that
/// the catalogue is sample data.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class=style::footer>
            <div class=style::inner>
                <h2 class=style::heading>{i18n.tr("footer-channels-heading")}</h2>
                <ul class=style::channels>
                    <li>
                        <h3 class=style::channel>{i18n.tr("footer-phone-title")}</h3>
                        <p>
                            {i18n.tr("footer-phone-text")} " "
                            <a href=move || format!("tel:{}", i18n.t("footer-phone-number").replace(' ', ""))>
                                {i18n.tr("footer-phone-number")}
                            </a>
                        </p>
                    </li>
                    <li>
                        <h3 class=style::channel>{i18n.tr("footer-offices-title")}</h3>
                        <p>
                            {i18n.tr("footer-offices-text")} " "
                            <a href=paths::OFFICES>{i18n.tr("footer-offices-link")}</a>
                        </p>
                    </li>
                    <li>
                        <h3 class=style::channel>{i18n.tr("footer-sms-title")}</h3>
                        <p>
                            {i18n.tr("footer-sms-text")} " "
                            <a href=paths::TRACKING>{i18n.tr("footer-sms-link")}</a>
                        </p>
                    </li>
                </ul>
                <ul class=style::links>
                    <li><a href=paths::ACCESSIBILITY>{i18n.tr("footer-accessibility-link")}</a></li>
                    <li><a href=paths::COMPONENTS>{i18n.tr("footer-components-link")}</a></li>
                </ul>
                <p class=style::sample>{i18n.tr("footer-sample-data")}</p>
            </div>
        </footer>
    }
}
