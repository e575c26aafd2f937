use std::path::Path;
use std::sync::Arc;

use super::*;
use crate::app::{AppError, Harbour, OutreachSettings};
use crate::journal::NewEntry;
use crate::vault::{KdfParams, KeyStore, MemoryKeyStore, SetupOptions, VaultError};

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
    assert!(decoy.len() >= 9, "{decoy:?}");
    assert!(decoy.iter().all(|t| !t.contains(MARKER)));
    // A decoy session answers like a main session that has no second PIN yet.
    assert_eq!(app.safety_pins().unwrap(), (false, false));
    assert!(matches!(app.set_duress_pin(&pin("9999")), Err(AppError::Vault(VaultError::DecoyRequired))));
    app.lock();
    app.unlock(&pin("2580")).unwrap();
    assert_eq!(texts(&app), [MARKER]);
    // Changing the second PIN keeps its journal.
    app.set_decoy_pin(&pin("3333"), true).unwrap();
    app.lock();
    assert!(matches!(app.unlock(&pin("1111")), Err(AppError::Vault(VaultError::WrongPin { .. }))));
    app.unlock(&pin("3333")).unwrap();
    assert_eq!(texts(&app), decoy);
}

#[test]
fn the_emergency_pin_destroys_the_real_journal_first_then_looks_like_the_decoy() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_decoy(dir.path());
    assert!(matches!(app.set_duress_pin(&pin("1111")), Err(AppError::Vault(VaultError::PinInUse))));
    app.set_duress_pin(&pin("7777")).unwrap();
    app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
    app.lock();
    app.unlock(&pin("1111")).unwrap();
    let decoy = texts(&app);
    app.lock();
    app.unlock(&pin("2580")).unwrap();
    app.lock();

    app.unlock(&pin("7777")).unwrap();
    assert_eq!(texts(&app), decoy, "it opens the decoy journal");
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
    assert_eq!(app.wipe_after().unwrap(), None, "off by default");
    app.set_wipe_after(Some(3)).unwrap();
    app.lock();
    for _ in 0..3 {
        assert!(matches!(app.unlock(&pin("0000")), Err(AppError::Vault(VaultError::WrongPin { .. }))));
    }
    assert!(matches!(app.unlock(&pin("2580")), Err(AppError::Vault(VaultError::WrongPin { .. }))));
    assert_eq!(app.vault().wipe_after().unwrap(), Some(3), "the choice survives the wipe");
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
fn an_unreadable_help_store_is_rebuilt_aside_and_the_journal_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let keystore = Arc::new(MemoryKeyStore::default());
    let gb = crate::content::query::HelplineFilter { country: Some("GB".into()), ..Default::default() };
    {
        let app = Harbour::open(dir.path(), keystore.clone()).unwrap();
        app.setup(&pin("2580"), FAST).unwrap();
        app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
        app.set_setting("country", "GB").unwrap();
        app.lock();
    }
    // The first page's salt gone: SQLCipher cannot read the file at all.
    let content = ContentStore::path_in(dir.path());
    let mut bytes = std::fs::read(&content).unwrap();
    bytes[..16].fill(0);
    std::fs::write(&content, &bytes).unwrap();
    let vault_files: Vec<_> =
        (0..2).map(|i| std::fs::read(dir.path().join(format!("vault-{i}.db"))).unwrap()).collect();

    let app = Harbour::open(dir.path(), keystore.clone()).expect("the app opens");
    assert!(app.content_rebuilt() && !app.content_damaged());
    assert!(!app.helplines(&gb).unwrap().is_empty(), "help is back at once");
    assert_eq!(app.setting("country").unwrap(), None, "settings start again");
    assert_eq!(std::fs::read(dir.path().join("content.db.unreadable")).unwrap(), bytes, "kept aside as it was");
    for (i, before) in vault_files.iter().enumerate() {
        assert_eq!(&std::fs::read(dir.path().join(format!("vault-{i}.db"))).unwrap(), before, "the journal untouched");
    }
    app.unlock(&pin("2580")).expect("the journal still opens");
    assert_eq!(texts(&app), [MARKER]);
    app.journal_verify().expect("and verifies");
}

