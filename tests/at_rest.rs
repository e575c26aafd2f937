//! What an attacker with a copy of the files sees: no plaintext, no trace of deleted rows,
//! and damaged or wrongly keyed files reported without being touched.

use std::path::Path;
use std::sync::Arc;

use harbour_core::secret::{Pin, SecretKey};
use harbour_core::store::{Keying, Store, StoreError, StoreOptions, schemas};
use harbour_core::vault::{KdfParams, MemoryKeyStore, SetupOptions, Vault};
use harbour_tests::forensics::{self, PAGE_SIZE, SplitMix};

const KEY: [u8; 32] = *b"0123456789abcdef0123456789abcdef";
const MARKER: &str = "MARKER-7f3a-journal-text";

fn key() -> SecretKey {
    SecretKey::from_slice(&KEY).unwrap()
}

fn create(path: &Path) -> Store {
    Store::create(path, Keying::Encrypted(&key()), StoreOptions::VAULT, &schemas::VAULT).unwrap()
}

fn open(path: &Path, key: &SecretKey) -> Result<Store, StoreError> {
    let store = Store::open(path, Keying::Encrypted(key), StoreOptions::VAULT, &schemas::VAULT)?;
    store.check_integrity()?;
    Ok(store)
}

fn insert_markers(store: &Store, rows: usize) {
    for i in 0..rows {
        store
            .conn()
            .execute("INSERT INTO settings VALUES (?1, ?2)", (format!("k{i}"), format!("{MARKER} {}", "x".repeat(900))))
            .unwrap();
    }
}

fn decrypted_contains(path: &Path, marker: &[u8]) -> bool {
    let db = forensics::decrypt_database(&std::fs::read(path).unwrap(), &KEY);
    let wal_path = path.with_extension("db-wal");
    let wal = std::fs::read(&wal_path).map(|w| forensics::decrypt_wal(&w, &KEY)).unwrap_or_default();
    db.iter().chain(wal.iter()).any(|page| forensics::contains(page, marker))
}

#[test]
fn written_text_never_reaches_disk_in_plaintext() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault-0.db");
    let store = create(&path);
    insert_markers(&store, 40);
    // Uncheckpointed: the rows live in the WAL.
    assert!(forensics::files_containing(dir.path(), MARKER.as_bytes()).is_empty());
    assert!(decrypted_contains(&path, MARKER.as_bytes()), "control: the marker is really stored");
    store.checkpoint().unwrap();
    assert!(forensics::files_containing(dir.path(), MARKER.as_bytes()).is_empty());
    drop(store);
    for file in forensics::files_under(dir.path()) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(!bytes.starts_with(b"SQLite format 3"), "{} has a plaintext header", file.display());
    }
}

#[test]
fn the_whole_vault_directory_is_free_of_plaintext() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(dir.path(), Arc::new(MemoryKeyStore::default()));
    let pin = Pin::new("493817".into()).unwrap();
    let unlocked = vault.setup(&pin, SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true }).unwrap();
    insert_markers(&unlocked.store, 10);
    let names: Vec<_> = forensics::files_under(dir.path()).iter().map(|p| p.file_name().unwrap().to_owned()).collect();
    // Which of vault-0 and vault-1 is the main journal is random per install.
    let wal = |n: &std::ffi::OsString| matches!(n.to_str(), Some("vault-0.db-wal" | "vault-1.db-wal"));
    assert!(names.iter().any(|n| n == "vault.hdr") && names.iter().any(wal), "{names:?}");
    for needle in [MARKER.as_bytes(), b"493817".as_slice()] {
        assert!(forensics::files_containing(dir.path(), needle).is_empty());
    }
    unlocked.store.checkpoint().unwrap();
    drop(unlocked);
    for needle in [MARKER.as_bytes(), b"493817".as_slice()] {
        assert!(forensics::files_containing(dir.path(), needle).is_empty());
    }
}

#[test]
fn deleted_rows_are_gone_from_decrypted_pages_after_a_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault-0.db");
    let store = create(&path);
    insert_markers(&store, 12);
    store.checkpoint().unwrap();
    assert!(decrypted_contains(&path, MARKER.as_bytes()), "control: the marker is in the pages");
    store.conn().execute("DELETE FROM settings", []).unwrap();
    store.checkpoint().unwrap();
    assert!(!decrypted_contains(&path, MARKER.as_bytes()), "secure_delete left the text behind");
}

