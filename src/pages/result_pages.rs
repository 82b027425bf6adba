use leptos::prelude::*;
use ventanilla_ui::Pagination;

use crate::i18n::use_i18n;
use crate::shell::{announce, focus_when_shown};

/// The page links under a list of results, in the page's language; for a
/// page past the last (an old or edited link), a way back to the first.
#[component]
pub fn ResultPages(current: u32, pages: u32, href: Callback<u32, String>) -> impl IntoView {
    let i18n = use_i18n();
    if pages > 0 && current > pages {
        let beyond = i18n.t_with(
            "pagination-beyond",
            &[("page", current.into()), ("pages", pages.into())],
        );
        return view! {
            <p>{beyond}</p>
            <p><a href=href.run(1)>{i18n.tr("pagination-first")}</a></p>
        }
        .into_any();
    }
    view! {
        <Pagination
            label=Signal::derive(i18n.tr("pagination-label"))
            current=Signal::derive(move || current)
            total_pages=Signal::derive(move || pages)
            href=href
            previous_label=Signal::derive(i18n.tr("pagination-previous"))
            next_label=Signal::derive(i18n.tr("pagination-next"))
            page_label=Callback::new(move |n: u32| i18n.t_with("pagination-page", &[("page", n.into())]))
        />
    }
    .into_any()
}

/// Says what a list of results now shows: its `count`, and, when the page
/// changed since the last one `shown`, which page it is, with the focus moved
/// to the list's heading (`heading_id`), where the next Tab goes on from;
/// the count alone would not change, and the link pressed is gone.
pub fn announce_results(
    shown: StoredValue<Option<u32>>,
    page: u32,
    pages: u32,
    count: String,
    heading_id: &'static str,
) {
    let moved = shown.get_value().is_some_and(|before| before != page);
    shown.set_value(Some(page));
    if !moved {
        announce(count);
        return;
    }
    let i18n = use_i18n();
    announce(i18n.t_with(
        "pagination-moved",
        &[("page", page.into()), ("pages", pages.into()), ("count", count.into())],
    ));
    focus_when_shown(heading_id, || ());
}