// Adversary review, finding 8: a content key missing from the keystore broke the whole app,
// the calculator included.
#[test]
fn a_keystore_that_lost_the_help_key_still_gives_help_and_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let keystore = Arc::new(MemoryKeyStore::default());
    {
        let app = Harbour::open(dir.path(), keystore.clone()).unwrap();
        app.setup(&pin("2580"), FAST).unwrap();
        app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
        app.lock();
    }
    keystore.delete(crate::vault::keystore::names::CONTENT_KEY).unwrap();
    let app = Harbour::open(dir.path(), keystore.clone()).expect("the app opens");
    assert!(app.content_rebuilt());
    assert!(!app.countries().unwrap().is_empty());
    app.unlock(&pin("2580")).unwrap();
    assert_eq!(texts(&app), [MARKER]);
}

#[test]
fn a_read_only_data_directory_still_opens_the_app() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o500)).unwrap();
    // Root ignores permissions; the check means something only for other users.
    let writable = std::fs::write(data.join("probe"), b"x").is_ok();
    let app = Harbour::open(&data, Arc::new(MemoryKeyStore::default())).expect("the app opens");
    if !writable {
        assert!(app.content_damaged());
        assert!(app.helplines(&Default::default()).is_err());
        assert!(!app.status().unwrap().set_up);
    }
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
}

fn is_wrong<T: std::fmt::Debug>(r: Result<T, AppError>) -> bool {
    matches!(r, Err(AppError::Vault(VaultError::WrongPin { .. })))
}

// Finding 1: in a decoy session, setting PINs answered "already in use" for the real and the
// emergency PIN, and the second and emergency PIN calls failed where a real session succeeds.
#[test]
fn a_decoy_session_answers_like_a_main_one_and_reveals_no_pin() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_decoy(dir.path());
    app.set_duress_pin(&pin("7777")).unwrap();
    app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
    app.lock();
    app.unlock(&pin("1111")).unwrap();
    // The real PIN and the emergency PIN, offered as new second and emergency PINs: accepted
    // like any other; the session's own PIN is refused, as a main session refuses its own.
    app.set_decoy_pin(&pin("2580"), true).unwrap();
    app.set_duress_pin(&pin("7777")).unwrap();
    assert!(matches!(app.set_decoy_pin(&pin("1111"), true), Err(AppError::Vault(VaultError::PinInUse))));
    assert!(matches!(app.set_duress_pin(&pin("2580")), Err(AppError::Vault(VaultError::PinInUse))));
    assert_eq!(app.safety_pins().unwrap(), (true, true));
    app.set_wipe_after(Some(1)).unwrap();
    assert_eq!(app.wipe_after().unwrap(), Some(1));
    // Its own PIN changed to the real one: accepted; the real PIN still opens the real journal.
    app.lock();
    app.change_pin(&pin("1111"), &pin("2580")).unwrap();
    app.unlock(&pin("2580")).unwrap();
    assert_eq!(texts(&app), [MARKER]);
    assert_eq!(app.wipe_after().unwrap(), None, "the decoy's wipe-after was its own");
    assert_eq!(app.safety_pins().unwrap(), (true, true));
    app.lock();
    // The emergency PIN still works as the main session set it.
    app.unlock(&pin("7777")).unwrap();
    assert!(!texts(&app).contains(&MARKER.to_owned()));
}