#[test]
fn a_wrong_key_is_a_typed_error_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault-0.db");
    let store = create(&path);
    insert_markers(&store, 5);
    store.checkpoint().unwrap();
    drop(store);
    let before = std::fs::read(&path).unwrap();
    assert_eq!(open(&path, &SecretKey::random()).unwrap_err(), StoreError::NotADatabase);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    open(&path, &key()).unwrap();
}

fn damaged_copies_fail_cleanly(damage: impl Fn(&mut Vec<u8>, &mut SplitMix) -> bool, trials: usize) {
    let dir = tempfile::tempdir().unwrap();
    let pristine_path = dir.path().join("pristine.db");
    let store = create(&pristine_path);
    insert_markers(&store, 30);
    store.checkpoint().unwrap();
    drop(store);
    let pristine = std::fs::read(&pristine_path).unwrap();
    assert!(pristine.len() >= 8 * PAGE_SIZE);
    let mut rng = SplitMix(0x0048_4152_424F_5552);
    let mut tried = 0;
    for trial in 0..trials {
        let mut bytes = pristine.clone();
        if !damage(&mut bytes, &mut rng) {
            continue;
        }
        tried += 1;
        let path = dir.path().join(format!("damaged-{trial}.db"));
        std::fs::write(&path, &bytes).unwrap();
        let err = open(&path, &key()).expect_err("damage went unnoticed");
        assert!(matches!(err, StoreError::NotADatabase | StoreError::Corrupt), "trial {trial}: unexpected {err:?}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "trial {trial}: the damaged file was modified");
        std::fs::remove_file(&path).unwrap();
    }
    assert!(tried > 0);
}

#[test]
fn bit_flips_anywhere_are_typed_errors_and_leave_the_file_untouched() {
    damaged_copies_fail_cleanly(
        |bytes, rng| {
            let at = rng.below(bytes.len() as u64) as usize;
            bytes[at] ^= 1 << rng.below(8);
            true
        },
        120,
    );
}

#[test]
fn truncation_at_page_boundaries_and_inside_pages_is_a_typed_error() {
    damaged_copies_fail_cleanly(
        |bytes, rng| {
            let pages = bytes.len() / PAGE_SIZE;
            let cut = match rng.below(2) {
                0 => (1 + rng.below(pages as u64 - 1) as usize) * PAGE_SIZE,
                _ => rng.below(bytes.len() as u64 - 1) as usize + 1,
            };
            bytes.truncate(cut);
            true
        },
        60,
    );
}

#[test]
fn a_deleted_journal_entry_is_gone_from_decrypted_pages_and_the_wal() {
    use harbour_core::journal::{self, Moment, NewAttachment, NewEntry};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault-0.db");
    let mut store = create(&path);
    let at = Moment { at_ms: 1_764_000_000_000, offset_min: 60 };
    let secret = "JOURNAL-MARKER-boss-took-passport";
    let photo = "PHOTO-MARKER-bytes";
    let entry = NewEntry {
        text: format!("{secret} {}", "details ".repeat(300)),
        tags: vec!["passport".into()],
        category: Some("documents".into()),
        attachments: vec![NewAttachment {
            name: "evidence.jpg".into(),
            mime: "image/jpeg".into(),
            data: photo.repeat(200).into_bytes(),
        }],
    };
    let id = journal::append(store.conn_mut(), &entry, at).unwrap();
    journal::revise(
        store.conn_mut(),
        &id,
        &NewEntry { text: format!("{secret} revised"), attachments: vec![], ..entry.clone() },
        at,
    )
    .unwrap();
    journal::append(
        store.conn_mut(),
        &NewEntry { text: "another entry".into(), tags: vec![], category: None, attachments: vec![] },
        at,
    )
    .unwrap();
    assert!(decrypted_contains(&path, secret.as_bytes()), "control: the text is in the pages or the WAL");
    store.checkpoint().unwrap();
    assert!(decrypted_contains(&path, photo.as_bytes()), "control: the attachment is in the pages");

    journal::delete(store.conn_mut(), &id, at).unwrap();
    store.checkpoint().unwrap();
    for marker in [secret, photo, "evidence.jpg"] {
        assert!(!decrypted_contains(&path, marker.as_bytes()), "{marker} survived the deletion");
    }
    let wal = std::fs::read(path.with_extension("db-wal")).unwrap_or_default();
    assert!(wal.is_empty(), "the WAL was truncated");
    journal::verify(store.conn()).unwrap();
    assert!(forensics::files_containing(dir.path(), secret.as_bytes()).is_empty());
}
