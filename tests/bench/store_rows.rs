//! Encrypted vs plaintext SQLite: the same data, the same statements, the same pragmas.

use std::path::Path;

use harbour_core::secret::SecretKey;
use harbour_core::store::{Keying, Store, StoreOptions, schemas};
use harbour_tests::forensics::SplitMix;

use crate::report::{Budget, Report, Row, paired};

const ROWS: i64 = 50_000;
/// Decrypting every page a cold query touches costs more than a warm cache: SPEC §5 notes
/// 5.4× with a 2 MB cache. Measured here at about 2× (see the README's table); the budget
/// leaves room for a noisy machine and fails a regression to uncached-like costs.
const COLD_RATIO: f64 = 3.0;

fn populate(store: &Store) {
    store
        .conn()
        .execute_batch(
            "CREATE TABLE bench_items (id INTEGER PRIMARY KEY, country TEXT NOT NULL, lang TEXT NOT NULL,
                                       name TEXT NOT NULL, body TEXT NOT NULL);
             CREATE INDEX bench_items_country_lang ON bench_items (country, lang);",
        )
        .unwrap();
    let tx = store.conn().unchecked_transaction().unwrap();
    {
        let mut insert = tx.prepare("INSERT INTO bench_items VALUES (?1, ?2, ?3, ?4, ?5)").unwrap();
        let mut rng = SplitMix(42);
        for id in 0..ROWS {
            let country = format!("C{}", rng.below(60));
            let lang = format!("l{}", rng.below(12));
            let body: String = (0..40).map(|_| char::from(b'a' + rng.below(26) as u8)).collect::<String>().repeat(5);
            insert.execute((id, country, lang, format!("item {id}"), body)).unwrap();
        }
    }
    tx.commit().unwrap();
    store.checkpoint().unwrap();
}

fn open_pair(dir: &Path, key: &SecretKey) -> (Store, Store) {
    let enc =
        Store::create(&dir.join("enc.db"), Keying::Encrypted(key), StoreOptions::CONTENT, &schemas::CONTENT).unwrap();
    let plain =
        Store::create(&dir.join("plain.db"), Keying::Plaintext, StoreOptions::CONTENT, &schemas::CONTENT).unwrap();
    populate(&enc);
    populate(&plain);
    // Reopen: measure from a cold page cache, as after a launch.
    drop((enc, plain));
    (
        Store::open(&dir.join("enc.db"), Keying::Encrypted(key), StoreOptions::CONTENT, &schemas::CONTENT).unwrap(),
        Store::open(&dir.join("plain.db"), Keying::Plaintext, StoreOptions::CONTENT, &schemas::CONTENT).unwrap(),
    )
}

pub fn run(report: &mut Report, scale: usize) {
    let dir = tempfile::tempdir().unwrap();
    let key = SecretKey::random();
    let (enc, plain) = open_pair(dir.path(), &key);

    let point = |store: &Store, rng: &mut SplitMix| {
        let mut stmt = store.conn().prepare_cached("SELECT name, body FROM bench_items WHERE id = ?1").unwrap();
        for _ in 0..200 {
            let id = rng.below(ROWS as u64) as i64;
            let _: String = stmt.query_row([id], |r| r.get(0)).unwrap();
        }
    };
    let range = |store: &Store, rng: &mut SplitMix| {
        let mut stmt = store
            .conn()
            .prepare_cached("SELECT id, name FROM bench_items WHERE country = ?1 AND lang = ?2 ORDER BY id LIMIT 20")
            .unwrap();
        for _ in 0..20 {
            let args = (format!("C{}", rng.below(60)), format!("l{}", rng.below(12)));
            let n = stmt.query_map(args, |r| r.get::<_, i64>(0)).unwrap().count();
            assert!(n > 0);
        }
    };
    let (mut ra, mut rb) = (SplitMix(1), SplitMix(1));
    // Warm both caches identically first: the budget is about steady state.
    for _ in 0..50 {
        point(&enc, &mut ra);
        point(&plain, &mut rb);
    }
    let (e, p) = paired(100 * scale, || point(&enc, &mut ra), || point(&plain, &mut rb));
    report.push(Row {
        what: format!("200 random point reads, {ROWS} rows: encrypted vs plaintext"),
        ours: e,
        ours_text: None,
        baseline: Some(("plaintext".into(), p)),
        budget: Budget::Ratio(1.15),
    });
    let (e, p) = paired(100 * scale, || range(&enc, &mut ra), || range(&plain, &mut rb));
    report.push(Row {
        what: "20 indexed range queries (country + language): encrypted vs plaintext".into(),
        ours: e,
        ours_text: None,
        baseline: Some(("plaintext".into(), p)),
        budget: Budget::Ratio(1.15),
    });

    // Cold: a fresh connection per sample, so every page read is decrypted rather than served
    // from SQLite's cache (as after a launch or an unlock). The open itself is not timed.
    let (enc_path, plain_path) = (dir.path().join("enc.db"), dir.path().join("plain.db"));
    let (mut cold_e, mut cold_p) = (Vec::new(), Vec::new());
    for _ in 0..20 * scale {
        for (path, keying, out) in
            [(&enc_path, Keying::Encrypted(&key), &mut cold_e), (&plain_path, Keying::Plaintext, &mut cold_p)]
        {
            let store = Store::open(path, keying, StoreOptions::CONTENT, &schemas::CONTENT).unwrap();
            let t = std::time::Instant::now();
            range(&store, &mut ra);
            out.push(t.elapsed());
        }
    }
    report.push(Row {
        what: "20 indexed range queries on a fresh connection (cold cache): encrypted vs plaintext".into(),
        ours: crate::report::median(cold_e),
        ours_text: None,
        baseline: Some(("plaintext".into(), crate::report::median(cold_p))),
        budget: Budget::Ratio(COLD_RATIO),
    });

    let durable_insert = |store: &Store, n: &mut i64| {
        *n += 1;
        store
            .conn()
            .execute(
                "INSERT INTO bench_items VALUES (?1, 'GB', 'en', 'new', 'a durable row of journal-like size ………')",
                [ROWS + *n],
            )
            .unwrap();
    };
    enc.conn().execute_batch("PRAGMA synchronous = FULL").unwrap();
    plain.conn().execute_batch("PRAGMA synchronous = FULL").unwrap();
    let (mut na, mut nb) = (0, 0);
    let (e, p) = paired(100 * scale, || durable_insert(&enc, &mut na), || durable_insert(&plain, &mut nb));
    report.push(Row {
        what: "durable single-row insert (synchronous = FULL): encrypted vs plaintext".into(),
        ours: e,
        ours_text: None,
        baseline: Some(("plaintext".into(), p)),
        budget: Budget::Ratio(1.3),
    });
}
