//! Packs, queries and search against a real (encrypted) content store.

use chrono::TimeZone;
use ed25519_dalek::SigningKey;

use super::model::*;
use super::pack::{self, PackError, Publisher};
use super::query::{ArticleFilter, HelplineFilter};
use super::*;
use crate::vault::MemoryKeyStore;

fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

fn publisher(k: &SigningKey) -> Publisher {
    Publisher { name: "test".into(), key: k.verifying_key().to_bytes() }
}

pub(crate) fn helpline(
    id: &str,
    country: &str,
    operator: Operator,
    hours: Option<Hours>,
    languages: &[&str],
) -> Helpline {
    Helpline {
        id: id.into(),
        country: country.into(),
        organisation: Some(format!("{id} org")),
        service: format!("{id} line"),
        operator,
        operator_note: None,
        channels: vec![Channel {
            kind: ChannelKind::Phone,
            dial: "+448000121700".into(),
            display: "0800 012 1700".into(),
            note: None,
        }],
        hours,
        hours_text: None,
        languages: languages.iter().map(|l| l.to_string()).collect(),
        interpreters: false,
        free: Some(true),
        specialties: vec!["trafficking".into()],
        source_url: "https://example.org/source".into(),
        additional_sources: vec![],
        source_date: Some("2025-01-01".into()),
        source_note: None,
        confidence: Confidence::High,
        notes: None,
    }
}

fn weekdays(zone: &str, opens: &str, closes: &str) -> Option<Hours> {
    Some(Hours::Weekly {
        time_zone: zone.into(),
        weekly: vec![Span {
            days: ["mon", "tue", "wed", "thu", "fri"].map(String::from).to_vec(),
            opens: opens.into(),
            closes: closes.into(),
        }],
    })
}

fn right(id: &str, jurisdiction: &str, locale: &str, title: &str, body: &str) -> RightsArticle {
    RightsArticle {
        id: id.into(),
        jurisdiction: jurisdiction.into(),
        jurisdiction_name: None,
        locale: locale.into(),
        title: title.into(),
        body: body.into(),
        source_url: "https://example.org/law".into(),
        topics: vec!["documents".into()],
        caveats: None,
        confidence: Confidence::Medium,
    }
}

fn sections(helplines: &[Helpline], rights: &[RightsArticle]) -> Vec<(String, Vec<u8>)> {
    vec![
        ("helplines".into(), serde_json::to_vec(helplines).unwrap()),
        ("rights".into(), serde_json::to_vec(rights).unwrap()),
    ]
}

fn build(k: &SigningKey, id: &str, version: u64, helplines: &[Helpline], rights: &[RightsArticle]) -> Vec<u8> {
    pack::build(k, id, version, "Test pack", "2026-11-29", &sections(helplines, rights))
}

fn store() -> (tempfile::TempDir, ContentStore) {
    let dir = tempfile::tempdir().unwrap();
    let content = ContentStore::open(dir.path(), &MemoryKeyStore::default()).unwrap();
    (dir, content)
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 30, 8, 30, 0).unwrap()
}

fn all_keys(content: &ContentStore) -> Vec<String> {
    content
        .helplines(&HelplineFilter { limit: 1000, ..Default::default() }, now())
        .unwrap()
        .into_iter()
        .map(|h| h.key)
        .collect()
}

fn import(content: &ContentStore, bytes: &[u8], trusted: &[Publisher]) -> Result<ImportSummary, ContentError> {
    content.import_pack(bytes, trusted, now(), &mut |_, _| true)
}

