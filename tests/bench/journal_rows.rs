//! The journal at 10,000 entries: durable append, a page of the list, a full verify and an
//! export, each on the encrypted vault and on plaintext SQLite with the same settings.

use std::path::Path;
use std::time::Instant;

use harbour_core::journal::export::{self, ExportTo};
use harbour_core::journal::{self, Moment, NewEntry};
use harbour_core::l10n::Localizer;
use harbour_core::secret::SecretKey;
use harbour_core::store::{Keying, Store, StoreOptions, schemas};

use crate::report::{Budget, Report, Row, median, paired, time};

const ENTRIES: usize = 10_000;

fn entry(i: usize) -> NewEntry {
    NewEntry {
        text: format!(
            "Day {i}: worked from six in the morning until late. The boss said the wages will come next month. {}",
            "Details. ".repeat(20)
        ),
        tags: vec!["pay".into()],
        category: Some("pay".into()),
        attachments: vec![],
    }
}

fn vault(path: &Path, keying: Keying<'_>) -> Store {
    Store::create(path, keying, StoreOptions::VAULT, &schemas::VAULT).unwrap()
}

pub fn run(report: &mut Report, scale: usize) {
    let dir = tempfile::tempdir().unwrap();
    let key = SecretKey::random();
    let mut enc = vault(&dir.path().join("enc.db"), Keying::Encrypted(&key));
    let mut plain = vault(&dir.path().join("plain.db"), Keying::Plaintext);
    let at = Moment { at_ms: 1_764_000_000_000, offset_min: 60 };

    // Durable appends, interleaved so both see the same disk.
    let (mut te, mut tp) = (Vec::with_capacity(ENTRIES), Vec::with_capacity(ENTRIES));
    for i in 0..ENTRIES {
        let e = entry(i);
        let t = Instant::now();
        journal::append(enc.conn_mut(), &e, at).unwrap();
        te.push(t.elapsed());
        let t = Instant::now();
        journal::append(plain.conn_mut(), &e, at).unwrap();
        tp.push(t.elapsed());
    }
    report.push(Row {
        what: format!("durable journal append (synchronous = FULL), median of {ENTRIES}"),
        ours: median(te),
        ours_text: None,
        baseline: Some(("plaintext".into(), median(tp))),
        budget: Budget::Ratio(1.3),
    });

    let (e, p) = paired(
        50 * scale,
        || {
            journal::list(enc.conn(), 5_000, 50).unwrap();
        },
        || {
            journal::list(plain.conn(), 5_000, 50).unwrap();
        },
    );
    report.push(Row {
        what: format!("journal: a page of 50 entries from the middle of {ENTRIES}"),
        ours: e,
        ours_text: None,
        baseline: Some(("plaintext".into(), p)),
        budget: Budget::Info,
    });

    let (e, p) = paired(
        3 * scale,
        || {
            journal::verify(enc.conn()).unwrap();
        },
        || {
            journal::verify(plain.conn()).unwrap();
        },
    );
    report.push(Row {
        what: format!("journal: verify the whole chain ({ENTRIES} events)"),
        ours: e,
        ours_text: None,
        baseline: Some(("plaintext".into(), p)),
        budget: Budget::Info,
    });

    // Export to a caseworker key (a passphrase adds age's deliberate ~1 s of scrypt).
    let identity = age::x25519::Identity::generate();
    let to = ExportTo::Recipient(identity.to_public().to_string());
    let localizer = Localizer::new(&["en".into()]);
    let mut size = 0;
    let e = time(scale.max(1), || {
        let mut out = Vec::new();
        export::export(enc.conn(), &mut out, &to, &localizer, &mut |_, _| true).unwrap();
        size = out.len();
    });
    let p = time(scale.max(1), || {
        export::export(plain.conn(), &mut Vec::new(), &to, &localizer, &mut |_, _| true).unwrap();
    });
    report.push(Row {
        what: format!("journal: encrypted export of {ENTRIES} entries ({} KB, age to a key)", size / 1024),
        ours: e,
        ours_text: None,
        baseline: Some(("plaintext store".into(), p)),
        budget: Budget::Info,
    });
}
