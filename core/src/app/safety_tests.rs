use std::path::Path;
use std::sync::Arc;

use super::*;
use crate::app::{AppError, Harbour, OutreachSettings};
use crate::content::ContentError;
use crate::journal::NewEntry;
use crate::vault::{KdfParams, MemoryKeyStore, SetupOptions, VaultError};

const FAST: SetupOptions = SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true };
const MARKER: &str = "MARKER-real-journal-4d1e";

fn pin(s: &str) -> Pin {
    Pin::new(s.into()).unwrap()
}

fn app(dir: &Path) -> Harbour {
    Harbour::open(dir, Arc::new(MemoryKeyStore::default())).unwrap()
}

fn texts(app: &Harbour) -> Vec<String> {
    app.journal_list(0, 100).unwrap().into_iter().map(|e| e.text).collect()
}

/// Names and sizes of the files at rest, for comparing two data directories.
fn listing(dir: &Path) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.metadata().unwrap().len()))
        .collect();
    out.sort();
    out
}

fn with_decoy(dir: &Path) -> Harbour {
    let app = app(dir);
    app.setup(&pin("2580"), FAST).unwrap();
    app.set_decoy_pin(&pin("1111"), true).unwrap();
    app
}

#[test]
fn the_second_pin_opens_a_separate_believable_journal() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_decoy(dir.path());
    app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
    assert!(matches!(app.set_decoy_pin(&pin("2580"), false), Err(AppError::Vault(VaultError::PinInUse))));
    app.lock();
    app.unlock(&pin("1111")).unwrap();
    let decoy = texts(&app);
    assert_eq!(decoy.len(), 6);
    assert!(decoy.iter().all(|t| !t.contains(MARKER)) && decoy.contains(&"Called home. Everyone is well.".to_owned()));
    assert!(matches!(app.set_duress_pin(&pin("9999")), Err(AppError::Vault(VaultError::NotPrimary))));
    app.lock();
    app.unlock(&pin("2580")).unwrap();
    assert_eq!(texts(&app), [MARKER]);
    // Changing the second PIN keeps its journal.
    app.set_decoy_pin(&pin("3333"), true).unwrap();
    app.lock();
    assert!(matches!(app.unlock(&pin("1111")), Err(AppError::Vault(VaultError::WrongPin { .. }))));
    app.unlock(&pin("3333")).unwrap();
    assert_eq!(texts(&app).len(), 6);
}

#[test]
fn the_emergency_pin_destroys_the_real_journal_first_then_looks_like_the_decoy() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_decoy(dir.path());
    assert!(matches!(app.set_duress_pin(&pin("1111")), Err(AppError::Vault(VaultError::PinInUse))));
    app.set_duress_pin(&pin("7777")).unwrap();
    app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
    app.lock();

    app.unlock(&pin("7777")).unwrap();
    assert_eq!(texts(&app).len(), 6, "it opens the decoy journal");
    app.lock();
    assert!(
        matches!(app.unlock(&pin("2580")), Err(AppError::Vault(VaultError::WrongPin { .. }))),
        "the real PIN is now just wrong"
    );
    app.unlock(&pin("1111")).unwrap();
    app.lock();
    drop(app);
    for file in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        assert!(!bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()));
    }
    // What is on disk now looks like a fresh install that has a second PIN.
    let fresh = tempfile::tempdir().unwrap();
    let other = with_decoy(fresh.path());
    other.lock();
    drop(other);
    assert_eq!(listing(dir.path()), listing(fresh.path()));
}

#[test]
fn the_emergency_pin_needs_a_second_pin_first() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    app.setup(&pin("2580"), FAST).unwrap();
    assert!(matches!(app.set_duress_pin(&pin("7777")), Err(AppError::Vault(VaultError::DecoyRequired))));
}

#[test]
fn files_look_the_same_with_or_without_a_decoy() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let plain = app(a.path());
    plain.setup(&pin("2580"), FAST).unwrap();
    plain.lock();
    drop(plain);
    let decoy = app(b.path());
    decoy.setup(&pin("2580"), FAST).unwrap();
    decoy.set_decoy_pin(&pin("1111"), false).unwrap();
    decoy.lock();
    drop(decoy);
    assert_eq!(listing(a.path()), listing(b.path()));
}

