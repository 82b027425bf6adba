//! The clock in Mexico City time (see `ventanilla_core::clock`), the
//! browser's or, while rendering a page, the server's; and what it says of
//! offices' hours.

use std::time::Duration;

use leptos::prelude::*;
use ventanilla_core::api::DayHours;
use ventanilla_core::clock::MexicoCityTime;
use ventanilla_core::forms::Day;

/// Mexico City's time now.
pub fn now_in_mexico_city() -> MexicoCityTime {
    at_ms(now_ms())
}

/// Milliseconds since 1970 (UTC), as JavaScript counts time.
#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |since| since.as_millis() as f64)
}

/// The clock of what a page shows ("open now", today's hours): the server's
/// while it renders; in the browser the same (its reading travels in the
/// page) until the page is alive, so that hydration finds what the server
/// drew; then the browser's, minute by minute.
#[derive(Clone, Copy)]
struct PageClock {
    rendered_at: f64,
    browser: RwSignal<Option<f64>>,
}

/// Starts the page's clock, at the root.
pub fn provide_page_clock() {
    let clock = PageClock {
        rendered_at: SharedValue::new(now_ms).into_inner(),
        browser: RwSignal::new(None),
    };
    Effect::new(move || {
        clock.browser.set(Some(now_ms()));
        let tick = set_interval_with_handle(move || clock.browser.set(Some(now_ms())), Duration::from_secs(60)).ok();
        on_cleanup(move || {
            if let Some(tick) = tick {
                tick.clear();
            }
        });
    });
    provide_context(clock);
}

/// Mexico City's time by the page's clock (reactive: it moves each minute).
pub fn page_now() -> MexicoCityTime {
    let ms = use_context::<PageClock>().map_or_else(now_ms, |clock| clock.browser.get().unwrap_or(clock.rendered_at));
    at_ms(ms)
}

/// Mexico City's time `ms` after 1970 (UTC), as JavaScript counts time.
pub fn at_ms(ms: f64) -> MexicoCityTime {
    MexicoCityTime::at((ms / 1000.0).floor() as i64)
}

/// Today's date in Mexico City, for the date questions of forms.
pub fn today_in_mexico_city() -> Day {
    now_in_mexico_city().day
}

fn minutes(hhmm: &str) -> Option<u32> {
    let (h, m) = hhmm.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

/// The hours of `weekday`, if it opens that day.
pub fn hours_on(hours: &[DayHours], weekday: u8) -> Option<&DayHours> {
    hours.iter().find(|d| d.weekday == weekday)
}

/// Whether an office with `hours` is open at `time`.
pub fn is_open(hours: &[DayHours], time: MexicoCityTime) -> bool {
    let minute = time.minute;
    hours_on(hours, time.weekday).is_some_and(
        |day| matches!((minutes(&day.opens), minutes(&day.closes)), (Some(o), Some(c)) if o <= minute && minute < c),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(weekday: u8, opens: &str, closes: &str) -> DayHours {
        DayHours {
            weekday,
            opens: opens.into(),
            closes: closes.into(),
        }
    }

    #[test]
    fn open_between_opening_and_closing() {
        let hours = [day(1, "08:00", "15:00")];
        let monday = |minute| MexicoCityTime {
            day: Day::from_unix_days(0),
            weekday: 1,
            minute,
        };
        assert!(is_open(&hours, monday(8 * 60)));
        assert!(is_open(&hours, monday(14 * 60 + 59)));
        assert!(!is_open(&hours, monday(15 * 60)));
        assert!(!is_open(
            &hours,
            MexicoCityTime {
                weekday: 2,
                ..monday(10 * 60)
            }
        ));
    }
}
