//! The content store: help that must be readable without the PIN (helplines, rights,
//! resources, screening) and the settings needed before unlocking (language, country,
//! disguise). Encrypted with a random key that the platform keystore holds.
//!
//! Content arrives in signed packs ([`pack`]); the default pack is compiled in
//! ([`embedded`]) so a fresh install has real help with no import and no network.

pub mod embedded;
pub mod fold;
pub mod hours;
pub mod import;
pub mod model;
pub mod pack;
pub mod query;
pub mod screening;
pub mod source;
pub mod translations;

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

    /// Rebuilds the store from nothing, for when it cannot be read (damaged, or its key gone
    /// from the keystore): the unreadable file and its WAL are kept aside as
    /// `content.db.unreadable` (replacing an older one), never deleted (SPEC §3); a new key and
    /// a new file are made. It holds nothing the person wrote but their settings, which start
    /// again. The journal is never touched.
    pub fn rebuild(dir: &Path, keystore: &dyn KeyStore) -> Result<ContentStore, ContentError> {
        let path = Self::path_in(dir);
        let [wal, shm] = crate::store::sidecar_paths(&path);
        for (from, suffix) in [(path.clone(), ""), (wal, "-wal"), (shm, "-shm")] {
            if from.try_exists().map_err(StoreError::from)? {
                let aside = dir.join(format!("{CONTENT_FILE}.unreadable{suffix}"));
                std::fs::rename(&from, &aside).map_err(StoreError::from)?;
            }
        }
        crate::fsutil::sync_dir(&path).map_err(StoreError::from)?;
        keystore.delete(names::CONTENT_KEY)?;
        Self::open(dir, keystore)
    }

    /// A second connection to the same store, for an import that must not block readers.
    pub fn writer(&self) -> Result<Store, ContentError> {
        Ok(Store::open(self.store.path(), Keying::Encrypted(&self.key), StoreOptions::CONTENT, &schemas::CONTENT)?)
    }

    /// Installs the compiled-in default pack unless the same or a newer version is there.
    /// Returns what was imported, if anything.
    pub fn install_embedded(&mut self, now: DateTime<Utc>) -> Result<Option<ImportSummary>, ContentError> {
        let trusted = [embedded::publisher()];
        // Every launch comes here: the header alone says whether there is anything to do.
        let header = pack::verify_header(embedded::DEFAULT_PACK_HEAD, &trusted)?;
        let offer = match import::check_offer(&self.store, header) {
            Ok(offer) => offer,
            Err(ImportError::Pack(PackError::NotNewer { .. })) => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let bytes = embedded::default_pack().ok_or(PackError::Malformed)?;
        Ok(Some(import::install(&mut self.store, &bytes, offer, now.timestamp(), &mut |_, _| true)?))
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

    /// The questionnaire `id`, with each question in the best of `languages`.
    pub fn questionnaire(
        &self,
        id: &str,
        languages: &[String],
    ) -> Result<Option<(screening::Questionnaire, Vec<query::QuestionText>)>, ContentError> {
        Ok(query::questionnaire(self.store.conn(), id, languages)?)
    }

    /// A country's emergency numbers, with the GSM fallback.
    pub fn emergency(&self, country: &str, languages: &[String]) -> Result<query::EmergencyView, ContentError> {
        Ok(query::emergency(self.store.conn(), country, languages)?)
    }

    /// Countries the installed packs cover.
    pub fn countries(&self) -> Result<Vec<String>, ContentError> {
        Ok(query::countries(self.store.conn())?)
    }

    /// Regions (`EU`, `COE`) `country` belongs to.
    pub fn regions_of(&self, country: &str) -> Result<Vec<String>, ContentError> {
        Ok(query::regions_of(self.store.conn(), country)?)
    }

    pub fn tips(&self, languages: &[String]) -> Result<Vec<query::TipView>, ContentError> {
        Ok(query::tips(self.store.conn(), languages)?)
    }

    pub fn installed_packs(&self) -> Result<Vec<query::InstalledPack>, ContentError> {
        Ok(query::installed_packs(self.store.conn())?)
    }

    /// The signed file of an installed pack, to pass to another phone; the receiving phone
    /// imports it with every usual check.
    pub fn share_pack(&self, pack_id: &str) -> Result<Option<Vec<u8>>, ContentError> {
        Ok(query::signed_pack(self.store.conn(), pack_id)?)
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
