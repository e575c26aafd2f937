//! The calculator disguise, quick exit, auto-lock, the second and emergency PINs, and the
//! outreach worker's hand-over, for the shells.

use std::sync::Arc;
use std::time::Duration;

use harbour_core::app::{Lifecycle, OutreachSettings};
use harbour_core::disguise::calculator::{self, Key, Op};
use harbour_core::disguise::{self as core_disguise, AttemptOutcome};
use harbour_core::secret::Pin;

use crate::app::HarbourApp;
use crate::error::HarbourError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum CalcOp {
    Add,
    Subtract,
    Multiply,
    Divide,
}

impl From<CalcOp> for Op {
    fn from(op: CalcOp) -> Self {
        match op {
            CalcOp::Add => Op::Add,
            CalcOp::Subtract => Op::Sub,
            CalcOp::Multiply => Op::Mul,
            CalcOp::Divide => Op::Div,
        }
    }
}

impl From<Op> for CalcOp {
    fn from(op: Op) -> Self {
        match op {
            Op::Add => CalcOp::Add,
            Op::Sub => CalcOp::Subtract,
            Op::Mul => CalcOp::Multiply,
            Op::Div => CalcOp::Divide,
        }
    }
}

/// A calculator key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum CalcKey {
    Digit {
        digit: u8,
    },
    Point,
    Operator {
        op: CalcOp,
    },
    Equals,
    Percent,
    Sign,
    /// C: clears the number being typed.
    Clear,
    /// AC: clears everything.
    AllClear,
    Backspace,
}

impl From<CalcKey> for Key {
    fn from(k: CalcKey) -> Self {
        match k {
            CalcKey::Digit { digit } => Key::Digit(digit.min(9)),
            CalcKey::Point => Key::Point,
            CalcKey::Operator { op } => Key::Op(op.into()),
            CalcKey::Equals => Key::Equals,
            CalcKey::Percent => Key::Percent,
            CalcKey::Sign => Key::Sign,
            CalcKey::Clear => Key::Clear,
            CalcKey::AllClear => Key::AllClear,
            CalcKey::Backspace => Key::Backspace,
        }
    }
}

/// What the calculator shows.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CalcView {
    pub display: String,
    /// The operator waiting for its second number (highlight its key).
    pub pending: Option<CalcOp>,
    /// Label the clear key "C" (true) or "AC" (false).
    pub can_clear_entry: bool,
    pub error: bool,
}

impl From<calculator::View> for CalcView {
    fn from(v: calculator::View) -> Self {
        CalcView {
            display: v.display,
            pending: v.pending.map(Into::into),
            can_clear_entry: v.can_clear_entry,
            error: v.error,
        }
    }
}

/// How an unlock attempt from the calculator ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AttemptResult {
    Unlocked,
    /// Refused without trying: earlier wrong PINs imposed a wait still running.
    Wait {
        secs: u64,
    },
    NotUnlocked,
}

/// Told, on a background thread, how an unlock attempt from the calculator ended.
#[uniffi::export(foreign)]
pub trait UnlockObserver: Send + Sync {
    /// `unlocked`: show the app. Otherwise keep showing the calculator, unchanged.
    fn on_attempt(&self, unlocked: bool);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AppLifecycle {
    Background,
    Foreground,
}

/// The calculator the app opens on. Its `=` after a bare PIN-length number is an unlock
/// attempt, run off the caller's thread; the display is a calculator's either way.
#[derive(uniffi::Object)]
pub struct Disguise {
    inner: core_disguise::Disguise,
}

/// Whether the second and emergency PINs are set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct SafetyPins {
    pub second: bool,
    pub emergency: bool,
}

/// The organisation an export goes to.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OrganisationKey {
    pub organisation: String,
    pub age_public_key: String,
    /// Four groups of four hex digits, to compare with the organisation's.
    pub fingerprint: String,
}

/// The fingerprint of an age public key (`age1…`), as shown before an export.
#[uniffi::export]
pub fn age_key_fingerprint(key: String) -> Result<String, HarbourError> {
    harbour_core::journal::export::key_fingerprint(&key).ok_or_else(|| {
        crate::error::invalid(harbour_core::input::Field::Recipient, harbour_core::input::Problem::Malformed)
    })
}

#[uniffi::export]
impl Disguise {
    /// Applies a key; returns at once.
    pub fn press(&self, key: CalcKey) -> CalcView {
        self.inner.press(key.into()).into()
    }

    pub fn view(&self) -> CalcView {
        self.inner.view().into()
    }

