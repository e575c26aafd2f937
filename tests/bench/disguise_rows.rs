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
    app.setup(&pin("2580"), SetupOptions { kdf: params, platform_secret: true }).unwrap();
    app.set_decoy_pin(&pin("1111"), true).unwrap();
    app.set_duress_pin(&pin("7777")).unwrap();
    app.lock();
    app
}

fn timed_unlock(app: &Harbour, p: &str) -> Duration {
    let t = Instant::now();
    let _ = app.unlock(&pin(p));
    let took = t.elapsed();
    app.lock();
    took
}

pub fn run(report: &mut Report, scale: usize) {
    // Quick exit while a long export holds the vault on another thread.
    let dir = tempfile::tempdir().unwrap();
    let app = Arc::new(Harbour::open(dir.path(), Arc::new(MemoryKeyStore::default())).unwrap());
    app.setup(&pin("2580"), SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true }).unwrap();
    for i in 0..3_000 {
        app.journal_append(&NewEntry { text: format!("Entry {i}: {}", "details ".repeat(60)), ..Default::default() })
            .unwrap();
    }
    let mut exits = Vec::new();
    for _ in 0..5 * scale {
        app.unlock(&pin("2580")).unwrap();
        let worker = {
            let app = app.clone();
            std::thread::spawn(move || {
                let to = ExportTo::Recipient(age::x25519::Identity::generate().to_public().to_string());
                let path = std::env::temp_dir().join(format!("harbour-bench-{}.age", std::process::id()));
                let _ = std::fs::remove_file(&path);
                let r = app.journal_export(&path, &to, &[], &mut |_, _| true);
                let _ = std::fs::remove_file(&path);
                r
            })
        };
        std::thread::sleep(Duration::from_millis(20));
        let t = Instant::now();
        app.quick_exit();
        exits.push(t.elapsed());
        assert!(worker.join().unwrap().is_err(), "the export was stopped");
        assert!(app.journal_count().is_err(), "nothing works without unlocking again");
    }
    report.push(Row {
        what: "quick exit while an export runs on another thread".into(),
        ours: median(exits),
        ours_text: None,
        baseline: None,
        budget: Budget::Absolute(Duration::from_millis(5)),
    });

    // Equal work for every PIN: one KDF, every slot tried. Calibrated as on a phone.
    let params = harbour_core::vault::calibrate(Duration::from_millis(750));
    let (mut real, mut decoy, mut wrong, mut duress) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // Whole turns of the three orders. On a shared VM single unlocks stray by up to 20 %, so
    // the full run takes 24 samples of each PIN (12 of the duress PIN) before comparing medians.
    let rounds = if scale > 1 { 12 } else { 3 };
    for round in 0..rounds {
        let dir = tempfile::tempdir().unwrap();
        let app = prepared(dir.path(), params);
        // Rotate the order each round so no PIN always goes first (caches, clocks).
        let order = [["2580", "1111", "4321"], ["1111", "4321", "2580"], ["4321", "2580", "1111"]][round % 3];
        for _ in 0..2 {
            for p in order {
                let took = timed_unlock(&app, p);
                match p {
                    "2580" => real.push(took),
                    "1111" => decoy.push(took),
                    _ => {
                        wrong.push(took);
                        // A right PIN clears the counter, so wrong attempts never meet a delay.
                        let _ = app.unlock(&pin("2580"));
                        app.lock();
                    }
                }
            }
        }
        duress.push(timed_unlock(&app, "7777"));
    }
    let medians = [
        ("real PIN", median(real)),
        ("second (decoy) PIN", median(decoy)),
        ("wrong PIN", median(wrong)),
        ("emergency (duress) PIN, wipe included", median(duress)),
    ];
    let base = medians[0].1;
    for (what, took) in &medians[1..] {
        report.push(Row {
            what: format!("unlock time, {what}, vs the real PIN"),
            ours: *took,
            ours_text: None,
            baseline: Some(("real PIN".into(), base)),
            budget: Budget::Ratio(1.10),
        });
    }
    let fastest = medians.iter().map(|m| m.1).min().unwrap();
    let slowest = medians.iter().map(|m| m.1).max().unwrap();
    report.push(Row {
        what: "unlock time spread across real, decoy, wrong and duress PINs (slowest / fastest)".into(),
        ours: slowest,
        ours_text: None,
        baseline: Some(("fastest".into(), fastest)),
        budget: Budget::Ratio(1.10),
    });
}
