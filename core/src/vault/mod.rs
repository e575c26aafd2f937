//! The PIN vault: PIN → Argon2id (+ optional platform secret) → key-encryption key →
//! XChaCha20-Poly1305 slot → random database key → SQLCipher.
//!
//! Files in the data directory:
//! - `vault.hdr`: the [`header`] (parameters, salt, four equal slots);
//! - `attempts`: the failed-attempt counter ([`attempts`]);
//! - `vault-N.db` (+ `-wal`, `-shm`): the SQLCipher database a slot points to.
//!
//! Changing a PIN re-seals one slot; the database is never re-encrypted.

pub mod attempts;
pub mod header;
pub mod kdf;
pub mod keystore;
pub mod shred;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use rusqlite::OptionalExtension;
use zeroize::Zeroizing;

pub use attempts::{AttemptRecord, delay_after};
pub use header::{HEADER_LEN, SLOT_COUNT, ShredTarget, SlotKind};
pub use kdf::{KdfParams, calibrate};
pub use keystore::{KeyStore, KeyStoreError, MemoryKeyStore};

use crate::fsutil;
use crate::secret::{Pin, SecretKey};
use crate::store::{Keying, Store, StoreError, StoreOptions, schemas};
use attempts::Attempts;
use header::{Header, HeaderCorrupt, SlotPayload};

const HEADER_FILE: &str = "vault.hdr";
/// Vault files always on disk: the primary journal and the decoy (or random filler of the
/// same size), so their presence says nothing.
pub const VAULT_FILES: u8 = 2;
const PRIMARY_VAULT: u8 = 0;
const DECOY_VAULT: u8 = 1;
// Where the primary vault remembers its other slots (its own settings table).
const SETTING_DECOY_SLOT: &str = "slot.decoy";
const SETTING_DURESS_SLOT: &str = "slot.duress";
const SETTING_DECOY_KEY: &str = "decoy.key";

/// What can go wrong in the vault. No variant carries a PIN, a key or a path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    #[error("no vault has been set up yet")]
    NotSetUp,
    #[error("a vault is already set up")]
    AlreadySetUp,
    /// The attempt was made and failed; `retry_after` is the delay now in force.
    #[error("wrong PIN")]
    WrongPin { retry_after: Duration },
    /// Refused without trying: a delay from earlier failures is still running.
    #[error("too many attempts; try again later")]
    RetryLater { retry_after: Duration },
    #[error("invalid PIN: {0}")]
    InvalidPin(#[from] crate::secret::PinRejection),
    #[error("that PIN is already in use")]
    PinInUse,
    #[error("KDF parameters outside the allowed range")]
    KdfParamsOutOfRange,
    #[error("the vault header is damaged")]
    HeaderCorrupt,
    #[error("the device keystore does not have the vault's secret")]
    PlatformSecretMissing,
    /// Only the primary PIN may set up or change the second and emergency PINs.
    #[error("only the main PIN can do this")]
    NotPrimary,
    /// An emergency (duress) PIN opens the second (decoy) journal, so that comes first.
    #[error("set a second PIN first")]
    DecoyRequired,
    #[error("all PIN slots are in use")]
    NoFreeSlot,
    #[error(transparent)]
    Keystore(#[from] KeyStoreError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<std::io::Error> for VaultError {
    fn from(err: std::io::Error) -> Self {
        VaultError::Store(err.into())
    }
}

impl From<HeaderCorrupt> for VaultError {
    fn from(_: HeaderCorrupt) -> Self {
        VaultError::HeaderCorrupt
    }
}

/// Choices made once, when the vault is created.
#[derive(Debug, Clone, Copy)]
pub struct SetupOptions {
    pub kdf: KdfParams,
    /// Mix a secret held by the platform keystore into the KDF.
    pub platform_secret: bool,
}

/// Where the counter stands, for the shell to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttemptStatus {
    pub failures: u32,
    pub retry_after: Duration,
}

