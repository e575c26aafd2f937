//! The app object a shell holds for its whole life.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use harbour_core::app::{AppOptions, Harbour};
use harbour_core::content::Publisher;
use harbour_core::secret::Pin;
use harbour_core::vault::{self, KdfParams, SetupOptions};

use crate::error::{HarbourError, invalid};
use crate::keystore::{KeystoreAdapter, PlatformKeystore};
use harbour_core::input::{Field, Problem};

/// What the shell shows before anything is unlocked.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AppStatus {
    pub set_up: bool,
    pub unlocked: bool,
    pub failed_attempts: u32,
    /// 0 when an attempt may be made now.
    pub retry_after_secs: u64,
}

/// Argon2id cost (one lane).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct KdfSettings {
    pub memory_kib: u32,
    pub passes: u32,
}

impl From<KdfParams> for KdfSettings {
    fn from(p: KdfParams) -> Self {
        KdfSettings { memory_kib: p.m_kib, passes: p.t }
    }
}

impl From<KdfSettings> for KdfParams {
    fn from(s: KdfSettings) -> Self {
        KdfParams { m_kib: s.memory_kib, t: s.passes, p: 1 }
    }
}

/// Choices made once, when the vault is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct VaultOptions {
    /// From [`calibrate_kdf`] on this device.
    pub kdf: KdfSettings,
    /// Bind the vault to this device's keystore: a copy of the files alone cannot be
    /// brute-forced. Recommended on phones.
    pub use_platform_secret: bool,
}

/// Measures this device and returns Argon2id settings that take about `target_ms`
/// (never below 19 MiB × 2 passes, never above 64 MiB). Slow: call it off the UI thread.
#[uniffi::export]
pub fn calibrate_kdf(target_ms: u32) -> KdfSettings {
    vault::calibrate(Duration::from_millis(target_ms.into())).into()
}

/// Checks a PIN or passphrase against the rules (4–12 digits, or 8–128 characters)
/// without storing it, so set-up screens can say what is wrong before the slow part.
#[uniffi::export]
pub fn check_pin(pin: String) -> Result<(), HarbourError> {
    Pin::new(pin).map(drop).map_err(HarbourError::from)
}

#[derive(uniffi::Object)]
pub struct HarbourApp {
    core: Arc<Harbour>,
    disguise: std::sync::OnceLock<Arc<crate::disguise::Disguise>>,
}

/// A publisher whose packs this app accepts.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PublisherKey {
    pub name: String,
    /// Hex Ed25519 public key (from `harbour-pack keygen`).
    pub key_hex: String,
}

impl HarbourApp {
    pub(crate) fn core(&self) -> &Harbour {
        &self.core
    }

    pub(crate) fn core_arc(&self) -> Arc<Harbour> {
        self.core.clone()
    }

    pub(crate) fn disguise_cell(&self) -> &std::sync::OnceLock<Arc<crate::disguise::Disguise>> {
        &self.disguise
    }
}

#[uniffi::export]
impl HarbourApp {
    /// Opens the app's data directory (created on first run). The content store opens at
    /// once, so help is readable before any PIN.
    #[uniffi::constructor]
    pub fn new(data_dir: String, keystore: Arc<dyn PlatformKeystore>) -> Result<Arc<Self>, HarbourError> {
        Self::with_publishers(data_dir, keystore, Vec::new())
    }

    /// Like `new`, pinning the publishers whose packs this app accepts.
    #[uniffi::constructor]
    pub fn with_publishers(
        data_dir: String,
        keystore: Arc<dyn PlatformKeystore>,
        trusted_publishers: Vec<PublisherKey>,
    ) -> Result<Arc<Self>, HarbourError> {
        let trusted = trusted_publishers
            .iter()
            .map(|p| {
                Publisher::from_hex(&p.name, &p.key_hex).ok_or_else(|| invalid(Field::Publisher, Problem::Malformed))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let options = AppOptions { trusted_publishers: trusted };
        let core = Harbour::open_with(Path::new(&data_dir), Arc::new(KeystoreAdapter(keystore)), options)?;
        Ok(Arc::new(HarbourApp { core: Arc::new(core), disguise: std::sync::OnceLock::new() }))
    }

    pub fn status(&self) -> Result<AppStatus, HarbourError> {
        let s = self.core.status()?;
        Ok(AppStatus {
            set_up: s.set_up,
            unlocked: s.unlocked,
            failed_attempts: s.failed_attempts,
            retry_after_secs: s.retry_after.as_secs() + u64::from(s.retry_after.subsec_nanos() > 0),
        })
    }

    /// Whether a journal is open now. Reads no file, unlike `status()`: safe on the main
    /// thread, where a shell decides what to draw.
    pub fn is_unlocked(&self) -> bool {
        self.core.is_unlocked()
    }

    /// Creates the vault with `pin` and leaves it unlocked. Runs the KDF.
    pub fn setup(&self, pin: String, options: VaultOptions) -> Result<(), HarbourError> {
        let pin = Pin::new(pin)?;
        let options = SetupOptions { kdf: options.kdf.into(), platform_secret: options.use_platform_secret };
        Ok(self.core.setup(&pin, options)?)
    }

    /// Runs the KDF once and tries every slot.
    pub fn unlock(&self, pin: String) -> Result<(), HarbourError> {
        let pin = Pin::new(pin)?;
        self.core.unlock(&pin)?;
        Ok(())
    }

    /// Wrong PINs typed between the journal's last two openings, as the last unlock found them:
    /// say it after unlocking (someone else may have tried).
    pub fn wrong_tries_before_open(&self) -> u32 {
        self.core.failures_before_open()
    }

    /// Locks at once, without waiting for work in flight (which then fails with `Locked`).
    pub fn lock(&self) {
        self.core.lock();
    }

    /// Re-wraps the key slot of `old_pin` under `new_pin`. Runs the KDF twice.
    pub fn change_pin(&self, old_pin: String, new_pin: String) -> Result<(), HarbourError> {
        let old = Pin::new(old_pin)?;
        let new = Pin::new(new_pin)?;
        Ok(self.core.change_pin(&old, &new)?)
    }

    /// The Argon2id settings this vault was created with.
    pub fn kdf_settings(&self) -> Result<KdfSettings, HarbourError> {
        Ok(self.core.vault().kdf_params().map_err(harbour_core::app::AppError::from)?.into())
    }
}