    pub fn set_observer(&self, observer: Option<Arc<dyn UnlockObserver>>) {
        self.inner.set_observer(observer.map(|o| {
            let f: Arc<dyn Fn(AttemptOutcome) + Send + Sync> =
                Arc::new(move |outcome| o.on_attempt(outcome == AttemptOutcome::Unlocked));
            f
        }));
    }

    /// Waits up to `timeout_ms` for the attempt the last `=` started: `None` if none finished
    /// (or none was started), otherwise whether it unlocked.
    pub fn wait_for_attempt(&self, timeout_ms: u32) -> Option<bool> {
        self.inner.wait_for_attempt(Duration::from_millis(timeout_ms.into())).map(|o| o == AttemptOutcome::Unlocked)
    }

    /// Like `wait_for_attempt`, saying also when the attempt was refused because a wait from
    /// earlier wrong PINs is still running (the shell may tell the person how long).
    pub fn wait_for_attempt_result(&self, timeout_ms: u32) -> Option<AttemptResult> {
        self.inner.wait_for_attempt(Duration::from_millis(timeout_ms.into())).map(|o| match o {
            AttemptOutcome::Unlocked => AttemptResult::Unlocked,
            AttemptOutcome::Wait { secs } => AttemptResult::Wait { secs },
            AttemptOutcome::NotUnlocked => AttemptResult::NotUnlocked,
        })
    }

    /// Quick exit: locks, wipes keys, drops any unlock in progress, clears the calculator.
    /// Never waits for the disk or the KDF; call it from any thread.
    pub fn quick_exit(&self) -> CalcView {
        self.inner.quick_exit().into()
    }

    /// Report the app going to the background (locks at once) or coming back.
    pub fn lifecycle(&self, event: AppLifecycle) -> CalcView {
        let event = match event {
            AppLifecycle::Background => Lifecycle::Background,
            AppLifecycle::Foreground => Lifecycle::Foreground,
        };
        self.inner.lifecycle(event).into()
    }
}

/// What an outreach worker sets before hand-over. `None` leaves a value as it is.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OutreachConfig {
    #[uniffi(default = None)]
    pub locale: Option<String>,
    #[uniffi(default = None)]
    pub country: Option<String>,
    #[uniffi(default = None)]
    pub disguise: Option<String>,
    #[uniffi(default = None)]
    pub organisation_name: Option<String>,
    #[uniffi(default = None)]
    pub organisation_contact: Option<String>,
    /// The organisation's `age1…` public key, offered for exports.
    #[uniffi(default = None)]
    pub organisation_age_key: Option<String>,
}

#[uniffi::export]
impl HarbourApp {
    /// The calculator disguise (one per app).
    pub fn disguise(&self) -> Arc<Disguise> {
        self.disguise_cell()
            .get_or_init(|| Arc::new(Disguise { inner: core_disguise::Disguise::new(self.core_arc()) }))
            .clone()
    }

    /// Quick exit without the calculator: locks at once.
    pub fn quick_exit(&self) {
        self.core().quick_exit();
    }

    /// The person is doing something (a touch, a scroll, a key in a text field): the idle
    /// clock starts again, so reading or writing never trips the auto-lock. Cheap; call it
    /// on every interaction.
    pub fn touch(&self) {
        self.core().touch();
    }

    /// Locks if idle longer than the auto-lock time; the shell calls it on a timer.
    pub fn check_auto_lock(&self) -> bool {
        self.core().check_auto_lock()
    }

    /// Seconds of inactivity before the journal locks itself (`None`: only when hidden).
    pub fn set_auto_lock_secs(&self, secs: Option<u32>) -> Result<(), HarbourError> {
        Ok(self.core().set_auto_lock(secs.filter(|&s| s > 0).map(|s| Duration::from_secs(s.into())))?)
    }

    pub fn auto_lock_secs(&self) -> Option<u64> {
        self.core().auto_lock().map(|d| d.as_secs())
    }

    /// True when help is unavailable in this run: the help store could not be opened (a full
    /// disk, a keystore that does not answer, a read-only directory). Content calls then report
    /// why; the calculator and the journal still work.
    pub fn content_damaged(&self) -> bool {
        self.core().content_damaged()
    }

    /// True when the help store could not be read (damaged, or its key gone from the keystore)
    /// and was rebuilt from the built-in help at start, the unreadable file kept aside: help is
    /// back, and the language and country must be chosen again.
    pub fn content_rebuilt(&self) -> bool {
        self.core().content_rebuilt()
    }

    /// Sets the second PIN (opens a separate, believable journal). Needs a session: in the
    /// main PIN's it is done; in a second PIN's it is answered alike and kept by that journal
    /// alone. `seed` fills a new one with everyday entries.
    pub fn set_decoy_pin(&self, pin: String, seed: bool) -> Result<(), HarbourError> {
        let pin = Pin::new(pin)?;
        Ok(self.core().set_decoy_pin(&pin, seed)?)
    }

