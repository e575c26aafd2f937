use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

use super::*;

const FAST: SetupOptions = SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true };

fn pin(s: &str) -> Pin {
    Pin::new(s.to_owned()).unwrap()
}

fn vault_in(dir: &Path) -> (Vault, Arc<MemoryKeyStore>) {
    let keystore = Arc::new(MemoryKeyStore::default());
    (Vault::new(dir, keystore.clone()), keystore)
}

/// A moment `secs` into a test, on one boot.
fn at(secs: u64) -> Now {
    Now {
        wall: UNIX_EPOCH + Duration::from_secs(1_700_000_000 + secs),
        boot_id: [9; 16],
        since_boot: Duration::from_secs(10_000 + secs),
    }
}

fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

fn no_seed(_: &mut Store, _: bool) -> Result<(), VaultError> {
    Ok(())
}

fn insert(store: &Store, key: &str, value: &str) {
    store.conn().execute("INSERT OR REPLACE INTO settings VALUES (?1, ?2)", [key, value]).unwrap();
}

fn read(store: &Store, key: &str) -> Option<String> {
    store.conn().query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional().unwrap()
}

/// Main PIN 1234, second PIN 5555 (journal marked "decoy"), emergency PIN 9999; the main
/// journal marked "main".
fn three_pins(vault: &Vault) {
    let main = vault.setup(&pin("1234"), FAST).unwrap();
    insert(&main.store, "which", "main");
    let mut mark = |s: &mut Store, new: bool| {
        if new {
            insert(s, "which", "decoy");
        }
        Ok(())
    };
    vault.set_decoy(&main, &pin("5555"), &mut mark).unwrap();
    vault.set_duress(&main, &pin("9999")).unwrap();
}

fn is_wrong(result: Result<UnlockedVault, VaultError>) -> bool {
    matches!(result, Err(VaultError::WrongPin { .. }))
}

#[test]
fn setup_then_unlock_reads_what_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    assert!(!vault.is_set_up().unwrap());
    assert_eq!(vault.unlock(&pin("1234")).unwrap_err(), VaultError::NotSetUp);

    let unlocked = vault.setup(&pin("1234"), FAST).unwrap();
    assert_eq!(unlocked.kind, SlotKind::Primary);
    insert(&unlocked.store, "k", "kept");
    drop(unlocked);

    let again = vault.unlock(&pin("1234")).unwrap();
    assert_eq!(read(&again.store, "k").as_deref(), Some("kept"));
    assert_eq!(vault.setup(&pin("9999"), FAST).unwrap_err(), VaultError::AlreadySetUp);
}

#[test]
fn wrong_pins_grow_a_delay_that_survives_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, keystore) = vault_in(dir.path());
    drop(vault.setup(&pin("1234"), FAST).unwrap());

    let mut delays = Vec::new();
    let (mut now, mut wait) = (0, 0);
    for _ in 0..7 {
        now += wait;
        match vault.unlock_at(&pin("0000"), &at(now), &|| false).unwrap_err() {
            VaultError::WrongPin { retry_after } => {
                delays.push(retry_after.as_secs());
                wait = retry_after.as_secs();
            }
            other => panic!("expected WrongPin, got {other:?}"),
        }
    }
    assert_eq!(delays, [0, 0, 0, 0, 30, 60, 120]);

    // A new process: the counter and the delay are still there, and even the right PIN
    // is refused without being tried until the delay has passed.
    let restarted = Vault::new(dir.path(), keystore);
    let status = restarted.attempt_status(&at(now)).unwrap();
    assert_eq!(status, AttemptStatus { failures: 7, retry_after: Duration::from_secs(120) });
    assert_eq!(
        restarted.unlock_at(&pin("1234"), &at(now + 20), &|| false).unwrap_err(),
        VaultError::RetryLater { retry_after: Duration::from_secs(100) }
    );
    restarted.unlock_at(&pin("1234"), &at(now + 120), &|| false).unwrap();
    assert_eq!(restarted.attempt_status(&at(now + 120)).unwrap().failures, 0);
}

