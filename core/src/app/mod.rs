//! The composition root the shells drive: one data directory, its content store (always
//! open, no PIN needed) and its vault (open only between unlock and lock).
//!
//! Locking never waits for vault work in flight: the session is taken out of its slot under
//! a lock that is only ever held for a pointer swap and marked closed, which stops any running
//! statement (through SQLite's progress handler). The database (and SQLCipher's copy of its key) is closed as
//! soon as the last in-flight call lets go of it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

use zeroize::Zeroizing;

use chrono::Utc;

use crate::content::query::{ArticleFilter, ArticleView, HelplineFilter, HelplineView};
use crate::content::screening::{Answer, Questionnaire, ScreeningResult};
use crate::content::{ContentError, ContentStore, ImportSummary, Publisher};
use crate::journal::JournalError;
use crate::l10n::{ExtraResource, Localizer};
use crate::secret::Pin;
use crate::store::StoreError;
use crate::vault::{KeyStore, SetupOptions, SlotKind, UnlockedVault, Vault, VaultError};

/// Everything the app facade can fail with; the FFI maps this, in one place, to its
/// public error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AppError {
    /// The operation needs the vault and it is locked.
    #[error("the vault is locked")]
    Locked,
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Journal(#[from] JournalError),
    /// A confirmation (the reset code) did not match; nothing was done.
    #[error("the confirmation does not match")]
    WrongConfirmation,
}

/// What the shell shows before and after unlocking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    pub set_up: bool,
    pub unlocked: bool,
    pub failed_attempts: u32,
    pub retry_after: Duration,
}

/// Where an unlock spent its time: the KDF, and everything else (`total - kdf`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnlockTiming {
    pub kdf: Duration,
    pub total: Duration,
}

struct Session {
    vault: Mutex<UnlockedVault>,
    /// Set by a lock; SQLite's progress handler then stops any statement running.
    closed: Arc<AtomicBool>,
}

/// How a shell configures the core.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    /// Publishers whose packs this app accepts, pinned by the shell at build time (an NGO's
    /// own key, say). Packs from anyone else are refused.
    pub trusted_publishers: Vec<Publisher>,
}

/// The questionnaire the default pack ships (ILO indicators of forced labour).
pub const DEFAULT_QUESTIONNAIRE: &str = "ilo-forced-labour";

pub struct Harbour {
    dir: PathBuf,
    keystore: Arc<dyn KeyStore>,
    vault: Vault,
    /// `None` for the moment a reset swaps the store out, or for good when the store was
    /// damaged at open (`content_damage` says how).
    content: Mutex<Option<ContentStore>>,
    /// Why the content store could not be opened: a damaged help store must not keep a
    /// person from their journal, so the app opens without it and content calls report this.
    content_damage: Option<ContentError>,
    session: RwLock<Option<Arc<Session>>>,
    options: AppOptions,
    /// Bumped by every quick exit: an unlock that started before it is thrown away.
    epoch: AtomicU64,
    activity: Mutex<Instant>,
    auto_lock: Mutex<Option<Duration>>,
    reset_code: Mutex<Option<Zeroizing<String>>>,
}

/// What the shell reports about the app's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifecycle {
    /// The app went to the background (home button, app switcher, screen off).
    Background,
    Foreground,
}

/// Inactivity after which an open vault locks itself, unless the person changes it.
pub const DEFAULT_AUTO_LOCK: Duration = Duration::from_secs(5 * 60);
const SETTING_AUTO_LOCK: &str = "auto_lock_secs";

impl Harbour {
    /// Opens (creating on first run) the data directory, with default options.
    pub fn open(dir: &Path, keystore: Arc<dyn KeyStore>) -> Result<Harbour, AppError> {
        Self::open_with(dir, keystore, AppOptions::default())
    }

