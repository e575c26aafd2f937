//! Synthetic content for benchmarks and fault tests: helplines in many zones and languages,
//! articles in 12 locales with a natural-looking vocabulary, and signed packs of them.

use ed25519_dalek::SigningKey;
use harbour_core::content::model::*;
use harbour_core::content::pack;

use crate::forensics::SplitMix;

pub const ZONES: &[&str] = &[
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Bangkok",
    "Asia/Manila",
    "Africa/Lagos",
    "Europe/Bucharest",
    "Asia/Kathmandu",
    "Australia/Sydney",
    "Asia/Dubai",
    "America/Sao_Paulo",
    "Asia/Kolkata",
];
pub const LANGS: &[&str] = &["en", "ar", "es", "fa", "my", "ro", "so", "sq", "ti", "tl", "vi", "am"];
pub const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

pub fn countries() -> Vec<String> {
    (0..60).map(|i| format!("{}{}", (b'A' + (i / 26) as u8) as char, (b'A' + (i % 26) as u8) as char)).collect()
}

pub fn synthetic_helplines(n: usize, seed: u64) -> Vec<Helpline> {
    let countries = countries();
    let mut rng = SplitMix(seed);
    (0..n)
        .map(|i| {
            let country = &countries[rng.below(countries.len() as u64) as usize];
            let zone = ZONES[rng.below(ZONES.len() as u64) as usize];
            let hours = match rng.below(3) {
                0 => Some(Hours::Always { always: true }),
                1 => None,
                _ => {
                    let open = 6 + rng.below(6);
                    Some(Hours::Weekly {
                        time_zone: zone.into(),
                        weekly: vec![Span {
                            days: DAYS[..5 + rng.below(3) as usize].iter().map(|d| d.to_string()).collect(),
                            opens: format!("{open:02}:00"),
                            closes: format!("{:02}:30", open + 4 + rng.below(8)),
                        }],
                    })
                }
            };
            let languages: Vec<String> =
                (0..1 + rng.below(3)).map(|_| LANGS[rng.below(LANGS.len() as u64) as usize].to_string()).collect();
            let mut languages = languages;
            languages.sort();
            languages.dedup();
            let police = rng.below(5) == 0;
            Helpline {
                id: format!("h{i}"),
                country: country.clone(),
                organisation: Some(format!("Organisation {i}")),
                service: format!("Synthetic helpline {i}"),
                operator: if police { Operator::Police } else { Operator::Ngo },
                operator_note: None,
                purpose: Purpose::Help,
                shares_with: if police { vec![Recipient::Police] } else { vec![] },
                audience: Audience::All,
                serves: None,
                channels: vec![Channel {
                    kind: ChannelKind::Phone,
                    dial: format!("+4480012{:05}", i % 100_000),
                    display: format!("080012 {:05}", i % 100_000),
                    note: None,
                }],
                hours,
                hours_text: None,
                languages,
                interpreters: rng.below(4) == 0,
                free: Some(rng.below(2) == 0),
                specialties: vec!["trafficking".into()],
                note: None,
                source_url: "https://example.org/synthetic".into(),
                additional_sources: vec![],
                source_date: Some("2025-06-01".into()),
                verified_on: None,
                verified_how: None,
                confidence: Confidence::Medium,
            }
        })
        .collect()
}

/// Words people search for, in several scripts; each appears in about 1 % of articles.
pub const SEARCHED: &[&str] = &[
    "passport",
    "employer",
    "wages",
    "contract",
    "recruiter",
    "shelter",
    "visa",
    "lawyer",
    "sécurité",
    "salaire",
    "หนังสือเดินทาง",
    "นายจ้าง",
    "နိုင်ငံကူးလက်မှတ်",
    "အလုပ်ရှင်",
    "جواز",
    "pasaporte",
];

/// A pseudo-word from syllables: a vocabulary of thousands, as real text has.
fn filler(rng: &mut SplitMix) -> String {
    const SYLLABLES: &[&str] =
        &["ka", "lo", "mi", "ren", "tu", "sa", "vel", "or", "dan", "pe", "shi", "ru", "an", "tol", "ne", "ba"];
    // A skewed choice: short common words and a long tail, as in natural text.
    let len = 1 + (rng.below(4) * rng.below(4)) as usize / 2;
    (0..len).map(|_| SYLLABLES[rng.below(SYLLABLES.len() as u64) as usize]).collect()
}

pub fn synthetic_articles(n: usize, seed: u64) -> Vec<RightsArticle> {
    let mut rng = SplitMix(seed);
    let countries = countries();
    (0..n)
        .map(|i| {
            let mut words: Vec<String> = (0..90).map(|_| filler(&mut rng)).collect();
            if rng.below(100) == 0 {
                let at = rng.below(words.len() as u64) as usize;
                words[at] = SEARCHED[rng.below(SEARCHED.len() as u64) as usize].to_owned();
            }
            RightsArticle {
                id: format!("a{}", i / LANGS.len()),
                jurisdiction: countries[rng.below(countries.len() as u64) as usize].clone(),
                jurisdiction_name: None,
                locale: LANGS[i % LANGS.len()].into(),
                title: words[..6].join(" "),
                body: words.join(" "),
                source_url: "https://example.org/law".into(),
                sources: vec![],
                source_kind: None,
                source_date: None,
                topics: vec!["documents".into()],
                caveats: None,
                confidence: Confidence::Medium,
            }
        })
        .collect()
}

/// Pack sections for `articles` given per locale, as packs carry them: the English rows as the
/// reference data, every other locale's rows as that locale's Fluent translations (made from
/// the English they translate, so none is stale).
pub fn article_sections(articles: &[RightsArticle]) -> Vec<(String, Vec<u8>)> {
    use harbour_core::content::translations::{ItemKind, english_hash, write_message};
    use std::collections::BTreeMap;
    let english: Vec<&RightsArticle> = articles.iter().filter(|a| a.locale == "en").collect();
    let hashes: BTreeMap<&str, String> = english
        .iter()
        .map(|a| {
            let fields: BTreeMap<String, String> =
                [("title".to_owned(), a.title.clone()), ("body".to_owned(), a.body.clone())].into();
            (a.id.as_str(), english_hash(&fields))
        })
        .collect();
    let mut files: BTreeMap<&str, String> = BTreeMap::new();
    for a in articles.iter().filter(|a| a.locale != "en") {
        let Some(hash) = hashes.get(a.id.as_str()) else { continue };
        let fields: BTreeMap<String, String> =
            [("title".to_owned(), a.title.clone()), ("body".to_owned(), a.body.clone())].into();
        write_message(files.entry(a.locale.as_str()).or_default(), ItemKind::Right, &a.id, &fields, hash, true);
    }
    let mut sections = vec![("rights".to_owned(), serde_json::to_vec(&english).unwrap())];
    sections.extend(files.into_iter().map(|(locale, ftl)| (format!("translations/{locale}"), ftl.into_bytes())));
    sections
}

pub fn build_pack(key: &SigningKey, id: &str, helplines: &[Helpline], articles: &[RightsArticle]) -> Vec<u8> {
    build_pack_version(key, id, 1, helplines, articles)
}

pub fn build_pack_version(
    key: &SigningKey,
    id: &str,
    version: u64,
    helplines: &[Helpline],
    articles: &[RightsArticle],
) -> Vec<u8> {
    let mut sections = vec![("helplines".to_owned(), serde_json::to_vec(helplines).unwrap())];
    sections.extend(article_sections(articles));
    pack::build(key, id, version, "Synthetic", "2026-11-29", &sections)
}