#[test]
fn each_pin_opens_its_own_journal() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    let main = vault.setup(&pin("1234"), FAST).unwrap();
    insert(&main.store, "which", "main");
    let mut mark = |s: &mut Store, new: bool| {
        if new {
            insert(s, "which", "decoy");
        }
        Ok(())
    };
    vault.set_decoy(&main, &pin("5555"), &mut mark).unwrap();
    drop(main);
    let decoy = vault.unlock(&pin("5555")).unwrap();
    assert_eq!((decoy.kind, read(&decoy.store, "which").as_deref()), (SlotKind::Decoy, Some("decoy")));
    drop(decoy);
    let main = vault.unlock(&pin("1234")).unwrap();
    assert_eq!((main.kind, read(&main.store, "which").as_deref()), (SlotKind::Primary, Some("main")));
}

// Finding 1: the decoy session was a PIN oracle.
#[test]
fn a_decoy_session_never_learns_whether_a_pin_opens_another_slot() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    three_pins(&vault);
    // Whoever holds the second PIN changes it to the main PIN, then to the emergency PIN:
    // both are accepted like any other PIN (no "already in use"), and the main PIN still
    // opens the main journal (fixed priority at unlock).
    vault.change_pin(&pin("5555"), &pin("1234")).unwrap();
    let opened = vault.unlock(&pin("1234")).unwrap();
    assert_eq!(read(&opened.store, "which").as_deref(), Some("main"));
    assert_eq!(opened.kind, SlotKind::Primary);
    drop(opened);
    // Only the main session may set the other PINs; a decoy session's own journal is open.
    let decoy = vault.unlock(&pin("1234")).unwrap();
    drop(decoy);
    let main = vault.unlock(&pin("1234")).unwrap();
    assert_eq!(vault.set_decoy(&main, &pin("4444"), &mut no_seed), Ok(()));
    drop(main);
    let decoy = vault.unlock(&pin("4444")).unwrap();
    assert_eq!(decoy.kind, SlotKind::Decoy);
    assert_eq!(vault.set_duress(&decoy, &pin("7777")), Err(VaultError::NotPrimary));
    // In the main session the holder knows every PIN: a clash is said.
    drop(decoy);
    assert_eq!(vault.change_pin(&pin("1234"), &pin("4444")), Err(VaultError::PinInUse));
}

#[test]
fn a_slot_says_nothing_of_its_kind_to_its_own_pin_and_the_main_file_is_random_per_install() {
    let mut main_files = BTreeMap::new();
    for _ in 0..16 {
        let dir = tempfile::tempdir().unwrap();
        let (vault, keystore) = vault_in(dir.path());
        three_pins(&vault);
        let roles = Roles::load(keystore.as_ref()).unwrap().unwrap();
        *main_files.entry(roles.primary_file).or_insert(0) += 1;
        // Every slot the three PINs use opens to a payload of the same shape; the header
        // alone does not say which is which.
        let header = vault.read_header().unwrap();
        let secrets = roles::slot_secrets(keystore.as_ref()).unwrap();
        for p in ["1234", "5555", "9999"] {
            let kek = vault.derive(&header, &pin(p)).unwrap();
            let opened: Vec<_> = header.open_all(&kek, &secrets).into_iter().flatten().collect();
            assert_eq!(opened.len(), 1);
            assert!(opened[0].vault < VAULT_FILES);
        }
    }
    assert_eq!(main_files.len(), 2, "the main journal was in the same file in 16 installs: {main_files:?}");
}

