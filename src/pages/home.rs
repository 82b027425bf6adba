use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use ventanilla_core::api::Category;
use ventanilla_ui::{Alert, AlertKind, Loading};

use crate::api::{self, ApiError};
use crate::i18n::use_i18n;

stylance::import_crate_style!(style, "src/pages/home.module.css");

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let categories = LocalResource::new(move || api::categories(i18n.lang()));
    view! {
        <Title text=i18n.tr("home-title")/>
        <div class=style::hero>
            <h1 tabindex="-1">{i18n.tr("home-heading")}</h1>
            <p class=style::lead>{i18n.tr("home-lead")}</p>
        </div>
        <section aria-labelledby="categorias">
            <h2 id="categorias">{i18n.tr("home-categories-heading")}</h2>
            <Transition fallback=move || view! { <Loading label=Signal::derive(i18n.tr("home-categories-loading"))/> }>
                {move || Suspend::new(async move {
                    match categories.await {
                        Ok(list) => Either::Left(view! { <CategoryList categories=list/> }),
                        Err(error) => Either::Right(view! { <LoadError error=error retry=move || categories.refetch()/> }),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn CategoryList(categories: Vec<Category>) -> impl IntoView {
    view! {
        <ul class=style::categories>
            {categories
                .into_iter()
                .map(|category| view! {
                    <li class=style::category>
                        <h3 class=style::category_name>{category.name}</h3>
                        <p>{category.description}</p>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}

/// What went wrong, in words, and a way to try again.
#[component]
fn LoadError(error: ApiError, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr("home-categories-error")) level=3>
            <p>{move || i18n.t(error.message_key())}</p>
            <button type="button" class="button" on:click=move |_| retry.run(())>
                {i18n.tr("action-retry")}
            </button>
        </Alert>
    }
}
