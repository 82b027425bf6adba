//! What a page shows while something it needs is loading, and when that fails.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::Serialize;
use serde::de::DeserializeOwned;
use ventanilla_ui::{Alert, AlertKind, Button, Loading};

use crate::api::ApiError;
use crate::i18n::use_i18n;
use crate::pages::NotFound;

/// What went wrong loading something, in words, and a way to try again.
#[component]
pub fn LoadError(
    /// What could not be loaded, as a message id: "We couldn't load the topics".
    title: &'static str,
    error: ApiError,
    #[prop(into)] retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr(title)) level=2>
            <p>{move || i18n.t(error.message_key())}</p>
            <Button button_type="button" on_click=move |_: MouseEvent| retry.run(())>
                {i18n.tr("action-retry")}
            </Button>
        </Alert>
    }
}

/// The filters a list takes from its page's link: each API parameter with
/// the message id of its label, and the page's URL without any.
#[derive(Clone, Copy)]
pub struct LinkFilters {
    pub labels: &'static [(&'static str, &'static str)],
    pub clear: &'static str,
}

/// `show`s what `resource` brings once it arrives; until then says that it
/// is `loading`, and if it fails says so (`error`) with a way to try again.
/// When the resource is the `page` itself, a 404 is the not-found page, and
/// a failure also gets the page's title and heading. A value of one of the
/// link's `filters` that the API refuses is no failure to retry: the link
/// asks for something that does not exist, and the page says so.
#[component]
pub fn Loaded<T, V, F>(
    resource: Resource<Result<T, ApiError>>,
    /// Message id of the loading label.
    loading: &'static str,
    /// Message id of what could not be loaded.
    error: &'static str,
    #[prop(optional)] page: bool,
    #[prop(optional)] filters: Option<LinkFilters>,
    show: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        <Transition fallback=move || view! { <Loading label=Signal::derive(i18n.tr(loading))/> }>
            {move || {
                let show = show.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => show(value).into_any(),
                        Err(ApiError::Status { status: 404, .. }) if page => view! { <NotFound/> }.into_any(),
                        Err(failure) if let Some((filters, label)) = refused_filter(filters, &failure) => {
                            let filter = i18n.t(label);
                            view! {
                                <Alert kind=AlertKind::Info title=Signal::derive(i18n.tr("load-bad-link-title")) level=2>
                                    <p>{i18n.t_with("load-bad-link", &[("filter", filter.into())])}</p>
                                    <p><a href=filters.clear>{i18n.tr("load-clear-filters")}</a></p>
                                </Alert>
                            }
                            .into_any()
                        }
                        Err(failure) => {
                            // The API is down or unreachable: the page is unavailable for now.
                            if !matches!(failure, ApiError::Status { status: 400..=499, .. }) {
                                crate::page_status::set(503);
                            }
                            view! {
                            {page.then(|| view! {
                                <Title text=i18n.tr(error)/>
                                <h1 tabindex="-1">{i18n.tr(error)}</h1>
                            })}
                            <LoadError title=error error=failure retry=move || resource.refetch()/>
                            }
                            .into_any()
                        }
                    }
                })
            }}
        </Transition>
    }
}

/// The filter whose value the API refused (a 422 naming it), if it is one of the link's.
fn refused_filter(filters: Option<LinkFilters>, failure: &ApiError) -> Option<(LinkFilters, &'static str)> {
    let filters = filters?;
    let ApiError::Status {
        status: 422,
        problem: Some(problem),
    } = failure
    else {
        return None;
    };
    let parameter = problem.parameter.as_deref()?;
    let (_, label) = filters.labels.iter().find(|(name, _)| *name == parameter)?;
    Some((filters, label))
}
