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
        purpose: Purpose::Help,
        shares_with: if operator.is_law_enforcement() { vec![Recipient::Police] } else { vec![] },
        audience: Audience::All,
        serves: None,
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
        note: None,
        source_url: "https://example.org/source".into(),
        additional_sources: vec![],
        source_date: Some("2025-01-01".into()),
        verified_on: None,
        verified_how: None,
        confidence: Confidence::High,
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

fn right(id: &str, jurisdiction: &str, title: &str, body: &str) -> RightsArticle {
    RightsArticle {
        id: id.into(),
        jurisdiction: jurisdiction.into(),
        jurisdiction_name: None,
        locale: "en".into(),
        title: title.into(),
        body: body.into(),
        source_url: "https://example.org/law".into(),
        sources: vec![],
        source_kind: None,
        source_date: None,
        topics: vec!["documents".into()],
        caveats: None,
        confidence: Confidence::Medium,
    }
}

/// A translation message for `right` in the hash of its current English.
fn translated(kind: translations::ItemKind, key: &str, english: &[(&str, &str)], local: &[(&str, &str)]) -> String {
    let english: std::collections::BTreeMap<String, String> =
        english.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    let local = local.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    let mut out = String::new();
    translations::write_message(&mut out, kind, key, &local, &translations::english_hash(&english), true);
    out
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
    let v2 = build(&org, "org-pack", 2, &v2_lines, &[right("r", "GB", "t", "b")]);
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
        right("passport", "GB", "Your passport", "Your employer must not keep your passport."),
        right("safety", "FR", "Your safety", "Nobody may keep your passport."),
        // Thai is not a shipped locale: Thai words in an English text (a term quoted).
        right("thai", "TH", "Passport in Thai", "The word is หนังสือเดินทางของคุณ on the forms."),
    ];
    let english = |a: &RightsArticle| [("title", a.title.clone()), ("body", a.body.clone())];
    let msg = |a: &RightsArticle, title: &str, body: &str| {
        let e = english(a);
        translated(
            translations::ItemKind::Right,
            &a.id,
            &[(e[0].0, e[0].1.as_str()), (e[1].0, e[1].1.as_str())],
            &[("title", title), ("body", body)],
        )
    };
    let mut s = sections(&[], &articles);
    s.push((
        "translations/my".into(),
        msg(&articles[0], "သင့်အခွင့်အရေး", "အလုပ်ရှင်သည်သင်၏နိုင်ငံကူးလက်မှတ်ကိုသိမ်းဆည်းထားခွင့်မရှိပါ").into_bytes(),
    ));
    s.push((
        "translations/ro".into(),
        msg(&articles[1], "Siguranța ta", "Nimeni nu are dreptul să vă păstreze pașaportul.").into_bytes(),
    ));
    s.push((
        "translations/vi".into(),
        msg(&articles[0], "Hộ chiếu của bạn", "Chủ lao động không được giữ hộ chiếu của bạn. Đường dây nóng.")
            .into_bytes(),
    ));
    s.push((
        "translations/ar".into(),
        msg(&articles[0], "جواز سفرك", "لا يجوز لصاحب العمل أن يحتفظ بجواز سفرك. الأجر حقّك.").into_bytes(),
    ));
    s.push((
        "translations/fa".into(),
        msg(&articles[0], "گذرنامه شما", "کارفرما نمی‌تواند گذرنامه شما را نگه دارد.").into_bytes(),
    ));
    import(&content, &pack::build(&org, "p", 1, "t", "2026-11-29", &s), &[publisher(&org)]).unwrap();
    let search = |text: &str| -> Vec<String> {
        content
            .articles(&ArticleFilter { text: text.into(), ..Default::default() })
            .unwrap()
            .into_iter()
            .map(|a| a.key)
            .collect()
    };
    assert_eq!(search("หนังสือเดินทาง"), ["thai"], "Thai 'passport' inside a run of Thai text");
    assert_eq!(search("နိုင်ငံကူးလက်မှတ်"), ["passport"], "Burmese 'passport' inside a sentence");
    assert_eq!(search("siguranta"), ["safety"], "Romanian typed without diacritics");
    assert_eq!(search("PAȘAPORTUL"), ["safety"]);
    assert_eq!(search("employer passport"), ["passport"], "all words must match");
    assert_eq!(search("passport"), ["passport", "safety", "thai"], "best match first");
    // Vietnamese typed in decomposed form (NFD), and without marks, and đ typed as d.
    let nfd: String = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize("hộ chiếu").into_owned();
    assert_eq!(search(&nfd), ["passport"], "Vietnamese in NFD");
    assert_eq!(search("ho chieu"), ["passport"], "Vietnamese without marks");
    assert_eq!(search("duong day"), ["passport"], "đ typed as d");
    // Arabic without hamza and without short vowels; with a shadda the text has.
    assert_eq!(search("جواز"), ["passport"]);
    assert_eq!(search("الاجر"), ["passport"], "الأجر typed without hamza");
    assert_eq!(search("حقك"), ["passport"], "حقّك typed without shadda");
    // Persian with Arabic kaf and yeh, with and without ZWNJ.
    assert_eq!(search("كارفرما"), ["passport"], "Arabic kaf");
    assert_eq!(search("نميتواند"), ["passport"], "Arabic yeh, no ZWNJ");
    assert_eq!(search("نمی\u{200C}تواند"), ["passport"], "with ZWNJ");
    assert!(search("xyzzy").is_empty());
    assert!(search("\"; DROP TABLE articles; --").is_empty(), "quotes cannot break the query");
    // The person's locale ranks first and the article is shown in it.
    let got = content
        .articles(&ArticleFilter { text: "passport".into(), locales: vec!["vi".into()], ..Default::default() })
        .unwrap();
    assert_eq!(got[0].key, "passport");
    assert_eq!(got[0].locale, "vi");
    // A locale filter still filters: only articles with a Romanian text.
    let only = content
        .articles(&ArticleFilter { locales: vec!["ro".into()], only_in_locales: true, ..Default::default() })
        .unwrap();
    assert_eq!(only.iter().map(|a| a.key.as_str()).collect::<Vec<_>>(), ["safety"]);
}

