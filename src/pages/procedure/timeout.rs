//! WCAG 2.2.1: before the draft's personal data is deleted for inactivity,
//! a warning says so and lets the person keep going.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use ventanilla_core::forms::{Answer, Answers};

use super::draft::DRAFT_LIFETIME_MS;
use super::step::EXPIRED_ID;
use super::use_procedure;
use crate::i18n::use_i18n;
use crate::pages::{CHECK_EVERY, TimeoutDialog, WARNING_MS};
use crate::shell::{announcer, focus_when_shown};

#[component]
pub fn InactivityTimeout() -> impl IntoView {
    let i18n = use_i18n();
    let procedure = use_procedure();
    let navigate = use_navigate();
    let say = announcer();
    let last_activity = StoredValue::new(crate::clock::now_ms());
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let warning = move || dialog.get_untracked().is_some_and(|d| d.open());

    // The clock runs in the browser only, once the page is there.
    Effect::new(move || {
        // Typing or tapping is activity, except inside the warning, which only
        // its button ends.
        let active = move || {
            if !warning() {
                last_activity.set_value(crate::clock::now_ms());
            }
        };
        let keys = window_event_listener(leptos::ev::keydown, move |_| active());
        let taps = window_event_listener(leptos::ev::pointerdown, move |_| active());
        let navigate = navigate.clone();
        let tick = set_interval_with_handle(
            move || {
                let idle = crate::clock::now_ms() - last_activity.get_value();
                let Some(dialog) = dialog.get_untracked() else { return };
                if idle >= DRAFT_LIFETIME_MS {
                    if dialog.open() {
                        dialog.close();
                    }
                    if !procedure.answers.with_untracked(all_blank) {
                        procedure.discard();
                        procedure.expired.set(true);
                        navigate(&procedure.href(), Default::default());
                        focus_when_shown(EXPIRED_ID, move || say(i18n.t("procedure-expired-text")));
                    }
                    last_activity.set_value(crate::clock::now_ms());
                } else if idle >= DRAFT_LIFETIME_MS - WARNING_MS
                    && !dialog.open()
                    && !procedure.answers.with_untracked(all_blank)
                {
                    let _ = dialog.show_modal();
                }
            },
            CHECK_EVERY,
        )
        .ok();
        on_cleanup(move || {
            keys.remove();
            taps.remove();
            if let Some(tick) = tick {
                tick.clear();
            }
        });
    });

    let keep_going = move || {
        last_activity.set_value(crate::clock::now_ms());
        // Saving again restarts the draft's own clock too.
        procedure.answers.update(|_| {});
    };
    view! {
        <TimeoutDialog dialog=dialog on_extend=keep_going
            title=Signal::derive(i18n.tr("form-timeout-title"))
            text=Signal::derive(i18n.tr("form-timeout-text"))
            extend=Signal::derive(i18n.tr("form-timeout-extend"))/>
    }
}

fn all_blank(answers: &Answers) -> bool {
    answers.values().all(Answer::is_blank)
}
