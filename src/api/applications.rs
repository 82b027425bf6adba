use ventanilla_core::api::{
    ApplicationStatus, NewApplication, Receipt, Reply, SmsConfirmation, SmsSubscription, TrackingRequest,
};
use ventanilla_core::lang::Lang;

use super::{ApiError, post};

/// Submits an application. The same `idempotency_key` on a retry gets the
/// same receipt, never a second application.
pub async fn submit(application: NewApplication, idempotency_key: String, lang: Lang) -> Result<Receipt, ApiError> {
    post(
        "/applications",
        lang,
        &application,
        Some(("Idempotency-Key", idempotency_key)),
    )
    .await
}

/// An application's status and history, given its folio and the applicant's CURP.
pub async fn track(request: TrackingRequest, lang: Lang) -> Result<ApplicationStatus, ApiError> {
    post("/applications/track", lang, &request, None).await
}

/// The applicant's answer to what the agency asked.
pub async fn reply(reply: Reply, lang: Lang) -> Result<ApplicationStatus, ApiError> {
    post("/applications/reply", lang, &reply, None).await
}

/// Asks for a one-time code by SMS to subscribe a phone to an application.
pub async fn request_sms(request: SmsSubscription, lang: Lang) -> Result<(), ApiError> {
    post("/applications/sms", lang, &request, None).await
}

/// Confirms a phone with the code it received.
pub async fn confirm_sms(confirmation: SmsConfirmation, lang: Lang) -> Result<(), ApiError> {
    post("/applications/sms/confirm", lang, &confirmation, None).await
}
