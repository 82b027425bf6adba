//! The second factor: time-based one-time passwords (RFC 6238: HMAC-SHA1,
//! 6 digits, 30 s), as every authenticator app makes them.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use qrcode::QrCode;
use qrcode::render::svg;
use totp_rs::{Algorithm, Secret, TOTP};

const STEP: u64 = 30;
/// A code of the step before or after is also taken: phones' clocks drift.
const SKEW: u64 = 1;

/// A new key: 160 random bits, as RFC 4226 recommends.
pub fn new_secret() -> Vec<u8> {
    let mut secret = vec![0; 20];
    getrandom::fill(&mut secret).expect("the system has randomness");
    secret
}

/// The key in base32, as a person types it into an app.
pub fn base32(secret: &[u8]) -> String {
    Secret::Raw(secret.to_vec()).to_encoded().to_string()
}

/// The key as an `otpauth://` URI, which a QR code carries to the app.
pub fn otpauth_uri(secret: &[u8], email: &str) -> String {
    let issuer = "Ventanilla";
    let label = format!("{issuer}:{email}");
    let label = utf8_percent_encode(&label, NON_ALPHANUMERIC);
    format!(
        "otpauth://totp/{label}?secret={}&issuer={issuer}&algorithm=SHA1&digits=6&period={STEP}",
        base32(secret)
    )
}

/// `uri` as a QR code an app's camera reads: an SVG image in a `data:` URL,
/// black on white whatever the page's colours, with the margin scanners need.
pub fn qr_code(uri: &str) -> String {
    let code = QrCode::new(uri).expect("an otpauth URI fits in a QR code");
    let svg = code.render::<svg::Color>().quiet_zone(true).build();
    format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg))
}

/// The time step whose code `code` is, at `now` (seconds since 1970), if it
/// is one of the steps around now; the caller refuses a step already used.
pub fn matching_step(secret: &[u8], code: &str, now: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = TOTP::new_unchecked(Algorithm::SHA1, 6, 0, STEP, secret.to_vec());
    let step = now / STEP;
    (step.saturating_sub(SKEW)..=step + SKEW).find(|candidate| totp.generate(candidate * STEP) == code)
}

/// The code of `secret` at `now`: what an authenticator app shows.
#[cfg(test)]
pub fn code_at(secret: &[u8], now: u64) -> String {
    TOTP::new_unchecked(Algorithm::SHA1, 6, 0, STEP, secret.to_vec()).generate(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_s_test_vector() {
        // Appendix B, SHA-1, its 8-digit codes' last 6 digits.
        let secret = b"12345678901234567890";
        assert_eq!(code_at(secret, 59), "287082");
        assert_eq!(code_at(secret, 1_111_111_109), "081804");
        assert_eq!(
            matching_step(secret, "081 804", 1_111_111_109),
            Some(1_111_111_109 / 30)
        );
    }

    #[test]
    fn codes_of_the_steps_around_now_only() {
        let secret = new_secret();
        let now = 1_800_000_000;
        assert_eq!(
            matching_step(&secret, &code_at(&secret, now - 30), now),
            Some(now / 30 - 1)
        );
        assert_eq!(matching_step(&secret, &code_at(&secret, now - 90), now), None);
        assert_eq!(matching_step(&secret, "12345", now), None);
        assert!(
            otpauth_uri(&secret, "ana@imss.gob.mx")
                .starts_with("otpauth://totp/Ventanilla%3Aana%40imss%2Egob%2Emx?secret=")
        );
    }
}