    /// [`Self::set_decoy_pin`], choosing what the second PIN's sessions show. Explain the
    /// price of each to the person (`decoy-shows-same`, `decoy-shows-notes`).
    pub fn set_decoy_pin_showing(&self, pin: String, seed: bool, shows: SessionShows) -> Result<(), HarbourError> {
        let pin = Pin::new(pin)?;
        Ok(self.core().set_decoy_pin_showing(&pin, seed, shows.into())?)
    }

    /// What the open session may show. In `NotesOnly`, show the journal alone: no help, no
    /// warnings, no product name (help calls answer `NotAvailable`).
    pub fn session_shows(&self) -> SessionShows {
        self.core().session_shows().into()
    }

    /// Sets the emergency PIN: it destroys the real journal, then opens the second one.
    pub fn set_duress_pin(&self, pin: String) -> Result<(), HarbourError> {
        let pin = Pin::new(pin)?;
        Ok(self.core().set_duress_pin(&pin)?)
    }

    /// Wipe every journal after this many wrong PINs in a row (`None`: never, the default).
    pub fn set_wipe_after(&self, failures: Option<u32>) -> Result<(), HarbourError> {
        Ok(self.core().set_wipe_after(failures)?)
    }

    pub fn wipe_after(&self) -> Result<Option<u32>, HarbourError> {
        Ok(self.core().wipe_after()?)
    }

    /// Whether a second and an emergency PIN are set, as this session may know.
    pub fn safety_pins(&self) -> Result<SafetyPins, HarbourError> {
        let (second, emergency) = self.core().safety_pins()?;
        Ok(SafetyPins { second, emergency })
    }

    /// Whom an export "to the organisation" is for: its name and the fingerprint of its key,
    /// to show (and compare) before anything is written. `None` if no key was saved.
    pub fn organisation_export_key(&self) -> Result<Option<OrganisationKey>, HarbourError> {
        let s = self.core().outreach_settings()?;
        Ok(s.organisation_age_key.and_then(|key| {
            let fingerprint = harbour_core::journal::export::key_fingerprint(&key)?;
            Some(OrganisationKey {
                organisation: s.organisation_name.unwrap_or_default(),
                age_public_key: key,
                fingerprint,
            })
        }))
    }

    pub fn configure_outreach(&self, config: OutreachConfig) -> Result<(), HarbourError> {
        let settings = OutreachSettings {
            locale: config.locale,
            country: config.country,
            disguise: config.disguise,
            organisation_name: config.organisation_name,
            organisation_contact: config.organisation_contact,
            organisation_age_key: config.organisation_age_key,
        };
        Ok(self.core().configure_outreach(&settings)?)
    }

    pub fn outreach_config(&self) -> Result<OutreachConfig, HarbourError> {
        let s = self.core().outreach_settings()?;
        Ok(OutreachConfig {
            locale: s.locale,
            country: s.country,
            disguise: s.disguise,
            organisation_name: s.organisation_name,
            organisation_contact: s.organisation_contact,
            organisation_age_key: s.organisation_age_key,
        })
    }

    /// Ends the worker's session: any journal they made is destroyed; the next open asks the
    /// survivor to choose a PIN. Settings and content stay.
    pub fn handoff(&self) -> Result<(), HarbourError> {
        Ok(self.core().handoff()?)
    }

    /// A code to type back into `reset` to confirm erasing everything.
    pub fn begin_reset(&self) -> String {
        self.core().begin_reset()
    }

    /// Erases everything and starts afresh with the embedded content.
    pub fn reset(&self, code: String) -> Result<(), HarbourError> {
        Ok(self.core().reset(&code)?)
    }
}

/// What a second-PIN session shows, chosen when that PIN is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SessionShows {
    /// The whole app, help included: nothing tells it from the main session.
    Everything,
    /// The journal alone: hides what the app is, but someone who knows the app may tell it
    /// from a main session.
    NotesOnly,
}

impl From<SessionShows> for harbour_core::app::SessionShows {
    fn from(s: SessionShows) -> Self {
        match s {
            SessionShows::Everything => Self::Everything,
            SessionShows::NotesOnly => Self::NotesOnly,
        }
    }
}

impl From<harbour_core::app::SessionShows> for SessionShows {
    fn from(s: harbour_core::app::SessionShows) -> Self {
        match s {
            harbour_core::app::SessionShows::Everything => Self::Everything,
            harbour_core::app::SessionShows::NotesOnly => Self::NotesOnly,
        }
    }
}
