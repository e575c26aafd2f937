use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use super::*;
use crate::app::{AppError, Harbour};
use crate::content::query::{ArticleFilter, HelplineFilter};
use crate::secret::Pin;
use crate::store::{Keying, Store, StoreOptions, schemas};
use crate::vault::{KdfParams, MemoryKeyStore, SetupOptions};

const FAST: SetupOptions = SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true };

fn pin(s: &str) -> Pin {
    Pin::new(s.into()).unwrap()
}

fn decoy_app(dir: &Path, shows: SessionShows) -> Harbour {
    let app = Harbour::open(dir, Arc::new(MemoryKeyStore::default())).unwrap();
    app.setup(&pin("2580"), FAST).unwrap();
    app.set_decoy_pin_showing(&pin("1111"), true, shows).unwrap();
    app.lock();
    app.unlock(&pin("1111")).unwrap();
    app
}

fn pool_en() -> BTreeSet<String> {
    let l = Localizer::new(&["en".to_owned()]);
    (1..=POOL).map(|i| l.format(&format!("decoy-entry-{i}"), &[])).collect()
}

/// (text, written_ms, offset) oldest first.
fn entries(app: &Harbour) -> Vec<(String, i64, i32)> {
    let mut v: Vec<_> =
        app.journal_list(0, 1000).unwrap().into_iter().map(|e| (e.text, e.written_ms, e.written_offset_min)).collect();
    v.reverse();
    v
}

// Finding: six fixed entries, identical on every phone, four days apart to the minute.
#[test]
fn two_installs_get_different_decoys_at_irregular_ordinary_times() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let first = entries(&decoy_app(a.path(), SessionShows::Everything));
    let second = entries(&decoy_app(b.path(), SessionShows::Everything));
    let pool = pool_en();
    let now = Moment::now().at_ms;
    for journal in [&first, &second] {
        assert!((SEED_MIN as usize..=SEED_MAX as usize).contains(&journal.len()), "{}", journal.len());
        assert!(journal.iter().all(|(t, _, _)| pool.contains(t)), "every entry is from the pool");
        let distinct: BTreeSet<_> = journal.iter().map(|(t, _, _)| t).collect();
        assert_eq!(distinct.len(), journal.len(), "no entry twice");
        // In the weeks before set-up, none in the last day, oldest first.
        for (_, at, offset) in journal.iter() {
            assert!(*at < now - DAY_MS / 2 && *at > now - (SPAN_DAYS_MAX as i64 + 2) * DAY_MS);
            let local_hour = (at + i64::from(*offset) * 60_000).rem_euclid(DAY_MS) / 3_600_000;
            assert!((7..23).contains(&local_hour), "at an ordinary hour, not {local_hour}");
        }
        assert!(journal.windows(2).all(|w| w[0].1 < w[1].1));
        // Irregular: the gaps between entries are not all the same, nor whole days.
        let gaps: BTreeSet<i64> = journal.windows(2).map(|w| w[1].1 - w[0].1).collect();
        assert!(gaps.len() > journal.len() / 2, "gaps {gaps:?}");
        assert!(gaps.iter().any(|g| g % DAY_MS != 0));
    }
    let texts = |j: &Vec<(String, i64, i32)>| j.iter().map(|(t, _, _)| t.clone()).collect::<Vec<_>>();
    assert_ne!(texts(&first), texts(&second), "two phones' decoys differ");
    assert_ne!(first.iter().map(|e| e.1).collect::<Vec<_>>(), second.iter().map(|e| e.1).collect::<Vec<_>>());
}

fn store_with(entries_at: &[i64]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let key = crate::secret::SecretKey::random();
    let mut store =
        Store::create(&dir.path().join("v.db"), Keying::Encrypted(&key), StoreOptions::VAULT, &schemas::VAULT).unwrap();
    for &at in entries_at {
        let entry = NewEntry { text: "x".into(), ..Default::default() };
        journal::append(store.conn_mut(), &entry, Moment { at_ms: at, offset_min: 60 }).unwrap();
    }
    (dir, store)
}

// Finding: the decoy looked frozen at the day it was made.
#[test]
fn a_stale_decoy_gets_one_new_entry_at_a_waking_hour_while_its_owner_has_the_phone() {
    let en = Localizer::new(&["en".to_owned()]);
    // 12:00 local (UTC+1).
    let noon = Moment { at_ms: 1_800_000_000_000 - 1_800_000_000_000 % DAY_MS + 11 * 3_600_000, offset_min: 60 };
    let last = noon.at_ms - 30 * DAY_MS;
    let (_dir, mut store) = store_with(&[last - 5 * DAY_MS, last]);
    // At night nothing is added: nobody writes notes at 03:00.
    let night = Moment { at_ms: noon.at_ms - 9 * 3_600_000, ..noon };
    assert_eq!(top_up(store.conn_mut(), &en, night).unwrap(), Some(last));
    assert_eq!(top_up(store.conn_mut(), &en, noon).unwrap(), Some(noon.at_ms));
    let views = journal::list(store.conn(), 0, 100).unwrap();
    assert_eq!(views.len(), 3);
    assert!(pool_en().contains(&views[0].text) && views[0].written_ms == noon.at_ms);
    // Opened again later that day or the next: nothing more until some days have passed.
    let next_day = Moment { at_ms: noon.at_ms + DAY_MS, ..noon };
    assert_eq!(top_up(store.conn_mut(), &en, next_day).unwrap(), Some(noon.at_ms));
    assert_eq!(journal::count(store.conn()).unwrap(), 3);
    // The next look is due some days on, a different number each time.
    let dues: BTreeSet<i64> = (0..20).map(|_| next_due(noon.at_ms)).collect();
    assert!(dues.len() > 1 && dues.iter().all(|d| *d >= noon.at_ms + QUIET_DAYS * DAY_MS));
}

