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
    for failpoint in ["shred-after-marker", "shred-after-slot", "shred-after-file"] {
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
        assert_eq!(app.journal_count().unwrap(), 6);
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
