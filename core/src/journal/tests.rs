use age::secrecy::SecretString;
use rusqlite::Connection;

use super::plan::{Document, DocumentItem, DocumentStatus, SafePerson, Section};
use super::*;
use crate::l10n::Localizer;
use crate::secret::SecretKey;
use crate::store::{Keying, Store, StoreOptions, schemas};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let key = SecretKey::random();
    let store =
        Store::create(&dir.path().join("vault-0.db"), Keying::Encrypted(&key), StoreOptions::VAULT, &schemas::VAULT)
            .unwrap();
    (dir, store)
}

fn at(minute: i64) -> Moment {
    Moment { at_ms: 1_764_000_000_000 + minute * 60_000, offset_min: 180 }
}

fn entry(text: &str) -> NewEntry {
    NewEntry { text: text.into(), tags: vec!["pay".into()], category: Some("pay".into()), attachments: vec![] }
}

fn photo(bytes: &[u8]) -> NewAttachment {
    NewAttachment { name: "payslip.jpg".into(), mime: "image/jpeg".into(), data: bytes.to_vec() }
}

#[test]
fn append_revise_delete_keep_history_and_the_chain_verifies() {
    let (_dir, mut s) = store();
    let c = s.conn_mut();
    let a =
        append(c, &NewEntry { attachments: vec![photo(b"jpeg bytes")], ..entry("Paid 20 of 300.") }, at(0)).unwrap();
    let b = append(c, &entry("Boss took my passport."), at(5)).unwrap();
    revise(
        c,
        &a,
        &NewEntry { tags: vec!["wages".into(), "pay".into(), "pay".into()], ..entry("Paid 20 of 300 promised.") },
        at(9),
    )
    .unwrap();
    let page = list(c, 0, 10).unwrap();
    assert_eq!(page.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), [b.as_str(), a.as_str()], "newest first");
    let a_view = get(c, &a).unwrap();
    assert_eq!(a_view.text, "Paid 20 of 300 promised.");
    assert_eq!(a_view.tags, ["pay", "wages"], "sorted, without duplicates");
    assert_eq!((a_view.revisions, a_view.written_ms, a_view.changed_ms), (2, at(0).at_ms, at(9).at_ms));
    assert_eq!(a_view.written_offset_min, 180);
    assert_eq!(a_view.attachments.len(), 1);
    assert_eq!(attachment(c, a_view.attachments[0].id).unwrap(), b"jpeg bytes");

    delete(c, &a, at(12)).unwrap();
    let gone = get(c, &a).unwrap();
    assert!(gone.deleted && gone.text.is_empty() && gone.attachments.is_empty());
    assert_eq!(attachment(c, a_view.attachments[0].id).unwrap_err(), JournalError::Deleted);
    assert_eq!(delete(c, &a, at(13)).unwrap_err(), JournalError::Deleted);
    assert_eq!(revise(c, &a, &entry("x"), at(13)).unwrap_err(), JournalError::Deleted);
    assert_eq!(get(c, "00112233445566778899aabbccddeeff").unwrap_err(), JournalError::NotFound);

    let head = verify(c).unwrap();
    assert_eq!(head.events, 4);
    assert!(head.witness_code().starts_with("#4 "));
}

