use std::future::Future;

use leptos::prelude::*;

/// A form's request to the server, in flight or not. Only the answer to the
/// latest request is handled (a lookup run again in another language
/// supersedes the first), and never once the page has gone; `is_pending`
/// lets a form ignore a second press while its request is on its way, so a
/// double tap sends once.
#[derive(Clone, Copy)]
pub struct FormRequest {
    pending: RwSignal<bool>,
    latest: StoredValue<u32>,
}

impl FormRequest {
    pub fn new() -> Self {
        FormRequest {
            pending: RwSignal::new(false),
            latest: StoredValue::new(0),
        }
    }

    /// Whether a request is on its way, for the button's state (tracked).
    pub fn pending(self) -> bool {
        self.pending.get()
    }

    /// Whether a request is on its way, for a form about to send (untracked).
    pub fn is_pending(self) -> bool {
        self.pending.get_untracked()
    }

    /// Sends `request`; `then` handles its answer unless a later one was
    /// sent. `then` runs in the page's reactive owner, as the code that sent
    /// it did, so what it reads from the context (the live region that
    /// `announce` speaks in) is still there after the wait.
    pub fn send<T: 'static>(self, request: impl Future<Output = T> + 'static, then: impl FnOnce(T) + 'static) {
        let number = self.latest.get_value().wrapping_add(1);
        self.latest.set_value(number);
        self.pending.set(true);
        let owner = Owner::current();
        leptos::task::spawn_local(async move {
            let answer = request.await;
            // A later request was sent, or the page has gone.
            if self.latest.try_get_value() != Some(number) {
                return;
            }
            self.pending.set(false);
            match owner {
                Some(owner) => owner.with(|| then(answer)),
                None => then(answer),
            }
        });
    }
}

impl Default for FormRequest {
    fn default() -> Self {
        FormRequest::new()
    }
}