#[test]
fn a_stale_translation_is_labelled_and_a_missing_one_shows_english_said_so() {
    let (_dir, content) = store();
    let org = key(1);
    let original = right("r1", "GB", "Your pay", "Your employer must pay you.");
    let mut s = sections(&[], std::slice::from_ref(&original));
    s.push((
        "translations/es".into(),
        translated(
            translations::ItemKind::Right,
            "r1",
            &[("title", "Your pay"), ("body", "Your employer must pay you.")],
            &[("title", "Tu salario"), ("body", "Tu empleador debe pagarte.")],
        )
        .into_bytes(),
    ));
    import(&content, &pack::build(&org, "p", 1, "t", "2026-11-29", &s), &[publisher(&org)]).unwrap();
    let es = |content: &ContentStore| {
        content.articles(&ArticleFilter { locales: vec!["es".into()], ..Default::default() }).unwrap().remove(0)
    };
    let fresh = es(&content);
    assert_eq!((fresh.title.as_str(), fresh.text.stale, fresh.text.machine), ("Tu salario", false, true));
    // The English body changes; the same translation now is stale.
    let mut edited = original.clone();
    edited.body = "Your employer must pay you every month.".into();
    let mut s2 = sections(&[], &[edited]);
    s2.push(s[2].clone());
    import(&content, &pack::build(&org, "p", 2, "t", "2026-11-29", &s2), &[publisher(&org)]).unwrap();
    let stale = es(&content);
    assert_eq!(stale.title, "Tu salario");
    assert!(stale.text.stale && !stale.text.shown_in_english);
    // Without the translation, English is shown, and said so.
    import(&content, &pack::build(&org, "p", 3, "t", "2026-11-29", &sections(&[], &[original])), &[publisher(&org)])
        .unwrap();
    let english = es(&content);
    assert_eq!(english.title, "Your pay");
    assert!(english.text.shown_in_english && english.locale == "en");
}

