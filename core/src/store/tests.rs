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

/// Databases written by SQLCipher 4.20 with its OpenSSL provider (the fixtures) open and
/// verify with Harbour's Rust provider: the file format did not change with the provider.
#[test]
fn files_from_sqlciphers_openssl_provider_open_with_ours() {
    let raw = "PRAGMA key = \"x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'\";";
    let cases = [
        ("raw-hmac-sha256.db", format!("{raw} PRAGMA cipher_hmac_algorithm = HMAC_SHA256;")),
        ("raw-defaults.db", raw.to_owned()),
        (
            "passphrase-sha1.db",
            "PRAGMA key = 'correct horse'; PRAGMA kdf_iter = 1000; PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1; \
             PRAGMA cipher_hmac_algorithm = HMAC_SHA1;"
                .to_owned(),
        ),
    ];
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/fixtures");
    for (name, keying) in cases {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::copy(fixtures.join(name), &path).unwrap();
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(&keying).unwrap();
        let provider: String = conn.query_row("PRAGMA cipher_provider", [], |r| r.get(0)).unwrap();
        assert_eq!(provider, crypto::PROVIDER_NAME.to_str().unwrap(), "LIBSQLITE3_FLAGS in .cargo/config.toml");
        let rows: Vec<(i64, String)> = conn
            .prepare("SELECT i, s FROM t ORDER BY i")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rows.len(), 60, "{name}");
        assert!(rows.iter().all(|(i, s)| *s == format!("row {i} ").repeat(20)), "{name}");
        let problems: Vec<String> = conn
            .prepare("PRAGMA cipher_integrity_check")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(problems.is_empty(), "{name}: {problems:?}");
        // A write with our provider reads back through a fresh connection.
        conn.execute("INSERT INTO t VALUES (1000, 'written by the Rust provider')", []).unwrap();
        drop(conn);
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(&keying).unwrap();
        let n: i64 = conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 61, "{name}");
    }
}

#[test]
fn a_wrong_key_on_a_fixture_is_not_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.db");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/fixtures/raw-defaults.db"), &path).unwrap();
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA key = \"x'ff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'\";")
        .unwrap();
    let err = conn.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0)).unwrap_err();
    assert_eq!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::NotADatabase));
}

#[test]
fn rekey_moves_every_page_to_the_new_key_and_the_old_key_no_longer_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.db");
    let (k1, k2) = (SecretKey::random(), SecretKey::random());
    let store = Store::create(&path, Keying::Encrypted(&k1), StoreOptions::VAULT, &schemas::VAULT).unwrap();
    for i in 0..500 {
        store.conn().execute("INSERT INTO settings VALUES (?1, 'value')", [format!("k{i}")]).unwrap();
    }
    store.rekey(&k2).unwrap();
    store.conn().execute("INSERT INTO settings VALUES ('after', 'rekey')", []).unwrap();
    drop(store);
    assert_eq!(
        Store::open(&path, Keying::Encrypted(&k1), StoreOptions::VAULT, &schemas::VAULT).unwrap_err(),
        StoreError::NotADatabase
    );
    let again = Store::open(&path, Keying::Encrypted(&k2), StoreOptions::VAULT, &schemas::VAULT).unwrap();
    let n: i64 = again.conn().query_row("SELECT count(*) FROM settings", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 501);
    again.check_integrity().unwrap();
}
