use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/pagination/style.module.css");

/// Which pages to show: the first, the last, the current one and its
/// neighbours; `None` stands for a gap ("…").
fn visible_pages(current: u32, total: u32) -> Vec<Option<u32>> {
    let mut pages = Vec::new();
    for page in 1..=total {
        if page == 1 || page == total || page.abs_diff(current) <= 1 {
            pages.push(Some(page));
        } else if pages.last() != Some(&None) {
            pages.push(None);
        }
    }
    pages
}

#[component]
pub fn Pagination(
    /// The accessible name of the `<nav>`, e.g. "Páginas de resultados".
    #[prop(into)]
    label: Signal<String>,
    /// The page shown, from 1.
    #[prop(into)]
    current: Signal<u32>,
    #[prop(into)] total_pages: Signal<u32>,
    /// The address of page `n`: the component knows no routes.
    #[prop(into)]
    href: Callback<u32, String>,
    #[prop(into)] previous_label: Signal<String>,
    #[prop(into)] next_label: Signal<String>,
    /// The accessible name of the link to page `n`, e.g. "Página 3".
    #[prop(into)]
    page_label: Callback<u32, String>,
    /// Classes added to the navigation's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let classes = move || crate::class::join(style::pagination, class.get());
    move || {
        let total = total_pages.get();
        // A page out of range still gets a sensible trail.
        let current = current.get().clamp(1, total.max(1));
        (total > 1).then(|| {
            let previous = (current > 1).then(|| {
                view! {
                    <li class=style::step>
                        <a class=style::link href=href.run(current - 1) rel="prev">{previous_label.get()}</a>
                    </li>
                }
            });
            let next = (current < total).then(|| {
                view! {
                    <li class=style::step>
                        <a class=style::link href=href.run(current + 1) rel="next">{next_label.get()}</a>
                    </li>
                }
            });
            let pages = visible_pages(current, total)
                .into_iter()
                .map(|page| match page {
                    None => view! { <li class=style::gap aria-hidden="true">"…"</li> }.into_any(),
                    Some(n) if n == current => view! {
                        <li>
                            <a class=format!("{} {}", style::link, style::current) href=href.run(n)
                                aria-current="page" aria-label=page_label.run(n)>{n}</a>
                        </li>
                    }
                    .into_any(),
                    Some(n) => view! {
                        <li><a class=style::link href=href.run(n) aria-label=page_label.run(n)>{n}</a></li>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <nav class=classes aria-label=label.get()>
                    <ul class=style::list>{previous} {pages} {next}</ul>
                </nav>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::visible_pages;

    // Runs natively with `cargo test` and in the browser with the wasm runner.
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn shows_ends_neighbours_and_gaps() {
        assert_eq!(visible_pages(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(
            visible_pages(5, 9),
            vec![Some(1), None, Some(4), Some(5), Some(6), None, Some(9)]
        );
        assert_eq!(visible_pages(1, 9), vec![Some(1), Some(2), None, Some(9)]);
        assert_eq!(visible_pages(9, 9), vec![Some(1), None, Some(8), Some(9)]);
        assert_eq!(visible_pages(3, 5), vec![Some(1), Some(2), Some(3), Some(4), Some(5)]);
    }
}