#[test]
fn bad_translations_fall_back_alone_and_cannot_reach_app_messages() {
    let (_dir, content) = store();
    let org = key(1);
    let lines = [helpline("h1", "GB", Operator::Ngo, None, &["en"])];
    let mut h = lines[0].clone();
    h.note = Some("Free and confidential.".into());
    let mut s = sections(std::slice::from_ref(&h), &[]);
    let good = translated(
        translations::ItemKind::Helpline,
        "h1",
        &[("note", "Free and confidential."), ("service", "h1 line")],
        &[("note", "Gratuito y confidencial.")],
    );
    let bad = "help-title = Hijacked\nhelpline_h2 = { $x }\nbroken = {\n";
    s.push(("translations/es".into(), format!("{bad}{good}").into_bytes()));
    s.push(("translations/th".into(), b"helpline_h1 = Thai text\n".to_vec()));
    let summary = import(&content, &pack::build(&org, "p", 1, "t", "2026-11-29", &s), &[publisher(&org)]).unwrap();
    assert!(summary.skipped_translations >= 2, "{summary:?}");
    let got = content
        .helplines(
            &HelplineFilter { country: Some("GB".into()), languages: vec!["es".into()], ..Default::default() },
            now(),
        )
        .unwrap();
    assert_eq!(got[0].note.as_deref(), Some("Gratuito y confidencial."));
    assert!(!got[0].text.shown_in_english && !got[0].text.stale);
    // Thai is not shipped: kept, not shown.
    let th = content
        .helplines(
            &HelplineFilter { country: Some("GB".into()), languages: vec!["th".into()], ..Default::default() },
            now(),
        )
        .unwrap();
    assert_eq!(th[0].note.as_deref(), Some("Free and confidential."));
    let kept: i64 = content
        .store()
        .conn()
        .query_row("SELECT count(*) FROM unshown_translations WHERE locale = 'th'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 1);
    // The app's own messages are untouched.
    assert_eq!(
        crate::l10n::Localizer::new(&["es".into()]).format("help-title", &[]),
        crate::l10n::Localizer::new(&["es".into()]).format("help-title", &[])
    );
    assert_ne!(crate::l10n::Localizer::new(&["es".into()]).format("help-title", &[]), "Hijacked");
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
        Some(rebuilt) == embedded::default_pack(),
        "core/content/default.hpack is stale: run `cargo run -p harbour-packtool -- build core/content/default --embedded --out core/content/default.hpack`"
    );
}

#[test]
fn a_translation_with_a_quote_in_variant_text_and_deep_nesting_is_skipped_not_a_crash() {
    let (_dir, content) = store();
    let org = key(1);
    let hostile = format!(
        "said = {{ $n ->\n    *[other] She said \"stop\n}}\ndeep = {}x{}\n",
        "{".repeat(20_000),
        "}".repeat(20_000)
    );
    let mut s = sections(&[helpline("a", "GB", Operator::Ngo, None, &["en"])], &[]);
    s.push(("translations/ar".into(), hostile.into_bytes()));
    let bytes = pack::build(&org, "p", 1, "t", "2026-11-29", &s);
    // Before the guard followed the grammar, this overflowed the stack and aborted.
    let summary = import(&content, &bytes, &[publisher(&org)]).unwrap();
    assert_eq!(summary.skipped_translations, 1, "the whole file, as one problem");
    assert_eq!(all_keys(&content), ["a"], "the rest of the pack is installed");
    let texts: i64 = content.store().conn().query_row("SELECT count(*) FROM item_texts", [], |r| r.get(0)).unwrap();
    assert_eq!(texts, 0);
}

