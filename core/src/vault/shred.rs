//! Crypto-shredding: a slot's keystore secret replaced (so the slot is dead in every copy of
//! the header, old ones in free space included), its bytes overwritten in place, and a vault
//! file replaced by random filler the size of a fresh vault, so the files on disk look the same
//! whether a vault behind them is real, a decoy, unused, or destroyed.
//!
//! A wipe is a few steps; a marker written first makes it finish on the next start if the
//! process dies half-way, before anything else can open the files. Every unlock writes a
//! marker, encrypted, naming a target or nothing, so its presence and size say nothing.

use std::io::Write;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{Tag, XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use super::header::Header;
use super::roles::{self, Roles};
use super::{SLOT_COUNT, VAULT_FILES, Vault, VaultError};
use crate::fsutil;
use crate::secret::{SecretKey, fill_random};
use crate::store::{migrations, schemas};

/// The marker's file name.
pub const MARKER: &str = "vault.wipe";
const MARKER_VERSION: u8 = 1;
const MARKER_PLAIN_LEN: usize = 16;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const MARKER_KEY_LABEL: &[u8] = b"harbour wipe marker v1\0";

/// What a wipe destroys: a slot and a vault file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub slot: u8,
    pub vault: u8,
}

/// What a marker, once decrypted, says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerSays {
    Nothing,
    Wipe(Target),
}

/// The size a vault file has when it is new and at rest: filler is written at this size.
pub fn fresh_vault_size() -> u64 {
    // The schema's page count does not depend on encryption for a database this small.
    crate::store::memory::install();
    let mut conn = rusqlite::Connection::open_in_memory().expect("an in-memory database opens");
    conn.execute_batch("PRAGMA page_size = 4096").expect("page size");
    migrations::migrate(&mut conn, &schemas::VAULT).expect("the vault schema applies");
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0)).expect("page count");
    pages as u64 * 4096
}

/// Overwrites `path` in place with random bytes — every byte it has, so old pages are not
/// left where they lay (a best effort on flash) — and cuts it to `size`; its WAL and
/// shared-memory files go. The file keeps its inode, as a touched one does.
pub fn write_filler(path: &Path, size: u64) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new().write(true).create(true).truncate(false).open(path)?;
    let mut left = file.metadata()?.len().max(size);
    let mut chunk = vec![0u8; 64 * 1024];
    while left > 0 {
        let n = left.min(chunk.len() as u64) as usize;
        fill_random(&mut chunk[..n]);
        file.write_all(&chunk[..n])?;
        left -= n as u64;
    }
    file.set_len(size)?;
    file.sync_all()?;
    crate::failpoint::disk::event(crate::failpoint::disk::Event::Synced(path));
    for sidecar in crate::store::sidecar_paths(path) {
        fsutil::remove_if_exists(&sidecar)?;
    }
    fsutil::sync_dir(path)
}

impl Vault {
    pub(super) fn marker_path(&self) -> PathBuf {
        self.dir().join(MARKER)
    }

    /// The marker's key, from the attempt counter's keystore key; without one (no counter),
    /// a random key, so the marker cannot be read and a crash then wipes everything — the
    /// cautious reading.
    fn marker_key(&self) -> Result<SecretKey, VaultError> {
        Ok(self.attempts.derived_key(self.keystore(), MARKER_KEY_LABEL)?.unwrap_or_else(SecretKey::random))
    }

    /// Writes the marker: `Some(target)` for a wipe, `None` for an unlock's equal work. Both
    /// are the same size and both are encrypted.
    pub(super) fn write_marker(&self, target: Option<Target>) -> Result<(), VaultError> {
        let mut plain = Zeroizing::new([0u8; MARKER_PLAIN_LEN]);
        fill_random(&mut plain[4..]);
        plain[0] = MARKER_VERSION;
        if let Some(t) = target {
            plain[1] = 1;
            plain[2] = t.slot;
            plain[3] = t.vault;
        }
        let mut nonce = [0u8; NONCE_LEN];
        fill_random(&mut nonce);
        let key = self.marker_key()?;
        let tag = XChaCha20Poly1305::new_from_slice(key.expose())
            .expect("32-byte key")
            .encrypt_inout_detached(&XNonce::from(nonce), &[], plain.as_mut_slice().into())
            .expect("a 16-byte marker is within limits");
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(plain.as_slice());
        bytes.extend_from_slice(&tag);
        Ok(fsutil::write_atomic(&self.marker_path(), &bytes)?)
    }

    /// The marker's meaning; `None` if it cannot be read (damaged, or its key is gone).
    fn read_marker(&self, bytes: &[u8]) -> Option<MarkerSays> {
        let key = self.attempts.derived_key(self.keystore(), MARKER_KEY_LABEL).ok()??;
        if bytes.len() != NONCE_LEN + MARKER_PLAIN_LEN + TAG_LEN {
            return None;
        }
        let nonce = XNonce::try_from(&bytes[..NONCE_LEN]).ok()?;
        let tag = Tag::try_from(&bytes[NONCE_LEN + MARKER_PLAIN_LEN..]).ok()?;
        let mut plain = Zeroizing::new([0u8; MARKER_PLAIN_LEN]);
        plain.copy_from_slice(&bytes[NONCE_LEN..NONCE_LEN + MARKER_PLAIN_LEN]);
        XChaCha20Poly1305::new_from_slice(key.expose())
            .ok()?
            .decrypt_inout_detached(&nonce, &[], plain.as_mut_slice().into(), &tag)
            .ok()?;
        match plain.as_slice() {
            [MARKER_VERSION, 0, ..] => Some(MarkerSays::Nothing),
            [MARKER_VERSION, 1, slot, vault, ..] if usize::from(*slot) < SLOT_COUNT && *vault < VAULT_FILES => {
                Some(MarkerSays::Wipe(Target { slot: *slot, vault: *vault }))
            }
            _ => None,
        }
    }

