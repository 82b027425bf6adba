use serde::{Deserialize, Serialize};

/// An online procedure, in the language it was asked for: the steps a person
/// goes through and the questions on each.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormDefinition {
    /// Stable id, used in the app's URLs (`/solicitud/{id}`).
    pub id: String,
    /// The slug of the service sheet this procedure belongs to.
    pub service: String,
    /// The procedure's name, as a page heading.
    pub title: String,
    /// The agency that receives the application.
    pub agency: String,
    /// The id of the field holding the applicant's CURP: with the folio, it
    /// is what lets someone follow the application.
    pub applicant: String,
    pub steps: Vec<Step>,
    /// What happens after submitting, shown on the confirmation page.
    pub next_steps: String,
}

/// One page of questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Step {
    pub id: String,
    /// The page heading; a step with a single question uses that question.
    pub title: String,
    /// Guidance shown under the heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    pub fields: Vec<Field>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Field {
    /// Unique within the form; the key of its answer.
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    pub required: bool,
    /// The HTML `autocomplete` token, for questions about the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<String>,
    /// What kind of answer it takes, which names the validator that checks it.
    pub input: FieldKind,
}

/// The kinds of question, each checked by its validator in this crate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldKind {
    Text {
        max_length: u16,
    },
    Textarea {
        max_length: u16,
    },
    Radios {
        options: Vec<Choice>,
    },
    Checkboxes {
        options: Vec<Choice>,
    },
    Select {
        options: Vec<Choice>,
    },
    /// Day, month and year in three boxes.
    Date {
        rule: DateRule,
    },
    Curp,
    Rfc,
    Phone,
    PostalCode,
    Email,
    /// The IMSS Social Security Number.
    Nss,
}

/// An option of a radios, checkboxes or select question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Choice {
    pub value: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// Which dates a date question accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DateRule {
    /// Today or before, such as a date of birth.
    Past,
    /// Today or after, such as an appointment.
    Future,
    Any,
}

impl FormDefinition {
    /// Every question, in the order they are asked.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.steps.iter().flat_map(|step| &step.fields)
    }

    /// The question with this id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|field| field.id == id)
    }

    /// The index of the step that asks this question.
    pub fn step_of(&self, field_id: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|step| step.fields.iter().any(|field| field.id == field_id))
    }
}

impl FieldKind {
    /// The most characters a written answer may have.
    pub fn max_length(&self) -> Option<u16> {
        match self {
            FieldKind::Text { max_length } | FieldKind::Textarea { max_length } => Some(*max_length),
            _ => None,
        }
    }

    /// The options of a question that offers a choice.
    pub fn options(&self) -> &[Choice] {
        match self {
            FieldKind::Radios { options } | FieldKind::Checkboxes { options } | FieldKind::Select { options } => {
                options
            }
            _ => &[],
        }
    }
}