#[test]
fn screening_questions_come_from_packs_in_the_persons_language() {
    let (_dir, content) = store();
    let org = key(1);
    let q = screening::Questionnaire {
        id: "ilo".into(),
        questions: vec![screening::Question {
            id: "documents".into(),
            kind: screening::QuestionKind::Indicator,
            text: "Does someone else keep your passport?".into(),
            help: None,
            indicator: Some("retention-of-identity-documents".into()),
            weight: 1,
            urgent: false,
            topics: vec!["documents".into()],
            specialties: vec![],
        }],
        warning_score: 2,
    };
    let mut s = sections(&[], &[]);
    s.push(("screening".into(), serde_json::to_vec(&q).unwrap()));
    s.push((
        "translations/es".into(),
        translated(
            translations::ItemKind::Question,
            "ilo--documents",
            &[("text", "Does someone else keep your passport?")],
            &[("text", "¿Otra persona guarda su pasaporte?")],
        )
        .into_bytes(),
    ));
    import(&content, &pack::build(&org, "p", 1, "t", "2026-11-29", &s), &[publisher(&org)]).unwrap();
    let (def, texts) = content.questionnaire("ilo", &["es".into()]).unwrap().unwrap();
    assert_eq!(def, q);
    assert_eq!(texts[0].text, "¿Otra persona guarda su pasaporte?");
    assert!(!texts[0].status.shown_in_english);
    let (_, english) = content.questionnaire("ilo", &["ti".into()]).unwrap().unwrap();
    assert!(english[0].status.shown_in_english);
}

// Safe help (content model).

fn embedded_store() -> (tempfile::TempDir, ContentStore) {
    let (dir, mut content) = store();
    content.install_embedded(now()).unwrap().expect("installed on first run");
    (dir, content)
}

#[test]
fn risky_lines_carry_who_may_hear_and_report_lines_are_listed_apart() {
    let (_dir, content) = store();
    let org = key(1);
    let mut labour = helpline("labour", "QA", Operator::Government, None, &["ar"]);
    labour.shares_with = vec![Recipient::EmployerAuthority, Recipient::Immigration];
    let charity = helpline("charity", "QA", Operator::Ngo, None, &["ar"]);
    let mut tips = helpline("tips", "QA", Operator::Ngo, None, &["ar"]);
    tips.purpose = Purpose::Report;
    tips.shares_with = vec![Recipient::Police];
    import(&content, &build(&org, "p", 1, &[labour, charity, tips], &[]), &[publisher(&org)]).unwrap();
    let help = content.helplines(&HelplineFilter { country: Some("QA".into()), ..Default::default() }, now()).unwrap();
    let keys: Vec<&str> = help.iter().map(|h| h.key.as_str()).collect();
    assert_eq!(keys, ["charity", "labour"], "no warning before a warning; the tip line is not help");
    let labour = &help[1];
    assert!(labour.risky);
    assert_eq!(labour.shares_with, [Recipient::EmployerAuthority, Recipient::Immigration]);
    assert!(!help[0].risky);
    let report = content
        .helplines(
            &HelplineFilter { country: Some("QA".into()), purpose: Purpose::Report, ..Default::default() },
            now(),
        )
        .unwrap();
    assert_eq!(report.iter().map(|h| h.key.as_str()).collect::<Vec<_>>(), ["tips"]);
    assert!(report[0].risky);
}

#[test]
fn every_risky_line_in_the_default_content_says_who_may_hear() {
    let (_dir, content) = embedded_store();
    for purpose in [Purpose::Help, Purpose::Report] {
        let all = content.helplines(&HelplineFilter { limit: 10_000, purpose, ..Default::default() }, now()).unwrap();
        for h in &all {
            if h.law_enforcement || h.purpose == Purpose::Report {
                assert!(h.risky && !h.shares_with.is_empty(), "{}", h.key);
            }
            assert_eq!(h.risky, !h.shares_with.is_empty() || h.law_enforcement || h.purpose == Purpose::Report);
        }
    }
    // The lines the review named.
    let named = |key: &str| {
        let mut all = content.helplines(&HelplineFilter { limit: 10_000, ..Default::default() }, now()).unwrap();
        all.extend(
            content
                .helplines(&HelplineFilter { limit: 10_000, purpose: Purpose::Report, ..Default::default() }, now())
                .unwrap(),
        );
        all.into_iter().find(|h| h.key == key).unwrap_or_else(|| panic!("{key} is in the pack"))
    };
    for labour in ["nl-arbeidsinspectie", "qa-mol", "sa-19911", "th-mol-1694"] {
        assert!(named(labour).shares_with.contains(&Recipient::EmployerAuthority), "{labour}");
    }
    for passes_on in ["nl-meld-misdaad-anoniem", "mx-lnctp", "vn-111", "in-childline-1098"] {
        assert!(named(passes_on).shares_with.contains(&Recipient::Police), "{passes_on}");
    }
    assert_eq!(named("nl-meld-misdaad-anoniem").purpose, Purpose::Report);
}

