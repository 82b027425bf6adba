use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::meta;

/// Says, only to a browser without script, that this page needs it and
/// how else to do the procedure. Its text is markup, not children, so that
/// hydration (with script) never walks into it.
#[component]
pub fn NeedsScript(
    /// Message id of what to say: by default, how else to do the procedure.
    #[prop(default = "needs-script")]
    message: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = move || format!("<p class=\"noscript\">{}</p>", meta::escape(&i18n.t(message)));
    view! { <noscript inner_html=message></noscript> }
}
