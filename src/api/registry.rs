use ventanilla_core::api::{CurpRecord, CurpSearch};
use ventanilla_core::lang::Lang;

use super::{ApiError, encode, get, post};

/// A person's record in the population registry, by CURP.
pub async fn curp(curp: String, lang: Lang) -> Result<CurpRecord, ApiError> {
    get(&format!("/curp/{}", encode(&curp)), lang).await
}

/// A person's record, found by their name, birth date, sex and state of birth.
pub async fn find_curp(search: CurpSearch, lang: Lang) -> Result<CurpRecord, ApiError> {
    post("/curp/search", lang, &search, None).await
}