    /// Opens the data directory. On first run (or after an update that ships newer default
    /// content) the embedded pack is installed, so help is there with no import.
    pub fn open_with(dir: &Path, keystore: Arc<dyn KeyStore>, options: AppOptions) -> Result<Harbour, AppError> {
        let vault = Vault::new(dir, keystore.clone())?;
        let opened = ContentStore::open(dir, keystore.as_ref()).and_then(|mut content| {
            content.install_embedded(Utc::now())?;
            let auto_lock = content.setting(SETTING_AUTO_LOCK)?;
            Ok((content, auto_lock))
        });
        // The damaged file is left exactly as it is (never deleted or repaired, SPEC §3).
        let (content, auto_lock, content_damage) = match opened {
            Ok((content, auto_lock)) => (Some(content), auto_lock, None),
            Err(e @ ContentError::Store(StoreError::NotADatabase | StoreError::Corrupt)) => (None, None, Some(e)),
            Err(e) => return Err(e.into()),
        };
        let auto_lock = match auto_lock.map(|v| v.parse::<u64>()) {
            Some(Ok(0)) => None,
            Some(Ok(secs)) => Some(Duration::from_secs(secs)),
            _ => Some(DEFAULT_AUTO_LOCK),
        };
        Ok(Harbour {
            dir: dir.to_owned(),
            keystore,
            vault,
            content: Mutex::new(content),
            content_damage,
            session: RwLock::new(None),
            options,
            epoch: AtomicU64::new(0),
            activity: Mutex::new(Instant::now()),
            auto_lock: Mutex::new(auto_lock),
            reset_code: Mutex::new(None),
        })
    }

    pub fn status(&self) -> Result<Status, AppError> {
        let attempts = self.vault.attempt_status(SystemTime::now())?;
        Ok(Status {
            set_up: self.vault.is_set_up()?,
            unlocked: self.current_session().is_some(),
            failed_attempts: attempts.failures,
            retry_after: attempts.retry_after,
        })
    }

    /// Creates the vault and leaves it unlocked.
    pub fn setup(&self, pin: &Pin, options: SetupOptions) -> Result<(), AppError> {
        let unlocked = self.vault.setup(pin, options)?;
        self.begin_session(unlocked)?;
        Ok(())
    }

    /// Unlocks with `pin`; what kind of slot it opened stays inside the core.
    pub fn unlock(&self, pin: &Pin) -> Result<UnlockTiming, AppError> {
        self.unlock_if_still(pin, self.epoch())
    }

    /// The quick-exit generation: an unlock begun in one generation never opens in a later one.
    pub fn epoch(&self) -> u64 {
        self.epoch.load(Ordering::SeqCst)
    }

    /// Unlocks unless a quick exit has happened since `epoch` was read — even one that lands
    /// while the KDF runs.
    pub fn unlock_if_still(&self, pin: &Pin, epoch: u64) -> Result<UnlockTiming, AppError> {
        let started = Instant::now();
        if self.epoch() != epoch {
            return Err(AppError::Locked);
        }
        let unlocked = self.vault.unlock(pin)?;
        let kdf = unlocked.kdf_time;
        if self.epoch() != epoch {
            return Err(AppError::Locked);
        }
        self.begin_session(unlocked)?;
        if self.epoch() != epoch {
            self.lock();
            return Err(AppError::Locked);
        }
        self.touch();
        Ok(UnlockTiming { kdf, total: started.elapsed() })
    }

    /// Quick exit: locks, throws away any unlock still in progress, and returns without
    /// waiting for disk or the KDF. Safe from any thread while other calls run.
    pub fn quick_exit(&self) {
        self.epoch.fetch_add(1, Ordering::SeqCst);
        self.lock();
    }

    /// Records activity (a key press, a screen), postponing auto-lock.
    pub fn touch(&self) {
        *self.activity.lock().unwrap_or_else(|e| e.into_inner()) = Instant::now();
    }

    /// Locks if the vault has been idle longer than the auto-lock time. Returns whether it
    /// locked. The shell calls this on a timer; every vault call also checks first.
    pub fn check_auto_lock(&self) -> bool {
        self.check_auto_lock_at(Instant::now())
    }

    pub fn check_auto_lock_at(&self, now: Instant) -> bool {
        let limit = *self.auto_lock.lock().unwrap_or_else(|e| e.into_inner());
        let last = *self.activity.lock().unwrap_or_else(|e| e.into_inner());
        let idle = now.saturating_duration_since(last);
        if limit.is_some_and(|l| idle >= l) && self.current_session().is_some() {
            self.quick_exit();
            return true;
        }
        false
    }

    /// The auto-lock time (`None`: only when hidden or sent to the background).
    pub fn set_auto_lock(&self, after: Option<Duration>) -> Result<(), AppError> {
        let secs = after.map_or(0, |d| d.as_secs().max(1));
        self.set_setting(SETTING_AUTO_LOCK, &secs.to_string())?;
        *self.auto_lock.lock().unwrap_or_else(|e| e.into_inner()) = after;
        Ok(())
    }

