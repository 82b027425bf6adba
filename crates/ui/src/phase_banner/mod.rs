use leptos::prelude::*;

use crate::{Tag, TagColour};

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/phase_banner/style.module.css");

#[component]
pub fn PhaseBanner(
    /// The service's phase, e.g. "Beta".
    #[prop(into)]
    phase: Signal<String>,
    /// Classes added to the banner's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// What the phase means for people, with a link to give feedback, e.g.
    /// "Este es un servicio nuevo. Tu opinión nos ayuda a mejorarlo:" and a
    /// link "danos tu opinión".
    children: Children,
) -> impl IntoView {
    let classes = move || crate::class::join(style::banner, class.get());
    view! {
        <div class=classes>
            <p class=style::content>
                <strong class=style::phase>
                    <Tag colour=TagColour::Brand>{move || phase.get()}</Tag>
                </strong>
                <span class=style::text>{children()}</span>
            </p>
        </div>
    }
}