// Finding 2: hand-over, the organisation's export key and wipe-after needed no PIN.
#[test]
fn power_calls_need_the_main_session_once_a_pin_exists() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let theirs = age::x25519::Identity::generate().to_public().to_string();
    let ours = age::x25519::Identity::generate().to_public().to_string();
    let org = |key: &str| OutreachSettings { organisation_age_key: Some(key.into()), ..Default::default() };
    app.configure_outreach(&org(&ours)).unwrap();
    app.setup(&pin("2580"), FAST).unwrap();
    app.set_decoy_pin(&pin("1111"), true).unwrap();
    app.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
    app.lock();
    // Locked: each is refused and changes nothing.
    assert_eq!(app.handoff().unwrap_err(), AppError::Locked);
    assert_eq!(app.configure_outreach(&org(&theirs)).unwrap_err(), AppError::Locked);
    assert_eq!(app.set_setting("org.age_key", &theirs).unwrap_err(), AppError::Locked);
    assert_eq!(app.set_wipe_after(Some(1)).unwrap_err(), AppError::Locked);
    let code = app.begin_reset();
    assert_eq!(app.reset(&code).unwrap_err(), AppError::Locked);
    assert_eq!(app.outreach_settings().unwrap().organisation_age_key, None, "not shown on a locked phone");
    assert!(matches!(
        app.set_setting("handed_off", "0"),
        Err(AppError::InvalidInput(crate::input::Invalid { problem: crate::input::Problem::NotChangeable, .. }))
    ));
    // In a decoy session: accepted, and kept apart.
    app.unlock(&pin("1111")).unwrap();
    app.configure_outreach(&org(&theirs)).unwrap();
    assert_eq!(app.outreach_settings().unwrap().organisation_age_key.as_deref(), Some(theirs.as_str()));
    app.handoff().unwrap();
    assert!(app.status().unwrap().set_up && !app.status().unwrap().unlocked);
    app.unlock(&pin("1111")).unwrap();
    assert!(texts(&app).is_empty(), "the decoy's hand-over emptied its own journal");
    app.lock();
    app.unlock(&pin("2580")).unwrap();
    assert_eq!(texts(&app), [MARKER]);
    assert_eq!(app.outreach_settings().unwrap().organisation_age_key.as_deref(), Some(ours.as_str()));
    // In the main session: done.
    app.set_setting("org.age_key", &theirs).unwrap();
    assert_eq!(app.outreach_settings().unwrap().organisation_age_key.as_deref(), Some(theirs.as_str()));
    app.handoff().unwrap();
    assert!(!app.status().unwrap().set_up);
    assert!(
        is_wrong(app.unlock(&pin("2580")))
            || matches!(app.unlock(&pin("2580")), Err(AppError::Vault(VaultError::NotSetUp)))
    );
}

// Finding 8: a wipe in another process left this one saving into a destroyed journal.
#[test]
fn an_emergency_pin_in_another_process_locks_this_one() {
    let dir = tempfile::tempdir().unwrap();
    let keystore = Arc::new(MemoryKeyStore::default());
    let first = Harbour::open(dir.path(), keystore.clone()).unwrap();
    first.setup(&pin("2580"), FAST).unwrap();
    first.set_decoy_pin(&pin("1111"), true).unwrap();
    first.set_duress_pin(&pin("7777")).unwrap();
    let second = Harbour::open(dir.path(), keystore).unwrap();
    second.unlock(&pin("7777")).unwrap();
    let saved = first.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() });
    assert_eq!(saved.unwrap_err(), AppError::Locked);
    assert!(!first.status().unwrap().unlocked);
}

#[test]
fn a_quick_exit_closes_the_journal_on_another_thread() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    app.setup(&pin("2580"), FAST).unwrap();
    let before = app.sessions_released();
    app.quick_exit();
    let waited = std::time::Instant::now();
    while app.sessions_released() == before {
        assert!(waited.elapsed() < std::time::Duration::from_secs(10), "the journal was never closed");
        std::thread::yield_now();
    }
}

// A PIN change re-keys the journal: a session left open on the old key would fail with "not a
// database". This one is closed first; one in another process stops with `Locked`.
#[test]
fn a_pin_change_ends_every_session_on_the_old_key() {
    let dir = tempfile::tempdir().unwrap();
    let keystore = Arc::new(MemoryKeyStore::default());
    let first = Harbour::open(dir.path(), keystore.clone()).unwrap();
    first.setup(&pin("2580"), FAST).unwrap();
    first.journal_append(&NewEntry { text: MARKER.into(), ..Default::default() }).unwrap();
    let second = Harbour::open(dir.path(), keystore).unwrap();
    second.unlock(&pin("2580")).unwrap();
    first.change_pin(&pin("2580"), &pin("1357")).unwrap();
    assert_eq!(first.journal_count().unwrap_err(), AppError::Locked);
    assert_eq!(
        second.journal_append(&NewEntry { text: "x".into(), ..Default::default() }).unwrap_err(),
        AppError::Locked
    );
    second.unlock(&pin("1357")).unwrap();
    assert_eq!(texts(&second), [MARKER]);
}
