//! The disguise's promises in figures: quick exit while an export runs on another thread,
//! and the real, second (decoy), emergency (duress) and wrong PINs taking the same time.

use std::sync::Arc;
use std::time::{Duration, Instant};

use harbour_core::app::Harbour;
use harbour_core::journal::NewEntry;
use harbour_core::journal::export::ExportTo;
use harbour_core::secret::Pin;
use harbour_core::vault::{KdfParams, MemoryKeyStore, SetupOptions};

use crate::report::{Budget, Report, Row, median};

fn pin(s: &str) -> Pin {
    Pin::new(s.into()).unwrap()
}

fn prepared(dir: &std::path::Path, params: KdfParams) -> Harbour {
    let app = Harbour::open(dir, Arc::new(MemoryKeyStore::default())).unwrap();
    app.setup(&pin(PINS[REAL]), SetupOptions { kdf: params, platform_secret: true }).unwrap();
    app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
    app.set_decoy_pin(&pin(PINS[1]), true).unwrap();
    app.set_duress_pin(&pin(PINS[DURESS])).unwrap();
    wait_closed(&app);
    app
}

/// Locks and waits for the journal to be closed, so the next unlock measured does not share
/// the machine with the closing thread's checkpoint.
fn wait_closed(app: &Harbour) {
    let open = app.status().unwrap().unlocked;
    let before = app.sessions_released();
    app.lock();
    while open && app.sessions_released() == before {
        std::thread::sleep(Duration::from_micros(100));
    }
}

const REAL: usize = 0;
const WRONG: usize = 2;
const DURESS: usize = 3;
const PINS: [&str; 4] = ["2580", "1111", "4321", "7777"];
const MARKER: &str = "MARKER-main-journal";

/// Unlocks with PIN `kind`, checks the outcome is that PIN's, and returns the time taken and
/// the KDF's share of it.
fn timed_unlock(app: &Harbour, kind: usize) -> (Duration, Duration) {
    let t = Instant::now();
    let result = app.unlock(&pin(PINS[kind]));
    let took = t.elapsed();
    let kdf = app.vault().last_kdf_time();
    let shows_main = || app.journal_list(0, 10).unwrap().iter().any(|e| e.text == MARKER);
    match kind {
        REAL => assert!(result.is_ok() && shows_main(), "the real PIN opens the main journal"),
        WRONG => assert!(result.is_err(), "a wrong PIN opens nothing"),
        _ => assert!(result.is_ok() && !shows_main(), "PIN {kind} opens the second journal"),
    }
    wait_closed(app);
    if kind == DURESS {
        assert!(app.unlock(&pin(PINS[REAL])).is_err(), "the emergency PIN destroyed the main journal");
    }
    (took, kdf)
}

/// Calls `quick_exit` and returns how long until the session's database was closed (its
/// key wiped by SQLCipher) on the closing thread.
fn exit_until_closed(app: &Harbour) -> Duration {
    let before = app.sessions_released();
    let t = Instant::now();
    app.quick_exit();
    while app.sessions_released() == before {
        assert!(t.elapsed() < Duration::from_secs(10), "the journal was never closed");
        std::hint::spin_loop();
    }
    t.elapsed()
}

