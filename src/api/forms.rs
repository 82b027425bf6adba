use std::cell::RefCell;
use std::collections::HashMap;

use ventanilla_core::forms::FormDefinition;
use ventanilla_core::lang::Lang;

use super::{ApiError, encode, get};

thread_local! {
    /// Definitions already read: moving between a form's steps never waits.
    static FORMS: RefCell<HashMap<(Lang, String), FormDefinition>> = RefCell::default();
}

/// The definition of an online procedure.
pub async fn form(id: String, lang: Lang) -> Result<FormDefinition, ApiError> {
    let key = (lang, id);
    if let Some(form) = FORMS.with_borrow(|forms| forms.get(&key).cloned()) {
        return Ok(form);
    }
    let form: FormDefinition = get(&format!("/forms/{}", encode(&key.1)), lang).await?;
    FORMS.with_borrow_mut(|forms| forms.insert(key, form.clone()));
    Ok(form)
}