#[test]
fn every_bad_pack_is_refused_with_its_own_error_and_changes_nothing() {
    let (_dir, content) = store();
    let org = key(1);
    let trusted = [publisher(&org)];
    let v1 = build(&org, "org-pack", 1, &[helpline("a", "GB", Operator::Ngo, None, &["en"])], &[]);
    import(&content, &v1, &trusted).unwrap();
    let before = all_keys(&content);
    assert_eq!(before, ["a"]);

    let v2_lines = [helpline("b", "GB", Operator::Ngo, None, &["en"])];
    let v2 = build(&org, "org-pack", 2, &v2_lines, &[right("r", "GB", "en", "t", "b")]);
    let mut cases: Vec<(&str, Vec<u8>, PackError)> = Vec::new();

    let mut unsigned = v2.clone();
    let m_end = 12 + u32::from_le_bytes(v2[8..12].try_into().unwrap()) as usize;
    unsigned[m_end..m_end + 64].fill(0);
    cases.push(("unsigned", unsigned, PackError::Unsigned));

    let stranger = build(&key(9), "org-pack", 2, &v2_lines, &[]);
    cases.push(("unknown key", stranger, PackError::UnknownPublisher));

    let mut forged = v2.clone();
    forged[m_end + 10] ^= 1;
    cases.push(("bad signature", forged, PackError::BadSignature));

    cases.push(("rollback", v1.clone(), PackError::NotNewer { installed: 1, offered: 1 }));

    // Mix and match: the helplines section of another, validly signed pack.
    let other = build(&org, "org-pack", 3, &[helpline("evil", "GB", Operator::Ngo, None, &["en"])], &[]);
    let mut mixed = v2.clone();
    let other_m_end = 12 + u32::from_le_bytes(other[8..12].try_into().unwrap()) as usize;
    let other_helplines = &other[other_m_end + 64
        ..other_m_end
            + 64
            + serde_json::to_vec(&[helpline("evil", "GB", Operator::Ngo, None, &["en"])]).unwrap().len()];
    mixed.truncate(m_end + 64);
    mixed.extend_from_slice(other_helplines);
    mixed.extend_from_slice(&v2[m_end + 64 + serde_json::to_vec(&v2_lines).unwrap().len()..]);
    cases.push(("mix and match", mixed, PackError::SectionMismatch("helplines".into())));

    let mut longer = v2.clone();
    longer.extend_from_slice(b" ");
    cases.push(("section longer than its manifest", longer, PackError::TrailingData));

    cases.push(("truncated", v2[..v2.len() - 7].to_vec(), PackError::Truncated));
    cases.push(("truncated header", v2[..m_end].to_vec(), PackError::Truncated));

    let mut oversized = v2.clone();
    oversized.resize(pack::limits::MAX_PACK_BYTES + 1, 0);
    cases.push(("oversized", oversized, PackError::TooLarge));

    cases.push(("not a pack", b"PK\x03\x04 a zip file".to_vec(), PackError::NotAPack));

    for (what, bytes, expected) in cases {
        assert_eq!(import(&content, &bytes, &trusted).unwrap_err(), ContentError::Pack(expected), "{what}");
        assert_eq!(all_keys(&content), before, "{what} changed the content");
    }
    let summary = import(&content, &v2, &trusted).unwrap();
    assert_eq!((summary.version, summary.replaced, summary.helplines, summary.articles), (2, Some(1), 1, 1));
    assert_eq!(all_keys(&content), ["b"]);
}

#[test]
fn invalid_content_is_refused_before_the_store_is_touched() {
    let (_dir, content) = store();
    let org = key(1);
    let mut bad_zone = helpline("a", "GB", Operator::Ngo, weekdays("Mars/Olympus", "09:00", "17:00"), &["en"]);
    let bytes = build(&org, "p", 1, std::slice::from_ref(&bad_zone), &[]);
    assert!(matches!(
        import(&content, &bytes, &[publisher(&org)]),
        Err(ContentError::Pack(PackError::InvalidContent { .. }))
    ));
    bad_zone.hours = None;
    bad_zone.channels[0].dial = "call us".into();
    let bytes = build(&org, "p", 1, &[bad_zone], &[]);
    assert!(matches!(
        import(&content, &bytes, &[publisher(&org)]),
        Err(ContentError::Pack(PackError::InvalidContent { .. }))
    ));
    assert!(all_keys(&content).is_empty());
    assert!(content.installed_packs().unwrap().is_empty());
}

