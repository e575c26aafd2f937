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
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use chrono::Utc;

use crate::content::query::{
    ArticleFilter, ArticleView, EmergencyView, HelplineFilter, HelplineView, InstalledPack, QuestionText, TipView,
};
use crate::content::screening::{Answer, Questionnaire, ScreeningResult};
use crate::content::{ContentError, ContentStore, ImportSummary, Publisher};
use crate::input::Invalid;
use crate::journal::JournalError;
use crate::l10n::Localizer;
use crate::secret::Pin;
use crate::store::StoreError;
use crate::vault::{KeyStore, Now, SetupOptions, SlotKind, UnlockedVault, Vault, VaultError};

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
    /// A value was refused (a setting, say); nothing changed.
    #[error(transparent)]
    InvalidInput(#[from] Invalid),
    /// Not shown in this session (help, in a "notes only" second-PIN session).
    #[error("not available in this session")]
    NotAvailable,
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
    /// Wrong PINs typed since the journal was last opened.
    pub failures_before: u32,
}

struct Session {
    /// `None` once closed.
    vault: Mutex<Option<UnlockedVault>>,
    /// Set by a lock; SQLite's progress handler then stops any statement running.
    closed: Arc<AtomicBool>,
    /// Counts sessions whose database has been closed (and SQLCipher's key wiped).
    released: Arc<AtomicU64>,
    /// What this session may show: a "notes only" second-PIN session shows no help.
    shows: SessionShows,
}

impl Drop for Session {
    fn drop(&mut self) {
        drop(self.vault.get_mut().unwrap_or_else(|e| e.into_inner()).take());
        self.released.fetch_add(1, Ordering::SeqCst);
    }
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
    /// Why the content store could not be opened (a full disk, a read-only directory, a
    /// keystore that does not answer): the app opens without it — the calculator and the
    /// journal must not depend on help — and content calls report this.
    content_damage: Option<ContentError>,
    /// The content store could not be read and was rebuilt from the embedded pack at open
    /// (the unreadable file kept aside): help is back, settings started again.
    content_rebuilt: bool,
    session: RwLock<Option<Arc<Session>>>,
    options: AppOptions,
    /// Bumped by every quick exit: an unlock that started before it is thrown away.
    epoch: AtomicU64,
    activity: Mutex<Instant>,
    auto_lock: Mutex<Option<Duration>>,
    reset_code: Mutex<Option<Zeroizing<String>>>,
    /// How many sessions have been closed: a quick exit returns before its session's database
    /// is closed (that happens on another thread); this says when it has been.
    released: Arc<AtomicU64>,
    /// Threads closing sessions; waited for when the app is dropped, so that a process that
    /// ends (the desktop shell quitting) still folds the journal's WAL back and removes it —
    /// a WAL left beside one vault file would say which journal was last open.
    closers: Mutex<Vec<std::thread::JoinHandle<()>>>,
    /// Wrong PINs typed before the last successful unlock (since the one before it).
    failures_before_open: std::sync::atomic::AtomicU32,
}

impl Drop for Harbour {
    fn drop(&mut self) {
        self.lock();
        for closer in self.closers.get_mut().unwrap_or_else(|e| e.into_inner()).drain(..) {
            let _ = closer.join();
        }
    }
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
pub(crate) const SETTING_AUTO_LOCK: &str = "auto_lock_secs";

impl Harbour {
    /// Opens (creating on first run) the data directory, with default options.
    pub fn open(dir: &Path, keystore: Arc<dyn KeyStore>) -> Result<Harbour, AppError> {
        Self::open_with(dir, keystore, AppOptions::default())
    }