    pub fn auto_lock(&self) -> Option<Duration> {
        *self.auto_lock.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The shell reports that the app went to the background or came back. Going to the
    /// background locks at once: the app switcher must never show the journal.
    pub fn lifecycle(&self, event: Lifecycle) {
        match event {
            Lifecycle::Background => self.quick_exit(),
            Lifecycle::Foreground => {
                self.check_auto_lock();
            }
        }
    }

    /// Locks at once; see the module comment.
    pub fn lock(&self) {
        let taken = self.session.write().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(session) = taken {
            session.closed.store(true, Ordering::SeqCst);
        }
    }

    pub fn change_pin(&self, old: &Pin, new: &Pin) -> Result<(), AppError> {
        Ok(self.vault.change_pin(old, new)?)
    }

    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// Runs `f` on the unlocked vault, or fails with [`AppError::Locked`]. A lock that lands
    /// while `f` runs interrupts it, and its result is reported as `Locked`.
    pub fn with_vault<T>(&self, f: impl FnOnce(&mut UnlockedVault) -> Result<T, AppError>) -> Result<T, AppError> {
        if self.check_auto_lock() {
            return Err(AppError::Locked);
        }
        let session = self.current_session().ok_or(AppError::Locked)?;
        self.touch();
        let mut vault = session.vault.lock().unwrap_or_else(|e| e.into_inner());
        if session.closed.load(Ordering::SeqCst) {
            return Err(AppError::Locked);
        }
        let result = f(&mut vault);
        if session.closed.load(Ordering::SeqCst) {
            return Err(AppError::Locked);
        }
        result
    }

    /// Runs `f` on the content store.
    pub fn with_content<T>(&self, f: impl FnOnce(&ContentStore) -> Result<T, AppError>) -> Result<T, AppError> {
        let content = self.content.lock().unwrap_or_else(|e| e.into_inner());
        match (content.as_ref(), &self.content_damage) {
            (Some(store), _) => f(store),
            (None, Some(damage)) => Err(AppError::Content(damage.clone())),
            (None, None) => Err(AppError::Store(StoreError::Busy)),
        }
    }

    /// Whether the content store was found damaged when the app opened (help unavailable
    /// until a reset; the journal still opens).
    pub fn content_damaged(&self) -> bool {
        self.content_damage.is_some() && self.content.lock().unwrap_or_else(|e| e.into_inner()).is_none()
    }

    /// Helplines for `filter`, "open" evaluated now.
    pub fn helplines(&self, filter: &HelplineFilter) -> Result<Vec<HelplineView>, AppError> {
        self.with_content(|c| Ok(c.helplines(filter, Utc::now())?))
    }

    pub fn articles(&self, filter: &ArticleFilter) -> Result<Vec<ArticleView>, AppError> {
        self.with_content(|c| Ok(c.articles(filter)?))
    }

    /// The self-screening questionnaire, if any pack provides it.
    pub fn questionnaire(&self) -> Result<Option<Questionnaire>, AppError> {
        self.with_content(|c| Ok(c.questionnaire(DEFAULT_QUESTIONNAIRE)?))
    }

    /// Scores answers; nothing is stored.
    pub fn score_screening(&self, answers: &BTreeMap<String, Answer>) -> Result<Option<ScreeningResult>, AppError> {
        Ok(self.questionnaire()?.map(|q| q.score(answers)))
    }

    /// Verifies and installs a pack from a pinned publisher. Readers are not held up: it
    /// writes through its own connection, and the content lock is held only to open it.
    pub fn import_pack(
        &self,
        bytes: &[u8],
        progress: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Result<ImportSummary, AppError> {
        let mut writer = self.with_content(|c| Ok(c.writer()?))?;
        let trusted = &self.options.trusted_publishers;
        let summary = crate::content::import::import(&mut writer, bytes, trusted, Utc::now().timestamp(), progress)
            .map_err(ContentError::from)?;
        Ok(summary)
    }

    pub fn installed_packs(&self) -> Result<Vec<(String, String, u64, String)>, AppError> {
        self.with_content(|c| Ok(c.installed_packs()?))
    }

    /// A localizer for `preferences`, with the content translations packs brought.
    pub fn localizer(&self, preferences: &[String]) -> Result<Localizer, AppError> {
        // Without the content store the app's own messages still work: only the packs'
        // translations are missing.
        let extra: Vec<ExtraResource> = match self.with_content(|c| Ok(c.translations()?)) {
            Err(_) if self.content_damaged() => Vec::new(),
            other => other?,
        };
        Ok(Localizer::build(preferences, &extra, None))
    }

    /// A setting that must be readable before unlocking (language, country…).
    pub fn setting(&self, key: &str) -> Result<Option<String>, AppError> {
        self.with_content(|c| Ok(c.setting(key)?))
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), AppError> {
        self.with_content(|c| Ok(c.set_setting(key, value)?))
    }

    /// The kind of slot the current session was opened with.
    pub fn session_kind(&self) -> Option<SlotKind> {
        let session = self.current_session()?;
        let vault = session.vault.lock().unwrap_or_else(|e| e.into_inner());
        Some(vault.kind)
    }

    fn begin_session(&self, unlocked: UnlockedVault) -> Result<(), AppError> {
        let closed = Arc::new(AtomicBool::new(false));
        // Not sqlite3_interrupt: its flag would also stop the checkpoint that closing the
        // connection runs, leaving the WAL behind. A progress handler stops statements in
        // flight and nothing else.
        let flag = closed.clone();
        let mut unlocked = unlocked;
        unlocked
            .store
            .conn_mut()
            .progress_handler(1000, Some(move || flag.load(Ordering::SeqCst)))
            .map_err(StoreError::from)?;
        let session = Arc::new(Session { vault: Mutex::new(unlocked), closed });
        let previous = self.session.write().unwrap_or_else(|e| e.into_inner()).replace(session);
        if let Some(previous) = previous {
            previous.closed.store(true, Ordering::SeqCst);
        }
        Ok(())
    }

    fn current_session(&self) -> Option<Arc<Session>> {
        self.session.read().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

mod journal;
mod safety;

pub use safety::OutreachSettings;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::{KdfParams, MemoryKeyStore};

    fn pin(s: &str) -> Pin {
        Pin::new(s.into()).unwrap()
    }

    const FAST: SetupOptions = SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true };

    #[test]
    fn setup_unlock_lock_cycle() {
        let dir = tempfile::tempdir().unwrap();
        let app = Harbour::open(dir.path(), Arc::new(MemoryKeyStore::default())).unwrap();
        let status = app.status().unwrap();
        assert!(!status.set_up && !status.unlocked);
        app.setup(&pin("2468"), FAST).unwrap();
        assert!(app.status().unwrap().unlocked);
        app.with_vault(|v| {
            v.store.conn().execute("INSERT INTO settings VALUES ('a', 'b')", []).map_err(StoreError::from)?;
            Ok(())
        })
        .unwrap();
        app.lock();
        assert!(!app.status().unwrap().unlocked);
        assert_eq!(app.with_vault(|_| Ok(())).unwrap_err(), AppError::Locked);
        assert!(matches!(app.unlock(&pin("1357")), Err(AppError::Vault(VaultError::WrongPin { .. }))));
        assert_eq!(app.status().unwrap().failed_attempts, 1);
        let timing = app.unlock(&pin("2468")).unwrap();
        assert!(timing.kdf > Duration::ZERO && timing.kdf <= timing.total);
        let n: i64 = app
            .with_vault(|v| {
                Ok(v.store
                    .conn()
                    .query_row("SELECT count(*) FROM settings", [], |r| r.get(0))
                    .map_err(StoreError::from)?)
            })
            .unwrap();
        assert_eq!(n, 1);
        assert_eq!(app.session_kind(), Some(SlotKind::Primary));
    }

    #[test]
    fn a_lock_during_vault_work_wins() {
        let dir = tempfile::tempdir().unwrap();
        let app = Arc::new(Harbour::open(dir.path(), Arc::new(MemoryKeyStore::default())).unwrap());
        app.setup(&pin("2468"), FAST).unwrap();
        let (started_tx, started_rx) = std::sync::mpsc::channel();
        let worker = {
            let app = app.clone();
            std::thread::spawn(move || {
                app.with_vault(|v| {
                    started_tx.send(()).unwrap();
                    // A long statement: counts to a big number.
                    let r = v.store.conn().query_row(
                        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000)
                         SELECT count(*) FROM c",
                        [],
                        |r| r.get::<_, i64>(0),
                    );
                    Ok(r.map_err(StoreError::from)?)
                })
            })
        };
        started_rx.recv().unwrap();
        std::thread::sleep(Duration::from_millis(20));
        app.lock();
        assert_eq!(worker.join().unwrap().unwrap_err(), AppError::Locked);
        assert!(!app.status().unwrap().unlocked);
    }
}
