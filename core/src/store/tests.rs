//! The same suite against an encrypted and a plaintext store, so that behaviour never
//! depends on encryption; plus schema checks for every database the app keeps.

use std::path::Path;

use rusqlite::Connection;

use super::*;
use crate::secret::SecretKey;

fn with_both(test: impl Fn(&Path, Keying<'_>)) {
    let key = SecretKey::random();
    for keying in [Keying::Encrypted(&key), Keying::Plaintext] {
        let dir = tempfile::tempdir().unwrap();
        test(&dir.path().join("t.db"), keying);
    }
}

#[test]
fn create_then_open_keeps_rows_and_settings() {
    with_both(|path, keying| {
        let store = Store::create(path, keying, StoreOptions::VAULT, &schemas::VAULT).unwrap();
        store.conn().execute("INSERT INTO settings VALUES ('a', 'one')", []).unwrap();
        drop(store);
        let store = Store::open(path, keying, StoreOptions::VAULT, &schemas::VAULT).unwrap();
        let got: String = store.conn().query_row("SELECT value FROM settings", [], |r| r.get(0)).unwrap();
        assert_eq!(got, "one");
        let pragma = |name: &str| -> String {
            store
                .conn()
                .query_row(&format!("PRAGMA {name}"), [], |r| r.get::<_, rusqlite::types::Value>(0))
                .map(|v| format!("{v:?}"))
                .unwrap()
        };
        assert_eq!(pragma("journal_mode"), "Text(\"wal\")");
        assert_eq!(pragma("synchronous"), "Integer(2)", "FULL for the vault");
        assert_eq!(pragma("secure_delete"), "Integer(1)");
        assert_eq!(pragma("foreign_keys"), "Integer(1)");
        assert_eq!(pragma("temp_store"), "Integer(2)", "MEMORY");
        assert_eq!(store.version().unwrap(), schemas::VAULT.latest());
        store.check_integrity().unwrap();
        if matches!(keying, Keying::Encrypted(_)) {
            assert_eq!(pragma("cipher_memory_security"), "Text(\"0\")", "see the store module's comment");
        }
    });
}

#[test]
fn content_options_are_normal_durability() {
    with_both(|path, keying| {
        let store = Store::create(path, keying, StoreOptions::CONTENT, &schemas::CONTENT).unwrap();
        let sync: i64 = store.conn().query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
        assert_eq!(sync, 1);
    });
}

#[test]
fn create_refuses_an_existing_file_and_open_a_missing_one() {
    with_both(|path, keying| {
        assert_eq!(Store::open(path, keying, StoreOptions::VAULT, &schemas::VAULT).unwrap_err(), StoreError::Missing);
        drop(Store::create(path, keying, StoreOptions::VAULT, &schemas::VAULT).unwrap());
        assert_eq!(
            Store::create(path, keying, StoreOptions::VAULT, &schemas::VAULT).unwrap_err(),
            StoreError::AlreadyExists
        );
    });
}

#[test]
fn an_empty_file_is_not_silently_turned_into_a_database() {
    with_both(|path, keying| {
        std::fs::write(path, b"").unwrap();
        assert_eq!(
            Store::open(path, keying, StoreOptions::VAULT, &schemas::VAULT).unwrap_err(),
            StoreError::NotADatabase
        );
        assert_eq!(std::fs::metadata(path).unwrap().len(), 0);
    });
}

#[test]
fn a_newer_schema_is_refused_and_left_as_is() {
    with_both(|path, keying| {
        let store = Store::create(path, keying, StoreOptions::VAULT, &schemas::VAULT).unwrap();
        store.conn().execute_batch("PRAGMA user_version = 99").unwrap();
        store.checkpoint().unwrap();
        drop(store);
        let before = std::fs::read(path).unwrap();
        assert_eq!(
            Store::open(path, keying, StoreOptions::VAULT, &schemas::VAULT).unwrap_err(),
            StoreError::SchemaTooNew { found: 99, supported: schemas::VAULT.latest() }
        );
        assert_eq!(std::fs::read(path).unwrap(), before);
    });
}

#[test]
fn stale_sidecars_are_not_replayed_into_a_new_database() {
    with_both(|path, keying| {
        let [wal, shm] = connection::sidecars(path);
        std::fs::write(&wal, b"left over from something else").unwrap();
        std::fs::write(&shm, b"junk").unwrap();
        let store = Store::create(path, keying, StoreOptions::VAULT, &schemas::VAULT).unwrap();
        store.check_integrity().unwrap();
    });
}

/// `sqlite_master` and `user_version`, the shape of a database.
fn schema_of(conn: &Connection) -> (u32, Vec<(String, String, String)>) {
    let mut stmt = conn.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name").unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    (migrations::current_version(conn).unwrap(), rows.map(Result::unwrap).collect())
}

#[test]
fn an_upgraded_schema_equals_a_fresh_one() {
    for schema in [&schemas::VAULT, &schemas::CONTENT] {
        let mut fresh = Connection::open_in_memory().unwrap();
        migrations::migrate(&mut fresh, schema).unwrap();
        // A database left at every older version by an earlier release, then upgraded.
        for start in 0..schema.latest() {
            let mut old = Connection::open_in_memory().unwrap();
            migrations::migrate_to(&mut old, schema, start).unwrap();
            migrations::migrate(&mut old, schema).unwrap();
            assert_eq!(schema_of(&old), schema_of(&fresh), "{} upgraded from {start}", schema.name);
        }
    }
}

#[test]
fn schemas_are_numbered_without_gaps() {
    for schema in [&schemas::VAULT, &schemas::CONTENT] {
        for (i, m) in schema.migrations.iter().enumerate() {
            assert_eq!(m.version as usize, i + 1, "{} step {}", schema.name, m.name);
        }
    }
}
