//! The PIN vault: PIN → Argon2id (+ optional platform secret) → key-encryption key → per-slot
//! key (bound to a keystore secret per slot) → XChaCha20-Poly1305 slot → random database key
//! → SQLCipher.
//!
//! Files in the data directory:
//! - `vault.hdr`: the [`header`] (parameters, salt, four equal slots, checksum);
//! - `attempts` (+ `attempts.lock`): the failed-attempt counter ([`attempts`]);
//! - `vault-0.db`, `vault-1.db` (+ `-wal`, `-shm`): the main journal and the decoy journal (or
//!   random filler of a fresh vault's size); which is which is chosen at random per install
//!   and known only to the keystore;
//! - `vault.epoch`: changes when a wipe destroys a journal, so that other processes' sessions
//!   on it stop;
//! - `vault.wipe`, `vault.rekey`: written during a wipe and a PIN change, so that either
//!   finishes (or is undone) after a crash.
//!
//! The keystore holds the roles of the slots ([`roles`]), a secret per slot, the counter's
//! key and generation, and (optionally) the KDF's platform secret.
//!
//! **Who can learn what.** Someone who forced the second (decoy) PIN and read this source
//! learns from the calls a decoy session offers nothing they could not learn by typing PINs
//! at the calculator, where every try is counted and delayed: a slot's contents do not say
//! what kind of PIN opened it; a PIN change in a decoy session never asks whether the new
//! PIN opens another slot (the main session does, because its holder knows every PIN);
//! collisions are resolved at unlock by a fixed priority — main, then emergency, then second;
//! and every unlock, right, wrong, second or emergency, does the same disk work.

pub mod attempts;
pub mod clock;
pub mod header;
pub mod kdf;
pub mod keystore;
pub mod roles;
pub mod shred;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rusqlite::OptionalExtension;
use zeroize::Zeroizing;

pub use attempts::{AttemptRecord, delay_after};
pub use clock::Now;
pub use header::{HEADER_LEN, SLOT_COUNT, SlotKind};
pub use kdf::{KdfParams, calibrate};
pub use keystore::{KeyStore, KeyStoreError, MemoryKeyStore};
pub use roles::Roles;

use crate::fsutil;
use crate::secret::{Pin, SecretKey, fill_random};
use crate::store::{Keying, Store, StoreError, StoreOptions, schemas};
use attempts::{Attempts, AttemptsError};
use header::{Header, HeaderCorrupt, SlotPayload};

const HEADER_FILE: &str = "vault.hdr";
const EPOCH_FILE: &str = "vault.epoch";
const REKEY_FILE: &str = "vault.rekey";
/// Vault files always on disk: the main journal and the decoy (or random filler of the same
/// size), so their presence says nothing.
pub const VAULT_FILES: u8 = 2;
// Where the main vault remembers the decoy journal's key (its own settings table).
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
    /// The header is damaged (it does not check out): reported, never counted as a try.
    #[error("the vault header is damaged")]
    HeaderCorrupt,
    #[error("the device keystore does not have the vault's secrets")]
    PlatformSecretMissing,
    /// Only the main PIN's session may do this.
    #[error("only the main PIN can do this")]
    NotPrimary,
    /// An emergency (duress) PIN opens the second (decoy) journal, so that comes first.
    #[error("set a second PIN first")]
    DecoyRequired,
    #[error("all PIN slots are in use")]
    NoFreeSlot,
    /// The unlock was thrown away by a quick exit before anything was opened.
    #[error("cancelled by a quick exit")]
    Cancelled,
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