#[test]
fn bad_input_is_refused_and_nothing_is_written() {
    let (_dir, mut s) = store();
    let c = s.conn_mut();
    append(c, &entry("first"), at(0)).unwrap();
    let before = (verify(c).unwrap(), count(c).unwrap());
    let too_big = NewAttachment { data: vec![0; limits::MAX_ATTACHMENT_BYTES + 1], ..photo(b"") };
    let cases: Vec<(NewEntry, &str)> = vec![
        (entry("   "), "text"),
        (NewEntry { attachments: vec![too_big], ..entry("x") }, "attachment"),
        (NewEntry { tags: vec!["no/slashes".into()], ..entry("x") }, "tags"),
        (NewEntry { tags: vec!["x".repeat(33)], ..entry("x") }, "tags"),
        (NewEntry { category: Some("lottery".into()), ..entry("x") }, "category"),
        (
            NewEntry { attachments: vec![NewAttachment { mime: "jpeg".into(), ..photo(b"a") }], ..entry("x") },
            "attachment type",
        ),
        (
            NewEntry { attachments: vec![NewAttachment { name: "../etc".into(), ..photo(b"a") }], ..entry("x") },
            "attachment name",
        ),
    ];
    for (e, field) in cases {
        match append(c, &e, at(1)) {
            Err(JournalError::InvalidInput(i)) => assert_eq!(i.field.name(), field),
            other => panic!("{field}: {other:?}"),
        }
    }
    assert_eq!((verify(c).unwrap(), count(c).unwrap()), before);
    assert!(matches!(
        revise(c, "not-hex", &entry("x"), at(1)),
        Err(JournalError::InvalidInput(crate::input::Invalid { field: crate::input::Field::EntryId, .. }))
    ));
}

/// A journal with a create, a revision with an attachment, a delete and a plan change.
fn sample(c: &mut Connection) -> Vec<String> {
    let a = append(c, &entry("one"), at(0)).unwrap();
    let b = append(c, &NewEntry { attachments: vec![photo(b"image")], ..entry("two") }, at(1)).unwrap();
    revise(c, &a, &entry("one, revised"), at(2)).unwrap();
    let d = append(c, &entry("three"), at(3)).unwrap();
    plan::set_section(c, &Section::Bag(vec!["phone".into(), "charger".into()]), at(4)).unwrap();
    append(c, &entry("five"), at(5)).unwrap();
    vec![a, b, d]
}

fn broken(c: &Connection) -> Broken {
    match verify(c) {
        Err(JournalError::Broken(b)) => b,
        other => panic!("expected a broken chain, got {other:?}"),
    }
}

#[test]
fn any_edit_reorder_removal_or_truncation_is_found_where_it_is() {
    // Each case tampers with the decrypted database directly, as someone with the key could.
    let cases: Vec<(&str, &str, Broken)> = vec![
        (
            "flip a byte of content",
            "UPDATE journal_events SET content = CAST(replace(CAST(content AS TEXT), 'two', 'twO') AS BLOB) WHERE seq = 2",
            Broken { seq: 2, problem: Problem::ContentChanged },
        ),
        (
            "change a time",
            "UPDATE journal_events SET at_ms = at_ms + 1 WHERE seq = 3",
            Broken { seq: 3, problem: Problem::LinkChanged },
        ),
        (
            "change an offset",
            "UPDATE journal_events SET offset_min = 0 WHERE seq = 1",
            Broken { seq: 1, problem: Problem::LinkChanged },
        ),
        (
            "change a content hash",
            "UPDATE journal_events SET content = NULL, content_hash = zeroblob(32) WHERE seq = 4",
            Broken { seq: 4, problem: Problem::LinkChanged },
        ),
        (
            "flip a byte of an attachment",
            "UPDATE journal_attachments SET data = CAST('imagf' AS BLOB) WHERE seq = 2",
            Broken { seq: 2, problem: Problem::AttachmentChanged },
        ),
        (
            "remove an attachment",
            "DELETE FROM journal_attachments WHERE seq = 2",
            Broken { seq: 2, problem: Problem::AttachmentChanged },
        ),
        ("remove an event", "DELETE FROM journal_events WHERE seq = 3", Broken { seq: 3, problem: Problem::Missing }),
        (
            "reorder two events",
            "UPDATE journal_events SET seq = 100 WHERE seq = 3; UPDATE journal_events SET seq = 3 WHERE seq = 4; UPDATE journal_events SET seq = 4 WHERE seq = 100",
            Broken { seq: 3, problem: Problem::LinkChanged },
        ),
        ("cut off the end", "DELETE FROM journal_events WHERE seq = 6", Broken { seq: 6, problem: Problem::Truncated }),
        (
            "cut off the end and the head",
            "DELETE FROM journal_events WHERE seq >= 5; DELETE FROM journal_head",
            Broken { seq: 1, problem: Problem::LinkChanged },
        ),
    ];
    for (what, sql, expected) in cases {
        let (_dir, mut s) = store();
        sample(s.conn_mut());
        verify(s.conn()).unwrap();
        s.conn().execute_batch(&format!("PRAGMA foreign_keys = OFF; {sql}")).unwrap();
        assert_eq!(broken(s.conn()), expected, "{what}");
    }
}

