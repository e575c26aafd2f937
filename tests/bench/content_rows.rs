//! Content at scale: helplines open now on 100k rows and search on 20k articles in 12
//! locales, encrypted vs plaintext; a 10k-helpline + 2k-article pack import with its time
//! and peak memory (measured in a child process so nothing else counts).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use ed25519_dalek::SigningKey;
use harbour_core::content::import;
use harbour_core::content::pack::Publisher;
use harbour_core::content::query::{self, ArticleFilter, HelplineFilter};
use harbour_core::secret::SecretKey;
use harbour_core::store::{Keying, Store, StoreOptions, schemas};
use harbour_tests::forensics::SplitMix;
use harbour_tests::synthetic::{LANGS, SEARCHED, build_pack, countries, synthetic_articles, synthetic_helplines};

use crate::report::{Budget, Report, Row, paired};

fn fresh(path: &Path, keying: Keying<'_>) -> Store {
    let store = Store::create(path, keying, StoreOptions::CONTENT, &schemas::CONTENT).unwrap();
    query::prepare_connection(store.conn()).unwrap();
    store
}

fn reopen(path: &Path, keying: Keying<'_>) -> Store {
    let store = Store::open(path, keying, StoreOptions::CONTENT, &schemas::CONTENT).unwrap();
    query::prepare_connection(store.conn()).unwrap();
    store
}

pub fn run(report: &mut Report, scale: usize) {
    let dir = tempfile::tempdir().unwrap();
    let key = SecretKey::random();
    let signer = SigningKey::from_bytes(&[3; 32]);
    let trusted = [Publisher { name: "bench".into(), key: signer.verifying_key().to_bytes() }];

    // 100k helplines, in both stores: five packs of 20k (a pack is capped at 32 MB).
    let all = synthetic_helplines(100_000, 1);
    let packs: Vec<Vec<u8>> =
        all.chunks(20_000).enumerate().map(|(i, c)| build_pack(&signer, &format!("bench-{i}"), c, &[])).collect();
    for (name, keying) in [("enc.db", Keying::Encrypted(&key)), ("plain.db", Keying::Plaintext)] {
        let mut store = fresh(&dir.path().join(name), keying);
        for p in &packs {
            import::import(&mut store, p, &trusted, 0, &mut |_, _| true).unwrap();
        }
        store.checkpoint().unwrap();
    }
    let enc = reopen(&dir.path().join("enc.db"), Keying::Encrypted(&key));
    let plain = reopen(&dir.path().join("plain.db"), Keying::Plaintext);
    let size = |n: &str| std::fs::metadata(dir.path().join(n)).map(|m| m.len()).unwrap_or(0);
    eprintln!("100k helplines: encrypted store {} MB", size("enc.db") / 1_000_000);
    let countries = countries();
    let now = Utc.with_ymd_and_hms(2026, 11, 30, 10, 0, 0).unwrap();
    let query = |store: &Store, rng: &mut SplitMix| {
        let filter = HelplineFilter {
            country: Some(countries[rng.below(60) as usize].clone()),
            languages: vec![LANGS[rng.below(12) as usize].into()],
            open_now_only: true,
            limit: 20,
            ..Default::default()
        };
        let got = query::helplines(store.conn(), &filter, now).unwrap();
        assert!(!got.is_empty());
    };
    let (mut ra, mut rb) = (SplitMix(5), SplitMix(5));
    for _ in 0..50 {
        query(&enc, &mut ra);
        query(&plain, &mut rb);
    }
    let (e, p) = paired(200 * scale, || query(&enc, &mut ra), || query(&plain, &mut rb));
    report.push(Row {
        what: "helplines by country + language + open now, 100k rows, first 20 with details".into(),
        ours: e,
        ours_text: None,
        baseline: Some(("plaintext".into(), p)),
        budget: Budget::Absolute(Duration::from_millis(1)),
    });

    // 20k articles over 12 locales.
    let pack_articles = build_pack(&signer, "bench-articles", &[], &synthetic_articles(20_000, 2));
    for (name, keying) in [("enc-a.db", Keying::Encrypted(&key)), ("plain-a.db", Keying::Plaintext)] {
        let mut store = fresh(&dir.path().join(name), keying);
        import::import(&mut store, &pack_articles, &trusted, 0, &mut |_, _| true).unwrap();
        store.checkpoint().unwrap();
    }
    eprintln!("20k articles: encrypted store {} MB", size("enc-a.db") / 1_000_000);
    let enc = reopen(&dir.path().join("enc-a.db"), Keying::Encrypted(&key));
    let plain = reopen(&dir.path().join("plain-a.db"), Keying::Plaintext);
    let search = |store: &Store, rng: &mut SplitMix| {
        let locale = LANGS[rng.below(12) as usize];
        let word = SEARCHED[rng.below(SEARCHED.len() as u64) as usize];
        let filter = ArticleFilter {
            text: word.into(),
            locales: vec![locale.into(), "en".into()],
            limit: 20,
            ..Default::default()
        };
        query::articles(store.conn(), &filter).unwrap();
    };
    let (mut ra, mut rb) = (SplitMix(6), SplitMix(6));
    for _ in 0..20 {
        search(&enc, &mut ra);
        search(&plain, &mut rb);
    }
    let (e, p) = paired(100 * scale, || search(&enc, &mut ra), || search(&plain, &mut rb));
    report.push(Row {
        what: "rights search, 20k articles over 12 locales (trigram FTS), top 20".into(),
        ours: e,
        ours_text: None,
        baseline: Some(("plaintext".into(), p)),
        budget: Budget::Absolute(Duration::from_millis(5)),
    });

    // Import of 10k helplines + 2k articles, in a child process for an honest peak RSS.
    let pack_path = dir.path().join("import.hpack");
    std::fs::write(
        &pack_path,
        build_pack(&signer, "bench-import", &synthetic_helplines(10_000, 3), &synthetic_articles(2_000, 4)),
    )
    .unwrap();
    let (enc_time, enc_rss) = child_import(&pack_path, &dir.path().join("child-enc.db"), true);
    let (plain_time, plain_rss) = child_import(&pack_path, &dir.path().join("child-plain.db"), false);
    report.push(Row {
        what: format!(
            "pack import, 10k helplines + 2k articles ({} KB pack)",
            std::fs::metadata(&pack_path).unwrap().len() / 1024
        ),
        ours: enc_time,
        ours_text: None,
        baseline: Some(("plaintext store".into(), plain_time)),
        budget: Budget::Absolute(Duration::from_secs(2)),
    });
    report.push(Row {
        what: "pack import, peak resident memory of the importing process".into(),
        ours: Duration::ZERO,
        ours_text: Some(format!("{} MB", enc_rss / 1024)),
        baseline: None,
        budget: Budget::Pass(format!("≤ 64 MB (plaintext store: {} MB)", plain_rss / 1024), enc_rss <= 64 * 1024),
    });
}