impl From<AttemptsError> for VaultError {
    fn from(err: AttemptsError) -> Self {
        match err {
            AttemptsError::Io(e) => e.into(),
            AttemptsError::Keystore(e) => e.into(),
            AttemptsError::NoState => VaultError::PlatformSecretMissing,
        }
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
    /// How long the last attempt's key derivation took, whatever its outcome: the bench
    /// measures the rest of a wrong or emergency PIN's unlock with it.
    last_kdf: std::sync::Mutex<Duration>,
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
    /// The vault epoch when it was opened: a wipe changes it, and the session then stops.
    pub epoch: Vec<u8>,
    /// Wrong PINs typed since the vault was last opened (before this unlock): the person is
    /// told, since someone else may have tried.
    pub failures_before: u32,
}

/// A slot that matched a PIN.
struct Matched {
    slot: usize,
    payload: SlotPayload,
    kind: SlotKind,
    /// From the rekey journal of an interrupted PIN change, not from the header.
    from_journal: bool,
}

impl Vault {
    /// `dir` is created (owner-only) if missing. A wipe a crash interrupted is finished before
    /// anything can open the files; what of it cannot be done now (a full disk) is tried again
    /// before every unlock. Never fails: a directory that cannot be made or written shows as
    /// typed errors from the calls that need it, and the calculator in front keeps working.
    pub fn new(dir: &Path, keystore: Arc<dyn KeyStore>) -> Vault {
        let _ = create_private_dir(dir);
        let vault = Vault {
            dir: dir.to_owned(),
            keystore,
            attempts: Attempts::new(dir),
            last_kdf: std::sync::Mutex::new(Duration::ZERO),
        };
        let _ = vault.finish_pending_wipe();
        vault
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn keystore(&self) -> &dyn KeyStore {
        self.keystore.as_ref()
    }

    pub fn header_path(&self) -> PathBuf {
        self.dir.join(HEADER_FILE)
    }

    pub fn database_path(&self, index: u8) -> PathBuf {
        self.dir.join(format!("vault-{index}.db"))
    }

    fn epoch_path(&self) -> PathBuf {
        self.dir.join(EPOCH_FILE)
    }

    fn rekey_path(&self) -> PathBuf {
        self.dir.join(REKEY_FILE)
    }

    pub fn is_set_up(&self) -> Result<bool, VaultError> {
        Ok(self.header_path().try_exists()?)
    }

    /// The current epoch (empty if none).
    fn epoch(&self) -> Vec<u8> {
        std::fs::read(self.epoch_path()).unwrap_or_default()
    }

    pub(crate) fn renew_epoch(&self) -> Result<(), VaultError> {
        let mut fresh = [0u8; 16];
        fill_random(&mut fresh);
        self.write_epoch(&fresh)
    }

    fn write_epoch(&self, epoch: &[u8]) -> Result<(), VaultError> {
        // In place where it can be (a full disk); a torn epoch only stops sessions early.
        Ok(fsutil::write_small_in_place(&self.epoch_path(), epoch)?)
    }

    /// Whether `session` is still on the journal it opened: false once a wipe (in this or any
    /// other process) destroyed it.
    pub fn session_current(&self, session: &UnlockedVault) -> bool {
        self.epoch() == session.epoch && !self.dir.join(shred::MARKER).exists()
    }

    /// Creates the vault with `pin` as its main PIN and returns it unlocked.
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
        let keystore = self.keystore.as_ref();
        let platform_secret = if options.platform_secret {
            let secret = SecretKey::random();
            keystore.store(keystore::names::VAULT_PEPPER, secret.expose())?;
            Some(secret)
        } else {
            None
        };
        // Which slot and which file the main journal takes: random per install.
        let mut pick = [0u8; 2];
        fill_random(&mut pick);
        let slot = usize::from(pick[0]) % SLOT_COUNT;
        let vault_index = pick[1] % VAULT_FILES;
        let roles = Roles { primary: Some(slot as u8), decoy: None, duress: None, primary_file: vault_index };
        let secrets: Vec<SecretKey> =
            (0..SLOT_COUNT).map(|i| roles::renew_slot_secret(keystore, i)).collect::<Result<_, _>>()?;
        roles.save(keystore)?;
        self.attempts.create(keystore)?;
        let db_path = self.database_path(vault_index);
        shred::write_filler(&self.database_path(roles.decoy_file()), shred::fresh_vault_size())?;
        fsutil::remove_if_exists(&db_path)?;
        for sidecar in crate::store::sidecar_paths(&db_path) {
            fsutil::remove_if_exists(&sidecar)?;
        }
        fsutil::remove_if_exists(&self.rekey_path())?;
        let db_key = SecretKey::random();
        let store = Store::create(&db_path, Keying::Encrypted(&db_key), StoreOptions::VAULT, &schemas::VAULT)?;
        let mut header = Header::new(options.kdf, options.platform_secret);
        let started = Instant::now();
        let kek = kdf::derive_kek(pin.as_bytes(), header.salt(), options.kdf, platform_secret.as_ref());
        let kdf_time = started.elapsed();
        header.seal(slot, &kek, &secrets[slot], &SlotPayload { vault: vault_index, db_key });
        self.renew_epoch()?;
        fsutil::write_atomic(&self.header_path(), header.as_bytes())?;
        Ok(UnlockedVault {
            store,
            kind: SlotKind::Primary,
            slot,
            vault: vault_index,
            kdf_time,
            epoch: self.epoch(),
            failures_before: 0,
        })
    }

