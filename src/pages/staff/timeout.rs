//! WCAG 2.2.1: before a staff session ends for inactivity, a warning says
//! so and lets the person stay signed in; once it has ended, the sign-in
//! page says why.

use std::cell::Cell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::api;
use crate::i18n::use_i18n;
use crate::pages::{CHECK_EVERY, TimeoutDialog, WARNING_MS};
use crate::paths;

thread_local! {
    /// Set when the session has just ended for inactivity: after how many minutes.
    static TIMED_OUT: Cell<Option<u32>> = const { Cell::new(None) };
}

/// Whether the session has just ended for inactivity, and after how many
/// minutes; told once.
pub fn timed_out() -> Option<u32> {
    TIMED_OUT.take()
}

/// Watches the time since the server last heard from the session, which
/// ends after `idle_timeout` seconds of it.
#[component]
pub fn SessionTimeout(idle_timeout: u32, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let limit_ms = f64::from(idle_timeout) * 1000.0;
    let minutes = idle_timeout.div_ceil(60);

    // The clock runs in the browser only, once the page is there.
    Effect::new(move || {
        let navigate = navigate.clone();
        let csrf = csrf.clone();
        let tick = set_interval_with_handle(
            move || {
                let idle = crate::clock::now_ms() - api::last_staff_request();
                let Some(dialog) = dialog.get_untracked() else { return };
                if idle >= limit_ms {
                    if dialog.open() {
                        dialog.close();
                    }
                    // Ended on the server now too, whatever its clock says:
                    // the page is about to say so.
                    let (csrf, lang) = (csrf.clone(), i18n.lang());
                    spawn_local(async move {
                        let _ = api::sign_out(&csrf, lang).await;
                    });
                    TIMED_OUT.set(Some(minutes));
                    navigate(paths::STAFF, Default::default());
                } else if idle >= limit_ms - WARNING_MS && !dialog.open() {
                    let _ = dialog.show_modal();
                }
            },
            CHECK_EVERY,
        )
        .ok();
        on_cleanup(move || {
            if let Some(tick) = tick {
                tick.clear();
            }
        });
    });

    // Any answered staff request keeps the session alive: asking who is signed in is the lightest.
    let stay = move || {
        let lang = i18n.lang();
        spawn_local(async move {
            let _ = api::session(lang).await;
        });
    };
    view! {
        <TimeoutDialog dialog=dialog on_extend=stay
            title=Signal::derive(i18n.tr("staff-timeout-title"))
            text=Signal::derive(i18n.tr("staff-timeout-text"))
            extend=Signal::derive(i18n.tr("staff-timeout-stay"))/>
    }
}
