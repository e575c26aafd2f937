//! Crash points for the tests that kill the process in the middle of a multi-step write (the
//! duress wipe). Compiled in only with the `failpoints` feature, which only the test crate
//! enables; in the app they are empty functions.

/// Aborts the process, as a power cut or a kill would, when `HARBOUR_FAILPOINT` names this
/// point.
#[cfg(feature = "failpoints")]
pub fn hit(name: &str) {
    if std::env::var("HARBOUR_FAILPOINT").as_deref() == Ok(name) {
        std::process::abort();
    }
}

#[cfg(not(feature = "failpoints"))]
#[inline(always)]
pub fn hit(_name: &str) {}

/// For the memory scan: the key of the vault last opened, XORed with [`observe::MASK`], so the
/// test can look for the key in the process's memory without ever holding the key itself.
#[cfg(feature = "failpoints")]
pub mod observe {
    use std::sync::Mutex;

    pub const MASK: [u8; 32] = [0xA5; 32];
    static MASKED_KEY: Mutex<Option<[u8; 32]>> = Mutex::new(None);

    pub fn record_key(key: &[u8; 32]) {
        let masked = std::array::from_fn(|i| key[i] ^ MASK[i]);
        *MASKED_KEY.lock().unwrap_or_else(|e| e.into_inner()) = Some(masked);
    }

    pub fn masked_key() -> Option<[u8; 32]> {
        *MASKED_KEY.lock().unwrap_or_else(|e| e.into_inner())
    }
}
