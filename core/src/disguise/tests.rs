use std::time::Instant;

use super::calculator::Op;
use super::*;
use crate::app::AppError;
use crate::journal::NewEntry;
use crate::vault::{KdfParams, MemoryKeyStore, SetupOptions};

const FAST: SetupOptions = SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true };

fn app() -> (tempfile::TempDir, Arc<Harbour>) {
    let dir = tempfile::tempdir().unwrap();
    let app = Arc::new(Harbour::open(dir.path(), Arc::new(MemoryKeyStore::default())).unwrap());
    app.setup(&Pin::new("2580".into()).unwrap(), FAST).unwrap();
    app.lock();
    (dir, app)
}

fn type_keys(d: &Disguise, keys: &str) -> View {
    let mut view = d.view();
    for c in keys.chars() {
        let key = match c {
            '0'..='9' => Key::Digit(c as u8 - b'0'),
            '+' => Key::Op(Op::Add),
            '=' => Key::Equals,
            _ => panic!("{c}"),
        };
        view = d.press(key);
    }
    view
}

#[test]
fn the_pin_then_equals_unlocks_and_a_wrong_pin_is_just_a_number() {
    let (_dir, app) = app();
    let d = Disguise::new(app.clone());
    let view = type_keys(&d, "1111=");
    assert_eq!(view.display, "1111");
    assert_eq!(d.wait_for_attempt(Duration::from_secs(10)), Some(AttemptOutcome::NotUnlocked));
    assert!(!app.status().unwrap().unlocked);
    assert_eq!(type_keys(&d, "12+3=").display, "15");
    assert_eq!(d.wait_for_attempt(Duration::from_millis(10)), None, "a calculation is never an attempt");
    assert_eq!(type_keys(&d, "2580=").display, "2580");
    assert_eq!(d.wait_for_attempt(Duration::from_secs(10)), Some(AttemptOutcome::Unlocked));
    assert!(app.status().unwrap().unlocked);
}

#[test]
fn the_observer_hears_the_outcome_from_the_attempt_thread() {
    let (_dir, app) = app();
    let d = Disguise::new(app);
    let (tx, rx) = channel();
    d.set_observer(Some(Arc::new(move |o| tx.send(o).unwrap())));
    type_keys(&d, "2580=");
    assert_eq!(rx.recv_timeout(Duration::from_secs(10)).unwrap(), AttemptOutcome::Unlocked);
}

#[test]
fn quick_exit_overtakes_an_unlock_in_progress() {
    let (_dir, app) = app();
    let d = Disguise::new(app.clone());
    type_keys(&d, "2580=");
    // The KDF is running on its own thread; quick exit returns at once and wins.
    let started = Instant::now();
    let view = d.quick_exit();
    let took = started.elapsed();
    assert_eq!(view.display, "0");
    assert!(took < Duration::from_millis(100), "quick exit waited {took:?}");
    d.wait_for_attempt(Duration::from_secs(10));
    assert!(!app.status().unwrap().unlocked, "the attempt that was running must not open the vault");
}

#[test]
fn quick_exit_during_long_vault_work_locks_and_later_calls_fail() {
    let (_dir, app) = app();
    app.unlock(&Pin::new("2580".into()).unwrap()).unwrap();
    for i in 0..200 {
        app.journal_append(&NewEntry { text: format!("entry {i} {}", "x".repeat(2000)), ..Default::default() })
            .unwrap();
    }
    let d = Arc::new(Disguise::new(app.clone()));
    let worker = {
        let app = app.clone();
        std::thread::spawn(move || {
            let mut out = Vec::new();
            let to =
                crate::journal::export::ExportTo::Recipient(age::x25519::Identity::generate().to_public().to_string());
            app.with_vault(|v| {
                Ok(crate::journal::export::export(
                    v.store.conn(),
                    &mut out,
                    &to,
                    &crate::l10n::Localizer::new(&[]),
                    &mut |_, _| {
                        std::thread::sleep(Duration::from_millis(1));
                        true
                    },
                )?)
            })
        })
    };
    std::thread::sleep(Duration::from_millis(30));
    let started = Instant::now();
    d.quick_exit();
    assert!(started.elapsed() < Duration::from_millis(50));
    assert_eq!(worker.join().unwrap().unwrap_err(), AppError::Locked);
    assert_eq!(app.journal_count().unwrap_err(), AppError::Locked);
}

#[test]
fn auto_lock_after_inactivity_and_on_background() {
    let (_dir, app) = app();
    app.set_auto_lock(Some(Duration::from_secs(60))).unwrap();
    app.unlock(&Pin::new("2580".into()).unwrap()).unwrap();
    assert!(!app.check_auto_lock_at(Instant::now() + Duration::from_secs(59)));
    assert!(app.check_auto_lock_at(Instant::now() + Duration::from_secs(61)));
    assert!(!app.status().unwrap().unlocked);
    app.unlock(&Pin::new("2580".into()).unwrap()).unwrap();
    let d = Disguise::new(app.clone());
    type_keys(&d, "12+");
    let view = d.lifecycle(Lifecycle::Background);
    assert_eq!(view.display, "0", "the app switcher shows a fresh calculator");
    assert!(!app.status().unwrap().unlocked);
    // Off: only hiding or the background lock it.
    app.set_auto_lock(None).unwrap();
    app.unlock(&Pin::new("2580".into()).unwrap()).unwrap();
    assert!(!app.check_auto_lock_at(Instant::now() + Duration::from_secs(86_400)));
}
