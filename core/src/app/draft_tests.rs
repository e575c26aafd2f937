//! Issue: writing for longer than the auto-lock time locked the app and threw the text away.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use crate::app::{AppError, Harbour};
use crate::input::{Field, Problem};
use crate::journal::JournalError;
use crate::journal::draft::Draft;
use crate::secret::Pin;
use crate::vault::{KdfParams, MemoryKeyStore, SetupOptions};

const FAST: SetupOptions = SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true };
const WORDS: &str = "He took my passport on the 3rd and said I owe him 4000";

fn pin(s: &str) -> Pin {
    Pin::new(s.into()).unwrap()
}

fn app(dir: &Path) -> Harbour {
    let app = Harbour::open(dir, Arc::new(MemoryKeyStore::default())).unwrap();
    app.setup(&pin("2580"), FAST).unwrap();
    app
}

fn draft(text: &str) -> Draft {
    Draft { text: text.into(), ..Default::default() }
}

fn invalid(e: AppError) -> (Field, Problem) {
    match e {
        AppError::Journal(JournalError::InvalidInput(i)) => (i.field, i.problem),
        other => panic!("expected bad input, got {other:?}"),
    }
}

#[test]
fn activity_keeps_the_session_past_the_auto_lock_time() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let limit = Duration::from_millis(1500);
    app.set_auto_lock(Some(limit)).unwrap();
    // Three seconds of reading (touch) and typing (draft saves), each a quarter second apart:
    // twice the limit in all, never idle for long.
    let mut typed = String::new();
    for i in 0..12 {
        std::thread::sleep(Duration::from_millis(250));
        if i % 2 == 0 {
            app.touch();
        } else {
            typed.push_str("word ");
            app.journal_draft_save(&draft(&typed)).unwrap();
        }
        assert!(!app.check_auto_lock(), "locked after {} ms of activity", (i + 1) * 250);
    }
    assert!(app.status().unwrap().unlocked);
    // Then idle for longer than the limit: it locks, and the draft waits for the next unlock.
    std::thread::sleep(limit + Duration::from_millis(100));
    assert!(app.check_auto_lock());
    assert_eq!(app.journal_draft().unwrap_err(), AppError::Locked);
    app.unlock(&pin("2580")).unwrap();
    assert_eq!(app.journal_draft().unwrap(), Some(draft(&typed)));
}

#[test]
fn a_lock_mid_draft_keeps_the_draft_outside_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let keystore = Arc::new(MemoryKeyStore::default());
    let first = Harbour::open(dir.path(), keystore.clone()).unwrap();
    first.setup(&pin("2580"), FAST).unwrap();
    let kept = Draft { text: WORDS.into(), tags: vec!["boss".into()], category: Some("documents".into()) };
    first.journal_draft_save(&kept).unwrap();
    first.quick_exit();
    assert_eq!(first.journal_draft_save(&draft("more")).unwrap_err(), AppError::Locked);
    // The app is killed after the quick exit; a new process opens the same files.
    drop(first);
    let app = Harbour::open(dir.path(), keystore).unwrap();
    app.unlock(&pin("2580")).unwrap();
    assert_eq!(app.journal_draft().unwrap(), Some(kept.clone()));
    assert_eq!(app.journal_count().unwrap(), 0, "a draft is not an entry");
    app.journal_verify().unwrap();
    // Saved: the shell appends, then forgets the draft.
    app.journal_append(&crate::journal::NewEntry { text: kept.text.clone(), ..Default::default() }).unwrap();
    app.journal_draft_clear().unwrap();
    assert_eq!(app.journal_draft().unwrap(), None);
    assert_eq!(app.journal_count().unwrap(), 1);
}

#[test]
fn the_draft_is_encrypted_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    app.journal_draft_save(&draft(WORDS)).unwrap();
    app.quick_exit();
    drop(app);
    let mut stack = vec![dir.path().to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                assert!(!bytes.windows(WORDS.len()).any(|w| w == WORDS.as_bytes()), "{}", path.display());
            }
        }
    }
}

#[test]
fn bad_drafts_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    app.journal_draft_save(&draft(WORDS)).unwrap();
    let huge = "x".repeat(crate::journal::limits::MAX_TEXT_BYTES + 1);
    assert_eq!(
        invalid(app.journal_draft_save(&draft(&huge)).unwrap_err()),
        (Field::Text, Problem::TooLarge { max_bytes: crate::journal::limits::MAX_TEXT_BYTES as u64 })
    );
    let odd = Draft { category: Some("holiday".into()), ..draft("x") };
    assert_eq!(invalid(app.journal_draft_save(&odd).unwrap_err()), (Field::Category, Problem::Unknown));
    assert_eq!(app.journal_draft().unwrap(), Some(draft(WORDS)));
    // A blank draft (everything deleted) clears it.
    app.journal_draft_save(&draft("  \n")).unwrap();
    assert_eq!(app.journal_draft().unwrap(), None);
}

#[test]
fn each_journal_keeps_its_own_draft_and_a_second_pin_reset_clears_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    app.journal_draft_save(&draft(WORDS)).unwrap();
    app.set_decoy_pin(&pin("1111"), true).unwrap();
    app.lock();
    app.unlock(&pin("1111")).unwrap();
    assert_eq!(app.journal_draft().unwrap(), None, "the second journal does not show the main one's draft");
    app.journal_draft_save(&draft("shopping: rice, oil")).unwrap();
    let code = app.begin_reset();
    app.reset(&code).unwrap();
    app.unlock(&pin("1111")).unwrap();
    assert_eq!(app.journal_draft().unwrap(), None, "a reset in the second journal empties its draft");
    app.lock();
    app.unlock(&pin("2580")).unwrap();
    assert_eq!(app.journal_draft().unwrap(), Some(draft(WORDS)));
}