#[test]
fn unknown_hours_are_never_none_open() {
    let (_dir, content) = store();
    let org = key(1);
    let lines = [
        helpline("unknown", "AU", Operator::Ngo, None, &["en"]),
        helpline("closed", "AU", Operator::Ngo, weekdays("Australia/Sydney", "02:00", "03:00"), &["en"]),
    ];
    import(&content, &build(&org, "p", 1, &lines, &[]), &[publisher(&org)]).unwrap();
    let got = content.helplines(&HelplineFilter { country: Some("AU".into()), ..Default::default() }, now()).unwrap();
    let a = query::Availability::of(&got);
    assert_eq!((a.open_now, a.hours_unknown, a.closed), (0, 1, 1));
    assert!(!a.none_open(), "a line with unknown hours may be open: try calling");
    assert_eq!(got[0].key, "unknown", "unknown before known-closed");
    let only_closed = query::Availability::of(&got[1..]);
    assert!(only_closed.none_open());
    // In the default content, wherever every line has unknown hours, none is "closed".
    let (_d, embedded) = embedded_store();
    for country in ["AU", "QA", "SA", "MX"] {
        let lines =
            embedded.helplines(&HelplineFilter { country: Some(country.into()), ..Default::default() }, now()).unwrap();
        assert!(!query::Availability::of(&lines).none_open(), "{country}");
    }
}

#[test]
fn childrens_lines_come_after_adult_lines_unless_under_18() {
    let (_dir, content) = store();
    let org = key(1);
    let mut child = helpline("child", "FR", Operator::Government, Some(Hours::Always { always: true }), &["fr"]);
    child.audience = Audience::Children;
    let mut adult = helpline("adult", "FR", Operator::Ngo, None, &["fr"]);
    adult.audience = Audience::Adults;
    import(&content, &build(&org, "p", 1, &[child, adult], &[]), &[publisher(&org)]).unwrap();
    let list = |under_18| -> Vec<String> {
        content
            .helplines(&HelplineFilter { country: Some("FR".into()), under_18, ..Default::default() }, now())
            .unwrap()
            .into_iter()
            .map(|h| h.key)
            .collect()
    };
    assert_eq!(list(false), ["adult", "child"], "even though the child line is open now");
    assert_eq!(list(true), ["child", "adult"]);
}