#[test]
fn a_deleted_entry_still_verifies_and_keeps_only_hashes() {
    let (_dir, mut s) = store();
    let ids = sample(s.conn_mut());
    delete(s.conn_mut(), &ids[1], at(9)).unwrap();
    s.checkpoint().unwrap();
    verify(s.conn()).unwrap();
    let kept: i64 = s
        .conn()
        .query_row(
            "SELECT count(*) FROM journal_events WHERE content IS NOT NULL AND instr(content, 'two') > 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, 0);
    let data: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM journal_attachments WHERE data IS NOT NULL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(data, 0);
}

#[test]
fn the_safety_plan_is_stored_journaled_and_validated() {
    let (_dir, mut s) = store();
    let c = s.conn_mut();
    assert!(plan::get(c).unwrap().sections.is_empty());
    let people = Section::SafePeople(vec![SafePerson {
        name: "Sister".into(),
        contact: "+63 917 000 0000".into(),
        code_word: "mango".into(),
    }]);
    plan::set_section(c, &people, at(0)).unwrap();
    let docs = Section::Documents(vec![DocumentItem {
        document: Document::Passport,
        status: DocumentStatus::Held,
        note: "boss keeps it".into(),
    }]);
    plan::set_section(c, &docs, at(1)).unwrap();
    plan::set_section(c, &Section::Notes("Leave on a Sunday.".into()), at(2)).unwrap();
    plan::set_section(c, &Section::Notes("Leave on a Monday.".into()), at(3)).unwrap();
    let got = plan::get(c).unwrap();
    assert_eq!(got.sections.len(), 3);
    assert!(got.sections.contains(&Section::Notes("Leave on a Monday.".into())));
    assert_eq!(got.changed, Some(at(3)));
    assert_eq!(verify(c).unwrap().events, 4, "every change is in the chain");
    let bad =
        Section::SafePeople(vec![SafePerson { name: " ".into(), contact: String::new(), code_word: String::new() }]);
    assert!(matches!(plan::set_section(c, &bad, at(4)), Err(JournalError::InvalidInput(_))));
    assert_eq!(verify(c).unwrap().events, 4);
}

fn localizer() -> Localizer {
    Localizer::new(&["en".into()])
}

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

#[test]
fn export_then_import_restores_everything_and_verifies() {
    let (_dir, mut s) = store();
    let ids = sample(s.conn_mut());
    delete(s.conn_mut(), &ids[2], at(8)).unwrap();
    let head = verify(s.conn()).unwrap();
    let mut out = Vec::new();
    let mut seen = Vec::new();
    let summary = export::export(
        s.conn(),
        &mut out,
        &export::ExportTo::Passphrase(pass("correct horse")),
        &localizer(),
        &mut |d, t| {
            seen.push((d, t));
            true
        },
    )
    .unwrap();
    assert_eq!((summary.events, summary.attachments), (head.events, 1));
    assert_eq!(seen.last(), Some(&(head.events, head.events)));
    assert!(out.starts_with(b"age-encryption.org/v1"));

    let (_dir2, mut fresh) = store();
    let restored = export::import(fresh.conn_mut(), out.as_slice(), pass("correct horse"), &mut |_| true).unwrap();
    assert_eq!(restored, head);
    assert_eq!(list(fresh.conn(), 0, 10).unwrap(), list(s.conn(), 0, 10).unwrap());
    assert_eq!(plan::get(fresh.conn()).unwrap().sections, plan::get(s.conn()).unwrap().sections);
    let with_photo = get(fresh.conn(), &ids[1]).unwrap();
    assert_eq!(attachment(fresh.conn(), with_photo.attachments[0].id).unwrap(), b"image");
    // A caseworker can check the file without a vault.
    assert_eq!(export::check_export(out.as_slice(), pass("correct horse")).unwrap(), head);
    // Restoring twice is refused: the journal is no longer empty.
    assert_eq!(
        export::import(fresh.conn_mut(), out.as_slice(), pass("correct horse"), &mut |_| true).unwrap_err(),
        JournalError::NotEmpty
    );
}

#[test]
fn a_wrong_passphrase_or_a_cut_file_is_refused_and_nothing_is_written() {
    let (_dir, mut s) = store();
    sample(s.conn_mut());
    let mut out = Vec::new();
    export::export(s.conn(), &mut out, &export::ExportTo::Passphrase(pass("right one")), &localizer(), &mut |_, _| {
        true
    })
    .unwrap();
    let (_dir2, mut fresh) = store();
    assert_eq!(
        export::import(fresh.conn_mut(), out.as_slice(), pass("wrong one"), &mut |_| true).unwrap_err(),
        JournalError::WrongPassphrase
    );
    assert_eq!(
        export::import(fresh.conn_mut(), &out[..out.len() - 100], pass("right one"), &mut |_| true).unwrap_err(),
        JournalError::ExportDamaged
    );
    assert_eq!(
        export::import(fresh.conn_mut(), &b"not an age file"[..], pass("right one"), &mut |_| true).unwrap_err(),
        JournalError::ExportDamaged
    );
    assert_eq!(count(fresh.conn()).unwrap(), 0);
    assert_eq!(verify(fresh.conn()).unwrap().events, 0);
}

#[test]
fn export_to_a_caseworker_key_opens_with_their_identity() {
    let (_dir, mut s) = store();
    sample(s.conn_mut());
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let mut out = Vec::new();
    export::export(s.conn(), &mut out, &export::ExportTo::Recipient(recipient), &localizer(), &mut |_, _| true)
        .unwrap();
    let decryptor = age::Decryptor::new(out.as_slice()).unwrap();
    let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).unwrap();
    let mut tar_bytes = Vec::new();
    std::io::Read::read_to_end(&mut reader, &mut tar_bytes).unwrap();
    let mut archive = tar::Archive::new(tar_bytes.as_slice());
    let names: Vec<String> =
        archive.entries().unwrap().map(|e| e.unwrap().path().unwrap().to_string_lossy().into_owned()).collect();
    for expected in [
        "harbour-export/README.txt",
        "harbour-export/index.html",
        "harbour-export/timeline-0001.html",
        "harbour-export/journal/events-0001.jsonl",
    ] {
        assert!(names.iter().any(|n| n == expected), "{expected} missing from {names:?}");
    }
    assert!(names.iter().any(|n| n.starts_with("harbour-export/attachments/")));
    assert!(matches!(
        export::export(
            s.conn(),
            &mut Vec::new(),
            &export::ExportTo::Recipient("age1nope".into()),
            &localizer(),
            &mut |_, _| true
        ),
        Err(JournalError::InvalidInput(crate::input::Invalid { field: crate::input::Field::Recipient, .. }))
    ));
}

