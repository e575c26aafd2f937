//! The content store: help that must be readable without the PIN (helplines, rights,
//! resources, screening) and the settings needed before unlocking (language, country,
//! disguise). Encrypted with a random key that the platform keystore holds.
//!
//! Content arrives in signed packs ([`pack`]); the default pack is compiled in
//! ([`embedded`]) so a fresh install has real help with no import and no network.

pub mod embedded;
pub mod hours;
pub mod import;
pub mod model;
pub mod pack;
pub mod query;
pub mod screening;
pub mod source;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;

use crate::secret::SecretKey;
use crate::store::{Keying, Store, StoreError, StoreOptions, schemas};
use crate::vault::keystore::{KeyStore, KeyStoreError, names};
pub use import::{ImportError, ImportSummary};
pub use pack::{PackError, Publisher};

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
    #[error(transparent)]
    Pack(#[from] PackError),
}

impl From<ImportError> for ContentError {
    fn from(e: ImportError) -> Self {
        match e {
            ImportError::Pack(p) => ContentError::Pack(p),
            ImportError::Store(s) => ContentError::Store(s),
        }
    }
}

pub struct ContentStore {
    store: Store,
    key: SecretKey,
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
        query::prepare_connection(store.conn())?;
        Ok(ContentStore { store, key })
    }

    /// A second connection to the same store, for an import that must not block readers.
    pub fn writer(&self) -> Result<Store, ContentError> {
        Ok(Store::open(self.store.path(), Keying::Encrypted(&self.key), StoreOptions::CONTENT, &schemas::CONTENT)?)
    }

    /// Installs the compiled-in default pack unless the same or a newer version is there.
    /// Returns what was imported, if anything.
    pub fn install_embedded(&mut self, now: DateTime<Utc>) -> Result<Option<ImportSummary>, ContentError> {
        let publisher = embedded::publisher();
        match import::import(&mut self.store, embedded::DEFAULT_PACK, &[publisher], now.timestamp(), &mut |_, _| true) {
            Ok(summary) => Ok(Some(summary)),
            Err(ImportError::Pack(PackError::NotNewer { .. })) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Verifies and installs a pack file signed by one of `trusted`. Runs on its own
    /// connection; readers of this store carry on meanwhile.
    pub fn import_pack(
        &self,
        bytes: &[u8],
        trusted: &[Publisher],
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Result<ImportSummary, ContentError> {
        let mut writer = self.writer()?;
        Ok(import::import(&mut writer, bytes, trusted, now.timestamp(), progress)?)
    }

    pub fn helplines(
        &self,
        filter: &query::HelplineFilter,
        now: DateTime<Utc>,
    ) -> Result<Vec<query::HelplineView>, ContentError> {
        Ok(query::helplines(self.store.conn(), filter, now)?)
    }

    pub fn articles(&self, filter: &query::ArticleFilter) -> Result<Vec<query::ArticleView>, ContentError> {
        Ok(query::articles(self.store.conn(), filter)?)
    }

    pub fn questionnaire(&self, id: &str) -> Result<Option<screening::Questionnaire>, ContentError> {
        Ok(query::questionnaire(self.store.conn(), id)?)
    }

    /// Content translations packs brought, for the localizer.
    pub fn translations(&self) -> Result<Vec<crate::l10n::ExtraResource>, ContentError> {
        Ok(query::translations(self.store.conn())?
            .into_iter()
            .flat_map(|(locale, sources)| {
                sources.into_iter().map(move |source| crate::l10n::ExtraResource { locale: locale.clone(), source })
            })
            .collect())
    }

    pub fn installed_packs(&self) -> Result<Vec<(String, String, u64, String)>, ContentError> {
        Ok(query::installed_packs(self.store.conn())?)
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
            .query_row("SELECT value FROM app_settings WHERE key = ?1", [key], |r| r.get(0))
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
mod tests;
