//! A keystore on disk, for tests that use one data directory across processes.

use std::path::PathBuf;

use harbour_core::vault::{KeyStore, KeyStoreError};
use zeroize::Zeroizing;

pub struct FileKeyStore {
    dir: PathBuf,
}

impl FileKeyStore {
    pub fn new(dir: PathBuf) -> Self {
        std::fs::create_dir_all(&dir).expect("keystore directory");
        FileKeyStore { dir }
    }
}

impl KeyStore for FileKeyStore {
    fn load(&self, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError> {
        match std::fs::read(self.dir.join(name)) {
            Ok(b) => Ok(Some(Zeroizing::new(b))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(_) => Err(KeyStoreError::Unavailable),
        }
    }

    /// Replaces the item atomically (a unique temporary file renamed over it), as the Android
    /// and iOS keystores and the desktop's do: a process killed mid-store leaves the old secret
    /// or the new one, never a cut one. A plain `fs::write` truncates first, and a kill there
    /// once left an empty roles record that no PIN could get past.
    fn store(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        let write = || -> std::io::Result<()> {
            let mut tmp = tempfile::NamedTempFile::new_in(&self.dir)?;
            std::io::Write::write_all(&mut tmp, secret)?;
            tmp.as_file().sync_all()?;
            tmp.persist(self.dir.join(name)).map_err(|e| e.error)?;
            Ok(())
        };
        write().map_err(|_| KeyStoreError::Unavailable)
    }

    fn delete(&self, name: &str) -> Result<(), KeyStoreError> {
        match std::fs::remove_file(self.dir.join(name)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(KeyStoreError::Unavailable),
            _ => Ok(()),
        }
    }
}