    /// Destroys `target`: marker, then the steps of [`Vault::finish_shred`]. On a full disk
    /// the marker may not be written; the keystore steps still happen.
    pub(super) fn shred(&self, target: Target) -> Result<(), VaultError> {
        let marked = self.write_marker(Some(target));
        crate::failpoint::hit("shred-after-marker");
        self.finish_shred(target)?;
        marked
    }

    /// The slot's keystore secret renewed (the slot is dead in every copy of the header) and
    /// the roles forgetting it — the keystore steps, first, because they are what makes the
    /// journal unreadable — then the disk steps: the header replaced (the old copy
    /// overwritten), the vault file overwritten with filler in place and the other one's time
    /// updated (as every unlock does), a new epoch (other sessions stop), the marker removed.
    /// A disk step that fails does not stop the others; the first failure is returned and the
    /// marker stays, so a later start finishes the job.
    pub(super) fn finish_shred(&self, target: Target) -> Result<(), VaultError> {
        let keystore = self.keystore();
        roles::renew_slot_secret(keystore, usize::from(target.slot))?;
        if let Some(mut roles) = Roles::load(keystore)? {
            let slot = Some(target.slot);
            for role in [&mut roles.primary, &mut roles.decoy, &mut roles.duress] {
                if *role == slot {
                    *role = None;
                }
            }
            roles.save(keystore)?;
        }
        let mut disk = DiskSteps::default();
        disk.run(|| {
            if let Some(bytes) = fsutil::read_optional(&self.header_path())?
                && let Ok(mut header) = Header::parse(&Zeroizing::new(bytes))
            {
                header.clear(usize::from(target.slot));
                self.write_header(&header)?;
            }
            Ok(())
        });
        crate::failpoint::hit("shred-after-slot");
        for index in 0..VAULT_FILES {
            disk.run(|| {
                if index == target.vault {
                    Ok(write_filler(&self.database_path(index), fresh_vault_size())?)
                } else {
                    Ok(fsutil::touch(&self.database_path(index))?)
                }
            });
        }
        crate::failpoint::hit("shred-after-file");
        disk.run(|| self.renew_epoch());
        disk.finish(|| self.remove_marker())
    }

    pub(super) fn remove_marker(&self) -> Result<(), VaultError> {
        fsutil::remove_if_exists(&self.marker_path())?;
        Ok(fsutil::sync_dir(&self.marker_path())?)
    }

    /// Completes a wipe a crash interrupted. Runs before anything else opens the vault.
    pub(super) fn finish_pending_wipe(&self) -> Result<(), VaultError> {
        let Some(bytes) = fsutil::read_optional(&self.marker_path())? else {
            return Ok(());
        };
        match self.read_marker(&bytes) {
            Some(MarkerSays::Nothing) => self.remove_marker(),
            Some(MarkerSays::Wipe(target)) => self.finish_shred(target),
            // Unreadable: which slot is unknown, so every slot and every vault file goes
            // (erring towards the survivor's safety).
            None => {
                for slot in 0..SLOT_COUNT as u8 {
                    self.finish_shred(Target { slot, vault: slot % VAULT_FILES })?;
                }
                Ok(())
            }
        }
    }
}

impl Vault {
    /// An unlock's equal work, step for step the same files and flushes as
    /// [`Vault::finish_shred`] with nothing destroyed: a slot secret stored again as it is, the
    /// header replaced (the old copy overwritten), both vault files' times updated, the roles
    /// and the epoch written again, the marker removed.
    pub(super) fn finish_nothing(&self, header: &Header) -> Result<(), VaultError> {
        let keystore = self.keystore();
        let mut pick = [0u8; 1];
        fill_random(&mut pick);
        let slot = usize::from(pick[0]) % SLOT_COUNT;
        if let Some(secret) = keystore.load(&roles::slot_secret_name(slot))? {
            keystore.store(&roles::slot_secret_name(slot), &Zeroizing::new(secret))?;
        }
        if let Some(roles) = Roles::load(keystore)? {
            roles.save(keystore)?;
        }
        let mut disk = DiskSteps::default();
        disk.run(|| self.write_header(header));
        for index in 0..VAULT_FILES {
            disk.run(|| Ok(fsutil::touch(&self.database_path(index))?));
        }
        disk.run(|| self.write_epoch(&self.epoch()));
        disk.finish(|| self.remove_marker())
    }
}

/// Disk steps that each run even if an earlier one failed; the first failure is kept.
#[derive(Default)]
struct DiskSteps(Option<VaultError>);

impl DiskSteps {
    fn run(&mut self, step: impl FnOnce() -> Result<(), VaultError>) {
        if let Err(e) = step() {
            self.0.get_or_insert(e);
        }
    }

    /// `last` (removing the marker) runs only if every step succeeded.
    fn finish(self, last: impl FnOnce() -> Result<(), VaultError>) -> Result<(), VaultError> {
        match self.0 {
            Some(e) => Err(e),
            None => last(),
        }
    }
}