/// What an unlock left on disk that someone comparing before and after could see: for each
/// file, whether its modification time, inode or size changed. (Inodes of atomically
/// replaced files are recycled by the file system, so only the vault files' are compared.)
fn traces(vault: &Vault, unlock: impl FnOnce()) -> BTreeMap<String, (bool, bool, bool)> {
    use std::os::unix::fs::MetadataExt;
    let snapshot = || -> BTreeMap<String, (SystemTime, u64, u64)> {
        std::fs::read_dir(vault.dir())
            .unwrap()
            .map(|e| e.unwrap())
            .map(|e| {
                let m = e.metadata().unwrap();
                (e.file_name().into_string().unwrap(), (m.modified().unwrap(), m.ino(), m.len()))
            })
            .collect()
    };
    let before = snapshot();
    std::thread::sleep(Duration::from_millis(20));
    unlock();
    let after = snapshot();
    after
        .iter()
        .map(|(name, (t, ino, len))| {
            let old = before.get(name);
            (
                name.clone(),
                (old.is_none_or(|o| o.0 != *t), old.is_none_or(|o| o.1 != *ino), old.is_none_or(|o| o.2 != *len)),
            )
        })
        .chain(
            before.keys().filter(|k| !after.contains_key(*k)).map(|k| (format!("{k} (removed)"), (true, true, true))),
        )
        .collect()
}

// Finding 5: a duress unlock touched files a decoy unlock did not.
#[test]
fn every_unlock_leaves_the_same_traces_whatever_the_pin() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    three_pins(&vault);
    let mut seen = Vec::new();
    for (what, p) in
        [("main", "1234"), ("second", "5555"), ("wrong", "0000"), ("emergency", "9999"), ("second again", "5555")]
    {
        let t = traces(&vault, || {
            // Opened and closed at once, as a quick look would.
            let _ = vault.unlock(&pin(p));
        });
        seen.push((what, t));
    }
    let (first, reference) = &seen[0];
    for (what, t) in &seen[1..] {
        // Sizes differ only where a journal's own pages changed; compare times and inodes.
        let strip = |m: &BTreeMap<String, (bool, bool, bool)>| -> BTreeMap<String, (bool, bool)> {
            m.iter()
                .filter(|(k, _)| !k.ends_with("-wal") && !k.ends_with("-shm"))
                .map(|(k, v)| (k.clone(), (v.0, k.starts_with("vault-") && v.1)))
                .collect()
        };
        assert_eq!(strip(t), strip(reference), "{what} vs {first}");
    }
}

// Finding 4: an old header from free space, with any PIN that was ever valid, opened today's
// journal.
#[test]
fn an_old_header_and_an_old_pin_never_open_todays_journal() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    let main = vault.setup(&pin("1234"), FAST).unwrap();
    insert(&main.store, "secret", "before");
    drop(main);
    let old_header = file_bytes(&vault.header_path());
    vault.change_pin(&pin("1234"), &pin("2580")).unwrap();
    let main = vault.unlock(&pin("2580")).unwrap();
    insert(&main.store, "secret", "after");
    drop(main);
    // The old header back, as recovered from free space: the old PIN opens its slot, but
    // the journal was re-keyed, so it is not a database under that key.
    let new_header = file_bytes(&vault.header_path());
    std::fs::write(vault.header_path(), &old_header).unwrap();
    assert!(vault.unlock(&pin("1234")).is_err());
    std::fs::write(vault.header_path(), &new_header).unwrap();
    assert_eq!(read(&vault.unlock(&pin("2580")).unwrap().store, "secret").as_deref(), Some("after"));
}

#[test]
fn after_an_emergency_pin_no_old_copy_opens_the_main_journal() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, keystore) = vault_in(dir.path());
    three_pins(&vault);
    let roles = Roles::load(keystore.as_ref()).unwrap().unwrap();
    let main_file = vault.database_path(roles.primary_file);
    let old_header = file_bytes(&vault.header_path());
    let old_main = file_bytes(&main_file);
    let decoy = vault.unlock(&pin("9999")).unwrap();
    assert_eq!(read(&decoy.store, "which").as_deref(), Some("decoy"));
    assert_eq!(decoy.kind, SlotKind::Decoy, "an emergency session looks like a second-PIN session");
    drop(decoy);
    assert_ne!(file_bytes(&main_file), old_main);
    assert_eq!(std::fs::metadata(&main_file).unwrap().len(), shred::fresh_vault_size());
    assert!(is_wrong(vault.unlock(&pin("1234"))));
    // Both old files back, as a disk image might hold them: the slot's keystore secret is
    // gone, so the main PIN opens nothing.
    std::fs::write(vault.header_path(), &old_header).unwrap();
    std::fs::write(&main_file, &old_main).unwrap();
    assert!(is_wrong(vault.unlock(&pin("1234"))));
    // The emergency PIN keeps opening the second journal, again and again.
    assert_eq!(read(&vault.unlock(&pin("9999")).unwrap().store, "which").as_deref(), Some("decoy"));
}