    /// One KDF run, every slot tried, then the matching vault file opened.
    pub fn unlock(&self, pin: &Pin) -> Result<UnlockedVault, VaultError> {
        self.unlock_at(pin, &Now::current(), &|| false)
    }

    /// Unlocks at `now`. `cancelled` is asked after the KDF: a quick exit that landed while it
    /// ran means nothing is opened (an emergency PIN's wipe still happens: it was asked for).
    pub fn unlock_at(&self, pin: &Pin, now: &Now, cancelled: &dyn Fn() -> bool) -> Result<UnlockedVault, VaultError> {
        burning(|| self.unlock_at_inner(pin, now, cancelled))
    }

    fn unlock_at_inner(&self, pin: &Pin, now: &Now, cancelled: &dyn Fn() -> bool) -> Result<UnlockedVault, VaultError> {
        tolerate_full_disk(self.finish_pending_wipe())?;
        let header = self.read_header()?;
        // One attempt at a time, across processes, from counting to the result.
        let attempt = self.attempts.lock()?;
        let roles = Roles::load(self.keystore.as_ref())?.unwrap_or(Roles {
            primary: None,
            decoy: None,
            duress: None,
            primary_file: 0,
        });
        let (candidates, kdf_time, counted) = self.try_pin(&attempt, &header, &roles, pin, now)?;
        // The same disk work whatever the PIN was; an emergency PIN destroys the main journal
        // here, before anything else happens.
        let shred_target = match candidates.first() {
            Some(m) if m.kind == SlotKind::Duress => {
                roles.primary.map(|slot| shred::Target { slot, vault: roles.primary_file })
            }
            _ => None,
        };
        tolerate_full_disk(self.equal_work(&header, shred_target))?;
        if candidates.is_empty() {
            attempt.touch(self.keystore.as_ref())?;
            drop(attempt);
            return Err(self.failed(&counted));
        }
        if cancelled() {
            attempt.succeeded(self.keystore.as_ref())?;
            return Err(VaultError::Cancelled);
        }
        let Some((matched, store)) = self.open_first(candidates)? else {
            drop(attempt);
            return Err(self.failed(&counted));
        };
        attempt.succeeded(self.keystore.as_ref())?;
        let kind = if matched.kind == SlotKind::Duress { SlotKind::Decoy } else { matched.kind };
        Ok(UnlockedVault {
            store,
            kind,
            slot: matched.slot,
            vault: matched.payload.vault,
            kdf_time,
            epoch: self.epoch(),
            // This attempt was counted before it was tried.
            failures_before: counted.failures.saturating_sub(1),
        })
    }