#[test]
fn wipe_after_n_failures_when_the_person_chose_it() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    app.setup(&pin("2580"), FAST).unwrap();
    app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
    app.lock();
    assert_eq!(app.wipe_after().unwrap(), None, "off by default");
    app.set_wipe_after(Some(3)).unwrap();
    for _ in 0..3 {
        assert!(matches!(app.unlock(&pin("0000")), Err(AppError::Vault(VaultError::WrongPin { .. }))));
    }
    assert!(matches!(app.unlock(&pin("2580")), Err(AppError::Vault(VaultError::WrongPin { .. }))));
    assert_eq!(app.wipe_after().unwrap(), Some(3), "the choice survives the wipe");
}

#[test]
fn handoff_leaves_nothing_of_the_worker_and_asks_for_a_new_pin() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let settings = OutreachSettings {
        locale: Some("ti".into()),
        country: Some("GB".into()),
        disguise: Some("calculator".into()),
        organisation_name: Some("Outreach org".into()),
        organisation_contact: Some("+448000121700".into()),
        organisation_age_key: None,
    };
    app.configure_outreach(&settings).unwrap();
    // The worker tried the journal with a PIN of their own.
    app.setup(&pin("4444"), FAST).unwrap();
    app.journal_append(&NewEntry { text: "worker test".into(), ..Default::default() }).unwrap();
    app.handoff().unwrap();
    assert!(!app.status().unwrap().set_up, "the survivor chooses their own PIN");
    assert!(matches!(app.unlock(&pin("4444")), Err(AppError::Vault(VaultError::NotSetUp))));
    assert_eq!(app.outreach_settings().unwrap(), settings, "the worker's choices stay");
    app.setup(&pin("2580"), FAST).unwrap();
    assert!(texts(&app).is_empty());
    app.lock();
    assert!(matches!(app.unlock(&pin("4444")), Err(AppError::Vault(VaultError::WrongPin { .. }))));
}

#[test]
fn reset_needs_its_code_and_returns_to_a_fresh_state() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_decoy(dir.path());
    app.set_setting("country", "GB").unwrap();
    assert_eq!(app.reset("000000x").unwrap_err(), AppError::WrongConfirmation);
    let code = app.begin_reset();
    assert_eq!(app.reset("wrong").unwrap_err(), AppError::WrongConfirmation);
    assert!(app.status().unwrap().set_up, "a wrong code changes nothing");
    app.reset(&code).unwrap();
    assert!(!app.status().unwrap().set_up);
    assert_eq!(app.setting("country").unwrap(), None);
    let lines = app
        .helplines(&crate::content::query::HelplineFilter { country: Some("GB".into()), ..Default::default() })
        .unwrap();
    assert!(!lines.is_empty(), "help is there again straight away");
}

#[test]
fn a_damaged_help_store_does_not_keep_the_person_from_their_journal() {
    let dir = tempfile::tempdir().unwrap();
    let keystore = Arc::new(MemoryKeyStore::default());
    let gb = crate::content::query::HelplineFilter { country: Some("GB".into()), ..Default::default() };
    {
        let app = Harbour::open(dir.path(), keystore.clone()).unwrap();
        app.setup(&pin("2580"), FAST).unwrap();
        app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
        app.lock();
    }
    // The first page's salt gone: SQLCipher cannot read the file at all.
    let content = ContentStore::path_in(dir.path());
    let mut bytes = std::fs::read(&content).unwrap();
    bytes[..16].fill(0);
    std::fs::write(&content, &bytes).unwrap();

    let app = Harbour::open(dir.path(), keystore.clone()).expect("the app opens without its help store");
    assert!(app.content_damaged());
    assert_eq!(app.helplines(&gb).unwrap_err(), AppError::Content(ContentError::Store(StoreError::NotADatabase)));
    assert_eq!(app.setting("locale").unwrap_err(), AppError::Content(ContentError::Store(StoreError::NotADatabase)));
    app.unlock(&pin("2580")).expect("the journal still opens");
    assert_eq!(texts(&app), [MARKER]);
    app.journal_verify().expect("and verifies");
    let export = dir.path().join("journal.age");
    let to = crate::journal::export::ExportTo::Passphrase("a long export passphrase".to_owned().into());
    app.journal_export(&export, &to, &[], &mut |_, _| true).expect("and exports, in the default language");
    assert_eq!(std::fs::read(&content).unwrap(), bytes, "the damaged file is left as it was");

    // A reset (the person's choice, confirmed) brings help back.
    let code = app.begin_reset();
    app.reset(&code).unwrap();
    assert!(!app.content_damaged());
    assert!(!app.helplines(&gb).unwrap().is_empty());
}