    /// Opens the data directory. On first run (or after an update that ships newer default
    /// content) the embedded pack is installed, so help is there with no import.
    pub fn open_with(dir: &Path, keystore: Arc<dyn KeyStore>, options: AppOptions) -> Result<Harbour, AppError> {
        let vault = Vault::new(dir, keystore.clone());
        let (content, content_damage, content_rebuilt) = open_content(dir, keystore.as_ref());
        let auto_lock = content.as_ref().and_then(|c| c.setting(SETTING_AUTO_LOCK).ok().flatten());
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
            content_rebuilt,
            session: RwLock::new(None),
            options,
            epoch: AtomicU64::new(0),
            activity: Mutex::new(Instant::now()),
            auto_lock: Mutex::new(auto_lock),
            reset_code: Mutex::new(None),
            released: Arc::new(AtomicU64::new(0)),
            closers: Mutex::new(Vec::new()),
            failures_before_open: std::sync::atomic::AtomicU32::new(0),
        })
    }

    pub fn status(&self) -> Result<Status, AppError> {
        let attempts = self.vault.attempt_status(&Now::current())?;
        Ok(Status {
            set_up: self.vault.is_set_up()?,
            unlocked: self.current_session().is_some(),
            failed_attempts: attempts.failures,
            retry_after: attempts.retry_after,
        })
    }

    /// Whether a journal is open now. Reads no file: for the shells' main thread.
    pub fn is_unlocked(&self) -> bool {
        self.current_session().is_some()
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
        let cancelled = || self.epoch() != epoch;
        let unlocked = match self.vault.unlock_at(pin, &Now::current(), &cancelled) {
            Err(VaultError::Cancelled) => return Err(AppError::Locked),
            other => other?,
        };
        let kdf = unlocked.kdf_time;
        let failures_before = unlocked.failures_before;
        if cancelled() {
            return Err(AppError::Locked);
        }
        self.begin_session(unlocked)?;
        if cancelled() {
            self.lock();
            return Err(AppError::Locked);
        }
        self.touch();
        self.failures_before_open.store(failures_before, Ordering::SeqCst);
        Ok(UnlockTiming { kdf, total: started.elapsed(), failures_before })
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
        self.content_setting_put(SETTING_AUTO_LOCK, &secs.to_string())?;
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

    /// Locks at once; see the module comment. Closing the database (its checkpoint writes and
    /// flushes) happens on another thread, so this never waits for the disk.
    pub fn lock(&self) {
        let taken = self.session.write().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(session) = taken {
            session.closed.store(true, Ordering::SeqCst);
            self.close_elsewhere(session);
        }
    }

    /// Drops `session` on a thread of its own: if this was the last reference, its database
    /// closes there. If no thread can be started, it closes here.
    fn close_elsewhere(&self, session: Arc<Session>) {
        let slot = Arc::new(Mutex::new(Some(session)));
        let theirs = slot.clone();
        let spawned = std::thread::Builder::new()
            .name("harbour-close".into())
            .spawn(move || drop(theirs.lock().unwrap_or_else(|e| e.into_inner()).take()));
        match spawned {
            Ok(handle) => {
                let mut closers = self.closers.lock().unwrap_or_else(|e| e.into_inner());
                closers.retain(|h| !h.is_finished());
                closers.push(handle);
            }
            Err(_) => drop(slot.lock().unwrap_or_else(|e| e.into_inner()).take()),
        }
    }

    /// Wrong PINs typed between the journal's last two openings, as the last unlock found them:
    /// the shell tells the person after unlocking (someone else may have tried).
    pub fn failures_before_open(&self) -> u32 {
        self.failures_before_open.load(Ordering::SeqCst)
    }

    /// How many sessions have been closed so far, their databases shut and keys wiped.
    pub fn sessions_released(&self) -> u64 {
        self.released.load(Ordering::SeqCst)
    }

    /// Changes the PIN `old` opens. The session is closed first (and waited for): changing the
    /// main PIN re-keys the journal, which no open connection may hold meanwhile; the person
    /// then opens the journal with the new PIN.
    pub fn change_pin(&self, old: &Pin, new: &Pin) -> Result<(), AppError> {
        self.lock_and_wait();
        Ok(self.vault.change_pin(old, new)?)
    }

    /// Locks, and waits until every session this app closed has let go of its database.
    fn lock_and_wait(&self) {
        self.lock();
        let closers: Vec<_> = self.closers.lock().unwrap_or_else(|e| e.into_inner()).drain(..).collect();
        for closer in closers {
            let _ = closer.join();
        }
    }

    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// Runs `f` on the unlocked vault, or fails with [`AppError::Locked`]. A lock that lands
    /// while `f` runs interrupts it, and its result is reported as `Locked`.
    pub fn with_vault<T>(&self, f: impl FnOnce(&mut UnlockedVault) -> Result<T, AppError>) -> Result<T, AppError> {
        self.with_vault_stoppable(|vault, _| f(vault))
    }

    /// Like [`Harbour::with_vault`], also handing `f` the flag a lock sets, for work that is
    /// not SQLite statements (writing an export file, reading one) to check as it goes.
    pub(crate) fn with_vault_stoppable<T>(
        &self,
        f: impl FnOnce(&mut UnlockedVault, &Arc<AtomicBool>) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        if self.check_auto_lock() {
            return Err(AppError::Locked);
        }
        let session = self.current_session().ok_or(AppError::Locked)?;
        self.touch();
        let mut guard = session.vault.lock().unwrap_or_else(|e| e.into_inner());
        let Some(vault) = guard.as_mut() else { return Err(AppError::Locked) };
        if session.closed.load(Ordering::SeqCst) {
            return Err(AppError::Locked);
        }
        // A wipe (an emergency PIN in another process, say) destroyed this journal.
        if !self.vault.session_current(vault) {
            drop(guard);
            self.lock();
            return Err(AppError::Locked);
        }
        let result = f(vault, &session.closed);
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

    /// [`Harbour::with_content`] for the help itself (helplines, rights, tips, the check,
    /// packs): refused while a "notes only" second-PIN session is open.
    fn with_help<T>(&self, f: impl FnOnce(&ContentStore) -> Result<T, AppError>) -> Result<T, AppError> {
        if self.session_shows() == SessionShows::NotesOnly {
            return Err(AppError::NotAvailable);
        }
        self.with_content(f)
    }

    /// What the open session may show; with no session open, everything (help needs no PIN).
    pub fn session_shows(&self) -> SessionShows {
        self.current_session().map_or(SessionShows::Everything, |s| s.shows)
    }

    /// Whether the content store was rebuilt at open because it could not be read (the shell
    /// says that help was restored and settings must be chosen again).
    pub fn content_rebuilt(&self) -> bool {
        self.content_rebuilt
    }

    /// Whether help is unavailable in this run (the store could not be opened or rebuilt; the
    /// journal still opens).
    pub fn content_damaged(&self) -> bool {
        self.content_damage.is_some() && self.content.lock().unwrap_or_else(|e| e.into_inner()).is_none()
    }

    /// Helplines for `filter`, "open" evaluated now.
    pub fn helplines(&self, filter: &HelplineFilter) -> Result<Vec<HelplineView>, AppError> {
        self.with_help(|c| Ok(c.helplines(filter, Utc::now())?))
    }

    pub fn articles(&self, filter: &ArticleFilter) -> Result<Vec<ArticleView>, AppError> {
        self.with_help(|c| Ok(c.articles(filter)?))
    }

    /// The self-screening questionnaire, if any pack provides it, with its questions in the
    /// best of `languages`.
    pub fn questionnaire(&self, languages: &[String]) -> Result<Option<(Questionnaire, Vec<QuestionText>)>, AppError> {
        self.with_help(|c| Ok(c.questionnaire(DEFAULT_QUESTIONNAIRE, languages)?))
    }

    /// Scores answers; nothing is stored.
    pub fn score_screening(&self, answers: &BTreeMap<String, Answer>) -> Result<Option<ScreeningResult>, AppError> {
        Ok(self.questionnaire(&[])?.map(|(q, _)| q.score(answers)))
    }

    /// A country's emergency numbers (and the GSM fallback), in the best of `languages`.
    pub fn emergency(&self, country: &str, languages: &[String]) -> Result<EmergencyView, AppError> {
        self.with_help(|c| Ok(c.emergency(country, languages)?))
    }

    /// Countries the installed packs cover.
    pub fn countries(&self) -> Result<Vec<String>, AppError> {
        self.with_help(|c| Ok(c.countries()?))
    }

    pub fn tips(&self, languages: &[String]) -> Result<Vec<TipView>, AppError> {
        self.with_help(|c| Ok(c.tips(languages)?))
    }

    /// Verifies and installs a pack from a pinned publisher. Readers are not held up: it
    /// writes through its own connection, and the content lock is held only to open it.
    pub fn import_pack(
        &self,
        bytes: &[u8],
        progress: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Result<ImportSummary, AppError> {
        let mut writer = self.with_help(|c| Ok(c.writer()?))?;
        let trusted = &self.options.trusted_publishers;
        let summary = crate::content::import::import(&mut writer, bytes, trusted, Utc::now().timestamp(), progress)
            .map_err(ContentError::from)?;
        Ok(summary)
    }

    pub fn installed_packs(&self) -> Result<Vec<InstalledPack>, AppError> {
        self.with_help(|c| Ok(c.installed_packs()?))
    }

    /// The signed file of installed pack `pack_id`, for the shell's share sheet.
    pub fn share_pack(&self, pack_id: &str) -> Result<Option<Vec<u8>>, AppError> {
        self.with_help(|c| Ok(c.share_pack(pack_id)?))
    }

    /// A localizer for `preferences`: the app's own messages (packs translate content, never
    /// the app's messages).
    pub fn localizer(&self, preferences: &[String]) -> Result<Localizer, AppError> {
        Ok(Localizer::new(preferences))
    }

    /// The kind of slot the current session was opened with.
    pub fn session_kind(&self) -> Option<SlotKind> {
        let session = self.current_session()?;
        let vault = session.vault.lock().unwrap_or_else(|e| e.into_inner());
        vault.as_ref().map(|v| v.kind)
    }

    fn begin_session(&self, unlocked: UnlockedVault) -> Result<(), AppError> {
        let closed = Arc::new(AtomicBool::new(false));
        // Not sqlite3_interrupt: its flag would also stop the checkpoint that closing the
        // connection runs, leaving the WAL behind. A progress handler stops statements in
        // flight and nothing else.
        let flag = closed.clone();
        let mut unlocked = unlocked;
        let shows = if unlocked.kind == SlotKind::Primary {
            // The owner holds the phone: a filled decoy journal may get its next everyday
            // entry. A failure here must not keep the person from their journal.
            let _ = self.keep_decoy_going(&unlocked);
            SessionShows::Everything
        } else {
            decoy::shows(unlocked.store.conn())?
        };
        unlocked
            .store
            .conn_mut()
            .progress_handler(1000, Some(move || flag.load(Ordering::SeqCst)))
            .map_err(StoreError::from)?;
        let session =
            Arc::new(Session { vault: Mutex::new(Some(unlocked)), closed, released: self.released.clone(), shows });
        let previous = self.session.write().unwrap_or_else(|e| e.into_inner()).replace(session);
        if let Some(previous) = previous {
            previous.closed.store(true, Ordering::SeqCst);
            self.close_elsewhere(previous);
        }
        Ok(())
    }

    fn current_session(&self) -> Option<Arc<Session>> {
        self.session.read().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// Opens the content store for [`Harbour::open_with`]: as it is; or rebuilt from the embedded
/// pack when it cannot be read (damaged, or its key gone from the keystore), the unreadable
/// file kept aside; or not at all, with the reason, when the disk or the keystore does not let
/// it open now.
fn open_content(dir: &Path, keystore: &dyn KeyStore) -> (Option<ContentStore>, Option<ContentError>, bool) {
    let ready = |mut content: ContentStore| -> Result<ContentStore, ContentError> {
        content.install_embedded(Utc::now())?;
        Ok(content)
    };
    match ContentStore::open(dir, keystore).and_then(ready) {
        Ok(content) => (Some(content), None, false),
        Err(ContentError::KeyMissing | ContentError::Store(StoreError::NotADatabase | StoreError::Corrupt)) => {
            match ContentStore::rebuild(dir, keystore).and_then(ready) {
                Ok(content) => (Some(content), None, true),
                Err(e) => (None, Some(e), false),
            }
        }
        Err(e) => (None, Some(e), false),
    }
}

mod decoy;
mod journal;
mod safety;
mod settings;

pub use decoy::SessionShows;
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
