use std::time::Duration;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use ventanilla_core::api::{HitKind, Limit, SearchHit, SearchQuery, SearchResults, Text};
use ventanilla_ui::{SearchField, Suggestion};

use crate::api;
use crate::i18n::use_i18n;
use crate::pages::Loaded;
use crate::paths;
use crate::shell::announce;

stylance::import_crate_style!(style, "src/pages/search.module.css");

/// How long typing must pause before the results follow.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Where a search hit leads.
pub fn hit_href(hit: &SearchHit) -> String {
    match hit.kind {
        HitKind::Service => paths::service(&hit.id),
        HitKind::Agency => paths::agency(&hit.id),
        HitKind::Office => paths::office(&hit.id),
        HitKind::Content => paths::below_agencies(&hit.id),
    }
}

/// `/buscar?q=…`: results that follow the typing, grouped by kind, the query
/// in the URL so back, forward and shared links work.
#[component]
pub fn Search() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let q = move || query.read().get("q").unwrap_or_default();
    let text = RwSignal::new(q());
    // The URL follows the box after a pause; each new URL drops the previous request.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let go = navigate.clone();
    Effect::new(move |_| {
        let typed = text.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let go = go.clone();
        let handle = set_timeout_with_handle(
            move || {
                if typed.trim() != q().trim() {
                    let url = paths::search(typed.trim());
                    go(
                        &url,
                        NavigateOptions {
                            replace: true,
                            ..Default::default()
                        },
                    );
                }
            },
            DEBOUNCE,
        );
        pending.set_value(handle.ok());
    });
    let results = Resource::new(
        move || (q(), i18n.lang()),
        |(q, lang)| async move {
            if q.trim().is_empty() {
                Ok(None)
            } else {
                let query = SearchQuery {
                    q: Text(q),
                    limit: Some(Limit(30)),
                };
                api::search(query, lang).await.map(Some)
            }
        },
    );
    let suggestions = Signal::derive(Vec::new);
    let submit = {
        let navigate = navigate.clone();
        Callback::new(move |typed: String| navigate(&paths::search(typed.trim()), Default::default()))
    };
    let select = Callback::new(move |s: Suggestion| navigate(&s.href, Default::default()));
    view! {
        <Title text=move || if q().is_empty() { i18n.t("search-title") } else { i18n.t_with("search-title-for", &[("q", q().into())]) }/>
        <h1 tabindex="-1">{i18n.tr("search-title")}</h1>
        <SearchField
            id="busqueda"
            label=Signal::derive(i18n.tr("search-label"))
            value=text
            suggestions=suggestions
            status=Signal::derive(String::new)
            button_label=Signal::derive(i18n.tr("search-button"))
            on_submit=submit
            on_select=select
            action=paths::SEARCH
        />
        <Loaded resource=results loading="search-loading" error="search-error" show={move |found: Option<SearchResults>| match found {
            None => Either::Left(view! { <p>{i18n.t("search-prompt")}</p> }),
            Some(found) => {
                let count = i18n.t_with("search-count", &[("count", found.hits.len().into()), ("q", found.query.clone().into())]);
                announce(count.clone());
                // What was searched, when it is not quite what was typed.
                let corrected = found.searched.map(|words| i18n.t_with("search-corrected", &[("words", words.into())]));
                let partial = found.partial.then(|| i18n.t("search-partial"));
                let notes = corrected.into_iter().chain(partial).map(|note| view! { <p>{note}</p> }).collect_view().into_any();
                Either::Right(view! { <Results count=count notes=notes hits=found.hits/> })
            }
        }}/>
    }
}

#[component]
fn Results(count: String, notes: AnyView, hits: Vec<SearchHit>) -> impl IntoView {
    let i18n = use_i18n();
    if hits.is_empty() {
        return Either::Left(view! {
            <h2 class=style::count>{count}</h2>
            {notes}
            <p>{i18n.t("search-empty")}</p>
            <ul>
                <li>{i18n.t("search-empty-spelling")}</li>
                <li>{i18n.t("search-empty-fewer")}</li>
                <li><a href=paths::CATALOGUE>{i18n.t("search-empty-browse")}</a></li>
            </ul>
        });
    }
    let groups = [
        (HitKind::Service, "search-group-services"),
        (HitKind::Agency, "search-group-agencies"),
        (HitKind::Office, "search-group-offices"),
        (HitKind::Content, "search-group-content"),
    ];
    Either::Right(view! {
        <h2 class=style::count>{count}</h2>
        {notes}
        {groups.into_iter().filter_map(|(kind, heading)| {
            let items: Vec<_> = hits.iter().filter(|h| h.kind == kind).cloned().collect();
            (!items.is_empty()).then(|| view! {
                <section class=style::group>
                    <h3>{i18n.t(heading)}</h3>
                    <ul class=style::hits>
                        {items.into_iter().map(|hit| view! {
                            <li>
                                <a href=hit_href(&hit)>{hit.title.clone()}</a>
                                <span class=style::subtitle>{hit.subtitle.clone()}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })
        }).collect_view()}
    })
}