#[test]
fn lines_for_nationals_abroad_are_found_from_any_country() {
    let (_dir, content) = embedded_store();
    let for_thais = content
        .helplines(&HelplineFilter { serving_nationality: Some("TH".into()), ..Default::default() }, now())
        .unwrap();
    assert!(
        for_thais.iter().any(|h| h.key == "th-intl-1300"),
        "{:?}",
        for_thais.iter().map(|h| &h.key).collect::<Vec<_>>()
    );
    assert!(for_thais.iter().all(|h| h.serves.as_ref().is_some_and(|s| s.nationalities.contains(&"TH".to_owned()))));
    let for_filipinos = content
        .helplines(
            &HelplineFilter {
                serving_nationality: Some("PH".into()),
                languages: vec!["tl".into()],
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    assert!(!for_filipinos.is_empty());
    // Not a country listing: a person in Qatar sees Qatar's lines apart from these.
    let qatar = content.helplines(&HelplineFilter { country: Some("QA".into()), ..Default::default() }, now()).unwrap();
    assert!(qatar.iter().all(|h| h.country == "QA" || h.country == "INT"));
}

#[test]
fn every_country_in_the_default_content_has_an_emergency_number() {
    let (_dir, content) = embedded_store();
    let countries = content.countries().unwrap();
    assert!(countries.len() >= 40, "{}", countries.len());
    for c in &countries {
        let e = content.emergency(c, &[]).unwrap();
        assert!(!e.numbers.is_empty() || !e.fallback.is_empty(), "{c}: no emergency number at all");
        assert!(e.fallback.iter().any(|n| n.dial == "112"), "{c}: the GSM fallback");
    }
    let gb = content.emergency("GB", &[]).unwrap();
    assert!(gb.numbers.iter().any(|n| n.dial == "999"));
}

#[test]
fn verified_on_drives_the_may_have_changed_notice_not_the_source_date() {
    let (_dir, content) = store();
    let org = key(1);
    let mut recent = helpline("recent", "GB", Operator::Ngo, None, &["en"]);
    recent.source_date = Some("2015-01-01".into());
    recent.verified_on = Some("2025-11-01".into());
    recent.verified_how = Some(VerifiedHow::Call);
    let mut never = helpline("never", "GB", Operator::Ngo, None, &["en"]);
    never.source_date = Some("2026-01-01".into());
    let mut old = helpline("old", "GB", Operator::Ngo, None, &["en"]);
    old.verified_on = Some("2024-12-01".into());
    old.verified_how = Some(VerifiedHow::OperatorPage);
    import(&content, &build(&org, "p", 1, &[recent, never, old], &[]), &[publisher(&org)]).unwrap();
    let at = Utc.with_ymd_and_hms(2026, 3, 30, 8, 30, 0).unwrap();
    let got = content.helplines(&HelplineFilter { country: Some("GB".into()), ..Default::default() }, at).unwrap();
    let notice = |k: &str| got.iter().find(|h| h.key == k).unwrap().needs_verification;
    assert!(!notice("recent"), "verified 5 months ago, even with an old source");
    assert!(notice("never"), "never verified, even with a fresh source");
    assert!(notice("old"), "verified over 12 months ago");
}

fn own_first(content: &ContentStore, country: &str, regions: &[&str]) {
    let all = content.articles(&ArticleFilter { limit: 10_000, ..Default::default() }).unwrap();
    let own_total = all.iter().filter(|a| a.jurisdiction == country).count();
    assert!(own_total > 0, "{country} has items");
    let listed =
        content.articles(&ArticleFilter { country: Some(country.into()), limit: 5, ..Default::default() }).unwrap();
    let own = listed.iter().take_while(|a| a.jurisdiction == country).count();
    assert_eq!(own, own_total, "{country}: all its own items first, none cut by the limit");
    let rest: Vec<&str> = listed[own..].iter().map(|a| a.jurisdiction.as_str()).collect();
    let regional = rest.iter().take_while(|j| regions.contains(j)).count();
    assert!(rest[regional..].iter().all(|j| j.starts_with("INT")), "{country}: {rest:?}");
    // Nothing of another country's law.
    let full = content
        .articles(&ArticleFilter { country: Some(country.into()), limit: 10_000, ..Default::default() })
        .unwrap();
    let places: Vec<&str> = full.iter().map(|a| a.jurisdiction.as_str()).collect();
    let expected_regional = full.iter().filter(|a| regions.contains(&a.jurisdiction.as_str())).count();
    assert_eq!(
        &places[own_total..own_total + expected_regional].iter().filter(|j| regions.contains(j)).count(),
        &expected_regional,
        "{country}: {places:?}"
    );
}

#[test]
fn rights_are_ordered_by_country_then_regional_membership_then_international() {
    let (_dir, content) = embedded_store();
    own_first(&content, "GB", &["COE"]);
    own_first(&content, "US", &[]);
    own_first(&content, "QA", &[]);
    own_first(&content, "RO", &["COE", "EU"]);
    own_first(&content, "DE", &["COE", "EU"]);
    let gb = content.regions_of("GB").unwrap();
    assert_eq!(gb, ["COE"], "GB is in the Council of Europe, not the EU");
}

#[test]
fn everyday_words_find_the_relevant_items_in_many_jurisdictions() {
    let (_dir, content) = embedded_store();
    for (word, at_least) in [("salary", 5), ("visa", 5), ("passport", 5)] {
        let found = content.articles(&ArticleFilter { text: word.into(), limit: 200, ..Default::default() }).unwrap();
        let mut places: Vec<&str> = found.iter().map(|a| a.jurisdiction.as_str()).collect();
        places.sort();
        places.dedup();
        assert!(places.len() >= at_least, "{word}: {places:?}");
    }
}

#[test]
fn a_shared_pack_reimports_on_a_fresh_install() {
    let (_dir, content) = store();
    let org = key(1);
    let bytes = build(&org, "ngo", 1, &[helpline("a", "GB", Operator::Ngo, None, &["en"])], &[]);
    import(&content, &bytes, &[publisher(&org)]).unwrap();
    let shared = content.share_pack("ngo").unwrap().expect("kept");
    assert_eq!(shared, bytes, "the signed bytes as received");
    let (_dir2, other) = store();
    import(&other, &shared, &[publisher(&org)]).unwrap();
    assert_eq!(all_keys(&other), ["a"]);
    assert!(content.installed_packs().unwrap()[0].shareable);
    // The embedded pack is in every copy of the app: nothing to share.
    let (_dir3, embedded) = embedded_store();
    assert_eq!(embedded.share_pack(embedded::PACK_ID).unwrap(), None);
}

#[test]
fn misleading_fields_are_each_refused_and_change_nothing() {
    let (_dir, content) = store();
    let org = key(1);
    let trusted = [publisher(&org)];
    let base = helpline("a", "GB", Operator::Ngo, None, &["en"]);
    import(&content, &build(&org, "p", 1, std::slice::from_ref(&base), &[]), &trusted).unwrap();
    let before = all_keys(&content);
    let refused = |h: Helpline, expected: pack::Misleading| {
        let err = import(&content, &build(&org, "p", 2, &[h], &[]), &trusted).unwrap_err();
        assert!(
            matches!(&err, ContentError::Pack(PackError::Misleading { problem, .. }) if *problem == expected),
            "{expected:?}: {err:?}"
        );
        assert_eq!(all_keys(&content), before);
    };
    let mut other_digits = base.clone();
    other_digits.channels[0].display = "0800 999 1234".into();
    refused(other_digits, pack::Misleading::DisplayDiffersFromNumber);
    let mut letters = base.clone();
    letters.channels[0].dial = "8007283".into();
    letters.channels[0].display = "800SAVE".into();
    refused(letters, pack::Misleading::DisplayDiffersFromNumber);
    let mut http = base.clone();
    http.channels.push(Channel {
        kind: ChannelKind::Web,
        dial: "http://example.org".into(),
        display: "example.org".into(),
        note: None,
    });
    refused(http, pack::Misleading::InsecureLink);
    let mut mailto = base.clone();
    mailto.channels.push(Channel {
        kind: ChannelKind::Email,
        dial: "mailto:help@example.org?bcc=watcher@example.net".into(),
        display: "help@example.org".into(),
        note: None,
    });
    refused(mailto, pack::Misleading::MailtoParameters);
    let mut escape = base.clone();
    escape.note = Some("Call now\u{1b}[2J".into());
    refused(escape, pack::Misleading::ControlCharacters);
    let mut reversed = base.clone();
    reversed.service = "Help \u{202E}0071 0080".into();
    refused(reversed, pack::Misleading::ControlCharacters);
    // A local form of the same number is fine.
    let mut local = base.clone();
    local.channels[0].display = "0800 012 1700".into();
    assert!(import(&content, &build(&org, "p", 3, &[local], &[]), &trusted).is_ok());
    // The embedded pack's id, and absurd versions.
    let claim = build(&org, embedded::PACK_ID, 5, std::slice::from_ref(&base), &[]);
    assert_eq!(import(&content, &claim, &trusted).unwrap_err(), ContentError::Pack(PackError::ReservedPackId));
    let huge = build(&org, "p", u64::MAX, std::slice::from_ref(&base), &[]);
    assert_eq!(
        import(&content, &huge, &trusted).unwrap_err(),
        ContentError::Pack(PackError::VersionTooHigh { offered: u64::MAX })
    );
}

#[test]
fn a_fresh_store_has_the_embedded_help_for_many_countries() {
    let (_dir, mut content) = store();
    let summary = content.install_embedded(now()).unwrap().expect("installed on first run");
    assert!(summary.helplines >= 100 && summary.articles >= 100, "{summary:?}");
    assert_eq!(content.install_embedded(now()).unwrap(), None, "not reinstalled");
    let all = content.helplines(&HelplineFilter { limit: 1000, ..Default::default() }, now()).unwrap();
    let mut countries: Vec<&str> =
        all.iter().map(|h| h.country.as_str()).filter(|c| c.len() == 2 && *c != "EU").collect();
    countries.sort();
    countries.dedup();
    assert!(countries.contains(&"GB") && countries.contains(&"US"));
    assert!(countries.len() >= 40, "at least 40 countries with a sourced line: {countries:?}");
    assert!(all.iter().any(|h| h.confidence == Confidence::Low && h.needs_verification));
    let gb = content.helplines(&HelplineFilter { country: Some("GB".into()), ..Default::default() }, now()).unwrap();
    assert!(gb.iter().any(|h| h.key == "gb-mseh" && h.open == hours::OpenState::Always));
    let (q, _) = content.questionnaire("ilo-forced-labour", &[]).unwrap().unwrap();
    assert!(q.questions.len() >= 11);
    let rights = content.articles(&ArticleFilter { jurisdictions: vec!["GB".into()], ..Default::default() }).unwrap();
    assert!(!rights.is_empty());
    let mut jurisdictions: Vec<String> = content
        .articles(&ArticleFilter { limit: 10_000, ..Default::default() })
        .unwrap()
        .into_iter()
        .map(|a| a.jurisdiction)
        .collect();
    jurisdictions.sort();
    jurisdictions.dedup();
    assert!(jurisdictions.len() >= 20, "{jurisdictions:?}");
    assert!(!content.tips(&[]).unwrap().is_empty());
}

#[test]
fn the_embedded_key_is_not_trusted_for_imported_files() {
    let (_dir, content) = store();
    let trusted = [publisher(&key(1))];
    assert_eq!(
        import(&content, &embedded::default_pack().unwrap(), &trusted).unwrap_err(),
        ContentError::Pack(PackError::UnknownPublisher)
    );
}

#[test]
fn an_old_pack_offered_again_is_refused_before_its_sections_are_read() {
    let (_dir, content) = store();
    let org = key(7);
    let trusted = [publisher(&org)];
    let line = helpline("a", "GB", Operator::Ngo, None, &["en"]);
    import(&content, &build(&org, "p", 3, std::slice::from_ref(&line), &[]), &trusted).unwrap();
    // The same version cut short, and an older one with a damaged section: the signed header
    // already says there is nothing to install, so neither is read further.
    let mut same = build(&org, "p", 3, std::slice::from_ref(&line), &[]);
    same.truncate(same.len() - 10);
    let mut older = build(&org, "p", 2, std::slice::from_ref(&line), &[]);
    *older.last_mut().unwrap() ^= 1;
    for (pack, offered) in [(same, 3), (older, 2)] {
        assert_eq!(
            import(&content, &pack, &trusted).unwrap_err(),
            ContentError::Pack(PackError::NotNewer { installed: 3, offered })
        );
    }
    // A newer one is still read whole: the same damage refuses it.
    let mut newer = build(&org, "p", 4, std::slice::from_ref(&line), &[]);
    *newer.last_mut().unwrap() ^= 1;
    assert!(matches!(
        import(&content, &newer, &trusted).unwrap_err(),
        ContentError::Pack(PackError::SectionMismatch(_))
    ));
}
