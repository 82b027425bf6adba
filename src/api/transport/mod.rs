//! How requests reach the API: `fetch` in the browser; in the server's
//! renderer, the API's own router, in-process, so that both sides read the
//! same JSON contract.

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
mod server;

#[cfg(target_arch = "wasm32")]
pub use browser::{delete, get, post, upload};
#[cfg(not(target_arch = "wasm32"))]
pub use server::{Answer, Call, ServerApi, delete, get, post, upload};

/// A header a request adds: its name and value.
pub type Header = (&'static str, String);
