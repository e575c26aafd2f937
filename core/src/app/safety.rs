//! The second (decoy) and emergency (duress) PINs, wipe after failures, and the outreach
//! worker's set-up, hand-over and reset.

use std::time::Duration;

use chrono::Utc;
use zeroize::Zeroizing;

use super::decoy::{self, SessionShows};
use super::{AppError, Harbour};
use crate::content::ContentStore;
use crate::journal::Moment;
use crate::l10n::Localizer;
use crate::secret::{Pin, fill_random};
use crate::store::StoreError;
use crate::vault::{SlotKind, VaultError, keystore};
use rusqlite::OptionalExtension;

use super::settings::check_setting;

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

/// Who may use the calls that hand over, reset, redirect exports or set PINs, right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Power {
    /// No PIN exists yet: the outreach worker is setting the phone up.
    BeforeFirstPin,
    /// The main PIN's session.
    Primary,
    /// A second-PIN (or emergency-PIN) session: the calls answer as in the main session but
    /// act only on the decoy journal's own copy of these settings (see ARCHITECTURE.md).
    Shadow,
}

/// In the main journal only: when the filled decoy journal is next due an entry.
const DECOY_DUE: &str = "decoy.due";

// Where a decoy session keeps what it was told: in its own journal's settings.
const SHADOW: &str = "shadow.";
const SHADOW_DECOY_PIN: &str = "shadow.pin.second";
const SHADOW_DURESS_PIN: &str = "shadow.pin.emergency";
const SHADOW_WIPE_AFTER: &str = "shadow.wipe_after";
/// Outreach settings only the main session (or the worker, before the first PIN) may change:
/// whom exports are for, and the disguise.
const GUARDED: [&str; 4] = ["disguise", "org.name", "org.contact", "org.age_key"];

impl Harbour {
    pub(crate) fn power(&self) -> Result<Power, AppError> {
        if !self.vault.is_set_up()? {
            return Ok(Power::BeforeFirstPin);
        }
        match self.session_kind() {
            Some(SlotKind::Primary) => Ok(Power::Primary),
            Some(_) => Ok(Power::Shadow),
            None => Err(AppError::Locked),
        }
    }

    fn shadow_get(&self, key: &str) -> Result<Option<String>, AppError> {
        self.with_vault(|v| {
            Ok(v.store
                .conn()
                .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
                .optional()
                .map_err(StoreError::from)?)
        })
    }

