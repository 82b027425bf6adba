//! Requests from the browser, with `fetch`. The futures are `Send`, as
//! server-rendered resources need, by a `SendWrapper`: the browser has one thread.

use std::future::Future;

use gloo_net::http::{Request, Response};
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;

use super::Header;
use crate::api::{ApiError, read};

/// GETs `url`, aborting the request if the page that asked for it goes away first.
pub fn get(url: String) -> impl Future<Output = Result<String, ApiError>> + Send {
    SendWrapper::new(async move {
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        let controller = SendWrapper::new(controller);
        on_cleanup(move || {
            if let Some(controller) = controller.take() {
                controller.abort();
            }
        });
        let response = Request::get(&url)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(|_| ApiError::Network)?;
        body(response).await
    })
}

/// POSTs `json` to `url`, with `header` (such as an `Idempotency-Key`).
pub fn post(
    url: String,
    json: String,
    header: Option<Header>,
) -> impl Future<Output = Result<String, ApiError>> + Send {
    SendWrapper::new(send_body(url, "application/json", json.into(), header))
}

/// POSTs the bytes of `file`, a file the person chose, to `url`, with `header`.
pub fn upload(
    url: String,
    file: web_sys::File,
    header: Option<Header>,
) -> impl Future<Output = Result<String, ApiError>> + Send {
    SendWrapper::new(send_body(url, "application/octet-stream", file.into(), header))
}

async fn send_body(
    url: String,
    content_type: &str,
    content: wasm_bindgen::JsValue,
    header: Option<Header>,
) -> Result<String, ApiError> {
    let mut request = Request::post(&url).header("Content-Type", content_type);
    if let Some((name, value)) = &header {
        request = request.header(name, value);
    }
    let response = request
        .body(content)
        .map_err(|_| ApiError::Unexpected)?
        .send()
        .await
        .map_err(|_| ApiError::Network)?;
    body(response).await
}

/// DELETEs `url`, with `header`.
pub fn delete(url: String, header: Option<Header>) -> impl Future<Output = Result<String, ApiError>> + Send {
    SendWrapper::new(async move {
        let mut request = Request::delete(&url);
        if let Some((name, value)) = &header {
            request = request.header(name, value);
        }
        let response = request.send().await.map_err(|_| ApiError::Network)?;
        body(response).await
    })
}

async fn body(response: Response) -> Result<String, ApiError> {
    let text = response.text().await.map_err(|_| ApiError::Network)?;
    read(response.status(), text)
}
