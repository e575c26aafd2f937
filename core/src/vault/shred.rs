//! Crypto-shredding: a slot overwritten with random bytes (its key is gone), and a vault file
//! replaced by random filler the size of a fresh vault, so the files on disk look the same
//! whether a vault behind them is real, a decoy, unused, or destroyed.
//!
//! A wipe is a few steps; a marker written first makes it finish on the next start if the
//! process dies half-way, before anything else can open the files.

use std::io::Write;
use std::path::Path;

use super::header::{Header, ShredTarget};
use super::{Vault, VaultError};
use crate::fsutil;
use crate::secret::fill_random;
use crate::store::{migrations, schemas};

const MARKER: &str = "vault.wipe";

/// The size a vault file has when it is new and at rest: filler is written at this size.
pub fn fresh_vault_size() -> u64 {
    // The schema's page count does not depend on encryption for a database this small.
    let mut conn = rusqlite::Connection::open_in_memory().expect("an in-memory database opens");
    conn.execute_batch("PRAGMA page_size = 4096").expect("page size");
    migrations::migrate(&mut conn, &schemas::VAULT).expect("the vault schema applies");
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0)).expect("page count");
    pages as u64 * 4096
}

/// Replaces `path` (and its WAL and shared-memory files) with `size` random bytes.
pub fn write_filler(path: &Path, size: u64) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    {
        let mut file = std::fs::OpenOptions::new().write(true).create(true).truncate(true).open(&tmp)?;
        let mut chunk = vec![0u8; 64 * 1024];
        let mut left = size;
        while left > 0 {
            let n = left.min(chunk.len() as u64) as usize;
            fill_random(&mut chunk[..n]);
            file.write_all(&chunk[..n])?;
            left -= n as u64;
        }
        file.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    for sidecar in crate::store::sidecar_paths(path) {
        fsutil::remove_if_exists(&sidecar)?;
    }
    fsutil::sync_dir(path)
}

impl Vault {
    fn marker_path(&self) -> std::path::PathBuf {
        self.dir().join(MARKER)
    }

    /// Destroys `target`: marker, slot, file, marker gone — in that order.
    pub(super) fn shred(&self, target: ShredTarget) -> Result<(), VaultError> {
        fsutil::write_atomic(&self.marker_path(), &[target.slot, target.vault])?;
        crate::failpoint::hit("shred-after-marker");
        self.finish_shred(target)
    }

    fn finish_shred(&self, target: ShredTarget) -> Result<(), VaultError> {
        let bytes = fsutil::read_optional(&self.header_path())?;
        if let Some(bytes) = bytes
            && let Ok(mut header) = Header::parse(&bytes)
        {
            header.clear(usize::from(target.slot));
            fsutil::write_atomic(&self.header_path(), header.as_bytes())?;
        }
        crate::failpoint::hit("shred-after-slot");
        write_filler(&self.database_path(target.vault), fresh_vault_size())?;
        crate::failpoint::hit("shred-after-file");
        fsutil::remove_if_exists(&self.marker_path())?;
        fsutil::sync_dir(&self.marker_path())?;
        Ok(())
    }

    /// Completes a wipe a crash interrupted. Runs before anything else opens the vault.
    pub(super) fn finish_pending_wipe(&self) -> Result<(), VaultError> {
        if let Some(bytes) = fsutil::read_optional(&self.marker_path())? {
            match bytes.as_slice() {
                [slot, vault] if usize::from(*slot) < super::SLOT_COUNT => {
                    self.finish_shred(ShredTarget { slot: *slot, vault: *vault })?
                }
                // A damaged marker: the slot is unknown, so every vault file is shredded
                // (erring towards the survivor's safety) and every slot cleared.
                _ => {
                    for slot in 0..super::SLOT_COUNT as u8 {
                        self.finish_shred(ShredTarget { slot, vault: slot.min(super::VAULT_FILES - 1) })?;
                    }
                }
            }
        }
        Ok(())
    }
}