#[test]
fn a_broken_journal_is_not_exported() {
    let (_dir, mut s) = store();
    sample(s.conn_mut());
    s.conn().execute_batch("UPDATE journal_events SET at_ms = 0 WHERE seq = 1").unwrap();
    let err = export::export(
        s.conn(),
        &mut Vec::new(),
        &export::ExportTo::Passphrase(pass("p")),
        &localizer(),
        &mut |_, _| true,
    )
    .unwrap_err();
    assert!(matches!(err, JournalError::Broken(Broken { seq: 1, .. })));
}

#[test]
fn a_key_fingerprint_is_short_stable_and_tells_keys_apart() {
    let a = age::x25519::Identity::generate().to_public().to_string();
    let b = age::x25519::Identity::generate().to_public().to_string();
    let fa = crate::journal::export::key_fingerprint(&a).unwrap();
    assert_eq!(fa.len(), 19);
    assert!(fa.chars().all(|c| c == ' ' || c.is_ascii_hexdigit()));
    assert_eq!(crate::journal::export::key_fingerprint(&format!(" {a}\n")), Some(fa.clone()));
    assert_ne!(crate::journal::export::key_fingerprint(&b), Some(fa));
    assert_eq!(crate::journal::export::key_fingerprint("age1nope"), None);
}

