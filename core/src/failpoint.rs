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
