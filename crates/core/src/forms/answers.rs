use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A person's answers, by field id, exactly as typed: nothing is lost or
/// reformatted until the form is checked.
pub type Answers = BTreeMap<String, Answer>;

/// The answer to one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum Answer {
    /// Text, or the value of the chosen radio or select option.
    Text(String),
    /// The values of the ticked checkboxes.
    Choices(Vec<String>),
    Date(DateParts),
}

/// A date as typed in its three boxes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl Answer {
    /// Whether nothing was answered: blank text, no box ticked, empty date.
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Text(text) => text.trim().is_empty(),
            Answer::Choices(values) => values.is_empty(),
            Answer::Date(parts) => [&parts.day, &parts.month, &parts.year]
                .iter()
                .all(|part| part.trim().is_empty()),
        }
    }

    /// The text of a text answer, or "".
    pub fn text(&self) -> &str {
        match self {
            Answer::Text(text) => text,
            _ => "",
        }
    }

    /// The ticked values of a checkboxes answer, or none.
    pub fn choices(&self) -> &[String] {
        match self {
            Answer::Choices(values) => values,
            _ => &[],
        }
    }

    /// The boxes of a date answer, or empty ones.
    pub fn date(&self) -> DateParts {
        match self {
            Answer::Date(parts) => parts.clone(),
            _ => DateParts::default(),
        }
    }
}