/// The vault files of one data directory.
pub struct Vault {
    dir: PathBuf,
    keystore: Arc<dyn KeyStore>,
    attempts: Attempts,
}

/// An unlocked vault: its open database. Dropping it closes the database, and SQLCipher
/// wipes its copy of the key.
#[derive(Debug)]
pub struct UnlockedVault {
    pub store: Store,
    pub kind: SlotKind,
    /// The header slot that opened it, and the vault file it is.
    pub slot: usize,
    pub vault: u8,
    /// How long the key derivation took, so the rest of unlocking can be measured apart.
    pub kdf_time: Duration,
}

impl Vault {
    /// `dir` is created (owner-only) if missing. Nothing else is written until set-up.
    pub fn new(dir: &Path, keystore: Arc<dyn KeyStore>) -> Result<Vault, VaultError> {
        create_private_dir(dir)?;
        let vault = Vault { dir: dir.to_owned(), keystore, attempts: Attempts::new(dir) };
        // A wipe a crash interrupted is finished before anything can open the files.
        vault.finish_pending_wipe()?;
        Ok(vault)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn header_path(&self) -> PathBuf {
        self.dir.join(HEADER_FILE)
    }

    pub fn database_path(&self, index: u8) -> PathBuf {
        self.dir.join(format!("vault-{index}.db"))
    }

    pub fn is_set_up(&self) -> Result<bool, VaultError> {
        Ok(self.header_path().try_exists()?)
    }

    /// Creates the vault with `pin` as its primary PIN and returns it unlocked.
    ///
    /// Without a header no key to any vault file was ever saved, so leftovers of an
    /// interrupted set-up are unreadable by anyone and are replaced. The header is written
    /// last: until it exists, the vault does not.
    pub fn setup(&self, pin: &Pin, options: SetupOptions) -> Result<UnlockedVault, VaultError> {
        burning(|| self.setup_inner(pin, options))
    }

    fn setup_inner(&self, pin: &Pin, options: SetupOptions) -> Result<UnlockedVault, VaultError> {
        if self.is_set_up()? {
            return Err(VaultError::AlreadySetUp);
        }
        if !options.kdf.is_within_bounds() {
            return Err(VaultError::KdfParamsOutOfRange);
        }
        let platform_secret = if options.platform_secret {
            let secret = SecretKey::random();
            self.keystore.store(keystore::names::VAULT_PEPPER, secret.expose())?;
            Some(secret)
        } else {
            None
        };
        let vault_index = PRIMARY_VAULT;
        let db_path = self.database_path(vault_index);
        shred::write_filler(&self.database_path(DECOY_VAULT), shred::fresh_vault_size())?;
        fsutil::remove_if_exists(&db_path)?;
        let db_key = SecretKey::random();
        let store = Store::create(&db_path, Keying::Encrypted(&db_key), StoreOptions::VAULT, &schemas::VAULT)?;

        let mut header = Header::new(options.kdf, options.platform_secret);
        let started = Instant::now();
        let kek = kdf::derive_kek(pin.as_bytes(), header.salt(), options.kdf, platform_secret.as_ref());
        let kdf_time = started.elapsed();
        header.seal(0, &kek, &SlotPayload { kind: SlotKind::Primary, vault: vault_index, db_key, shred: None });
        fsutil::write_atomic(&self.header_path(), header.as_bytes())?;
        self.attempts.write(AttemptRecord::default())?;
        Ok(UnlockedVault { store, kind: SlotKind::Primary, slot: 0, vault: vault_index, kdf_time })
    }

    /// One KDF run, every slot tried, then the matching vault file opened.
    pub fn unlock(&self, pin: &Pin) -> Result<UnlockedVault, VaultError> {
        self.unlock_at(pin, SystemTime::now())
    }

    pub fn unlock_at(&self, pin: &Pin, now: SystemTime) -> Result<UnlockedVault, VaultError> {
        burning(|| self.unlock_at_inner(pin, now))
    }

    fn unlock_at_inner(&self, pin: &Pin, now: SystemTime) -> Result<UnlockedVault, VaultError> {
        let header = self.read_header()?;
        let (slot, payload, kdf_time) = self.try_pin(&header, pin, now)?;
        // Duress: the real vault is destroyed before anything else happens.
        if let Some(target) = payload.shred {
            self.shred(target)?;
        }
        #[cfg(feature = "failpoints")]
        crate::failpoint::observe::record_key(payload.db_key.expose());
        let store = Store::open(
            &self.database_path(payload.vault),
            Keying::Encrypted(&payload.db_key),
            StoreOptions::VAULT,
            &schemas::VAULT,
        )?;
        Ok(UnlockedVault { store, kind: payload.kind, slot, vault: payload.vault, kdf_time })
    }

    /// Re-seals the slot `old` opens under `new`. The database file is not touched.
    pub fn change_pin(&self, old: &Pin, new: &Pin) -> Result<(), VaultError> {
        self.change_pin_at(old, new, SystemTime::now())
    }

    pub fn change_pin_at(&self, old: &Pin, new: &Pin, now: SystemTime) -> Result<(), VaultError> {
        burning(|| self.change_pin_at_inner(old, new, now))
    }

    fn change_pin_at_inner(&self, old: &Pin, new: &Pin, now: SystemTime) -> Result<(), VaultError> {
        let mut header = self.read_header()?;
        let (index, payload, _) = self.try_pin(&header, old, now)?;
        let platform_secret = self.platform_secret(&header)?;
        let new_kek = kdf::derive_kek(new.as_bytes(), header.salt(), header.params(), platform_secret.as_ref());
        // One derivation answers for every slot: refuse a PIN another slot already takes.
        if header.matching_slots(&new_kek).iter().any(|&i| i != index) {
            return Err(VaultError::PinInUse);
        }
        header.seal(index, &new_kek, &payload);
        fsutil::write_atomic(&self.header_path(), header.as_bytes())?;
        Ok(())
    }

    /// Sets (or changes) the second PIN, which opens a separate decoy journal. `seed` fills a
    /// new decoy journal with everyday entries so it looks used. Only the primary PIN's
    /// session may do this; the primary vault remembers which slot and key the decoy uses.
    pub fn set_decoy(
        &self,
        primary: &UnlockedVault,
        pin: &Pin,
        seed: &mut dyn FnMut(&mut Store) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        burning(|| self.set_decoy_inner(primary, pin, seed))
    }

    fn set_decoy_inner(
        &self,
        primary: &UnlockedVault,
        pin: &Pin,
        seed: &mut dyn FnMut(&mut Store) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        let (mut header, kek, slot) = self.claim_slot(primary, pin, SETTING_DECOY_SLOT)?;
        let db_key = match setting_key(&primary.store, SETTING_DECOY_KEY)? {
            Some(key) => key,
            None => {
                let key = SecretKey::random();
                let path = self.database_path(DECOY_VAULT);
                fsutil::remove_if_exists(&path)?;
                let mut store = Store::create(&path, Keying::Encrypted(&key), StoreOptions::VAULT, &schemas::VAULT)?;
                seed(&mut store)?;
                store.checkpoint()?;
                put_setting(&primary.store, SETTING_DECOY_KEY, &zeroize::Zeroizing::new(hex::encode(key.expose())))?;
                key
            }
        };
        header.seal(slot, &kek, &SlotPayload { kind: SlotKind::Decoy, vault: DECOY_VAULT, db_key, shred: None });
        fsutil::write_atomic(&self.header_path(), header.as_bytes())?;
        put_setting(&primary.store, SETTING_DECOY_SLOT, &slot.to_string())
    }

    /// For a second or emergency PIN: the header, the new PIN's KEK, and the slot it goes in
    /// (the one `slot_setting` names, else a free one). Refused if the PIN already opens
    /// another slot.
    fn claim_slot(
        &self,
        primary: &UnlockedVault,
        pin: &Pin,
        slot_setting: &str,
    ) -> Result<(Header, SecretKey, usize), VaultError> {
        if primary.kind != SlotKind::Primary {
            return Err(VaultError::NotPrimary);
        }
        let header = self.read_header()?;
        let kek = self.derive(&header, pin)?;
        let slot = match setting(&primary.store, slot_setting)? {
            Some(slot) => slot,
            None => free_slot(primary)?,
        };
        if header.matching_slots(&kek).iter().any(|&i| i != slot) {
            return Err(VaultError::PinInUse);
        }
        Ok((header, kek, slot))
    }

    /// Sets (or changes) the emergency PIN: it destroys the primary vault — slot and file —
    /// and then opens the decoy journal as if it were the second PIN.
    pub fn set_duress(&self, primary: &UnlockedVault, pin: &Pin) -> Result<(), VaultError> {
        burning(|| self.set_duress_inner(primary, pin))
    }

    fn set_duress_inner(&self, primary: &UnlockedVault, pin: &Pin) -> Result<(), VaultError> {
        if primary.kind != SlotKind::Primary {
            return Err(VaultError::NotPrimary);
        }
        let decoy_key = setting_key(&primary.store, SETTING_DECOY_KEY)?.ok_or(VaultError::DecoyRequired)?;
        let (mut header, kek, slot) = self.claim_slot(primary, pin, SETTING_DURESS_SLOT)?;
        let target = ShredTarget { slot: primary.slot as u8, vault: primary.vault };
        header.seal(
            slot,
            &kek,
            &SlotPayload { kind: SlotKind::Duress, vault: DECOY_VAULT, db_key: decoy_key, shred: Some(target) },
        );
        fsutil::write_atomic(&self.header_path(), header.as_bytes())?;
        put_setting(&primary.store, SETTING_DURESS_SLOT, &slot.to_string())
    }

    /// Wipe every vault after this many failed attempts in a row (`None`: never, the default).
    pub fn set_wipe_after(&self, failures: Option<u32>) -> Result<(), VaultError> {
        Ok(self.attempts.set_wipe_after(failures.unwrap_or(0))?)
    }

    pub fn wipe_after(&self) -> Result<Option<u32>, VaultError> {
        Ok(Some(self.attempts.read()?.wipe_after).filter(|&n| n > 0))
    }

    /// Destroys every slot and every vault file. The header stays (every PIN then fails like a
    /// wrong one); a reset removes it.
    pub fn wipe_all(&self) -> Result<(), VaultError> {
        for slot in 0..SLOT_COUNT as u8 {
            self.shred(ShredTarget { slot, vault: slot.min(VAULT_FILES - 1) })?;
        }
        Ok(())
    }

    /// Removes every trace of the vault: files shredded first, then the header, the counter
    /// and the platform secret. Afterwards the directory is as before set-up.
    pub fn remove(&self) -> Result<(), VaultError> {
        if self.is_set_up()? {
            self.wipe_all()?;
        }
        for index in 0..VAULT_FILES {
            let path = self.database_path(index);
            fsutil::remove_if_exists(&path)?;
            for sidecar in crate::store::sidecar_paths(&path) {
                fsutil::remove_if_exists(&sidecar)?;
            }
        }
        fsutil::remove_if_exists(&self.header_path())?;
        fsutil::remove_if_exists(self.attempts.path())?;
        fsutil::sync_dir(&self.header_path())?;
        self.keystore.delete(keystore::names::VAULT_PEPPER)?;
        Ok(())
    }

    pub fn attempt_status(&self, now: SystemTime) -> Result<AttemptStatus, VaultError> {
        let record = self.attempts.read()?;
        Ok(AttemptStatus { failures: record.failures, retry_after: record.wait_at(now) })
    }

    /// The parameters this vault's PINs are derived with.
    pub fn kdf_params(&self) -> Result<KdfParams, VaultError> {
        Ok(self.read_header()?.params())
    }

    fn read_header(&self) -> Result<Header, VaultError> {
        let bytes = fsutil::read_optional(&self.header_path())?.ok_or(VaultError::NotSetUp)?;
        let bytes = Zeroizing::new(bytes);
        Ok(Header::parse(&bytes)?)
    }

    fn derive(&self, header: &Header, pin: &Pin) -> Result<SecretKey, VaultError> {
        let platform_secret = self.platform_secret(header)?;
        Ok(kdf::derive_kek(pin.as_bytes(), header.salt(), header.params(), platform_secret.as_ref()))
    }

    fn platform_secret(&self, header: &Header) -> Result<Option<SecretKey>, VaultError> {
        if !header.uses_platform_secret() {
            return Ok(None);
        }
        let bytes = self.keystore.load(keystore::names::VAULT_PEPPER)?.ok_or(VaultError::PlatformSecretMissing)?;
        SecretKey::from_slice(&bytes).map(Some).ok_or(VaultError::PlatformSecretMissing)
    }

    /// Counts the attempt, derives once, tries every slot. Returns the slot, its contents
    /// and the time the derivation took.
    fn try_pin(
        &self,
        header: &Header,
        pin: &Pin,
        now: SystemTime,
    ) -> Result<(usize, SlotPayload, Duration), VaultError> {
        let counted = match self.attempts.begin(now)? {
            Ok(record) => record,
            Err(wait) => return Err(VaultError::RetryLater { retry_after: wait }),
        };
        let platform_secret = self.platform_secret(header)?;
        let started = Instant::now();
        let kek = kdf::derive_kek(pin.as_bytes(), header.salt(), header.params(), platform_secret.as_ref());
        let kdf_time = started.elapsed();
        match header.open(&kek) {
            Some((index, payload)) => {
                self.attempts.succeeded()?;
                Ok((index, payload, kdf_time))
            }
            None => {
                if counted.wipe_after > 0 && counted.failures >= counted.wipe_after {
                    // The person chose this: after N failures nothing is left to guess at.
                    self.wipe_all()?;
                }
                Err(VaultError::WrongPin { retry_after: delay_after(counted.failures) })
            }
        }
    }
}

fn setting(store: &Store, key: &str) -> Result<Option<usize>, VaultError> {
    let value: Option<String> = store
        .conn()
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
        .optional()
        .map_err(StoreError::from)?;
    Ok(value.and_then(|v| v.parse().ok()).filter(|&i: &usize| i < SLOT_COUNT))
}

fn setting_key(store: &Store, key: &str) -> Result<Option<SecretKey>, VaultError> {
    let value: Option<Zeroizing<String>> = store
        .conn()
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0).map(Zeroizing::new))
        .optional()
        .map_err(StoreError::from)?;
    let bytes = value.map(|v| Zeroizing::new(hex::decode(v.as_str()).unwrap_or_default()));
    Ok(bytes.and_then(|b| SecretKey::from_slice(&b)))
}

fn put_setting(store: &Store, key: &str, value: &str) -> Result<(), VaultError> {
    store
        .conn()
        .execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
        .map_err(StoreError::from)?;
    Ok(())
}

/// A slot the primary vault has not given out.
fn free_slot(primary: &UnlockedVault) -> Result<usize, VaultError> {
    let taken = [
        Some(primary.slot),
        setting(&primary.store, SETTING_DECOY_SLOT)?,
        setting(&primary.store, SETTING_DURESS_SLOT)?,
    ];
    (0..SLOT_COUNT).find(|i| !taken.contains(&Some(*i))).ok_or(VaultError::NoFreeSlot)
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

#[cfg(test)]
mod tests;

/// Runs `f`, then clears the stack its callees used: the KDF, the slot crypto and SQLCipher's
/// keying all leave key material in dead stack frames.
fn burning<T>(f: impl FnOnce() -> T) -> T {
    let result = f();
    crate::secret::burn_stack::<{ crate::secret::BURN_AFTER_VAULT }>();
    result
}