#[test]
fn an_empty_decoy_journal_is_left_as_the_person_keeps_it() {
    let en = Localizer::new(&["en".to_owned()]);
    let now = Moment { at_ms: 1_800_000_000_000, offset_min: 0 };
    let (_e, mut empty) = store_with(&[]);
    assert_eq!(top_up(empty.conn_mut(), &en, now).unwrap(), None);
    assert_eq!(journal::count(empty.conn()).unwrap(), 0);
}

#[test]
fn a_main_unlock_looks_at_the_filled_decoy_only_when_due() {
    let dir = tempfile::tempdir().unwrap();
    let app = decoy_app(dir.path(), SessionShows::Everything);
    let decoy = entries(&app);
    app.lock();
    app.unlock(&pin("2580")).unwrap();
    let due = |app: &Harbour| -> i64 {
        app.with_vault(|v| {
            Ok(v.store
                .conn()
                .query_row("SELECT value FROM settings WHERE key = 'decoy.due'", [], |r| r.get::<_, String>(0)))
        })
        .unwrap()
        .unwrap()
        .parse()
        .unwrap()
    };
    let first = due(&app);
    assert!(first > Moment::now().at_ms, "due in the future");
    // Made due now: the decoy's newest entry is recent, so nothing is added and it is due later.
    app.with_vault(|v| {
        Ok(v.store.conn().execute("UPDATE settings SET value = '0' WHERE key = 'decoy.due'", []).unwrap())
    })
    .unwrap();
    app.lock();
    app.unlock(&pin("2580")).unwrap();
    assert!(due(&app) > Moment::now().at_ms);
    app.lock();
    app.unlock(&pin("1111")).unwrap();
    assert_eq!(entries(&app), decoy);
}

fn help_calls(app: &Harbour) -> Vec<Result<String, AppError>> {
    let en = ["en".to_owned()];
    let gb = HelplineFilter { country: Some("GB".into()), languages: en.to_vec(), ..Default::default() };
    let rights = ArticleFilter { country: Some("GB".into()), locales: en.to_vec(), ..Default::default() };
    vec![
        app.helplines(&gb).map(|h| format!("{:?}", h.iter().map(|l| &l.key).collect::<Vec<_>>())),
        app.articles(&rights).map(|a| format!("{a:?}")),
        app.questionnaire(&en).map(|q| format!("{q:?}")),
        app.emergency("GB", &en).map(|e| format!("{e:?}")),
        app.countries().map(|c| format!("{c:?}")),
        app.tips(&en).map(|t| format!("{t:?}")),
        app.installed_packs().map(|p| format!("{p:?}")),
        app.share_pack("harbour.default").map(|p| format!("{}", p.is_some())),
        app.import_pack(b"not a pack", &mut |_, _| true).map(|s| format!("{s:?}")),
    ]
}

#[test]
fn notes_only_exposes_no_help_call_and_same_as_real_answers_like_the_main_session() {
    let dir = tempfile::tempdir().unwrap();
    let app = decoy_app(dir.path(), SessionShows::NotesOnly);
    assert_eq!(app.session_shows(), SessionShows::NotesOnly);
    for (i, answer) in help_calls(&app).into_iter().enumerate() {
        assert!(matches!(answer, Err(AppError::NotAvailable)), "call {i}: {answer:?}");
    }
    // The journal itself works.
    assert!(!app.journal_list(0, 10).unwrap().is_empty());
    // Locked, help is there again without a PIN, as for everyone.
    app.lock();
    assert_eq!(app.session_shows(), SessionShows::Everything);
    let without_pin: Vec<String> = help_calls(&app).into_iter().map(|r| format!("{r:?}")).collect();
    app.unlock(&pin("2580")).unwrap();
    let main: Vec<String> = help_calls(&app).into_iter().map(|r| format!("{r:?}")).collect();
    assert_eq!(without_pin, main);

    let other = tempfile::tempdir().unwrap();
    let same = decoy_app(other.path(), SessionShows::Everything);
    assert_eq!(same.session_shows(), SessionShows::Everything);
    let decoy: Vec<String> = help_calls(&same).into_iter().map(|r| format!("{r:?}")).collect();
    assert_eq!(decoy, main, "a same-as-real decoy answers every help call as a main session");
    assert!(main.iter().take(8).all(|r| r.starts_with("Ok(")), "{main:?}");
}

#[test]
fn changing_what_the_second_pin_shows_keeps_its_journal() {
    let dir = tempfile::tempdir().unwrap();
    let app = decoy_app(dir.path(), SessionShows::NotesOnly);
    let before = entries(&app);
    app.lock();
    app.unlock(&pin("2580")).unwrap();
    app.set_decoy_pin_showing(&pin("1111"), true, SessionShows::Everything).unwrap();
    app.lock();
    app.unlock(&pin("1111")).unwrap();
    assert_eq!(app.session_shows(), SessionShows::Everything);
    assert_eq!(entries(&app), before);
    assert!(app.countries().is_ok());
}
