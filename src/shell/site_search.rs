use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use ventanilla_core::api::{Limit, SearchQuery, Text};
use ventanilla_ui::{SearchField, Suggestion};

use crate::api;
use crate::i18n::use_i18n;
use crate::pages::hit_href;
use crate::paths;

/// How long typing must pause before suggestions are fetched.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// The search box with suggestions: pick one to go straight to it, or press
/// Enter for all the results.
#[component]
pub fn SiteSearch(id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let text = RwSignal::new(String::new());
    let settled = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let typed = text.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(move || settled.set(typed), DEBOUNCE).ok());
    });
    let found = LocalResource::new(move || {
        let q = settled.get();
        async move {
            if q.trim().chars().count() < 2 {
                return Vec::new();
            }
            api::search(
                SearchQuery {
                    q: Text(q),
                    limit: Some(Limit(6)),
                },
                i18n.lang(),
            )
            .await
            .map(|r| r.hits)
            .unwrap_or_default()
        }
    });
    let suggestions = Signal::derive(move || {
        found
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|hit| Suggestion {
                href: hit_href(&hit),
                id: hit.id,
                title: hit.title,
                subtitle: hit.subtitle,
            })
            .collect::<Vec<_>>()
    });
    let status = Signal::derive(move || match suggestions.read().len() {
        0 => String::new(),
        n => i18n.t_with("search-suggestions", &[("count", n.into())]),
    });
    let go = navigate.clone();
    let submit = Callback::new(move |typed: String| {
        go(&paths::search(typed.trim()), Default::default());
    });
    let select = Callback::new(move |s: Suggestion| navigate(&s.href, Default::default()));
    view! {
        <SearchField
            id=id
            label=Signal::derive(i18n.tr("search-label"))
            hint=Signal::derive(i18n.tr("search-hint"))
            value=text
            suggestions=suggestions
            status=status
            button_label=Signal::derive(i18n.tr("search-button"))
            on_submit=submit
            on_select=select
            action=paths::SEARCH
        />
    }
}
