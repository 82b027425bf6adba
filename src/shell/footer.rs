use leptos::prelude::*;

use ventanilla_ui::{Footer, FooterLinks, NavItem};

use crate::i18n::use_i18n;
use crate::paths;

stylance::import_crate_style!(style, "src/shell/footer.module.css");

/// The other ways to get help, the accessibility statement, and a word that
/// the catalogue is sample data.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Footer>
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
                <FooterLinks label=i18n.tr("footer-links-label")>
                    <NavItem href=paths::ACCESSIBILITY>{i18n.tr("footer-accessibility-link")}</NavItem>
                    <NavItem href=paths::COMPONENTS>{i18n.tr("footer-components-link")}</NavItem>
                </FooterLinks>
                <p class=style::sample>{i18n.tr("footer-sample-data")}</p>
        </Footer>
    }
}
