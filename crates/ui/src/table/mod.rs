use std::cmp::Ordering;

use leptos::ev::MouseEvent;
use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/table/style.module.css");

/// One column of a [`Table`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableColumn {
    /// The header's words, e.g. "Fecha".
    pub label: String,
    /// Its header is a button that sorts the rows by this column.
    pub sortable: bool,
    /// Numbers, such as amounts: aligned right, so that digits line up.
    pub numeric: bool,
}

/// What a cell is sorted by, when it is not its text.
#[derive(Clone, Debug, PartialEq)]
pub enum SortKey {
    /// Compared as text, e.g. "2025-07-14" for "14 de julio de 2025".
    Text(String),
    /// Compared as a number, e.g. 1585.0 for "$1,585.00".
    Number(f64),
}

/// One cell of a [`Table`]: what it shows and what it sorts by.
#[derive(Clone, Debug, PartialEq)]
pub struct TableCell {
    pub text: String,
    /// What the cell sorts by; its text when `None`.
    pub sort_key: Option<SortKey>,
}

impl TableCell {
    /// A cell sorted by its own text.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            sort_key: None,
        }
    }

    /// A cell shown as `text` and sorted by `key`, e.g. a date by its ISO form.
    pub fn keyed(text: impl Into<String>, key: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            sort_key: Some(SortKey::Text(key.into())),
        }
    }

    /// A cell shown as `text` and sorted as the number `value`.
    pub fn number(text: impl Into<String>, value: f64) -> Self {
        Self {
            text: text.into(),
            sort_key: Some(SortKey::Number(value)),
        }
    }
}

impl From<&str> for TableCell {
    fn from(text: &str) -> Self {
        Self::text(text)
    }
}

impl From<String> for TableCell {
    fn from(text: String) -> Self {
        Self::text(text)
    }
}

/// The order of a sorted column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortDirection {
    Ascending,
    Descending,
}

impl SortDirection {
    /// Its `aria-sort` value.
    fn aria(self) -> &'static str {
        match self {
            SortDirection::Ascending => "ascending",
            SortDirection::Descending => "descending",
        }
    }
}

/// Text as a person sorts it in Spanish: without case or accents, and
/// "ñ" after "n".
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .flat_map(|c| {
            let (base, after) = match c {
                'á' | 'à' | 'ä' | 'â' => ('a', None),
                'é' | 'è' | 'ë' | 'ê' => ('e', None),
                'í' | 'ì' | 'ï' | 'î' => ('i', None),
                'ó' | 'ò' | 'ö' | 'ô' => ('o', None),
                'ú' | 'ù' | 'ü' | 'û' => ('u', None),
                // After every "n…", before "o".
                'ñ' => ('n', Some('\u{10FFFF}')),
                c => (c, None),
            };
            std::iter::once(base).chain(after)
        })
        .collect()
}

