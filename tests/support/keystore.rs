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

    fn store(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        std::fs::write(self.dir.join(name), secret).map_err(|_| KeyStoreError::Unavailable)
    }

    fn delete(&self, name: &str) -> Result<(), KeyStoreError> {
        match std::fs::remove_file(self.dir.join(name)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(KeyStoreError::Unavailable),
            _ => Ok(()),
        }
    }
}
