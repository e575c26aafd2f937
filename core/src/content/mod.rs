//! The content store: help that must be readable without the PIN (helplines, rights,
//! resources, screening) and the settings needed before unlocking (language, country,
//! disguise). Encrypted with a random key that the platform keystore holds.

use std::path::{Path, PathBuf};

use rusqlite::OptionalExtension;

use crate::secret::SecretKey;
use crate::store::{Keying, Store, StoreError, StoreOptions, schemas};
use crate::vault::keystore::{KeyStore, KeyStoreError, names};

const CONTENT_FILE: &str = "content.db";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    /// The database exists but the keystore no longer has its key (app data restored onto
    /// another device, keystore reset). The file is kept; nothing is deleted.
    #[error("the content store's key is missing from the device keystore")]
    KeyMissing,
    #[error(transparent)]
    Keystore(#[from] KeyStoreError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub struct ContentStore {
    store: Store,
}

impl ContentStore {
    /// Opens `content.db` in `dir`, creating it and its key on first run.
    pub fn open(dir: &Path, keystore: &dyn KeyStore) -> Result<ContentStore, ContentError> {
        let path = Self::path_in(dir);
        let key = match keystore.load(names::CONTENT_KEY)? {
            Some(bytes) => SecretKey::from_slice(&bytes).ok_or(ContentError::KeyMissing)?,
            None if path.try_exists().map_err(StoreError::from)? => {
                return Err(ContentError::KeyMissing);
            }
            None => {
                // Saved before the file exists, so a crash in between leaves a key and no
                // file (recoverable) rather than a file nobody can open.
                let key = SecretKey::random();
                keystore.store(names::CONTENT_KEY, key.expose())?;
                key
            }
        };
        let keying = Keying::Encrypted(&key);
        let store = if path.try_exists().map_err(StoreError::from)? {
            Store::open(&path, keying, StoreOptions::CONTENT, &schemas::CONTENT)?
        } else {
            Store::create(&path, keying, StoreOptions::CONTENT, &schemas::CONTENT)?
        };
        Ok(ContentStore { store })
    }

    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(CONTENT_FILE)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, ContentError> {
        let value = self
            .store
            .conn()
            .query_row(
                "SELECT value FROM app_settings WHERE key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()
            .map_err(StoreError::from)?;
        Ok(value)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), ContentError> {
        self.store
            .conn()
            .execute(
                "INSERT INTO app_settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map_err(StoreError::from)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::MemoryKeyStore;

    #[test]
    fn created_on_first_run_and_reopened_with_the_kept_key() {
        let dir = tempfile::tempdir().unwrap();
        let keystore = MemoryKeyStore::default();
        let content = ContentStore::open(dir.path(), &keystore).unwrap();
        content.set_setting("locale", "ti").unwrap();
        content.set_setting("locale", "am").unwrap();
        drop(content);
        let again = ContentStore::open(dir.path(), &keystore).unwrap();
        assert_eq!(again.setting("locale").unwrap().as_deref(), Some("am"));
        assert_eq!(again.setting("country").unwrap(), None);
    }

    #[test]
    fn a_lost_key_is_reported_and_the_file_kept() {
        let dir = tempfile::tempdir().unwrap();
        drop(ContentStore::open(dir.path(), &MemoryKeyStore::default()).unwrap());
        let before = std::fs::read(ContentStore::path_in(dir.path())).unwrap();
        let other_device = MemoryKeyStore::default();
        assert_eq!(
            ContentStore::open(dir.path(), &other_device).err(),
            Some(ContentError::KeyMissing)
        );
        other_device
            .store(names::CONTENT_KEY, SecretKey::random().expose())
            .unwrap();
        assert_eq!(
            ContentStore::open(dir.path(), &other_device).err(),
            Some(ContentError::Store(StoreError::NotADatabase))
        );
        assert_eq!(
            std::fs::read(ContentStore::path_in(dir.path())).unwrap(),
            before
        );
    }
}
