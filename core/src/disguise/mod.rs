//! The disguise: a working calculator that is also the way in, and quick exit back to it.
//!
//! Key presses return the calculator's display at once. When a press is an unlock attempt
//! (a bare number of PIN length, then `=`), the KDF runs on its own thread; the display shows
//! the number either way, so a failed attempt is just a calculation. The shell learns of a
//! success through an observer or [`Disguise::wait_for_attempt`].

pub mod calculator;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use calculator::{Calculator, Key, View};

use crate::app::{Harbour, Lifecycle};
use crate::secret::Pin;

/// What an unlock attempt from the calculator came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttemptOutcome {
    /// The vault is open: show the app.
    Unlocked,
    /// Refused without trying: earlier wrong PINs imposed a wait still running. The shell may
    /// say so (a person typing their right PIN needs to know why nothing happens).
    Wait { secs: u64 },
    /// Anything else (wrong PIN, not set up): keep showing the calculator.
    NotUnlocked,
}

type Observer = Arc<dyn Fn(AttemptOutcome) + Send + Sync>;

pub struct Disguise {
    app: Arc<Harbour>,
    calc: Mutex<Calculator>,
    running: Arc<AtomicBool>,
    results: Mutex<Option<Receiver<AttemptOutcome>>>,
    observer: RwLock<Option<Observer>>,
}

/// Stack cleared after each key press (generous: debug builds use far more than release).
const BURN_AFTER_PRESS: usize = 32 * 1024;

impl Disguise {
    pub fn new(app: Arc<Harbour>) -> Disguise {
        Disguise {
            app,
            calc: Mutex::new(Calculator::new()),
            running: Arc::new(AtomicBool::new(false)),
            results: Mutex::new(None),
            observer: RwLock::new(None),
        }
    }

    /// Called (on the attempt's thread) with every attempt's outcome.
    pub fn set_observer(&self, observer: Option<Observer>) {
        *self.observer.write().unwrap_or_else(|e| e.into_inner()) = observer;
    }

    pub fn view(&self) -> View {
        self.calc.lock().unwrap_or_else(|e| e.into_inner()).view()
    }

    /// Applies a key and returns the display at once.
    pub fn press(&self, key: Key) -> View {
        let (view, attempt) = self.press_inner(key);
        // The digits typed may be a PIN, and formatting the display leaves copies of them in
        // the frames it used (rust_decimal formats on the stack): clear them.
        crate::secret::burn_stack::<BURN_AFTER_PRESS>();
        self.app.touch();
        if let Some(pin) = attempt {
            self.start_attempt(pin);
        }
        view
    }

    #[inline(never)]
    fn press_inner(&self, key: Key) -> (View, Option<Pin>) {
        let mut calc = self.calc.lock().unwrap_or_else(|e| e.into_inner());
        let attempt = calc.press(key);
        (calc.view(), attempt)
    }

    fn start_attempt(&self, pin: Pin) {
        // One attempt at a time; a second "=" meanwhile is only a calculation.
        if self.running.swap(true, Ordering::SeqCst) {
            return;
        }
        let (tx, rx) = channel();
        *self.results.lock().unwrap_or_else(|e| e.into_inner()) = Some(rx);
        let app = self.app.clone();
        // Read now, on the pressing thread: a quick exit after this press must win.
        let epoch = app.epoch();
        let running = self.running.clone();
        let observer = self.observer.read().unwrap_or_else(|e| e.into_inner()).clone();
        std::thread::spawn(move || {
            let outcome = match app.unlock_if_still(&pin, epoch) {
                Ok(_) => AttemptOutcome::Unlocked,
                Err(crate::app::AppError::Vault(crate::vault::VaultError::RetryLater { retry_after })) => {
                    AttemptOutcome::Wait { secs: retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0) }
                }
                Err(_) => AttemptOutcome::NotUnlocked,
            };
            drop(pin);
            running.store(false, Ordering::SeqCst);
            let _ = tx.send(outcome);
            if let Some(observer) = observer {
                observer(outcome);
            }
        });
    }

    /// Waits for the attempt the last `=` started, if any, up to `timeout`.
    pub fn wait_for_attempt(&self, timeout: Duration) -> Option<AttemptOutcome> {
        let rx = self.results.lock().unwrap_or_else(|e| e.into_inner()).take()?;
        match rx.recv_timeout(timeout) {
            Ok(outcome) => Some(outcome),
            Err(RecvTimeoutError::Timeout) => {
                *self.results.lock().unwrap_or_else(|e| e.into_inner()) = Some(rx);
                None
            }
            Err(RecvTimeoutError::Disconnected) => None,
        }
    }

    /// Quick exit: locks, discards any unlock in progress, clears the calculator. Never waits
    /// for the disk or the KDF.
    pub fn quick_exit(&self) -> View {
        self.app.quick_exit();
        let mut calc = self.calc.lock().unwrap_or_else(|e| e.into_inner());
        *calc = Calculator::new();
        calc.view()
    }

    /// The app went to the background or came back: background is a quick exit.
    pub fn lifecycle(&self, event: Lifecycle) -> View {
        match event {
            Lifecycle::Background => self.quick_exit(),
            Lifecycle::Foreground => {
                self.app.lifecycle(event);
                self.view()
            }
        }
    }
}

#[cfg(test)]
mod tests;