/// An age file (for `identity`) holding the tar `build` makes.
fn crafted_export(identity: &age::x25519::Identity, build: impl FnOnce(&mut tar::Builder<Vec<u8>>)) -> Vec<u8> {
    let mut tar = tar::Builder::new(Vec::new());
    build(&mut tar);
    let tar_bytes = tar.into_inner().unwrap();
    let recipient = identity.to_public();
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = encryptor.wrap_output(&mut out).unwrap();
    std::io::Write::write_all(&mut w, &tar_bytes).unwrap();
    w.finish().unwrap();
    out
}

// Adversary review, finding 8: a small file with sparse entries could demand gigabytes.
#[test]
fn a_restore_takes_regular_files_of_bounded_size_only() {
    let identity = age::x25519::Identity::generate();
    let member = |kind: tar::EntryType, path: &str, size: u64| {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_size(size);
        h.set_mode(0o600);
        h.set_path(path).unwrap();
        h.set_cksum();
        h
    };
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "a symbolic link",
            crafted_export(&identity, |t| {
                let mut h = member(tar::EntryType::Symlink, "harbour-export/attachments/x", 0);
                h.set_link_name("/etc/passwd").unwrap();
                h.set_cksum();
                t.append(&h, std::io::empty()).unwrap();
            }),
        ),
        (
            "a sparse file",
            crafted_export(&identity, |t| {
                // One byte stored; a real size of 8 GiB, all of it a hole read as zeros.
                let mut h = member(tar::EntryType::GNUSparse, "harbour-export/journal/events-0001.jsonl", 512);
                let gnu = h.as_gnu_mut().unwrap();
                gnu.set_real_size(8 << 30);
                gnu.sparse[0].offset = *b"00000000000\0";
                gnu.sparse[0].numbytes = *b"00000000001\0";
                h.set_cksum();
                t.append(&h, [b'\n'; 512].as_slice()).unwrap();
            }),
        ),
        (
            "an attachment over the limit",
            // The sizes are declared, not sent: what is refused must be refused before reading.
            crafted_export(&identity, |t| {
                let size = crate::journal::limits::MAX_ATTACHMENT_BYTES as u64 + 1;
                let h = member(tar::EntryType::Regular, "harbour-export/attachments/x", size);
                t.append(&h, [0u8; 512].as_slice()).unwrap();
            }),
        ),
        (
            "an event page over the limit",
            crafted_export(&identity, |t| {
                let h = member(tar::EntryType::Regular, "harbour-export/journal/events-0001.jsonl", 1 << 40);
                t.append(&h, [b'\n'; 512].as_slice()).unwrap();
            }),
        ),
    ];
    for (what, bytes) in cases {
        let (_dir, mut fresh) = store();
        let result = export::import_with(fresh.conn_mut(), bytes.as_slice(), &identity, &mut |_| true);
        assert_eq!(result.unwrap_err(), JournalError::ExportDamaged, "{what}");
        assert_eq!(verify(fresh.conn()).unwrap().events, 0, "{what}: nothing written");
    }
}

// Adversary review, finding 8: an unreadable plan section was silently dropped.
#[test]
fn a_damaged_plan_section_is_reported_not_dropped() {
    let (_dir, mut s) = store();
    sample(s.conn_mut());
    s.conn().execute("INSERT INTO safety_plan (section, data) VALUES ('zz', 'not json')", []).unwrap();
    assert_eq!(plan::get(s.conn()).unwrap_err(), JournalError::Store(crate::store::StoreError::Corrupt));
}

