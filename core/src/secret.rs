//! Secret values: keys and PINs. They zeroize on drop, never print themselves, and
//! never leave the core except as the PIN the user typed going in.

use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// Length in bytes of every symmetric key the core handles.
pub const KEY_LEN: usize = 32;

/// A 256-bit symmetric key (database key, key-encryption key, platform secret).
///
/// The bytes live on the heap and never move: moving a `SecretKey` copies a pointer, so no
/// stale copy of the key is left in a stack frame (a memory scan after quick exit checks).
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(Box<[u8; KEY_LEN]>);

impl Zeroize for SecretKey {
    fn zeroize(&mut self) {
        self.0.as_mut_slice().zeroize();
    }
}

impl Drop for SecretKey {
    fn drop(&mut self) {
        self.zeroize();
    }
}

impl ZeroizeOnDrop for SecretKey {}

impl SecretKey {
    /// All zeros, to be filled in place (by a KDF, say).
    pub(crate) fn zeroed() -> Self {
        SecretKey(Box::new([0; KEY_LEN]))
    }

    /// A fresh key from the operating system's CSPRNG.
    pub fn random() -> Self {
        let mut key = Self::zeroed();
        fill_random(key.0.as_mut_slice());
        key
    }

    /// Copies `bytes` into a key; `None` unless exactly [`KEY_LEN`] bytes.
    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        if bytes.len() != KEY_LEN {
            return None;
        }
        let mut key = Self::zeroed();
        key.0.copy_from_slice(bytes);
        Some(key)
    }

    pub(crate) fn expose(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    pub(crate) fn expose_mut(&mut self) -> &mut [u8; KEY_LEN] {
        &mut self.0
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

/// Longest PIN made only of digits.
pub const PIN_MAX_DIGITS: usize = 12;
/// Shortest PIN made only of digits.
pub const PIN_MIN_DIGITS: usize = 4;
/// Shortest passphrase (anything that is not all digits).
pub const PASSPHRASE_MIN_CHARS: usize = 8;
/// Longest passphrase, in characters.
pub const PASSPHRASE_MAX_CHARS: usize = 128;

/// Why a PIN was refused. Carries no part of the PIN itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PinRejection {
    #[error("a PIN needs at least {PIN_MIN_DIGITS} digits")]
    TooFewDigits,
    #[error("a PIN has at most {PIN_MAX_DIGITS} digits")]
    TooManyDigits,
    #[error("a passphrase needs at least {PASSPHRASE_MIN_CHARS} characters")]
    PassphraseTooShort,
    #[error("a passphrase has at most {PASSPHRASE_MAX_CHARS} characters")]
    PassphraseTooLong,
    #[error("a PIN cannot contain control characters")]
    ControlCharacter,
}

/// A validated PIN or passphrase: 4–12 ASCII digits, or 8–128 characters that are
/// not all digits. The text is wiped from memory when dropped.
pub struct Pin(Zeroizing<String>);

impl Pin {
    /// Takes ownership of `text` so that the only copy we hold is wiped on drop.
    pub fn new(text: String) -> Result<Self, PinRejection> {
        let text = Zeroizing::new(text);
        let chars = text.chars().count();
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            if chars < PIN_MIN_DIGITS {
                return Err(PinRejection::TooFewDigits);
            }
            if chars > PIN_MAX_DIGITS {
                return Err(PinRejection::TooManyDigits);
            }
        } else {
            if text.chars().any(char::is_control) {
                return Err(PinRejection::ControlCharacter);
            }
            if text.bytes().all(|b| b.is_ascii_digit()) {
                // Empty string.
                return Err(PinRejection::TooFewDigits);
            }
            if chars < PASSPHRASE_MIN_CHARS {
                return Err(PinRejection::PassphraseTooShort);
            }
            if chars > PASSPHRASE_MAX_CHARS {
                return Err(PinRejection::PassphraseTooLong);
            }
        }
        Ok(Pin(text))
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin(<redacted>)")
    }
}

/// Overwrites the stack below the caller with zeros. Called after work that handled a key or
/// a PIN (unlocking, sealing slots, SQLCipher's page crypto): the frames of the functions it
/// called are gone but their bytes are not, and a copy of a key in a dead frame is as good as
/// the key to anyone reading the process's memory.
#[inline(never)]
pub fn burn_stack<const N: usize>() {
    // `black_box` may read the whole array, so the zeros must really be written, and with one
    // memset: `zeroize`'s byte-by-byte volatile stores made every SQLCipher page operation
    // measurably slower.
    let area = [0u8; N];
    std::hint::black_box(&area);
}

/// How much stack [`burn_stack`] clears after the KDF and vault work (generous: debug builds
/// use far more stack than release builds).
pub const BURN_AFTER_VAULT: usize = 256 * 1024;

/// Fills `buf` from the operating system's CSPRNG.
///
/// Without randomness no key can be made safely, and the OS source does not fail on
/// any platform we ship to, so failure is treated as a bug rather than an error value.
pub fn fill_random(buf: &mut [u8]) {
    getrandom::fill(buf).expect("the operating system's random source failed");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_and_passphrases_are_validated() {
        assert!(Pin::new("1234".into()).is_ok());
        assert!(Pin::new("123456789012".into()).is_ok());
        assert_eq!(Pin::new("123".into()).unwrap_err(), PinRejection::TooFewDigits);
        assert_eq!(Pin::new("".into()).unwrap_err(), PinRejection::TooFewDigits);
        assert_eq!(Pin::new("1234567890123".into()).unwrap_err(), PinRejection::TooManyDigits);
        assert!(Pin::new("correct horse".into()).is_ok());
        assert!(Pin::new("ሰላም ለኩሉ ሰብ".into()).is_ok());
        assert_eq!(Pin::new("abc123".into()).unwrap_err(), PinRejection::PassphraseTooShort);
        assert_eq!(Pin::new("x".repeat(129)).unwrap_err(), PinRejection::PassphraseTooLong);
        assert_eq!(Pin::new("abc\n12345678".into()).unwrap_err(), PinRejection::ControlCharacter);
    }

    #[test]
    fn secrets_do_not_print() {
        let key = SecretKey::from_slice(&[0xAB; KEY_LEN]).unwrap();
        let pin = Pin::new("98765432".into()).unwrap();
        let shown = format!("{key:?} {pin:?}");
        assert!(!shown.contains("ab") && !shown.contains("AB") && !shown.contains("171"));
        assert!(!shown.contains("98765432"));
    }

    #[test]
    fn random_keys_differ() {
        assert_ne!(SecretKey::random(), SecretKey::random());
    }
}