fn child_import(pack: &Path, db: &Path, encrypted: bool) -> (Duration, u64) {
    let exe = std::env::current_exe().unwrap();
    let out = Command::new(exe)
        .env("HARBOUR_BENCH_CHILD", "import")
        .arg(pack)
        .arg(db)
        .arg(if encrypted { "encrypted" } else { "plaintext" })
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text.split_whitespace();
    let micros: u64 = parts.next().unwrap().parse().unwrap();
    let rss_kib: u64 = parts.next().unwrap().parse().unwrap();
    (Duration::from_micros(micros), rss_kib)
}

/// The child: imports one pack into a new store, prints "<µs> <peak RSS KiB>".
pub fn child_main(args: &[String]) {
    let (pack_path, db, mode) = (&args[0], Path::new(&args[1]), &args[2]);
    let key = SecretKey::random();
    let keying = if mode == "encrypted" { Keying::Encrypted(&key) } else { Keying::Plaintext };
    let signer = SigningKey::from_bytes(&[3; 32]);
    let trusted = [Publisher { name: "bench".into(), key: signer.verifying_key().to_bytes() }];
    let mut store = fresh(db, keying);
    let started = Instant::now();
    let bytes = std::fs::read(pack_path).unwrap();
    import::import(&mut store, &bytes, &trusted, 0, &mut |_, _| true).unwrap();
    let elapsed = started.elapsed();
    println!("{} {}", elapsed.as_micros(), peak_rss_kib());
}

fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}