#[test]
fn a_cancelled_import_keeps_nothing_and_progress_is_reported() {
    let (_dir, content) = store();
    let org = key(1);
    let lines: Vec<Helpline> =
        (0..1000).map(|i| helpline(&format!("h{i}"), "GB", Operator::Ngo, None, &["en"])).collect();
    let bytes = build(&org, "big", 1, &lines, &[]);
    let mut seen = Vec::new();
    let err = content
        .import_pack(&bytes, &[publisher(&org)], now(), &mut |done, total| {
            seen.push((done, total));
            done < 512
        })
        .unwrap_err();
    assert_eq!(err, ContentError::Pack(PackError::Cancelled));
    assert_eq!(seen, [(0, 1000), (256, 1000), (512, 1000)]);
    assert!(all_keys(&content).is_empty() && content.installed_packs().unwrap().is_empty());
    let mut last = (0, 0);
    content
        .import_pack(&bytes, &[publisher(&org)], now(), &mut |d, t| {
            last = (d, t);
            true
        })
        .unwrap();
    assert_eq!(last, (1000, 1000));
    assert_eq!(all_keys(&content).len(), 1000);
}

#[test]
fn open_now_first_then_free_then_language_and_law_enforcement_flagged() {
    let (_dir, content) = store();
    let org = key(1);
    let mut closed_free = helpline("closed", "GB", Operator::Ngo, weekdays("Europe/London", "18:00", "20:00"), &["en"]);
    closed_free.free = Some(true);
    let mut open_paid =
        helpline("open-paid", "GB", Operator::Ngo, weekdays("Europe/London", "09:00", "17:00"), &["en"]);
    open_paid.free = Some(false);
    let open_free_ar = helpline("open-free-ar", "GB", Operator::Ngo, Some(Hours::Always { always: true }), &["ar"]);
    let open_free_en = helpline("open-free-en", "GB", Operator::Ngo, Some(Hours::Always { always: true }), &["en"]);
    let police = helpline("police", "GB", Operator::Police, Some(Hours::Always { always: true }), &["ar"]);
    let unknown = helpline("unknown", "GB", Operator::Ngo, None, &["ar"]);
    let elsewhere = helpline("fr", "FR", Operator::Ngo, None, &["fr"]);
    let world = helpline("world", "INT", Operator::Intergovernmental, None, &["en"]);
    let bytes = build(
        &org,
        "p",
        1,
        &[closed_free, open_paid, open_free_ar, open_free_en, police, unknown, elsewhere, world],
        &[],
    );
    import(&content, &bytes, &[publisher(&org)]).unwrap();

    // Monday 30 March 2026, 08:30 UTC = 09:30 in London (BST).
    let filter = HelplineFilter { country: Some("GB".into()), languages: vec!["ar-EG".into()], ..Default::default() };
    let got = content.helplines(&filter, now()).unwrap();
    let keys: Vec<&str> = got.iter().map(|h| h.key.as_str()).collect();
    assert_eq!(keys, ["open-free-ar", "police", "open-free-en", "open-paid", "unknown", "world", "closed"]);
    let police = got.iter().find(|h| h.key == "police").unwrap();
    assert!(police.law_enforcement && police.speaks_your_language);
    assert_eq!(
        got.iter().find(|h| h.key == "open-paid").unwrap().open,
        hours::OpenState::Open { closes_day: 0, closes_at: 17 * 60 }
    );

    let safe = HelplineFilter { exclude_law_enforcement: true, open_now_only: true, ..filter.clone() };
    let keys: Vec<String> = content.helplines(&safe, now()).unwrap().into_iter().map(|h| h.key).collect();
    assert_eq!(keys, ["open-free-ar", "open-free-en", "open-paid"]);
    let speaks = HelplineFilter { require_language: true, ..filter };
    let keys: Vec<String> = content.helplines(&speaks, now()).unwrap().into_iter().map(|h| h.key).collect();
    assert_eq!(keys, ["open-free-ar", "police", "unknown"]);
}

