use leptos::prelude::*;

use crate::{Tag, TagColour};

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/task_list/style.module.css");

/// One task of a [`TaskList`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskItem {
    /// What the task is, e.g. "Datos de la persona que tramita".
    pub name: String,
    /// Where the task is done; `None` while it cannot be started yet, and
    /// its name is then plain text.
    pub href: Option<String>,
    /// A line under the name, e.g. "Necesitas tu CURP".
    pub hint: Option<String>,
    /// The task's status in words, e.g. "Completado" or "Pendiente".
    pub status: String,
    /// Shows the status as a tag of that colour, to draw the eye to what is
    /// left to do; `None` shows it as plain text, e.g. once done.
    pub tag: Option<TagColour>,
}

#[component]
pub fn TaskList(
    /// The list's id, unique on the page; each task's hint and status take
    /// theirs from it (`<id>-<n>-hint`, `<id>-<n>-status`, from 1).
    #[prop(into)]
    id: String,
    tasks: Vec<TaskItem>,
    /// Classes added to the list's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let items = tasks
        .into_iter()
        .enumerate()
        .map(|(i, task)| {
            let hint_id = format!("{id}-{}-hint", i + 1);
            let status_id = format!("{id}-{}-status", i + 1);
            // The link is described by its hint, then its status, so that
            // both are heard with the task's name.
            let described_by = match &task.hint {
                Some(_) => format!("{hint_id} {status_id}"),
                None => status_id.clone(),
            };
            let can_start = task.href.is_some();
            let name = match task.href {
                Some(href) => view! {
                    <a class=style::link href=href aria-describedby=described_by>{task.name}</a>
                }
                .into_any(),
                None => view! { <span class=style::name>{task.name}</span> }.into_any(),
            };
            let hint = task
                .hint
                .map(|hint| view! { <span id=hint_id class=style::hint>{hint}</span> });
            let status_class = if can_start {
                style::status.to_owned()
            } else {
                format!("{} {}", style::status, style::cannot_start)
            };
            let status = match task.tag {
                Some(colour) => view! { <Tag colour=colour>{task.status}</Tag> }.into_any(),
                None => task.status.into_any(),
            };
            let item_class = if can_start {
                format!("{} {}", style::item, style::with_link)
            } else {
                style::item.to_owned()
            };
            view! {
                <li class=item_class>
                    <div class=style::name_and_hint>{name} {hint}</div>
                    <div id=status_id class=status_class>{status}</div>
                </li>
            }
        })
        .collect_view();
    let classes = move || crate::class::join(style::list, class.get());
    view! { <ul class=classes>{items}</ul> }
}
