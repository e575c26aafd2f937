//! The emergency PIN's wipe, killed half-way (a failpoint aborts the process), is finished by
//! the next start before anything else: the real journal is gone, the real PIN fails, and the
//! files look as they should.

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;

use harbour_core::app::{AppError, Harbour};
use harbour_core::journal::NewEntry;
use harbour_core::secret::Pin;
use harbour_core::vault::{KdfParams, SetupOptions, VaultError};

const MARKER: &str = "MARKER-real-journal-crash";

fn pin(s: &str) -> Pin {
    Pin::new(s.into()).unwrap()
}

fn prepare(dir: &Path) {
    let keystore = Arc::new(harbour_tests::keystore::FileKeyStore::new(dir.join("keystore")));
    let app = Harbour::open(&dir.join("data"), keystore).unwrap();
    app.setup(&pin("2580"), SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true }).unwrap();
    app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
    app.set_decoy_pin(&pin("1111"), true).unwrap();
    app.set_duress_pin(&pin("7777")).unwrap();
    app.lock();
}

fn run_child(dir: &Path, failpoint: &str) -> std::process::ExitStatus {
    Command::new(env!("CARGO_BIN_EXE_harbour-crash-child"))
        .arg("duress")
        .arg(dir)
        .env("HARBOUR_FAILPOINT", failpoint)
        .stdout(Stdio::null())
        .status()
        .unwrap()
}

#[test]
fn a_wipe_killed_at_any_step_is_finished_on_the_next_start() {
    for failpoint in ["shred-after-marker", "header-before-overwrite", "shred-after-slot", "shred-after-file"] {
        let dir = tempfile::tempdir().unwrap();
        prepare(dir.path());
        let status = run_child(dir.path(), failpoint);
        assert!(!status.success(), "{failpoint}: the child should have been killed");
        assert!(dir.path().join("data/vault.wipe").exists(), "{failpoint}: the marker survives the crash");

        let keystore = Arc::new(harbour_tests::keystore::FileKeyStore::new(dir.path().join("keystore")));
        let app = Harbour::open(&dir.path().join("data"), keystore).unwrap();
        assert!(!dir.path().join("data/vault.wipe").exists(), "{failpoint}: the wipe was finished on start");
        assert!(matches!(app.unlock(&pin("2580")), Err(AppError::Vault(VaultError::WrongPin { .. }))), "{failpoint}");
        app.unlock(&pin("1111")).unwrap();
        // The seeded second journal: 9 to 15 everyday entries, none of them the real one.
        assert!((9..=15).contains(&app.journal_count().unwrap()), "{failpoint}: the second journal opens");
        app.lock();
        drop(app);
        for file in harbour_tests::forensics::files_under(&dir.path().join("data")) {
            let bytes = std::fs::read(&file).unwrap();
            assert!(!harbour_tests::forensics::contains(&bytes, MARKER.as_bytes()), "{failpoint}: {}", file.display());
        }
    }
}

#[test]
fn without_a_crash_the_wipe_leaves_no_marker() {
    let dir = tempfile::tempdir().unwrap();
    prepare(dir.path());
    let status = run_child(dir.path(), "none");
    assert!(status.success());
    assert!(!dir.path().join("data/vault.wipe").exists());
}

/// A PIN change killed after the new slot was saved aside (`vault.rekey`) or after the
/// journal was re-keyed, before the header took the new slot: the next start opens the journal
/// with exactly one of the two PINs — the old one if the re-key had not committed, the new one
/// if it had — and everything written before is there.
#[test]
fn a_pin_change_killed_at_any_step_leaves_exactly_one_pin_that_opens_everything() {
    for (failpoint, works, fails) in [("rekey-after-journal", "2580", "3690"), ("rekey-after-database", "3690", "2580")]
    {
        let dir = tempfile::tempdir().unwrap();
        prepare(dir.path());
        let status = Command::new(env!("CARGO_BIN_EXE_harbour-crash-child"))
            .args(["pin".as_ref(), dir.path().as_os_str(), "2580".as_ref()])
            .env("HARBOUR_FAILPOINT", failpoint)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(!status.success(), "{failpoint}: the child should have been killed");
        let keystore = Arc::new(harbour_tests::keystore::FileKeyStore::new(dir.path().join("keystore")));
        let app = Harbour::open(&dir.path().join("data"), keystore).unwrap();
        assert!(
            matches!(app.unlock(&pin(fails)), Err(AppError::Vault(VaultError::WrongPin { .. }))),
            "{failpoint}: {fails} must not open"
        );
        app.unlock(&pin(works)).unwrap_or_else(|e| panic!("{failpoint}: {works} opens: {e:?}"));
        assert!(app.journal_list(0, 10).unwrap().iter().any(|e| e.text == MARKER), "{failpoint}: the entry is there");
        app.journal_verify().unwrap();
    }
}