#[test]
fn a_pin_change_rekeys_the_main_journal_and_survives_a_crash_at_each_step() {
    for step in ["rekey-after-journal", "rekey-after-database"] {
        let dir = tempfile::tempdir().unwrap();
        let (vault, _) = vault_in(dir.path());
        let main = vault.setup(&pin("1234"), FAST).unwrap();
        insert(&main.store, "k", "v");
        drop(main);
        // The crash, simulated: the journal written, the database perhaps re-keyed, the
        // header not yet.
        let header = vault.read_header().unwrap();
        let roles = Roles::load(vault.keystore()).unwrap().unwrap();
        let attempt = vault.attempts.lock().unwrap();
        let (matched, _, _) = vault.try_pin(&attempt, &header, &roles, &pin("1234"), &Now::current()).unwrap();
        let matched = matched.into_iter().next().unwrap();
        attempt.succeeded(vault.keystore()).unwrap();
        drop(attempt);
        let new_kek = vault.derive(&header, &pin("2580")).unwrap();
        let secret = roles::slot_secrets(vault.keystore()).unwrap()[matched.slot].take().unwrap();
        let mut next = header.clone();
        next.seal(
            matched.slot,
            &new_kek,
            &secret,
            &SlotPayload { vault: matched.payload.vault, db_key: SecretKey::random() },
        );
        let slot_bytes = next.slot_bytes(matched.slot);
        let mut journal = vec![matched.slot as u8];
        journal.extend_from_slice(slot_bytes);
        std::fs::write(vault.rekey_path(), &journal).unwrap();
        let new_key =
            next.open_all(&new_kek, &roles::slot_secrets(vault.keystore()).unwrap())[matched.slot].take().unwrap();
        if step == "rekey-after-database" {
            let store = Store::open(
                &vault.database_path(matched.payload.vault),
                Keying::Encrypted(&matched.payload.db_key),
                StoreOptions::VAULT,
                &schemas::VAULT,
            )
            .unwrap();
            store.rekey(&new_key.db_key).unwrap();
        }
        // Exactly one of the two PINs opens the journal, with its data, and the other is wrong.
        let (works, fails) = if step == "rekey-after-journal" { ("1234", "2580") } else { ("2580", "1234") };
        assert!(is_wrong(vault.unlock(&pin(fails))), "{step}: {fails} must not open");
        let opened = vault.unlock(&pin(works)).unwrap();
        assert_eq!(read(&opened.store, "k").as_deref(), Some("v"), "{step}");
        drop(opened);
        assert!(!vault.rekey_path().exists(), "{step}: the journal is settled");
        assert!(is_wrong(vault.unlock(&pin(fails))), "{step}: settled for good");
        vault.unlock(&pin(works)).unwrap();
    }
}

// Finding 8: a flipped byte in the header prefix read as a wrong PIN and was counted.
#[test]
fn a_damaged_header_is_reported_not_counted_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    drop(vault.setup(&pin("1234"), FAST).unwrap());
    vault.set_wipe_after(Some(1)).unwrap();
    let good = file_bytes(&vault.header_path());
    for at_byte in [2usize, 21, 100, HEADER_LEN - 1] {
        let mut bytes = good.clone();
        bytes[at_byte] ^= 0x04;
        std::fs::write(vault.header_path(), &bytes).unwrap();
        assert_eq!(vault.unlock(&pin("1234")).unwrap_err(), VaultError::HeaderCorrupt, "byte {at_byte}");
        assert_eq!(file_bytes(&vault.header_path()), bytes, "left as it was");
    }
    let mut cut = good.clone();
    cut.truncate(100);
    std::fs::write(vault.header_path(), &cut).unwrap();
    assert_eq!(vault.unlock(&pin("1234")).unwrap_err(), VaultError::HeaderCorrupt);
    assert_eq!(vault.attempt_status(&Now::current()).unwrap().failures, 0, "damage is never a try");
    assert_eq!(vault.setup(&pin("1234"), FAST).unwrap_err(), VaultError::AlreadySetUp);
    std::fs::write(vault.header_path(), &good).unwrap();
    vault.unlock(&pin("1234")).unwrap();
}

