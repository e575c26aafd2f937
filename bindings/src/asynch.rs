//! `async` versions of the calls that take long — the KDF (set-up, unlock, PIN changes),
//! imports, exports, a full verify — for Kotlin `suspend` functions, Swift `async` and Python
//! `asyncio`. Each runs its synchronous twin on a thread of its own.

use std::sync::Arc;

use crate::app::{HarbourApp, KdfSettings, VaultOptions};
use crate::blocking::off_thread;
use crate::content::{PackSummary, ProgressListener};
use crate::error::HarbourError;
use crate::journal::{ExportResult, ExportTarget, JournalCheck};

#[uniffi::export]
impl HarbourApp {
    pub async fn setup_async(self: Arc<Self>, pin: String, options: VaultOptions) -> Result<(), HarbourError> {
        off_thread(move || self.setup(pin, options)).await
    }

    pub async fn unlock_async(self: Arc<Self>, pin: String) -> Result<(), HarbourError> {
        off_thread(move || self.unlock(pin)).await
    }

    pub async fn change_pin_async(self: Arc<Self>, old_pin: String, new_pin: String) -> Result<(), HarbourError> {
        off_thread(move || self.change_pin(old_pin, new_pin)).await
    }

    pub async fn set_decoy_pin_async(self: Arc<Self>, pin: String, seed: bool) -> Result<(), HarbourError> {
        off_thread(move || self.set_decoy_pin(pin, seed)).await
    }

    pub async fn set_duress_pin_async(self: Arc<Self>, pin: String) -> Result<(), HarbourError> {
        off_thread(move || self.set_duress_pin(pin)).await
    }

    pub async fn import_pack_async(
        self: Arc<Self>,
        path: String,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<PackSummary, HarbourError> {
        off_thread(move || self.import_pack(path, progress)).await
    }

    pub async fn journal_verify_async(self: Arc<Self>) -> Result<JournalCheck, HarbourError> {
        off_thread(move || self.journal_verify()).await
    }

    pub async fn journal_export_async(
        self: Arc<Self>,
        path: String,
        target: ExportTarget,
        locales: Vec<String>,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<ExportResult, HarbourError> {
        off_thread(move || self.journal_export(path, target, locales, progress)).await
    }

    pub async fn journal_import_async(
        self: Arc<Self>,
        path: String,
        passphrase: String,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<JournalCheck, HarbourError> {
        off_thread(move || self.journal_import(path, passphrase, progress)).await
    }
}

/// Measures this device for the KDF without blocking the caller.
#[uniffi::export]
pub async fn calibrate_kdf_async(target_ms: u32) -> KdfSettings {
    off_thread(move || crate::app::calibrate_kdf(target_ms)).await
}

/// For the binding tests: panics inside an exported call, to show that a Rust panic reaches
/// the foreign side as an exception, never a crash. Built only with the `test-panic` feature.
/// It is fallible like every call that does real work: Swift surfaces a panic as a thrown
/// error only from a throwing function.
#[cfg(feature = "test-panic")]
#[uniffi::export]
pub fn debug_panic(message: String) -> Result<String, HarbourError> {
    panic!("{message}")
}

#[cfg(feature = "test-panic")]
#[uniffi::export]
pub async fn debug_panic_async(message: String) -> Result<String, HarbourError> {
    off_thread(move || -> Result<String, HarbourError> { panic!("{message}") }).await
}