fn compare(a: Option<&TableCell>, b: Option<&TableCell>) -> Ordering {
    let key = |cell: &TableCell| match &cell.sort_key {
        Some(key) => key.clone(),
        None => SortKey::Text(cell.text.clone()),
    };
    match (a.map(key), b.map(key)) {
        (Some(SortKey::Number(a)), Some(SortKey::Number(b))) => a.total_cmp(&b),
        (Some(SortKey::Text(a)), Some(SortKey::Text(b))) => fold(&a).cmp(&fold(&b)).then_with(|| a.cmp(&b)),
        // Numbers before text, and empty cells last.
        (Some(SortKey::Number(_)), Some(SortKey::Text(_))) => Ordering::Less,
        (Some(SortKey::Text(_)), Some(SortKey::Number(_))) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[component]
pub fn Table(
    /// What the table shows, e.g. "Tus citas en el IMSS": its `<caption>`,
    /// which names it.
    #[prop(into)]
    caption: Signal<String>,
    columns: Vec<TableColumn>,
    /// The rows, each a cell per column.
    #[prop(into)]
    rows: Signal<Vec<Vec<TableCell>>>,
    /// Each row's first cell is its header (`<th scope="row">`), e.g. the
    /// name of what the row is about.
    #[prop(optional)]
    first_cell_is_header: bool,
    /// The column and order the rows start sorted by, if any.
    #[prop(optional)]
    sorted: Option<(usize, SortDirection)>,
    /// What screen readers hear once the rows are sorted, from the column's
    /// label and the order, e.g. "Ordenado por Fecha, ascendente". Needed
    /// as soon as a column is sortable.
    #[prop(optional, into)]
    announcement: Option<Callback<(String, SortDirection), String>>,
    /// Classes added to those of the table's container.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    debug_assert!(
        announcement.is_some() || !columns.iter().any(|column| column.sortable),
        "a Table with a sortable column needs an announcement"
    );
    let sort = RwSignal::new(sorted);
    let announced = RwSignal::new(String::new());
    // The headers are buttons only with script; without it the rows stay in
    // the order the server gave them.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let columns = StoredValue::new(columns);

    let order = Memo::new(move |_| {
        rows.with(|rows| {
            let mut order: Vec<usize> = (0..rows.len()).collect();
            if let Some((column, direction)) = sort.get() {
                order.sort_by(|&a, &b| {
                    let ordering = compare(rows[a].get(column), rows[b].get(column));
                    match direction {
                        SortDirection::Ascending => ordering,
                        SortDirection::Descending => ordering.reverse(),
                    }
                });
            }
            order
        })
    });

    let sort_by = move |column: usize| {
        let direction = match sort.get_untracked() {
            Some((current, SortDirection::Ascending)) if current == column => SortDirection::Descending,
            _ => SortDirection::Ascending,
        };
        sort.set(Some((column, direction)));
        let label = columns.with_value(|columns| columns[column].label.clone());
        if let Some(announcement) = announcement {
            announced.set(announcement.run((label, direction)));
        }
    };

    let headers = columns.with_value(|columns| {
        columns
            .iter()
            .enumerate()
            .map(|(i, column)| {
                let sortable = column.sortable;
                let aria_sort = move || match sort.get() {
                    Some((current, direction)) if current == i => Some(direction.aria()),
                    _ if sortable && hydrated.get() => Some("none"),
                    _ => None,
                };
                let class = if column.numeric {
                    format!("{} {}", style::header, style::numeric)
                } else {
                    style::header.to_owned()
                };
                let label = column.label.clone();
                let content = move || {
                    if sortable && hydrated.get() {
                        view! {
                            <button type="button" class=style::sort on:click=move |_: MouseEvent| sort_by(i)>
                                {label.clone()}
                                <span class=style::arrows aria-hidden="true"></span>
                            </button>
                        }
                        .into_any()
                    } else {
                        label.clone().into_any()
                    }
                };
                view! { <th scope="col" class=class aria-sort=aria_sort>{content}</th> }
            })
            .collect_view()
    });

    let body = move || {
        let order = order.get();
        rows.with(|rows| {
            order
                .iter()
                .map(|&index| {
                    let cells = rows[index]
                        .iter()
                        .enumerate()
                        .map(|(i, cell)| {
                            let numeric = columns.with_value(|columns| columns.get(i).is_some_and(|c| c.numeric));
                            let class = if numeric {
                                format!("{} {}", style::cell, style::numeric)
                            } else {
                                style::cell.to_owned()
                            };
                            if i == 0 && first_cell_is_header {
                                view! { <th scope="row" class=class>{cell.text.clone()}</th> }.into_any()
                            } else {
                                view! { <td class=class>{cell.text.clone()}</td> }.into_any()
                            }
                        })
                        .collect_view();
                    view! { <tr class=style::row>{cells}</tr> }
                })
                .collect_view()
        })
    };

    let classes = move || crate::class::join(style::container, class.get());
    view! {
        <div class=classes>
            <table class=style::table>
                <caption class=style::caption>{move || caption.get()}</caption>
                <thead class=style::head>
                    <tr class=style::row>{headers}</tr>
                </thead>
                <tbody class=style::body>{body}</tbody>
            </table>
            <div class=crate::VISUALLY_HIDDEN aria-live="polite" aria-atomic="true">{move || announced.get()}</div>
        </div>
    }
}
