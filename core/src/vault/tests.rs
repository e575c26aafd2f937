use std::time::UNIX_EPOCH;

use super::*;

const FAST: SetupOptions = SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true };

fn pin(s: &str) -> Pin {
    Pin::new(s.to_owned()).unwrap()
}

fn vault_in(dir: &Path) -> (Vault, Arc<MemoryKeyStore>) {
    let keystore = Arc::new(MemoryKeyStore::default());
    (Vault::new(dir, keystore.clone()).unwrap(), keystore)
}

fn at(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_700_000_000 + secs)
}

fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn setup_then_unlock_reads_what_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    assert!(!vault.is_set_up().unwrap());
    assert_eq!(vault.unlock(&pin("1234")).unwrap_err(), VaultError::NotSetUp);

    let unlocked = vault.setup(&pin("1234"), FAST).unwrap();
    assert_eq!(unlocked.kind, SlotKind::Primary);
    unlocked.store.conn().execute("INSERT INTO settings VALUES ('k', 'kept')", []).unwrap();
    drop(unlocked);

    let again = vault.unlock(&pin("1234")).unwrap();
    let value: String =
        again.store.conn().query_row("SELECT value FROM settings WHERE key = 'k'", [], |r| r.get(0)).unwrap();
    assert_eq!(value, "kept");
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
        match vault.unlock_at(&pin("0000"), at(now)).unwrap_err() {
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
    let restarted = Vault::new(dir.path(), keystore).unwrap();
    let status = restarted.attempt_status(at(now)).unwrap();
    assert_eq!(status, AttemptStatus { failures: 7, retry_after: Duration::from_secs(120) });
    assert_eq!(
        restarted.unlock_at(&pin("1234"), at(now + 20)).unwrap_err(),
        VaultError::RetryLater { retry_after: Duration::from_secs(100) }
    );
    restarted.unlock_at(&pin("1234"), at(now + 120)).unwrap();
    assert_eq!(restarted.attempt_status(at(now + 120)).unwrap().failures, 0);
}

#[test]
fn changing_the_pin_rewraps_one_slot_and_leaves_the_database_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    let unlocked = vault.setup(&pin("1234"), FAST).unwrap();
    unlocked.store.checkpoint().unwrap();
    drop(unlocked);
    let db_before = file_bytes(&vault.database_path(0));
    let header_before = file_bytes(&vault.header_path());

    assert!(matches!(vault.change_pin(&pin("1111"), &pin("5678")).unwrap_err(), VaultError::WrongPin { .. }));
    vault.change_pin(&pin("1234"), &pin("correct horse battery")).unwrap();

    assert_eq!(file_bytes(&vault.database_path(0)), db_before, "database file untouched");
    let header_after = file_bytes(&vault.header_path());
    assert_eq!(header_after.len(), header_before.len());
    let changed: Vec<usize> = (0..header_before.len()).filter(|&i| header_before[i] != header_after[i]).collect();
    let slot0 = 36..36 + 88;
    assert!(changed.iter().all(|i| slot0.contains(i)), "only slot 0 changed");

    assert!(matches!(vault.unlock(&pin("1234")).unwrap_err(), VaultError::WrongPin { .. }));
    vault.unlock(&pin("correct horse battery")).unwrap();
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
            &SlotPayload { kind: SlotKind::Primary, vault: 0, db_key: SecretKey::random(), shred: None },
        );
    }
    assert_eq!(full.as_bytes().len(), one_pin.len());
    // Unused slots are random, not zero: each slot looks like every other.
    for slot in one_pin[36..].chunks(88) {
        let zeros = slot.iter().filter(|&&b| b == 0).count();
        assert!(zeros < 16, "a slot with {zeros} zero bytes stands out");
    }
}

#[test]
fn the_platform_secret_is_required_when_set_up_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    drop(vault.setup(&pin("1234"), FAST).unwrap());
    // The same files with another device's keystore open nothing.
    let stranger = Vault::new(dir.path(), Arc::new(MemoryKeyStore::default())).unwrap();
    assert_eq!(stranger.unlock(&pin("1234")).unwrap_err(), VaultError::PlatformSecretMissing);
    // A different secret under the right name: the PIN no longer matches.
    let impostor = Arc::new(MemoryKeyStore::default());
    impostor.store(keystore::names::VAULT_PEPPER, SecretKey::random().expose()).unwrap();
    let impostor = Vault::new(dir.path(), impostor).unwrap();
    assert!(matches!(impostor.unlock(&pin("1234")).unwrap_err(), VaultError::WrongPin { .. }));
    vault.unlock(&pin("1234")).unwrap();
}

#[test]
fn without_a_platform_secret_the_pin_alone_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    drop(vault.setup(&pin("1234"), SetupOptions { platform_secret: false, ..FAST }).unwrap());
    let elsewhere = Vault::new(dir.path(), Arc::new(MemoryKeyStore::default())).unwrap();
    elsewhere.unlock(&pin("1234")).unwrap();
}

#[test]
fn a_damaged_header_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    drop(vault.setup(&pin("1234"), FAST).unwrap());
    let mut bytes = file_bytes(&vault.header_path());
    bytes.truncate(100);
    std::fs::write(vault.header_path(), &bytes).unwrap();
    assert_eq!(vault.unlock(&pin("1234")).unwrap_err(), VaultError::HeaderCorrupt);
    assert_eq!(vault.setup(&pin("1234"), FAST).unwrap_err(), VaultError::AlreadySetUp);
    assert_eq!(file_bytes(&vault.header_path()), bytes);
}

#[test]
fn out_of_range_kdf_parameters_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = vault_in(dir.path());
    let weak = SetupOptions { kdf: KdfParams { m_kib: 1024, t: 1, p: 1 }, platform_secret: false };
    assert_eq!(vault.setup(&pin("1234"), weak).unwrap_err(), VaultError::KdfParamsOutOfRange);
    assert!(!vault.is_set_up().unwrap());
}