fn export_in_background(app: &Arc<Harbour>) -> std::thread::JoinHandle<bool> {
    let app = app.clone();
    std::thread::spawn(move || {
        let to = ExportTo::Recipient(age::x25519::Identity::generate().to_public().to_string());
        let path = std::env::temp_dir().join(format!("harbour-bench-{}.age", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let r = app.journal_export(&path, &to, &[], &mut |_, _| true);
        let left = path.exists();
        let _ = std::fs::remove_file(&path);
        r.is_err() && !left
    })
}

pub fn run(report: &mut Report, scale: usize) {
    let dir = tempfile::tempdir().unwrap();
    let app = Arc::new(Harbour::open(dir.path(), Arc::new(MemoryKeyStore::default())).unwrap());
    app.setup(&pin("2580"), SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true }).unwrap();
    for i in 0..3_000 {
        app.journal_append(&NewEntry { text: format!("Entry {i}: {}", "details ".repeat(60)), ..Default::default() })
            .unwrap();
    }
    app.lock();
    // Idle: an open journal, nothing running.
    let mut idle = Vec::new();
    for _ in 0..10 * scale {
        app.unlock(&pin("2580")).unwrap();
        idle.push(exit_until_closed(&app));
    }
    report.push(Row {
        what: "quick exit, idle: call to journal closed and key wiped".into(),
        ours: median(idle),
        ours_text: None,
        baseline: None,
        budget: Budget::Absolute(Duration::from_millis(5)),
    });
    // While a long export writes an age file on another thread.
    let mut during_export = Vec::new();
    for _ in 0..5 * scale {
        app.unlock(&pin("2580")).unwrap();
        let worker = export_in_background(&app);
        std::thread::sleep(Duration::from_millis(20));
        during_export.push(exit_until_closed(&app));
        assert!(worker.join().unwrap(), "the export was stopped and its partial file removed");
        assert!(app.journal_count().is_err(), "nothing works without unlocking again");
    }
    report.push(Row {
        what: "quick exit during an export: call to export stopped, journal closed, key wiped".into(),
        ours: median(during_export),
        ours_text: None,
        baseline: None,
        budget: Budget::Absolute(Duration::from_millis(5)),
    });
    // While an unlock is in its KDF: the call returns at once and nothing is ever opened.
    let params = harbour_core::vault::calibrate(Duration::from_millis(300));
    let slow_dir = tempfile::tempdir().unwrap();
    let slow = Arc::new(Harbour::open(slow_dir.path(), Arc::new(MemoryKeyStore::default())).unwrap());
    slow.setup(&pin("2580"), SetupOptions { kdf: params, platform_secret: true }).unwrap();
    slow.lock();
    let (mut calls, mut kdf_left) = (Vec::new(), Vec::new());
    for _ in 0..3 * scale {
        let worker = {
            let app = slow.clone();
            std::thread::spawn(move || app.unlock(&pin("2580")))
        };
        std::thread::sleep(Duration::from_millis(100));
        let t = Instant::now();
        slow.quick_exit();
        calls.push(t.elapsed());
        let result = worker.join().unwrap();
        kdf_left.push(t.elapsed());
        assert!(result.is_err() && !slow.status().unwrap().unlocked, "an unlock cut by a quick exit opens nothing");
        assert_eq!(slow.status().unwrap().failed_attempts, 0, "and costs no try");
    }
    report.push(Row {
        what: "quick exit during an unlock's KDF: call returns; the store is never opened".into(),
        ours: median(calls),
        ours_text: None,
        baseline: None,
        budget: Budget::Absolute(Duration::from_millis(5)),
    });
    report.push(Row {
        what: "… the KDF's own key material lives until the KDF ends (Argon2 cannot be cut short)".into(),
        ours: median(kdf_left),
        ours_text: None,
        baseline: None,
        budget: Budget::Info,
    });
    // Lock right after writes: closing folds the WAL back into the database (on its thread).
    let mut after_writes = Vec::new();
    for round in 0..5 * scale {
        app.unlock(&pin("2580")).unwrap();
        for i in 0..200 {
            app.journal_append(&NewEntry { text: format!("Round {round} write {i}"), ..Default::default() }).unwrap();
        }
        after_writes.push(exit_until_closed(&app));
    }
    report.push(Row {
        what: "quick lock after 200 journal writes: call to journal closed (WAL folded back)".into(),
        ours: median(after_writes),
        ours_text: None,
        baseline: None,
        budget: Budget::Absolute(Duration::from_millis(5)),
    });

    // Equal work for every PIN: one KDF, every slot tried, the same disk work. Calibrated as
    // on a phone. Each unlock's result is checked, so a broken decoy fails the row.
    let params = harbour_core::vault::calibrate(Duration::from_millis(750));
    let mut took: [Vec<Duration>; 4] = Default::default();
    let mut rest: [Vec<Duration>; 4] = Default::default();
    // On a shared VM single unlocks stray by up to 20 %, so the full run takes 24 samples of
    // each PIN (12 of the emergency PIN, which needs a fresh vault each time).
    let rounds = if scale > 1 { 12 } else { 3 };
    for round in 0..rounds {
        let dir = tempfile::tempdir().unwrap();
        let app = prepared(dir.path(), params);
        // Rotate the order each round so no PIN always goes first (caches, clocks).
        let order = [[0, 1, 2], [1, 2, 0], [2, 0, 1]][round % 3];
        for _ in 0..2 {
            for kind in order {
                let (total, kdf) = timed_unlock(&app, kind);
                took[kind].push(total);
                rest[kind].push(total.saturating_sub(kdf));
                if kind == WRONG {
                    // A right PIN clears the counter, so wrong attempts never meet a delay.
                    let _ = app.unlock(&pin(PINS[REAL]));
                    wait_closed(&app);
                }
            }
        }
        let (total, kdf) = timed_unlock(&app, DURESS);
        took[DURESS].push(total);
        rest[DURESS].push(total.saturating_sub(kdf));
    }
    let names = ["real PIN", "second (decoy) PIN", "wrong PIN", "emergency (duress) PIN, wipe included"];
    let medians: Vec<Duration> = took.into_iter().map(median).collect();
    for kind in 1..4 {
        report.push(Row {
            what: format!("unlock time, {}, vs the real PIN", names[kind]),
            ours: medians[kind],
            ours_text: None,
            baseline: Some(("real PIN".into(), medians[REAL])),
            budget: Budget::Ratio(1.10),
        });
    }
    let rests: Vec<Duration> = rest.into_iter().map(median).collect();
    for kind in 0..4 {
        report.push(Row {
            what: format!("unlock, all but the KDF, {} (result checked)", names[kind]),
            ours: rests[kind],
            ours_text: None,
            baseline: None,
            budget: Budget::Absolute(Duration::from_millis(10)),
        });
    }
    let spread = *rests.iter().max().unwrap() - *rests.iter().min().unwrap();
    report.push(Row {
        what: "unlock all but the KDF: spread across the four PINs (slowest − fastest)".into(),
        ours: spread,
        ours_text: None,
        baseline: None,
        budget: Budget::Absolute(Duration::from_millis(5)),
    });
}