#[test]
fn open_now_is_right_across_dst_in_three_zones() {
    let (_dir, content) = store();
    let org = key(1);
    let lines = [
        helpline("london", "GB", Operator::Ngo, weekdays("Europe/London", "09:00", "17:00"), &["en"]),
        helpline("newyork", "US", Operator::Ngo, weekdays("America/New_York", "09:00", "17:00"), &["en"]),
        helpline("sydney", "AU", Operator::Ngo, weekdays("Australia/Sydney", "09:00", "17:00"), &["en"]),
    ];
    import(&content, &build(&org, "p", 1, &lines, &[]), &[publisher(&org)]).unwrap();
    let open = |country: &str, y, mo, d, h, mi| {
        let at = Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap();
        let filter = HelplineFilter { country: Some(country.into()), open_now_only: true, ..Default::default() };
        !content.helplines(&filter, at).unwrap().is_empty()
    };
    // London: 08:30 UTC is 08:30 GMT on Fri 27 March, 09:30 BST on Mon 30 March.
    assert!(!open("GB", 2026, 3, 27, 8, 30));
    assert!(open("GB", 2026, 3, 30, 8, 30));
    // New York: 13:30 UTC is 08:30 EST on Fri 6 March, 09:30 EDT on Mon 9 March.
    assert!(!open("US", 2026, 3, 6, 13, 30));
    assert!(open("US", 2026, 3, 9, 13, 30));
    // Sydney: 06:30 UTC is 17:30 AEDT on Fri 3 April, 16:30 AEST on Mon 6 April (DST ended on the 5th).
    assert!(!open("AU", 2026, 4, 3, 6, 30));
    assert!(open("AU", 2026, 4, 6, 6, 30));
}

#[test]
fn search_finds_words_inside_unspaced_scripts_and_ignores_accents() {
    let (_dir, content) = store();
    let org = key(1);
    let articles = [
        right("th", "TH", "th", "สิทธิของคุณ", "นายจ้างไม่มีสิทธิยึดหนังสือเดินทางของคุณไว้"),
        right("my", "TH", "my", "သင့်အခွင့်အရေး", "အလုပ်ရှင်သည်သင်၏နိုင်ငံကူးလက်မှတ်ကိုသိမ်းဆည်းထားခွင့်မရှိပါ"),
        right("fr", "FR", "fr", "Votre sécurité", "Personne n'a le droit de garder votre passeport."),
        right("en", "GB", "en", "Your passport", "Your employer must not keep your passport."),
    ];
    import(&content, &build(&org, "p", 1, &[], &articles), &[publisher(&org)]).unwrap();
    let search = |text: &str| -> Vec<String> {
        content
            .articles(&ArticleFilter { text: text.into(), ..Default::default() })
            .unwrap()
            .into_iter()
            .map(|a| a.key)
            .collect()
    };
    assert_eq!(search("หนังสือเดินทาง"), ["th"], "Thai 'passport' inside a sentence");
    assert_eq!(search("နိုင်ငံကူးလက်မှတ်"), ["my"], "Burmese 'passport' inside a sentence");
    assert_eq!(search("securite"), ["fr"], "French typed without accents");
    assert_eq!(search("PASSEPORT"), ["fr"]);
    assert_eq!(search("employer passport"), ["en"], "all words must match");
    assert!(search("xyzzy").is_empty());
    assert!(search("\"; DROP TABLE articles; --").is_empty(), "quotes cannot break the query");
    // Locale preference: one row per article, best locale first.
    let only = content.articles(&ArticleFilter { locales: vec!["fr".into()], ..Default::default() }).unwrap();
    assert_eq!(only.len(), 1);
}

#[test]
fn screening_definitions_and_translations_come_from_packs() {
    let (_dir, content) = store();
    let org = key(1);
    let q = screening::Questionnaire {
        id: "ilo".into(),
        questions: vec![screening::Question {
            id: "documents".into(),
            message: "screening-q-documents".into(),
            indicator: "retention-of-identity-documents".into(),
            weight: 1,
            urgent: false,
            topics: vec!["documents".into()],
            specialties: vec![],
        }],
        warning_score: 2,
    };
    let mut s = sections(&[], &[]);
    s.push(("screening".into(), serde_json::to_vec(&q).unwrap()));
    s.push(("translations/th".into(), "screening-q-documents = มีคนเก็บหนังสือเดินทางของคุณไว้หรือไม่\n".as_bytes().to_vec()));
    let bytes = pack::build(&org, "p", 1, "t", "2026-11-29", &s);
    import(&content, &bytes, &[publisher(&org)]).unwrap();
    assert_eq!(content.questionnaire("ilo").unwrap(), Some(q));
    let extra = content.translations().unwrap();
    let l = crate::l10n::Localizer::build(&["th".into()], &extra, None);
    assert!(l.format("screening-q-documents", &[]).contains("หนังสือเดินทาง"));
}

