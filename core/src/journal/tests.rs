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
            Err(JournalError::InvalidInput { field: f, .. }) => assert_eq!(f, field),
            other => panic!("{field}: {other:?}"),
        }
    }
    assert_eq!((verify(c).unwrap(), count(c).unwrap()), before);
    assert!(matches!(revise(c, "not-hex", &entry("x"), at(1)), Err(JournalError::InvalidInput { field: "id", .. })));
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
    assert!(matches!(plan::set_section(c, &bad, at(4)), Err(JournalError::InvalidInput { .. })));
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
        Err(JournalError::InvalidInput { field: "recipient", .. })
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