    /// The first candidate whose file opens under its key. Two can match one PIN only while a
    /// PIN change is unsettled (its journal's slot and the header's): the one whose key the
    /// file has wins, and the journal is settled accordingly.
    fn open_first(&self, candidates: Vec<Matched>) -> Result<Option<(Matched, Store)>, VaultError> {
        for candidate in candidates {
            crate::failpoint::observe::record(crate::failpoint::observe::DB_KEY, candidate.payload.db_key.expose());
            let path = self.database_path(candidate.payload.vault);
            match Store::open(&path, Keying::Encrypted(&candidate.payload.db_key), StoreOptions::VAULT, &schemas::VAULT)
            {
                Ok(store) => {
                    self.settle_rekey_journal(&candidate)?;
                    return Ok(Some((candidate, store)));
                }
                Err(StoreError::NotADatabase) if self.rekey_path().exists() => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Ok(None)
    }

    /// After a wrong PIN: the delay in force, and the person's wipe-after choice carried out.
    fn failed(&self, counted: &AttemptRecord) -> VaultError {
        if counted.wipe_after > 0 && counted.failures >= counted.wipe_after {
            // The person chose this: after N failures nothing is left to guess at.
            if let Err(e) = self.wipe_all() {
                return e;
            }
        }
        VaultError::WrongPin { retry_after: delay_after(counted.failures) }
    }

    /// What every unlock writes, whatever the PIN: the wipe marker (a real target or a no-op,
    /// encrypted alike), the header (rewritten in place and replaced), both vault files'
    /// times, the epoch, the marker removed. An emergency PIN's wipe is this same sequence with
    /// a target.
    fn equal_work(&self, header: &Header, target: Option<shred::Target>) -> Result<(), VaultError> {
        // A marker that cannot be written (a full disk) does not stop a wipe.
        let marked = self.write_marker(target);
        crate::failpoint::hit("shred-after-marker");
        let done = match target {
            Some(target) => self.finish_shred(target),
            None => self.finish_nothing(header),
        };
        done.and(marked)
    }

    /// Writes `header` so that the file is whole at every moment: the new header replaces the
    /// old atomically; then the old file, still open though no longer named, is overwritten
    /// with random bytes and flushed, so its slots are not left where they lay (a best effort
    /// on flash, whose controller may keep old blocks).
    pub(super) fn write_header(&self, header: &Header) -> Result<(), VaultError> {
        let path = self.header_path();
        let old = std::fs::OpenOptions::new().write(true).open(&path).ok();
        fsutil::write_atomic(&path, header.as_bytes())?;
        crate::failpoint::hit("header-before-overwrite");
        if let Some(old) = old {
            fsutil::overwrite_with_random(&old)?;
        }
        Ok(())
    }

    /// Re-seals the slot `old` opens under `new`. In the main journal's slot the database is
    /// also re-keyed, so no PIN that was ever valid, with an old header from free space, opens
    /// today's journal; a second or emergency PIN's slot is re-sealed only.
    pub fn change_pin(&self, old: &Pin, new: &Pin) -> Result<(), VaultError> {
        self.change_pin_at(old, new, &Now::current())
    }

    pub fn change_pin_at(&self, old: &Pin, new: &Pin, now: &Now) -> Result<(), VaultError> {
        burning(|| self.change_pin_at_inner(old, new, now))
    }

    fn change_pin_at_inner(&self, old: &Pin, new: &Pin, now: &Now) -> Result<(), VaultError> {
        tolerate_full_disk(self.finish_pending_wipe())?;
        let header = self.read_header()?;
        let keystore = self.keystore.as_ref();
        let roles = Roles::load(keystore)?.ok_or(VaultError::PlatformSecretMissing)?;
        let attempt = self.attempts.lock()?;
        let (candidates, _, counted) = self.try_pin(&attempt, &header, &roles, old, now)?;
        tolerate_full_disk(self.equal_work(&header, None))?;
        let opened = if candidates.is_empty() { None } else { self.open_first(candidates)? };
        let Some((matched, store)) = opened else {
            attempt.touch(keystore)?;
            drop(attempt);
            return Err(self.failed(&counted));
        };
        attempt.succeeded(keystore)?;
        drop(attempt);
        // Settling an interrupted change may have rewritten the header.
        let mut header = self.read_header()?;
        let secrets = roles::slot_secrets(keystore)?;
        let secret = secrets[matched.slot].as_ref().ok_or(VaultError::PlatformSecretMissing)?;
        let new_kek = self.derive(&header, new)?;
        if matched.kind == SlotKind::Primary {
            // The main PIN's holder knows every PIN: telling them a PIN is taken reveals nothing.
            let others = header.open_all(&new_kek, &secrets);
            if others.iter().enumerate().any(|(i, p)| p.is_some() && i != matched.slot) {
                return Err(VaultError::PinInUse);
            }
            return self.rekey_primary(&mut header, &matched, store, &new_kek, secret);
        }
        drop(store);
        // A second or emergency PIN: re-sealed without asking any other slot (see the module
        // comment); a collision is settled at unlock by the fixed priority.
        header.seal(matched.slot, &new_kek, secret, &matched.payload);
        self.write_header(&header)
    }

    /// The main journal under a new key and its slot under the new PIN, in an order a crash
    /// cannot break: the new slot goes into `vault.rekey` first; the database is re-keyed in
    /// one transaction; the header takes the new slot; the journal file goes. After a crash,
    /// the old PIN opens the journal if the re-key had not committed, the new PIN if it had.
    fn rekey_primary(
        &self,
        header: &mut Header,
        matched: &Matched,
        store: Store,
        new_kek: &SecretKey,
        secret: &SecretKey,
    ) -> Result<(), VaultError> {
        let new_key = SecretKey::random();
        let mut next = header.clone();
        next.seal(matched.slot, new_kek, secret, &SlotPayload { vault: matched.payload.vault, db_key: new_key });
        let slot_bytes = next.slot_bytes(matched.slot);
        let mut journal = vec![matched.slot as u8];
        journal.extend_from_slice(slot_bytes);
        fsutil::write_atomic(&self.rekey_path(), &journal)?;
        crate::failpoint::hit("rekey-after-journal");
        let db_key = match &next.open_all(new_kek, &roles::slot_secrets(self.keystore.as_ref())?)[matched.slot] {
            Some(p) => SecretKey::from_slice(p.db_key.expose()).expect("32 bytes"),
            None => return Err(VaultError::Store(StoreError::Corrupt)),
        };
        store.rekey(&db_key)?;
        drop(store);
        crate::failpoint::hit("rekey-after-database");
        self.write_header(&next)?;
        *header = next;
        fsutil::remove_if_exists(&self.rekey_path())?;
        // Sessions on the journal (in this process or another) hold the old key: they stop.
        self.renew_epoch()
    }

    /// After a successful open: a rekey journal is settled — installed if it was its slot that
    /// opened, dropped if the header's slot opened the file (the re-key had not committed).
    fn settle_rekey_journal(&self, matched: &Matched) -> Result<(), VaultError> {
        let path = self.rekey_path();
        if !path.exists() {
            return Ok(());
        }
        if matched.from_journal {
            let journal = fsutil::read_optional(&path)?.unwrap_or_default();
            let mut header = self.read_header()?;
            if journal.len() == 1 + header::SLOT_LEN && header.set_slot_bytes(usize::from(journal[0]), &journal[1..]) {
                self.write_header(&header)?;
            }
        }
        fsutil::remove_if_exists(&path)?;
        Ok(())
    }

    /// Sets (or changes) the second PIN, which opens a separate decoy journal. `prepare` is
    /// handed the decoy journal's store (and whether it is new) before the PIN is sealed, to
    /// seed it with everyday entries or record what its sessions show. Only the main PIN's
    /// session may do this; the main vault remembers the decoy's key.
    pub fn set_decoy(
        &self,
        primary: &UnlockedVault,
        pin: &Pin,
        prepare: &mut dyn FnMut(&mut Store, bool) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        burning(|| self.set_decoy_inner(primary, pin, prepare))
    }

    fn set_decoy_inner(
        &self,
        primary: &UnlockedVault,
        pin: &Pin,
        prepare: &mut dyn FnMut(&mut Store, bool) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        let (mut header, mut roles, kek, slot, secret) = self.claim_slot(primary, pin, |r| r.decoy)?;
        let file = roles.decoy_file();
        let db_key = match setting_key(&primary.store, SETTING_DECOY_KEY)? {
            Some(key) => {
                let path = self.database_path(file);
                let mut store = Store::open(&path, Keying::Encrypted(&key), StoreOptions::VAULT, &schemas::VAULT)?;
                prepare(&mut store, false)?;
                store.checkpoint()?;
                key
            }
            None => {
                let key = SecretKey::random();
                let path = self.database_path(file);
                fsutil::remove_if_exists(&path)?;
                let mut store = Store::create(&path, Keying::Encrypted(&key), StoreOptions::VAULT, &schemas::VAULT)?;
                prepare(&mut store, true)?;
                store.checkpoint()?;
                put_setting(&primary.store, SETTING_DECOY_KEY, &Zeroizing::new(hex::encode(key.expose())))?;
                key
            }
        };
        crate::failpoint::observe::record(crate::failpoint::observe::DECOY_KEY, db_key.expose());
        header.seal(slot, &kek, &secret, &SlotPayload { vault: file, db_key });
        self.write_header(&header)?;
        roles.decoy = Some(slot as u8);
        Ok(roles.save(self.keystore.as_ref())?)
    }

    /// From the main session: runs `f` on the second PIN's journal, if there is one (`false`
    /// if not). The app keeps a filled decoy journal going this way, while its owner holds the
    /// phone.
    pub fn with_decoy_store(
        &self,
        primary: &UnlockedVault,
        f: &mut dyn FnMut(&mut Store) -> Result<(), VaultError>,
    ) -> Result<bool, VaultError> {
        if primary.kind != SlotKind::Primary {
            return Err(VaultError::NotPrimary);
        }
        let Some(key) = setting_key(&primary.store, SETTING_DECOY_KEY)? else { return Ok(false) };
        let roles = Roles::load(self.keystore.as_ref())?.ok_or(VaultError::PlatformSecretMissing)?;
        let path = self.database_path(roles.decoy_file());
        let mut store = Store::open(&path, Keying::Encrypted(&key), StoreOptions::VAULT, &schemas::VAULT)?;
        f(&mut store)?;
        store.checkpoint()?;
        Ok(true)
    }

    /// For a second or emergency PIN: the header, the roles, the new PIN's KEK, the slot it
    /// goes in (the one `current` names, else a free one at random) and that slot's secret.
    /// Refused if the PIN already opens another slot (the main PIN's holder may know that).
    #[allow(clippy::type_complexity)]
    fn claim_slot(
        &self,
        primary: &UnlockedVault,
        pin: &Pin,
        current: impl Fn(&Roles) -> Option<u8>,
    ) -> Result<(Header, Roles, SecretKey, usize, SecretKey), VaultError> {
        if primary.kind != SlotKind::Primary {
            return Err(VaultError::NotPrimary);
        }
        let header = self.read_header()?;
        let keystore = self.keystore.as_ref();
        let roles = Roles::load(keystore)?.ok_or(VaultError::PlatformSecretMissing)?;
        let kek = self.derive(&header, pin)?;
        let slot = match current(&roles) {
            Some(slot) => usize::from(slot),
            None => {
                let free = roles.free_slots();
                if free.is_empty() {
                    return Err(VaultError::NoFreeSlot);
                }
                let mut pick = [0u8; 1];
                fill_random(&mut pick);
                free[usize::from(pick[0]) % free.len()]
            }
        };
        let secrets = roles::slot_secrets(keystore)?;
        if header.open_all(&kek, &secrets).iter().enumerate().any(|(i, p)| p.is_some() && i != slot) {
            return Err(VaultError::PinInUse);
        }
        let secret = match &secrets[slot] {
            Some(s) => SecretKey::from_slice(s.expose()).expect("32 bytes"),
            None => roles::renew_slot_secret(keystore, slot)?,
        };
        Ok((header, roles, kek, slot, secret))
    }

    /// Sets (or changes) the emergency PIN: it destroys the main journal — slot, slot secret
    /// and file — and then opens the decoy journal as if it were the second PIN.
    pub fn set_duress(&self, primary: &UnlockedVault, pin: &Pin) -> Result<(), VaultError> {
        burning(|| self.set_duress_inner(primary, pin))
    }

    fn set_duress_inner(&self, primary: &UnlockedVault, pin: &Pin) -> Result<(), VaultError> {
        if primary.kind != SlotKind::Primary {
            return Err(VaultError::NotPrimary);
        }
        let decoy_key = setting_key(&primary.store, SETTING_DECOY_KEY)?.ok_or(VaultError::DecoyRequired)?;
        let (mut header, mut roles, kek, slot, secret) = self.claim_slot(primary, pin, |r| r.duress)?;
        header.seal(slot, &kek, &secret, &SlotPayload { vault: roles.decoy_file(), db_key: decoy_key });
        self.write_header(&header)?;
        roles.duress = Some(slot as u8);
        Ok(roles.save(self.keystore.as_ref())?)
    }

    /// Whether a second and an emergency PIN are set (the main session's question).
    pub fn safety_pins(&self) -> Result<(bool, bool), VaultError> {
        let roles = Roles::load(self.keystore.as_ref())?.ok_or(VaultError::PlatformSecretMissing)?;
        Ok((roles.decoy.is_some(), roles.duress.is_some()))
    }

    /// For a PIN set inside a decoy session, which only that session remembers: a value to
    /// compare later PINs it sets against, or `None` if `pin` is the session's own PIN. It
    /// asks no other slot, and costs one derivation like a real PIN change.
    pub fn shadow_verifier(&self, session: &UnlockedVault, pin: &Pin) -> Result<Option<String>, VaultError> {
        burning(|| {
            let header = self.read_header()?;
            let kek = self.derive(&header, pin)?;
            let secrets = roles::slot_secrets(self.keystore.as_ref())?;
            let mut own: [Option<SecretKey>; SLOT_COUNT] = Default::default();
            own[session.slot] = secrets[session.slot].as_ref().and_then(|s| SecretKey::from_slice(s.expose()));
            if header.open_all(&kek, &own)[session.slot].is_some() {
                return Ok(None);
            }
            let mut mac =
                <hmac::Hmac<sha2::Sha256> as hmac::KeyInit>::new_from_slice(kek.expose()).expect("any key length");
            hmac::Mac::update(&mut mac, b"harbour shadow pin v1\0");
            Ok(Some(hex::encode(hmac::Mac::finalize(mac).into_bytes())))
        })
    }

    /// Wipe every vault after this many failed attempts in a row (`None`: never, the default).
    pub fn set_wipe_after(&self, failures: Option<u32>) -> Result<(), VaultError> {
        Ok(self.attempts.set_wipe_after(self.keystore.as_ref(), failures.unwrap_or(0))?)
    }

    pub fn wipe_after(&self) -> Result<Option<u32>, VaultError> {
        Ok(Some(self.attempts.read(self.keystore.as_ref())?.wipe_after).filter(|&n| n > 0))
    }

    /// Destroys every slot (and its keystore secret) and every vault file. The header stays
    /// (every PIN then fails like a wrong one); a reset removes it.
    pub fn wipe_all(&self) -> Result<(), VaultError> {
        // Every slot is tried even if one fails (a full disk): each slot's keystore secret is
        // renewed first, and that alone makes its journal unreadable.
        let mut first_error = None;
        for slot in 0..SLOT_COUNT as u8 {
            if let Err(e) = self.shred(shred::Target { slot, vault: slot % VAULT_FILES }) {
                first_error.get_or_insert(e);
            }
        }
        first_error.map_or(Ok(()), Err)
    }

    /// Removes every trace of the vault: files shredded first, then the header, the counter,
    /// the roles, the slot secrets and the platform secret. Afterwards the directory is as
    /// before set-up.
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
        fsutil::remove_if_exists(&self.rekey_path())?;
        fsutil::remove_if_exists(&self.epoch_path())?;
        let keystore = self.keystore.as_ref();
        self.attempts.remove(keystore)?;
        fsutil::remove_if_exists(self.attempts.lock_path())?;
        fsutil::sync_dir(&self.header_path())?;
        Roles::delete(keystore)?;
        roles::delete_slot_secrets(keystore)?;
        keystore.delete(keystore::names::VAULT_PEPPER)?;
        Ok(())
    }

    pub fn attempt_status(&self, now: &Now) -> Result<AttemptStatus, VaultError> {
        if !self.is_set_up()? {
            return Ok(AttemptStatus { failures: 0, retry_after: Duration::ZERO });
        }
        let record = self.attempts.read(self.keystore.as_ref())?;
        Ok(AttemptStatus { failures: record.failures, retry_after: record.wait_at(now) })
    }

    /// How long the last attempt's key derivation took (right PIN or not).
    pub fn last_kdf_time(&self) -> Duration {
        *self.last_kdf.lock().unwrap_or_else(|e| e.into_inner())
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
        let secret = SecretKey::from_slice(&bytes).ok_or(VaultError::PlatformSecretMissing)?;
        crate::failpoint::observe::record(crate::failpoint::observe::PLATFORM_SECRET, secret.expose());
        Ok(Some(secret))
    }

    /// Counts the attempt, derives once, tries every slot (and an interrupted PIN change's new
    /// slot), and orders the matches by the fixed priority: main, emergency, second. Returns
    /// them, the time the derivation took, and the counter as it now stands.
    fn try_pin(
        &self,
        attempt: &attempts::Locked<'_>,
        header: &Header,
        roles: &Roles,
        pin: &Pin,
        now: &Now,
    ) -> Result<(Vec<Matched>, Duration, AttemptRecord), VaultError> {
        let keystore = self.keystore.as_ref();
        let counted = match attempt.begin(keystore, now)? {
            Ok(record) => record,
            Err(wait) => return Err(VaultError::RetryLater { retry_after: wait }),
        };
        let secrets = roles::slot_secrets(keystore)?;
        let platform_secret = self.platform_secret(header)?;
        let started = Instant::now();
        let kek = kdf::derive_kek(pin.as_bytes(), header.salt(), header.params(), platform_secret.as_ref());
        let kdf_time = started.elapsed();
        *self.last_kdf.lock().unwrap_or_else(|e| e.into_inner()) = kdf_time;
        crate::failpoint::observe::record(crate::failpoint::observe::KEK, kek.expose());
        let opened = header.open_all(&kek, &secrets);
        let mut candidates: Vec<Matched> = opened
            .into_iter()
            .enumerate()
            .filter_map(|(slot, p)| {
                // A slot no role names opens as the decoy would: the least it can do.
                p.map(|payload| Matched {
                    slot,
                    payload,
                    kind: roles.kind_of(slot).unwrap_or(SlotKind::Decoy),
                    from_journal: false,
                })
            })
            .collect();
        if let Some(journal) = fsutil::read_optional(&self.rekey_path())?
            && journal.len() == 1 + header::SLOT_LEN
        {
            let slot = usize::from(journal[0]);
            let mut next = header.clone();
            if slot < SLOT_COUNT
                && next.set_slot_bytes(slot, &journal[1..])
                && let Some(payload) = next.open_all(&kek, &secrets)[slot].take()
            {
                let kind = roles.kind_of(slot).unwrap_or(SlotKind::Decoy);
                candidates.push(Matched { slot, payload, kind, from_journal: true });
            }
        }
        let rank = |k: SlotKind| match k {
            SlotKind::Primary => 0,
            SlotKind::Duress => 1,
            SlotKind::Decoy => 2,
        };
        candidates.sort_by_key(|m| (rank(m.kind), m.from_journal));
        Ok((candidates, kdf_time, counted))
    }
}

/// The file steps of a wipe or of an unlock's equal work, on a full disk: a wipe's keystore
/// steps (the slot secret renewed, the roles) come first and are what make the journal
/// unreadable, so a journal must still open — and a wipe still count as done — when only the
/// disk steps could not be written. They are finished on a later start.
fn tolerate_full_disk(result: Result<(), VaultError>) -> Result<(), VaultError> {
    match result {
        Err(VaultError::Store(StoreError::StorageFull)) => Ok(()),
        other => other,
    }
}

fn setting_key(store: &Store, key: &str) -> Result<Option<SecretKey>, VaultError> {
    let value: Option<Zeroizing<String>> = store
        .conn()
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0).map(Zeroizing::new))
        .optional()
        .map_err(StoreError::from)?;
    let Some(value) = value else { return Ok(None) };
    // A key that is there but does not decode is damage, reported — never read as "no decoy
    // yet", which would make a new decoy journal over the old one.
    let bytes = Zeroizing::new(hex::decode(value.as_str()).map_err(|_| StoreError::Corrupt)?);
    SecretKey::from_slice(&bytes).map(Some).ok_or(VaultError::Store(StoreError::Corrupt))
}

pub(crate) fn put_setting(store: &Store, key: &str, value: &str) -> Result<(), VaultError> {
    store
        .conn()
        .execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
        .map_err(StoreError::from)?;
    Ok(())
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