// Caseworker review: an edit or a deletion in the exported timeline did not say which entry it
// changed.
#[test]
fn the_exported_timeline_names_the_entry_each_edit_and_deletion_changes() {
    let (_dir, mut s) = store();
    let first = append(s.conn_mut(), &entry("first"), at(1)).unwrap();
    let second = append(s.conn_mut(), &entry("second"), at(2)).unwrap();
    revise(s.conn_mut(), &first, &entry("first, corrected"), at(3)).unwrap();
    delete(s.conn_mut(), &second, at(4)).unwrap();
    let identity = age::x25519::Identity::generate();
    let mut out = Vec::new();
    let to = export::ExportTo::Recipient(identity.to_public().to_string());
    export::export(s.conn(), &mut out, &to, &localizer(), &mut |_, _| true).unwrap();
    let decryptor = age::Decryptor::new(out.as_slice()).unwrap();
    let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).unwrap();
    let mut tar_bytes = Vec::new();
    std::io::Read::read_to_end(&mut reader, &mut tar_bytes).unwrap();
    let mut timeline = String::new();
    for e in tar::Archive::new(tar_bytes.as_slice()).entries().unwrap() {
        let mut e = e.unwrap();
        if e.path().unwrap().to_string_lossy().contains("timeline-0001.html") {
            std::io::Read::read_to_string(&mut e, &mut timeline).unwrap();
        }
    }
    assert!(timeline.contains(r##"<a href="#e1">Changes entry #1</a>"##), "{timeline}");
    assert!(timeline.contains(r##"<a href="#e2">Changes entry #2</a>"##), "{timeline}");
    // A caseworker checks the file with the organisation's identity file, as made by age-keygen.
    let identity_file = format!("# created: 2026-12-03\n# public key: {}\n{}\n", identity.to_public(), {
        use age::secrecy::ExposeSecret;
        identity.to_string().expose_secret().to_owned()
    });
    let head = export::check_export_with_identity(out.as_slice(), &identity_file).unwrap();
    assert_eq!(head, verify(s.conn()).unwrap());
    let stranger = age::x25519::Identity::generate();
    let other = {
        use age::secrecy::ExposeSecret;
        stranger.to_string().expose_secret().to_owned()
    };
    assert_eq!(export::check_export_with_identity(out.as_slice(), &other).unwrap_err(), JournalError::WrongPassphrase);
    assert!(matches!(
        export::check_export_with_identity(out.as_slice(), "not a key"),
        Err(JournalError::InvalidInput(_))
    ));
}

// A 32-bit phone after 19 January 2038 (`make cross-test` runs this on armv7): times are
// stored, listed, chained and exported whole.
#[test]
fn entries_after_2038_keep_their_times_through_the_chain_and_the_export() {
    let (_dir, mut s) = store();
    let late = |minute: i64| Moment { at_ms: 2_272_000_000_000 + minute * 60_000, offset_min: -300 };
    assert!(late(0).at_ms / 1000 > i64::from(i32::MAX), "past the 32-bit time_t limit");
    let a = append(s.conn_mut(), &entry("After 2038."), late(0)).unwrap();
    let b = append(s.conn_mut(), &entry("Later still."), late(60 * 24 * 365 * 30)).unwrap();
    let page = list(s.conn(), 0, 10).unwrap();
    assert_eq!(page.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), [b.as_str(), a.as_str()]);
    assert_eq!(page[1].written_ms, late(0).at_ms);
    assert_eq!(page[0].written_ms, late(60 * 24 * 365 * 30).at_ms);
    let head = verify(s.conn()).unwrap();
    let mut out = Vec::new();
    export::export(
        s.conn(),
        &mut out,
        &export::ExportTo::Passphrase(pass("correct horse")),
        &localizer(),
        &mut |_, _| true,
    )
    .unwrap();
    assert_eq!(export::check_export(out.as_slice(), pass("correct horse")).unwrap(), head);
}
