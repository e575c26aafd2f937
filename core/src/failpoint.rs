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

/// For the memory scan: secrets the core handled (the database key of the journal last
/// opened, the key-encryption key, the platform secret, the second journal's key), each XORed
/// with [`observe::MASK`], so the test can look for them in the process's memory without ever
/// holding one itself. Without `failpoints` the calls are empty.
#[cfg(feature = "failpoints")]
pub mod observe {
    use std::sync::Mutex;

    pub const MASK: [u8; 32] = [0xA5; 32];
    static SEEN: Mutex<Vec<(&'static str, [u8; 32])>> = Mutex::new(Vec::new());

    /// Records `secret` under `name` (replacing an earlier one).
    pub fn record(name: &'static str, secret: &[u8; 32]) {
        let masked = std::array::from_fn(|i| secret[i] ^ MASK[i]);
        let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
        seen.retain(|(n, _)| *n != name);
        seen.push((name, masked));
    }

    /// The secret recorded under `name`, masked.
    pub fn masked(name: &str) -> Option<[u8; 32]> {
        SEEN.lock().unwrap_or_else(|e| e.into_inner()).iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
    }

    pub fn record_key(key: &[u8; 32]) {
        record(DB_KEY, key);
    }

    pub fn masked_key() -> Option<[u8; 32]> {
        masked(DB_KEY)
    }

    pub const DB_KEY: &str = "database key";
    pub const KEK: &str = "key-encryption key";
    pub const PLATFORM_SECRET: &str = "platform secret";
    pub const DECOY_KEY: &str = "second journal's key";
}

#[cfg(not(feature = "failpoints"))]
pub mod observe {
    pub const DB_KEY: &str = "";
    pub const KEK: &str = "";
    pub const PLATFORM_SECRET: &str = "";
    pub const DECOY_KEY: &str = "";

    #[inline(always)]
    pub fn record(_name: &'static str, _secret: &[u8; 32]) {}
}

/// What the small-file writes outside SQLite did, for the power-loss test, which replays them
/// to build the files a power cut would have left. Without `failpoints` nothing is recorded.
pub mod disk {
    use std::path::Path;

    /// A step that changes what survives a power cut.
    #[derive(Debug)]
    pub enum Event<'a> {
        /// The file's contents, as they are now, are on the disk.
        Synced(&'a Path),
        /// Renamed; durable once its directory is synced.
        Renamed(&'a Path, &'a Path),
        /// Renames and removals in this directory are on the disk.
        DirSynced(&'a Path),
        /// Unlinked; durable once its directory is synced.
        Removed(&'a Path),
    }

    #[cfg(feature = "failpoints")]
    type Hook = Box<dyn Fn(&Event<'_>) + Send + Sync>;

    #[cfg(feature = "failpoints")]
    static HOOK: std::sync::RwLock<Option<Hook>> = std::sync::RwLock::new(None);

    /// Installs (or, with `None`, removes) the observer of disk events.
    #[cfg(feature = "failpoints")]
    pub fn set_hook(hook: Option<Hook>) {
        *HOOK.write().unwrap_or_else(|e| e.into_inner()) = hook;
    }

    #[cfg(feature = "failpoints")]
    pub fn event(e: Event<'_>) {
        if let Some(hook) = HOOK.read().unwrap_or_else(|e| e.into_inner()).as_ref() {
            hook(&e);
        }
    }

    #[cfg(not(feature = "failpoints"))]
    #[inline(always)]
    pub fn event(_e: Event<'_>) {}
}
