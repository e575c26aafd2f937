//! Unlock split into the KDF and everything else; quick lock; first screen after launch.

use std::sync::Arc;
use std::time::Duration;

use harbour_core::app::Harbour;
use harbour_core::journal::NewEntry;
use harbour_core::secret::{Pin, SecretKey};
use harbour_core::vault::kdf::derive_kek;
use harbour_core::vault::{KdfParams, MemoryKeyStore, SetupOptions, calibrate};

use crate::report::{Budget, Report, Row, fmt, median, time};

pub fn run(report: &mut Report, scale: usize) {
    let target = Duration::from_millis(750);
    let params = calibrate(target);
    eprintln!("calibrated for {}: {} MiB, t = {}", fmt(target), params.m_kib / 1024, params.t);
    let dir = tempfile::tempdir().unwrap();
    let keystore = Arc::new(MemoryKeyStore::default());
    let app = Harbour::open(dir.path(), keystore.clone()).unwrap();
    let pin = Pin::new("482615".into()).unwrap();
    app.setup(&pin, SetupOptions { kdf: params, platform_secret: true }).unwrap();
    app.lock();

    let rounds = 3 * scale;
    let pepper = SecretKey::random();
    let kdf_alone = time(rounds, || {
        derive_kek(b"482615", &[0; 16], params, Some(&pepper));
    });
    let mut rest = Vec::new();
    for _ in 0..rounds {
        let timing = app.unlock(&pin).unwrap();
        rest.push(timing.total - timing.kdf);
        app.lock();
    }
    report.push(Row {
        what: format!(
            "KDF alone (Argon2id {} MiB, t = {}), calibrated to {}",
            params.m_kib / 1024,
            params.t,
            fmt(target)
        ),
        ours: kdf_alone,
        ours_text: None,
        baseline: None,
        budget: Budget::Info,
    });
    report.push(Row {
        what: "unlock, all but the KDF (calibrated vault)".into(),
        ours: median(rest),
        ours_text: None,
        baseline: None,
        budget: Budget::Absolute(Duration::from_millis(10)),
    });

    // Unlock with the floor parameters, to see the non-KDF part with less noise around it.
    let fast_dir = tempfile::tempdir().unwrap();
    let fast = Harbour::open(fast_dir.path(), Arc::new(MemoryKeyStore::default())).unwrap();
    fast.setup(&pin, SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true }).unwrap();
    fast.lock();
    let mut rest = Vec::new();
    for _ in 0..20 * scale {
        let timing = fast.unlock(&pin).unwrap();
        rest.push(timing.total - timing.kdf);
        fast.lock();
    }
    report.push(Row {
        what: "unlock, all but the KDF, floor-cost vault (19 MiB, t = 2)".into(),
        ours: median(rest),
        ours_text: None,
        baseline: None,
        budget: Budget::Absolute(Duration::from_millis(10)),
    });

    // A PIN change re-keys the main journal (SQLCipher rekey): every page re-encrypted.
    let big_dir = tempfile::tempdir().unwrap();
    let big = Harbour::open(big_dir.path(), Arc::new(MemoryKeyStore::default())).unwrap();
    big.setup(&pin, SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true }).unwrap();
    for i in 0..10_000 {
        big.journal_append(&NewEntry {
            text: format!("Entry {i}: {}", "what happened today ".repeat(10)),
            ..Default::default()
        })
        .unwrap();
    }
    big.lock();
    let pins = [Pin::new("482615".into()).unwrap(), Pin::new("915263".into()).unwrap()];
    let mut rekeys = Vec::new();
    for round in 0..scale.max(2) {
        let (old, new) = (&pins[round % 2], &pins[(round + 1) % 2]);
        let t = std::time::Instant::now();
        big.change_pin(old, new).unwrap();
        // Two derivations (the old PIN, the new one) are not the re-key.
        rekeys.push(t.elapsed().saturating_sub(big.vault().last_kdf_time() * 2));
    }
    big.unlock(&pins[scale.max(2) % 2]).unwrap();
    assert_eq!(big.journal_count().unwrap(), 10_000, "every entry opens under the new PIN");
    big.lock();
    report.push(Row {
        what: "PIN change re-keying a journal of 10,000 entries (KDFs excluded)".into(),
        ours: median(rekeys),
        ours_text: None,
        baseline: None,
        budget: Budget::Absolute(Duration::from_secs(5)),
    });

    drop(app);
    let launch = time(20 * scale, || {
        let app = Harbour::open(dir.path(), keystore.clone()).unwrap();
        let status = app.status().unwrap();
        assert!(status.set_up);
    });
    report.push(Row {
        what: "launch to first screen (open data dir + content store + status), no KDF".into(),
        ours: launch,
        ours_text: None,
        baseline: None,
        budget: Budget::Absolute(Duration::from_millis(30)),
    });
}
