//! The second (decoy) and emergency (duress) PINs, wipe after failures, and the outreach
//! worker's set-up, hand-over and reset.

use std::time::Duration;

use chrono::Utc;
use zeroize::Zeroizing;

use super::{AppError, Harbour};
use crate::content::ContentStore;
use crate::journal::{self, Moment, NewEntry};
use crate::l10n::Localizer;
use crate::secret::{Pin, fill_random};
use crate::store::StoreError;
use crate::vault::{VaultError, keystore};

/// How many everyday entries a seeded decoy journal gets.
const DECOY_SAMPLES: usize = 6;

/// What an outreach worker sets up before handing the phone over. Readable before any PIN.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OutreachSettings {
    pub locale: Option<String>,
    pub country: Option<String>,
    /// Which disguise the shell shows (icon and name); the core only keeps the choice.
    pub disguise: Option<String>,
    pub organisation_name: Option<String>,
    pub organisation_contact: Option<String>,
    /// The organisation's `age1…` key, offered for exports.
    pub organisation_age_key: Option<String>,
}

const KEYS: [&str; 6] = ["locale", "country", "disguise", "org.name", "org.contact", "org.age_key"];

impl OutreachSettings {
    fn values(&self) -> [&Option<String>; 6] {
        [
            &self.locale,
            &self.country,
            &self.disguise,
            &self.organisation_name,
            &self.organisation_contact,
            &self.organisation_age_key,
        ]
    }
}

impl Harbour {
    /// Sets (or changes) the second PIN: it opens a separate journal. With `seed`, a new one
    /// is filled with everyday entries in the person's language so it looks used.
    pub fn set_decoy_pin(&self, pin: &Pin, seed: bool) -> Result<(), AppError> {
        let localizer = self.saved_localizer()?;
        self.with_vault(|primary| {
            let mut fill = |store: &mut crate::store::Store| -> Result<(), VaultError> {
                if !seed {
                    return Ok(());
                }
                let now = Moment::now();
                for i in 0..DECOY_SAMPLES {
                    let text = localizer.format(&format!("decoy-sample-{}", i + 1), &[]);
                    // Spread over the past weeks, a few days apart, at ordinary hours.
                    let days_ago = ((DECOY_SAMPLES - i) * 4) as i64;
                    let at = Moment {
                        at_ms: now.at_ms - days_ago * 86_400_000 - 3_600_000 * (i as i64 % 5),
                        offset_min: now.offset_min,
                    };
                    let entry = NewEntry { text, tags: vec![], category: None, attachments: vec![] };
                    journal::append(store.conn_mut(), &entry, at).map_err(|e| match e {
                        journal::JournalError::Store(s) => VaultError::Store(s),
                        _ => VaultError::Store(StoreError::Corrupt),
                    })?;
                }
                Ok(())
            };
            Ok(self.vault.set_decoy(primary, pin, &mut fill)?)
        })
    }

    /// Sets (or changes) the emergency PIN. Typed instead of the real PIN, it destroys the real
    /// journal first and then opens the second one. Needs a second PIN already.
    pub fn set_duress_pin(&self, pin: &Pin) -> Result<(), AppError> {
        self.with_vault(|primary| Ok(self.vault.set_duress(primary, pin)?))
    }

    /// Wipe every journal after this many wrong PINs in a row (`None`: never, the default).
    pub fn set_wipe_after(&self, failures: Option<u32>) -> Result<(), AppError> {
        Ok(self.vault.set_wipe_after(failures.filter(|&n| n > 0))?)
    }

    pub fn wipe_after(&self) -> Result<Option<u32>, AppError> {
        Ok(self.vault.wipe_after()?)
    }

    /// Saves what the outreach worker chose. Only before hand-over (no journal exists yet).
    pub fn configure_outreach(&self, settings: &OutreachSettings) -> Result<(), AppError> {
        for (key, value) in KEYS.iter().zip(settings.values()) {
            if let Some(v) = value {
                self.set_setting(key, v)?;
            }
        }
        Ok(())
    }

    pub fn outreach_settings(&self) -> Result<OutreachSettings, AppError> {
        let get = |k: &str| self.setting(k);
        Ok(OutreachSettings {
            locale: get("locale")?,
            country: get("country")?,
            disguise: get("disguise")?,
            organisation_name: get("org.name")?,
            organisation_contact: get("org.contact")?,
            organisation_age_key: get("org.age_key")?,
        })
    }

    /// Ends the worker's session: any vault they made (a test PIN) is destroyed, the attempt
    /// counter goes, and the import times of packs are forgotten. The settings and content
    /// stay; the next open asks the survivor to choose their own PIN.
    pub fn handoff(&self) -> Result<(), AppError> {
        self.quick_exit();
        self.vault.remove()?;
        self.with_content(|c| {
            c.store().conn().execute("UPDATE packs SET imported_at = 0", []).map_err(StoreError::from)?;
            c.store().checkpoint()?;
            Ok(())
        })?;
        self.set_setting("handed_off", "1")?;
        *self.reset_code.lock().unwrap_or_else(|e| e.into_inner()) = None;
        Ok(())
    }

    /// The first step of a reset: a code the person types back to confirm. A reset erases
    /// everything, so it never happens on one tap.
    pub fn begin_reset(&self) -> String {
        let mut bytes = [0u8; 4];
        fill_random(&mut bytes);
        let code = format!("{:06}", u32::from_le_bytes(bytes) % 1_000_000);
        *self.reset_code.lock().unwrap_or_else(|e| e.into_inner()) = Some(Zeroizing::new(code.clone()));
        code
    }

    /// Erases everything — journals (shredded), settings, imported content, keystore secrets
    /// — and starts afresh with the embedded content, for the next person. `code` must be the
    /// one [`Harbour::begin_reset`] gave.
    pub fn reset(&self, code: &str) -> Result<(), AppError> {
        {
            let mut expected = self.reset_code.lock().unwrap_or_else(|e| e.into_inner());
            if expected.as_ref().is_none_or(|c| c.as_str() != code) {
                return Err(AppError::WrongConfirmation);
            }
            *expected = None;
        }
        self.quick_exit();
        self.vault.remove()?;
        let mut guard = self.content.lock().unwrap_or_else(|e| e.into_inner());
        drop(guard.take());
        let path = ContentStore::path_in(&self.dir);
        for file in std::iter::once(path.clone()).chain(crate::store::sidecar_paths(&path)) {
            crate::fsutil::remove_if_exists(&file).map_err(StoreError::from)?;
        }
        self.keystore.delete(keystore::names::CONTENT_KEY).map_err(VaultError::from)?;
        let mut fresh = ContentStore::open(&self.dir, self.keystore.as_ref())?;
        fresh.install_embedded(Utc::now())?;
        *guard = Some(fresh);
        drop(guard);
        *self.auto_lock.lock().unwrap_or_else(|e| e.into_inner()) = Some(super::DEFAULT_AUTO_LOCK);
        Ok(())
    }

    /// Seconds of inactivity before auto-lock, for settings screens.
    pub fn auto_lock_secs(&self) -> Option<u64> {
        self.auto_lock().map(|d: Duration| d.as_secs())
    }

    /// A localizer for the saved language (the decoy's entries, exports).
    /// With the content store damaged the saved language is unreadable: the default then.
    pub fn saved_localizer(&self) -> Result<Localizer, AppError> {
        let locale = match self.setting("locale") {
            Err(_) if self.content_damaged() => None,
            other => other?,
        };
        self.localizer(&locale.into_iter().collect::<Vec<_>>())
    }
}

#[cfg(test)]
#[path = "safety_tests.rs"]
mod tests;