// The store itself.

#[test]
fn created_on_first_run_and_reopened_with_the_kept_key() {
    let dir = tempfile::tempdir().unwrap();
    let keystore = MemoryKeyStore::default();
    let content = ContentStore::open(dir.path(), &keystore).unwrap();
    content.set_setting("locale", "ti").unwrap();
    content.set_setting("locale", "am").unwrap();
    drop(content);
    let again = ContentStore::open(dir.path(), &keystore).unwrap();
    assert_eq!(again.setting("locale").unwrap().as_deref(), Some("am"));
    assert_eq!(again.setting("country").unwrap(), None);
}

#[test]
fn a_lost_key_is_reported_and_the_file_kept() {
    let dir = tempfile::tempdir().unwrap();
    drop(ContentStore::open(dir.path(), &MemoryKeyStore::default()).unwrap());
    let before = std::fs::read(ContentStore::path_in(dir.path())).unwrap();
    let other_device = MemoryKeyStore::default();
    assert_eq!(ContentStore::open(dir.path(), &other_device).err(), Some(ContentError::KeyMissing));
    other_device.store(names::CONTENT_KEY, SecretKey::random().expose()).unwrap();
    assert_eq!(
        ContentStore::open(dir.path(), &other_device).err(),
        Some(ContentError::Store(StoreError::NotADatabase))
    );
    assert_eq!(std::fs::read(ContentStore::path_in(dir.path())).unwrap(), before);
}

#[test]
fn the_embedded_pack_is_built_from_the_sources_in_the_repository() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/default");
    let (info, sections) = source::read_dir(&dir).unwrap();
    let rebuilt =
        pack::build(&embedded::signing_key(), &info.pack_id, info.version, &info.title, &info.created, &sections);
    assert!(
        rebuilt == embedded::DEFAULT_PACK,
        "core/content/default.hpack is stale: run `cargo run -p harbour-packtool -- build core/content/default --embedded --out core/content/default.hpack`"
    );
}

#[test]
fn a_fresh_store_has_the_embedded_help_for_many_countries() {
    let (_dir, mut content) = store();
    let summary = content.install_embedded(now()).unwrap().expect("installed on first run");
    assert!(summary.helplines >= 40 && summary.articles >= 40);
    assert_eq!(content.install_embedded(now()).unwrap(), None, "not reinstalled");
    let all = content.helplines(&HelplineFilter { limit: 1000, ..Default::default() }, now()).unwrap();
    let mut countries: Vec<&str> =
        all.iter().map(|h| h.country.as_str()).filter(|c| c.len() == 2 && *c != "EU").collect();
    countries.sort();
    countries.dedup();
    assert!(countries.contains(&"GB") && countries.contains(&"US"));
    assert!(countries.len() >= 17, "GB, US and at least 15 others: {countries:?}");
    // Every police or immigration line is flagged, and low-confidence lines are marked.
    assert!(
        all.iter()
            .filter(|h| matches!(h.operator, Operator::Police | Operator::Immigration))
            .all(|h| h.law_enforcement)
    );
    assert!(all.iter().any(|h| h.confidence == Confidence::Low && h.needs_verification));
    let gb = content.helplines(&HelplineFilter { country: Some("GB".into()), ..Default::default() }, now()).unwrap();
    assert!(gb.iter().any(|h| h.key == "gb-mseh" && h.open == hours::OpenState::Always));
    // The questionnaire and rights came with it.
    assert_eq!(content.questionnaire("ilo-forced-labour").unwrap().unwrap().questions.len(), 11);
    let rights = content.articles(&ArticleFilter { jurisdictions: vec!["GB".into()], ..Default::default() }).unwrap();
    assert!(!rights.is_empty());
}

#[test]
fn the_embedded_key_is_not_trusted_for_imported_files() {
    let (_dir, content) = store();
    let trusted = [publisher(&key(1))];
    assert_eq!(
        import(&content, embedded::DEFAULT_PACK, &trusted).unwrap_err(),
        ContentError::Pack(PackError::UnknownPublisher)
    );
}
