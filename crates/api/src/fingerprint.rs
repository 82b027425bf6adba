//! Fingerprints of bytes: stable ETags (the same bytes give the same tag
//! on every server instance, so caches work behind a load balancer), and
//! SHA-256 digests for what is compared but must not be stored as given.

use sha2::{Digest, Sha256};

/// 64-bit FNV-1a, quoted as a strong ETag.
pub fn etag(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("\"{hash:016x}\"")
}

/// Whether a request's `If-None-Match` names `tag` (or any tag, `*`):
/// then the client's copy is current.
pub fn is_current(if_none_match: Option<&axum::http::HeaderValue>, tag: &str) -> bool {
    if_none_match
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|t| t.trim() == tag || t.trim() == "*"))
}

/// The SHA-256 digest of `bytes`, in hexadecimal.
pub fn sha256(bytes: impl AsRef<[u8]>) -> String {
    hex(&Sha256::digest(bytes))
}

/// Whether a secret given equals the one expected, in a time that says
/// nothing of where they differ, nor of the expected one's length.
pub fn same(given: &str, expected: &str) -> bool {
    let (a, b) = (sha256(given), sha256(expected));
    a.bytes().zip(b.bytes()).fold(0, |diff, (x, y)| diff | (x ^ y)) == 0
}

/// Bytes as lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn compares_whole_secrets() {
        assert!(super::same("secret", "secret"));
        assert!(!super::same("secret", "secreT"));
        assert!(!super::same("secret", "secret2"));
        assert!(!super::same("", "secret"));
    }

    #[test]
    fn differs_with_content_and_is_stable() {
        assert_eq!(super::etag(b"abc"), super::etag(b"abc"));
        assert_ne!(super::etag(b"abc"), super::etag(b"abd"));
        assert_eq!(super::etag(b""), "\"cbf29ce484222325\"");
    }

    #[test]
    fn a_copy_is_current_when_its_tag_is_named() {
        let header = |v: &'static str| axum::http::HeaderValue::from_static(v);
        assert!(super::is_current(Some(&header("\"a\", \"b\"")), "\"b\""));
        assert!(super::is_current(Some(&header("*")), "\"b\""));
        assert!(!super::is_current(Some(&header("\"a\"")), "\"b\""));
        assert!(!super::is_current(None, "\"b\""));
    }

    #[test]
    fn digests_in_hexadecimal() {
        assert_eq!(super::hex(&[0, 15, 255]), "000fff");
        assert_eq!(
            super::sha256("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