// Finding 3 at the vault: removing the counter's file is not a reset and keeps wipe-after.
#[test]
fn removing_the_attempt_file_keeps_the_count_and_the_wipe_choice() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    drop(vault.setup(&pin("1234"), FAST).unwrap());
    vault.set_wipe_after(Some(9)).unwrap();
    for _ in 0..3 {
        assert!(is_wrong(vault.unlock(&pin("0000"))));
    }
    std::fs::remove_file(dir.path().join("attempts")).unwrap();
    assert_eq!(vault.wipe_after().unwrap(), Some(9));
    let status = vault.attempt_status(&Now::current()).unwrap();
    assert!(status.failures >= 3 && !status.retry_after.is_zero(), "{status:?}");
}

#[test]
fn wipe_after_destroys_every_journal_at_the_chosen_failure() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    three_pins(&vault);
    vault.set_wipe_after(Some(2)).unwrap();
    assert!(is_wrong(vault.unlock_at(&pin("0000"), &at(0), &|| false)));
    vault.unlock_at(&pin("1234"), &at(1), &|| false).unwrap();
    assert!(is_wrong(vault.unlock_at(&pin("0000"), &at(2), &|| false)));
    assert!(is_wrong(vault.unlock_at(&pin("0001"), &at(3), &|| false)));
    for p in ["1234", "5555", "9999"] {
        assert!(is_wrong(vault.unlock_at(&pin(p), &at(4), &|| false)), "{p} after the wipe");
    }
}

// Finding 8: a duress wipe while another process had the main journal open.
#[test]
fn an_emergency_pin_ends_every_session_on_the_main_journal() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, keystore) = vault_in(dir.path());
    three_pins(&vault);
    let other_process = Vault::new(dir.path(), keystore);
    let main = other_process.unlock(&pin("1234")).unwrap();
    assert!(other_process.session_current(&main));
    let decoy = vault.unlock(&pin("5555")).unwrap();
    assert!(other_process.session_current(&main), "a second-PIN unlock changes nothing");
    drop(decoy);
    drop(vault.unlock(&pin("9999")).unwrap());
    assert!(!other_process.session_current(&main));
}

#[test]
fn a_quick_exit_during_the_kdf_opens_nothing_and_costs_no_try() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    drop(vault.setup(&pin("1234"), FAST).unwrap());
    assert_eq!(vault.unlock_at(&pin("1234"), &Now::current(), &|| true).unwrap_err(), VaultError::Cancelled);
    assert_eq!(vault.attempt_status(&Now::current()).unwrap().failures, 0);
}

// Finding 8: a bad decoy key decoded to nothing and set_decoy then made a new decoy journal.
#[test]
fn a_damaged_decoy_key_is_reported_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    three_pins(&vault);
    let main = vault.unlock(&pin("1234")).unwrap();
    insert(&main.store, SETTING_DECOY_KEY, "not hex");
    assert_eq!(vault.set_decoy(&main, &pin("4444"), &mut no_seed), Err(VaultError::Store(StoreError::Corrupt)));
    drop(main);
    assert_eq!(read(&vault.unlock(&pin("5555")).unwrap().store, "which").as_deref(), Some("decoy"));
}

