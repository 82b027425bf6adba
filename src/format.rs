//! How values read in each language: money, dates, channels.

use ventanilla_core::api::{Channel, Cost};
use ventanilla_core::lang::Lang;

use crate::i18n::{I18n, format as message};

/// `$1,740 MXN` in both languages (Mexico writes pesos this way in Spanish and English).
pub fn pesos(amount: f64) -> String {
    let whole = amount.trunc() as u64;
    let cents = ((amount - amount.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if cents > 0 {
        format!("${grouped}.{cents:02} MXN")
    } else {
        format!("${grouped} MXN")
    }
}

/// A cost in words: "Gratuito", or the amount and how it is computed.
pub fn cost(i18n: I18n, cost: &Cost) -> String {
    match cost {
        Cost::Free => i18n.t("cost-free"),
        Cost::Fixed { amount_mxn, detail } if detail.is_empty() => pesos(*amount_mxn),
        Cost::Fixed { amount_mxn, detail } => format!("{}. {detail}", pesos(*amount_mxn)),
        Cost::Variable { detail } => detail.clone(),
    }
}

pub fn channel(lang: Lang, channel: Channel) -> String {
    let key = match channel {
        Channel::Online => "channel-online",
        Channel::InPerson => "channel-in-person",
        Channel::Phone => "channel-phone",
    };
    message(lang, key, None)
}

/// An ISO date (`2026-10-15`) as people read it: "15 de octubre de 2026", "15 October 2026".
pub fn date(lang: Lang, iso: &str) -> String {
    let mut parts = iso.split('-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(year)), Some(Some(month)), Some(Some(day))) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    let month = message(lang, &format!("month-{month}"), None);
    match lang {
        Lang::Es => format!("{day} de {month} de {year}"),
        Lang::En => format!("{day} {month} {year}"),
    }
}

/// An RFC 3339 timestamp as a date and time in Mexico City: "28 de
/// noviembre de 2026, 14:05".
pub fn moment(lang: Lang, rfc3339: &str) -> String {
    let ms = js_sys::Date::new(&rfc3339.into()).get_time();
    if ms.is_nan() {
        return rfc3339.to_owned();
    }
    let time = crate::clock::at_ms(ms);
    format!(
        "{}, {:02}:{:02}",
        date(lang, &time.day.iso()),
        time.minute / 60,
        time.minute % 60
    )
}

#[cfg(test)]
mod tests {
    use super::pesos;

    #[test]
    fn writes_pesos_with_thousands_and_cents() {
        assert_eq!(pesos(1740.0), "$1,740 MXN");
        assert_eq!(pesos(4015.5), "$4,015.50 MXN");
        assert_eq!(pesos(350.0), "$350 MXN");
        assert_eq!(pesos(1_234_567.0), "$1,234,567 MXN");
    }
}