    fn shadow_set(&self, key: &str, value: Option<&str>) -> Result<(), AppError> {
        self.with_vault(|v| {
            let conn = v.store.conn();
            match value {
                Some(value) => conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value],
                ),
                None => conn.execute("DELETE FROM settings WHERE key = ?1", [key]),
            }
            .map_err(StoreError::from)?;
            Ok(())
        })
    }

    /// A PIN set inside a decoy session: the same derivation (and time) as a real one, checked
    /// only against what that session itself knows — its own PIN and the PINs it set.
    fn shadow_pin(&self, pin: &Pin, key: &str, other: &str) -> Result<(), AppError> {
        let verifier = self.with_vault(|v| Ok(self.vault.shadow_verifier(v, pin)?))?;
        let Some(verifier) = verifier else {
            return Err(AppError::Vault(VaultError::PinInUse));
        };
        if self.shadow_get(other)?.as_deref() == Some(verifier.as_str()) {
            return Err(AppError::Vault(VaultError::PinInUse));
        }
        self.shadow_set(key, Some(&verifier))
    }

    /// Sets (or changes) the second PIN: it opens a separate journal, whose sessions show the
    /// whole app. With `seed`, a new one is filled with everyday entries so it looks used.
    pub fn set_decoy_pin(&self, pin: &Pin, seed: bool) -> Result<(), AppError> {
        self.set_decoy_pin_showing(pin, seed, SessionShows::Everything)
    }

    /// [`Harbour::set_decoy_pin`], choosing what the second PIN's sessions show (see
    /// [`SessionShows`]); changing it later keeps the journal and its entries.
    pub fn set_decoy_pin_showing(&self, pin: &Pin, seed: bool, shows: SessionShows) -> Result<(), AppError> {
        match self.power() {
            Ok(Power::Shadow) => return self.shadow_pin(pin, SHADOW_DECOY_PIN, SHADOW_DURESS_PIN),
            Ok(Power::BeforeFirstPin) => return Err(AppError::Vault(VaultError::NotSetUp)),
            Ok(Power::Primary) => {}
            Err(e) => return Err(e),
        }
        let localizer = self.saved_localizer()?;
        self.with_vault(|primary| {
            let mut seeded = None;
            let mut prepare = |store: &mut crate::store::Store, new: bool| -> Result<(), VaultError> {
                if new && seed {
                    decoy::seed(store.conn_mut(), &localizer, Moment::now())?;
                    seeded = Some(Moment::now().at_ms);
                }
                Ok(decoy::record_shows(store.conn(), shows)?)
            };
            self.vault.set_decoy(primary, pin, &mut prepare)?;
            // Only a journal the app filled is kept going; one the person keeps is theirs.
            if let Some(newest) = seeded {
                crate::vault::put_setting(&primary.store, DECOY_DUE, &decoy::next_due(newest).to_string())?;
            }
            Ok(())
        })
    }

    /// At a main-PIN unlock: when the filled decoy journal is due, perhaps one new entry.
    pub(crate) fn keep_decoy_going(&self, primary: &crate::vault::UnlockedVault) -> Result<(), AppError> {
        let due: Option<i64> = primary
            .store
            .conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [DECOY_DUE], |r| r.get::<_, String>(0))
            .optional()
            .map_err(StoreError::from)?
            .and_then(|v| v.parse().ok());
        let now = Moment::now();
        let Some(due) = due.filter(|&due| now.at_ms >= due) else { return Ok(()) };
        let localizer = self.saved_localizer().unwrap_or_else(|_| Localizer::new(&[]));
        let mut newest = None;
        self.vault.with_decoy_store(primary, &mut |store| {
            newest = decoy::top_up(store.conn_mut(), &localizer, now)?;
            Ok(())
        })?;
        match newest {
            // Not yet (a recent entry the person wrote, or night): look again later.
            Some(newest) => {
                let due = decoy::next_due(newest.max(due - 4 * 86_400_000));
                Ok(crate::vault::put_setting(&primary.store, DECOY_DUE, &due.to_string())?)
            }
            None => Ok(()),
        }
    }

    /// Sets (or changes) the emergency PIN. Typed instead of the real PIN, it destroys the real
    /// journal first and then opens the second one. Needs a second PIN already.
    pub fn set_duress_pin(&self, pin: &Pin) -> Result<(), AppError> {
        match self.power()? {
            Power::Shadow => {
                if self.shadow_get(SHADOW_DECOY_PIN)?.is_none() {
                    return Err(AppError::Vault(VaultError::DecoyRequired));
                }
                self.shadow_pin(pin, SHADOW_DURESS_PIN, SHADOW_DECOY_PIN)
            }
            Power::BeforeFirstPin => Err(AppError::Vault(VaultError::NotSetUp)),
            Power::Primary => self.with_vault(|primary| Ok(self.vault.set_duress(primary, pin)?)),
        }
    }

    /// Whether a second and an emergency PIN are set, as this session may know.
    pub fn safety_pins(&self) -> Result<(bool, bool), AppError> {
        match self.power()? {
            Power::Shadow => {
                Ok((self.shadow_get(SHADOW_DECOY_PIN)?.is_some(), self.shadow_get(SHADOW_DURESS_PIN)?.is_some()))
            }
            Power::BeforeFirstPin => Ok((false, false)),
            Power::Primary => Ok(self.vault.safety_pins()?),
        }
    }

    /// Wipe every journal after this many wrong PINs in a row (`None`: never, the default).
    /// Only in the main session; a decoy session keeps its own answer.
    pub fn set_wipe_after(&self, failures: Option<u32>) -> Result<(), AppError> {
        let failures = failures.filter(|&n| n > 0);
        match self.power()? {
            Power::Primary => Ok(self.vault.set_wipe_after(failures)?),
            Power::Shadow => self.shadow_set(SHADOW_WIPE_AFTER, failures.map(|n| n.to_string()).as_deref()),
            Power::BeforeFirstPin => Err(AppError::Vault(VaultError::NotSetUp)),
        }
    }

    pub fn wipe_after(&self) -> Result<Option<u32>, AppError> {
        match self.power()? {
            Power::Primary => Ok(self.vault.wipe_after()?),
            Power::Shadow => Ok(self.shadow_get(SHADOW_WIPE_AFTER)?.and_then(|v| v.parse().ok())),
            Power::BeforeFirstPin => Ok(None),
        }
    }

    /// Saves what the outreach worker chose. Whom exports are for and the disguise change only
    /// before the first PIN or in the main session (a decoy session keeps its own copy); the
    /// language and the country, which help needs before any PIN, change any time.
    pub fn configure_outreach(&self, settings: &OutreachSettings) -> Result<(), AppError> {
        let power = self.power();
        for (key, value) in KEYS.iter().zip(settings.values()) {
            let Some(v) = value else { continue };
            check_setting(key, v)?;
            if !GUARDED.contains(key) {
                continue;
            }
            if power.is_err() {
                return Err(AppError::Locked);
            }
        }
        for (key, value) in KEYS.iter().zip(settings.values()) {
            let Some(v) = value else { continue };
            if GUARDED.contains(key) && power == Ok(Power::Shadow) {
                self.shadow_set(&format!("{SHADOW}{key}"), Some(v))?;
            } else {
                self.content_setting_put(key, v)?;
            }
        }
        Ok(())
    }

    /// The outreach settings. Whom exports are for shows only before the first PIN and inside
    /// a session (someone holding a locked phone does not learn which organisation helps).
    pub fn outreach_settings(&self) -> Result<OutreachSettings, AppError> {
        let power = self.power().ok();
        let get = |k: &str| -> Result<Option<String>, AppError> {
            if !GUARDED.contains(&k) {
                return self.setting(k);
            }
            match power {
                None => Ok(None),
                Some(Power::Shadow) => match self.shadow_get(&format!("{SHADOW}{k}"))? {
                    Some(v) => Ok(Some(v)),
                    None => self.setting(k),
                },
                Some(_) => self.setting(k),
            }
        };
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
    /// stay; the next open asks the survivor to choose their own PIN. Only before the first
    /// PIN or in the main session; in a decoy session it empties that journal only.
    pub fn handoff(&self) -> Result<(), AppError> {
        match self.power()? {
            Power::Shadow => return self.shadow_erase(),
            Power::Primary | Power::BeforeFirstPin => {}
        }
        self.quick_exit();
        self.vault.remove()?;
        self.with_content(|c| {
            c.store().conn().execute("UPDATE packs SET imported_at = 0", []).map_err(StoreError::from)?;
            c.store().checkpoint()?;
            Ok(())
        })?;
        self.content_setting_put("handed_off", "1")?;
        *self.reset_code.lock().unwrap_or_else(|e| e.into_inner()) = None;
        Ok(())
    }

    /// A decoy session's hand-over or reset: its own journal, plan and remembered settings
    /// emptied, the session locked. Nothing outside that journal changes.
    fn shadow_erase(&self) -> Result<(), AppError> {
        self.with_vault(|v| {
            v.store
                .conn()
                .execute_batch(
                    "BEGIN;
                     DELETE FROM journal_attachments; DELETE FROM journal_events; DELETE FROM journal_head;
                     DELETE FROM safety_plan; DELETE FROM settings WHERE key LIKE 'shadow.%' OR key = 'journal.draft';
                     COMMIT;",
                )
                .map_err(StoreError::from)?;
            v.store.checkpoint()?;
            Ok(())
        })?;
        self.quick_exit();
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
    /// one [`Harbour::begin_reset`] gave. Only before the first PIN or in the main session; in
    /// a decoy session it empties that journal only.
    pub fn reset(&self, code: &str) -> Result<(), AppError> {
        let power = self.power()?;
        {
            let mut expected = self.reset_code.lock().unwrap_or_else(|e| e.into_inner());
            if expected.as_ref().is_none_or(|c| c.as_str() != code) {
                return Err(AppError::WrongConfirmation);
            }
            *expected = None;
        }
        if power == Power::Shadow {
            return self.shadow_erase();
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