#[test]
fn an_unfinished_wipe_is_finished_before_anything_opens() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, keystore) = vault_in(dir.path());
    three_pins(&vault);
    let roles = Roles::load(keystore.as_ref()).unwrap().unwrap();
    // The marker written, nothing else: the process died.
    vault.write_marker(Some(shred::Target { slot: roles.primary.unwrap(), vault: roles.primary_file })).unwrap();
    let restarted = Vault::new(dir.path(), keystore.clone());
    assert!(!restarted.marker_path().exists());
    assert!(is_wrong(restarted.unlock(&pin("1234"))));
    assert_eq!(read(&restarted.unlock(&pin("5555")).unwrap().store, "which").as_deref(), Some("decoy"));
    // A marker no one can read: everything goes, the cautious reading.
    std::fs::write(restarted.marker_path(), [1u8; 56]).unwrap();
    let again = Vault::new(dir.path(), keystore);
    assert!(is_wrong(again.unlock(&pin("5555"))));
}

#[test]
fn an_unlocks_marker_alone_destroys_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, keystore) = vault_in(dir.path());
    three_pins(&vault);
    vault.write_marker(None).unwrap();
    let restarted = Vault::new(dir.path(), keystore);
    assert!(!restarted.marker_path().exists());
    assert_eq!(read(&restarted.unlock(&pin("1234")).unwrap().store, "which").as_deref(), Some("main"));
}

#[test]
fn header_has_the_same_size_however_many_slots_are_used() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    drop(vault.setup(&pin("1234"), FAST).unwrap());
    let one_pin = file_bytes(&vault.header_path());
    assert_eq!(one_pin.len(), HEADER_LEN);
    let mut full = Header::new(KdfParams::FLOOR, true);
    for i in 0..SLOT_COUNT {
        full.seal(
            i,
            &SecretKey::random(),
            &SecretKey::random(),
            &SlotPayload { vault: 0, db_key: SecretKey::random() },
        );
    }
    assert_eq!(full.as_bytes().len(), one_pin.len());
    // Unused slots are random, not zero: each slot looks like every other.
    for slot in one_pin[36..36 + SLOT_COUNT * header::SLOT_LEN].chunks(header::SLOT_LEN) {
        let zeros = slot.iter().filter(|&&b| b == 0).count();
        assert!(zeros < 16, "a slot with {zeros} zero bytes stands out");
    }
}

#[test]
fn the_platform_secret_is_required_when_set_up_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, keystore) = vault_in(dir.path());
    drop(vault.setup(&pin("1234"), FAST).unwrap());
    // The same files with another device's keystore open nothing.
    let stranger = Vault::new(dir.path(), Arc::new(MemoryKeyStore::default()));
    assert_eq!(stranger.unlock(&pin("1234")).unwrap_err(), VaultError::PlatformSecretMissing);
    vault.unlock(&pin("1234")).unwrap();
    // A different secret under the right name: the PIN no longer matches.
    let impostor = Arc::new(keystore.as_ref().clone());
    impostor.store(keystore::names::VAULT_PEPPER, SecretKey::random().expose()).unwrap();
    let impostor = Vault::new(dir.path(), impostor);
    assert!(is_wrong(impostor.unlock(&pin("1234"))));
}

#[test]
fn without_a_platform_secret_the_pin_and_the_slot_secrets_open_it() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, keystore) = vault_in(dir.path());
    drop(vault.setup(&pin("1234"), SetupOptions { platform_secret: false, ..FAST }).unwrap());
    let elsewhere = Vault::new(dir.path(), Arc::new(keystore.as_ref().clone()));
    elsewhere.unlock(&pin("1234")).unwrap();
}

#[test]
fn out_of_range_kdf_parameters_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    let weak = SetupOptions { kdf: KdfParams { m_kib: 1024, t: 1, p: 1 }, platform_secret: false };
    assert_eq!(vault.setup(&pin("1234"), weak).unwrap_err(), VaultError::KdfParamsOutOfRange);
    assert!(!vault.is_set_up().unwrap());
}

#[test]
fn remove_leaves_the_directory_and_the_keystore_as_before_setup() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, keystore) = vault_in(dir.path());
    three_pins(&vault);
    vault.remove().unwrap();
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(keystore.names().is_empty(), "{:?}", keystore.names());
}
