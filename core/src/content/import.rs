//! Importing a pack: verify and parse everything, then replace the pack's rows in one
//! transaction. A pack refused at any step, or an import cancelled half-way, changes nothing.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};
use unic_langid::LanguageIdentifier;

use super::hours;
use super::model::{Channel, ChannelKind, CountryInfo, Helpline, Hours, Region, Resource, RightsArticle, TOPICS, Tip};
use super::pack::{self, Misleading, PackError, Publisher, VerifiedPack, limits};
use super::screening::Questionnaire;
use super::translations::{self, ItemKind, ItemText};
use crate::l10n::TopicWords;
use crate::store::{Store, StoreError};

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub pack_id: String,
    pub title: String,
    pub version: u64,
    /// The version it replaced, if any.
    pub replaced: Option<u64>,
    pub helplines: usize,
    pub articles: usize,
    /// Translation messages that could not be used and were skipped (each falls back to
    /// English); the rest of the pack is installed.
    pub skipped_translations: usize,
}

/// A pack's sections, parsed and checked.
#[derive(Debug, Default)]
pub struct ParsedContent {
    pub helplines: Vec<Helpline>,
    pub rights: Vec<RightsArticle>,
    pub resources: Vec<Resource>,
    pub countries: Vec<CountryInfo>,
    pub regions: Vec<Region>,
    pub tips: Vec<Tip>,
    pub questionnaires: Vec<Questionnaire>,
    /// Content translations per locale the app ships.
    pub translations: Vec<(String, Vec<ItemText>)>,
    /// Translations for locales the app does not ship: kept, not shown.
    pub unshown: Vec<(String, String)>,
    /// Translation messages skipped: (locale, message, reason).
    pub skipped: Vec<(String, String, &'static str)>,
}

fn invalid(section: &str, reason: impl Into<String>) -> PackError {
    PackError::InvalidContent { section: section.into(), reason: reason.into() }
}

fn misleading(section: &str, item: &str, problem: Misleading) -> PackError {
    PackError::Misleading { section: section.into(), item: item.into(), problem }
}

fn json<T: serde::de::DeserializeOwned>(section: &str, bytes: &[u8]) -> Result<T, PackError> {
    serde_json::from_slice(bytes)
        .map_err(|e| invalid(section, format!("line {}, column {}: {}", e.line(), e.column(), e.classify_name())))
}

trait ClassifyName {
    fn classify_name(&self) -> &'static str;
}

impl ClassifyName for serde_json::Error {
    fn classify_name(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "read error",
            serde_json::error::Category::Syntax => "not valid JSON",
            serde_json::error::Category::Data => "unexpected or missing field",
            serde_json::error::Category::Eof => "cut short",
        }
    }
}

/// An ISO 3166-1 alpha-2 code (two capital letters).
pub fn is_country(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_region(code: &str) -> bool {
    code == "EU" || code == "INT" || is_country(code)
}

fn is_jurisdiction(code: &str) -> bool {
    // ISO 3166-1, or a named international source ("INT-ILO", "COE", "EU").
    !code.is_empty() && code.len() <= 12 && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
}

/// Characters no text a person reads may hold: C0 and C1 controls (terminal escapes among
/// them) other than line breaks and tabs, and bidi overrides and embeddings, which can
/// reverse how a number reads. Joiners (ZWNJ, ZWJ) are letters' business and stay.
pub fn has_control_characters(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// Where a fact comes from: a web address, `http://` allowed (many sources are old pages), shown
/// as a citation, never opened by a tap.
fn check_citation(section: &str, item: &str, url: &str) -> Result<(), PackError> {
    if (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > 10
        && !url.contains(char::is_whitespace)
    {
        Ok(())
    } else {
        Err(invalid(section, format!("{item}: {url:?} is not a web address")))
    }
}

/// A link a person can open: `https://` only.
fn check_link(section: &str, item: &str, url: &str) -> Result<(), PackError> {
    if url.starts_with("http://") {
        return Err(misleading(section, item, Misleading::InsecureLink));
    }
    if !url.starts_with("https://") || url.len() <= 10 || url.contains(char::is_whitespace) {
        return Err(invalid(section, format!("{item}: {url:?} is not an https link")));
    }
    Ok(())
}

fn check_text(section: &str, item: &str, texts: &[Option<&str>]) -> Result<(), PackError> {
    if texts.iter().flatten().any(|t| has_control_characters(t)) {
        return Err(misleading(section, item, Misleading::ControlCharacters));
    }
    Ok(())
}

fn check_date(section: &str, id: &str, field: &str, date: &Option<String>) -> Result<(), PackError> {
    match date {
        Some(d) if NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() => {
            Err(invalid(section, format!("{id}: {field} {d:?} is not YYYY-MM-DD")))
        }
        _ => Ok(()),
    }
}

fn check_id(section: &str, id: &str) -> Result<(), PackError> {
    if translations::is_item_key(id) && !id.contains("--") {
        Ok(())
    } else {
        Err(invalid(section, format!("{id:?} is not a valid id (lower-case letters, digits and -)")))
    }
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Whether `display` shows the number `dial` calls: the same digits, or a local form of them
/// (the country code left out, with or without the trunk `0`), or an international prefix
/// (`00`, `011`) in place of `+`. Letters (`800SAVE`) never match.
pub fn display_matches_dial(display: &str, dial: &str) -> bool {
    if display.chars().any(|c| c.is_alphabetic()) {
        return false;
    }
    let shown = digits(display);
    let called = digits(dial);
    if shown.is_empty() || called.is_empty() {
        return false;
    }
    let star = |s: &str| s.trim_start().starts_with('*');
    if star(display) != star(dial) {
        return false;
    }
    shown == called
        || (dial.starts_with('+') && called.ends_with(&shown) && shown.len() >= 3)
        || (dial.starts_with('+') && shown.starts_with('0') && called.ends_with(&shown[1..]) && shown.len() > 3)
        || shown.strip_prefix("00").is_some_and(|s| s == called)
        || shown.strip_prefix("011").is_some_and(|s| s == called)
}

fn check_channel(section: &str, id: &str, c: &Channel) -> Result<(), PackError> {
    check_text(section, id, &[Some(&c.display), c.note.as_deref()])?;
    if c.display.trim().is_empty() {
        return Err(invalid(section, format!("{id}: a {} channel needs a display text", c.kind.as_str())));
    }
    match c.kind {
        k if k.is_number() => {
            // E.164 with `+`, or a short or national number; `*` starts a service code.
            let number = c.dial.strip_prefix('+').or_else(|| c.dial.strip_prefix('*')).unwrap_or(&c.dial);
            if !(2..=15).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid(section, format!("{id}: {} number {:?} is not valid", c.kind.as_str(), c.dial)));
            }
            if !display_matches_dial(&c.display, &c.dial) {
                return Err(misleading(section, id, Misleading::DisplayDiffersFromNumber));
            }
        }
        ChannelKind::Web => check_link(section, id, &c.dial)?,
        ChannelKind::Email => {
            let address = match c.dial.strip_prefix("mailto:") {
                Some(_) if c.dial.contains('?') => return Err(misleading(section, id, Misleading::MailtoParameters)),
                Some(rest) => rest,
                None => &c.dial,
            };
            let ok = address.matches('@').count() == 1
                && !address.starts_with('@')
                && !address.ends_with('@')
                && !address.contains(|ch: char| ch.is_whitespace() || matches!(ch, '?' | '&' | '<' | '>' | ',' | ';'));
            if !ok {
                return Err(invalid(section, format!("{id}: email {:?} is not a plain address", c.dial)));
            }
        }
        _ => return Err(invalid(section, format!("{id}: unknown channel"))),
    }
    Ok(())
}

fn check_helpline(h: &Helpline) -> Result<(), PackError> {
    let s = "helplines";
    check_id(s, &h.id)?;
    if h.service.trim().is_empty() || h.organisation.as_ref().is_some_and(|o| o.trim().is_empty()) {
        return Err(invalid(s, format!("{}: service is required", h.id)));
    }
    if !is_region(&h.country) {
        return Err(invalid(s, format!("{}: country {:?} is not ISO 3166-1 alpha-2", h.id, h.country)));
    }
    check_text(
        s,
        &h.id,
        &[
            Some(&h.service),
            h.organisation.as_deref(),
            h.operator_note.as_deref(),
            h.hours_text.as_deref(),
            h.note.as_deref(),
        ],
    )?;
    if h.channels.is_empty() && h.country != "INT" {
        return Err(invalid(s, format!("{}: no way to reach it", h.id)));
    }
    h.channels.iter().try_for_each(|c| check_channel(s, &h.id, c))?;
    match &h.hours {
        Some(Hours::Always { always }) if !always => {
            return Err(invalid(s, format!("{}: always must be true", h.id)));
        }
        Some(Hours::Weekly { time_zone, weekly }) => {
            time_zone
                .parse::<chrono_tz::Tz>()
                .map_err(|_| invalid(s, format!("{}: unknown time zone {time_zone:?}", h.id)))?;
            hours::normalize(weekly).map_err(|e| invalid(s, format!("{}: {e}", h.id)))?;
        }
        _ => {}
    }
    if let Some(l) = h.languages.iter().find(|l| l.parse::<LanguageIdentifier>().is_err()) {
        return Err(invalid(s, format!("{}: {l:?} is not a BCP 47 language tag", h.id)));
    }
    if let Some(serves) = &h.serves {
        if serves.nationalities.is_empty() && serves.languages.is_empty() {
            return Err(invalid(s, format!("{}: serves names no nationality or language", h.id)));
        }
        if let Some(n) = serves.nationalities.iter().find(|n| !is_country(n)) {
            return Err(invalid(s, format!("{}: serves nationality {n:?} is not ISO 3166-1 alpha-2", h.id)));
        }
        if let Some(l) = serves.languages.iter().find(|l| l.parse::<LanguageIdentifier>().is_err()) {
            return Err(invalid(s, format!("{}: serves language {l:?} is not BCP 47", h.id)));
        }
    }
    let unique: BTreeSet<_> = h.shares_with.iter().collect();
    if unique.len() != h.shares_with.len() {
        return Err(invalid(s, format!("{}: shares_with repeats a recipient", h.id)));
    }
    check_citation(s, &h.id, &h.source_url)?;
    h.additional_sources.iter().try_for_each(|u| check_citation(s, &h.id, u))?;
    check_date(s, &h.id, "source_date", &h.source_date)?;
    check_date(s, &h.id, "verified_on", &h.verified_on)?;
    if h.verified_on.is_some() != h.verified_how.is_some() {
        return Err(invalid(s, format!("{}: verified_on and verified_how go together", h.id)));
    }
    Ok(())
}

fn check_country(c: &CountryInfo) -> Result<(), PackError> {
    let s = "countries";
    if !(is_country(&c.country) || c.country == "INT") {
        return Err(invalid(s, format!("{:?} is not ISO 3166-1 alpha-2 or INT", c.country)));
    }
    check_text(s, &c.country, &[c.note.as_deref()])?;
    for n in &c.emergency {
        check_text(s, &c.country, &[Some(&n.display), n.note.as_deref()])?;
        // A short number (112, 999), or a full one with its country code.
        let number = n.dial.strip_prefix('+').unwrap_or(&n.dial);
        let short = !n.dial.starts_with('+') && (2..=6).contains(&number.len());
        let full = n.dial.starts_with('+') && (7..=15).contains(&number.len());
        if !(short || full) || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid(s, format!("{}: emergency number {:?} is not valid", c.country, n.dial)));
        }
        if !display_matches_dial(&n.display, &n.dial) {
            return Err(misleading(s, &c.country, Misleading::DisplayDiffersFromNumber));
        }
        if n.services.is_empty()
            || n.services.iter().any(|x| !matches!(x.as_str(), "police" | "ambulance" | "fire" | "all"))
        {
            return Err(invalid(
                s,
                format!("{}: emergency services must be police, ambulance, fire or all", c.country),
            ));
        }
    }
    match &c.source_url {
        Some(url) => check_citation(s, &c.country, url)?,
        None if !c.emergency.is_empty() => {
            return Err(invalid(s, format!("{}: emergency numbers need a source_url", c.country)));
        }
        None => {}
    }
    c.additional_sources.iter().try_for_each(|u| check_citation(s, &c.country, u))?;
    check_date(s, &c.country, "source_date", &c.source_date)
}

fn check_topics(section: &str, id: &str, topics: &[String]) -> Result<(), PackError> {
    match topics.iter().find(|t| !TOPICS.contains(&t.as_str())) {
        Some(t) => Err(invalid(section, format!("{id}: unknown topic {t:?}"))),
        None => Ok(()),
    }
}

fn check_english(section: &str, id: &str, locale: &str) -> Result<(), PackError> {
    if locale == crate::l10n::REFERENCE {
        Ok(())
    } else {
        Err(invalid(
            section,
            format!("{id}: the data is the English reference (locale \"en\"); other languages go in translations/"),
        ))
    }
}

fn unique<'a>(section: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), PackError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(invalid(section, format!("{id} appears twice")));
        }
    }
    Ok(())
}

/// Parses and checks every section of a verified pack.
pub fn parse(pack: &VerifiedPack<'_>) -> Result<ParsedContent, PackError> {
    parse_sections(pack.sections())
}

/// Parses and checks sections, whether from a pack or from a maintainer's source files.
pub fn parse_sections<'a>(sections: impl Iterator<Item = (&'a str, &'a [u8])>) -> Result<ParsedContent, PackError> {
    let mut content = ParsedContent::default();
    let shipped: BTreeSet<String> = crate::l10n::available_locales().into_iter().map(|l| l.id).collect();
    for (name, bytes) in sections {
        match name {
            "helplines" => {
                let list: Vec<Helpline> = json(name, bytes)?;
                if list.len() > limits::MAX_HELPLINES {
                    return Err(PackError::TooLarge);
                }
                list.iter().try_for_each(check_helpline)?;
                unique(name, list.iter().map(|h| h.id.as_str()))?;
                content.helplines = list;
            }
            "rights" => {
                let list: Vec<RightsArticle> = json(name, bytes)?;
                for a in &list {
                    check_id(name, &a.id)?;
                    if !is_jurisdiction(&a.jurisdiction) || a.title.trim().is_empty() || a.body.trim().is_empty() {
                        return Err(invalid(name, format!("{}: jurisdiction, title and body are required", a.id)));
                    }
                    check_text(
                        name,
                        &a.id,
                        &[Some(&a.title), Some(&a.body), a.caveats.as_deref(), a.jurisdiction_name.as_deref()],
                    )?;
                    check_citation(name, &a.id, &a.source_url)?;
                    a.sources.iter().try_for_each(|u| check_citation(name, &a.id, u))?;
                    check_date(name, &a.id, "source_date", &a.source_date)?;
                    check_topics(name, &a.id, &a.topics)?;
                    check_english(name, &a.id, &a.locale)?;
                }
                unique(name, list.iter().map(|a| a.id.as_str()))?;
                content.rights = list;
            }
            "resources" => {
                let list: Vec<Resource> = json(name, bytes)?;
                for r in &list {
                    check_id(name, &r.id)?;
                    if r.title.trim().is_empty() {
                        return Err(invalid(name, format!("{}: a title is required", r.id)));
                    }
                    check_text(
                        name,
                        &r.id,
                        &[
                            Some(&r.title),
                            Some(&r.summary),
                            r.publisher.as_deref(),
                            r.notes.as_deref(),
                            r.kind.as_deref(),
                        ],
                    )?;
                    check_link(name, &r.id, &r.url)?;
                    r.sources.iter().try_for_each(|u| check_citation(name, &r.id, u))?;
                    check_topics(name, &r.id, &r.topics)?;
                    check_english(name, &r.id, &r.locale)?;
                }
                unique(name, list.iter().map(|a| a.id.as_str()))?;
                content.resources = list;
            }
            "countries" => {
                let list: Vec<CountryInfo> = json(name, bytes)?;
                list.iter().try_for_each(check_country)?;
                unique(name, list.iter().map(|c| c.country.as_str()))?;
                content.countries = list;
            }
            "regions" => {
                let list: Vec<Region> = json(name, bytes)?;
                for r in &list {
                    if !is_jurisdiction(&r.id) || r.id.starts_with("INT") {
                        return Err(invalid(name, format!("{:?} is not a region id", r.id)));
                    }
                    if let Some(m) = r.members.iter().find(|m| !is_country(m)) {
                        return Err(invalid(name, format!("{}: member {m:?} is not ISO 3166-1 alpha-2", r.id)));
                    }
                    check_text(name, &r.id, &[Some(&r.name)])?;
                    check_citation(name, &r.id, &r.source_url)?;
                }
                unique(name, list.iter().map(|r| r.id.as_str()))?;
                content.regions = list;
            }
            "tips" => {
                let list: Vec<Tip> = json(name, bytes)?;
                for t in &list {
                    check_id(name, &t.id)?;
                    if t.title.trim().is_empty() || t.body.trim().is_empty() {
                        return Err(invalid(name, format!("{}: title and body are required", t.id)));
                    }
                    check_text(name, &t.id, &[Some(&t.title), Some(&t.body)])?;
                }
                unique(name, list.iter().map(|t| t.id.as_str()))?;
                content.tips = list;
            }
            "screening" => {
                let q: Questionnaire = json(name, bytes)?;
                q.validate().map_err(|e| invalid(name, e))?;
                for question in &q.questions {
                    check_text(name, &question.id, &[Some(&question.text), question.help.as_deref()])?;
                }
                content.questionnaires.push(q);
            }
            _ if name.starts_with("translations/") => {
                let locale = &name["translations/".len()..];
                let tag = locale
                    .parse::<LanguageIdentifier>()
                    .map_err(|_| invalid(name, format!("{locale:?} is not a BCP 47 language tag")))?;
                let text = std::str::from_utf8(bytes).map_err(|_| invalid(name, "not UTF-8"))?;
                let id = tag.to_string();
                if !shipped.contains(&id) || id == crate::l10n::REFERENCE {
                    content.unshown.push((tag.to_string(), text.to_owned()));
                    continue;
                }
                let (items, skipped) = translations::parse(text);
                content.skipped.extend(skipped.into_iter().map(|s| (tag.to_string(), s.message, s.reason)));
                content.translations.push((tag.to_string(), items));
            }
            other => return Err(invalid(other, "unknown section")),
        }
    }
    if content.rights.len() + content.resources.len() > limits::MAX_ARTICLES {
        return Err(PackError::TooLarge);
    }
    Ok(content)
}

/// The English fields of each item a translation can name, with their hashes.
pub fn english_items(content: &ParsedContent) -> BTreeMap<(ItemKind, String), BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let mut put = |kind, key: &str, fields: &[(&str, Option<&str>)]| {
        let map: BTreeMap<String, String> = fields
            .iter()
            .filter_map(|(name, value)| {
                value.filter(|v| !v.trim().is_empty()).map(|v| ((*name).to_owned(), v.to_owned()))
            })
            .collect();
        // An item with no text to translate (a country with no notes) has no message.
        if !map.is_empty() {
            out.insert((kind, key.to_owned()), map);
        }
    };
    for a in &content.rights {
        put(
            ItemKind::Right,
            &a.id,
            &[("title", Some(&a.title)), ("body", Some(&a.body)), ("caveats", a.caveats.as_deref())],
        );
    }
    for r in &content.resources {
        put(ItemKind::Resource, &r.id, &[("title", Some(&r.title)), ("body", Some(&r.summary))]);
    }
    for h in &content.helplines {
        let mut fields: Vec<(String, Option<&str>)> = vec![
            ("note".into(), h.note.as_deref()),
            ("service".into(), Some(&h.service)),
            ("operator-note".into(), h.operator_note.as_deref()),
            ("hours-text".into(), h.hours_text.as_deref()),
        ];
        for (i, c) in h.channels.iter().enumerate() {
            fields.push((format!("channel-{}", i + 1), c.note.as_deref()));
        }
        let borrowed: Vec<(&str, Option<&str>)> = fields.iter().map(|(n, v)| (n.as_str(), *v)).collect();
        put(ItemKind::Helpline, &h.id, &borrowed);
    }
    for t in &content.tips {
        put(ItemKind::Tip, &t.id, &[("title", Some(&t.title)), ("body", Some(&t.body))]);
    }
    for c in &content.countries {
        let mut fields: Vec<(String, Option<&str>)> = vec![("note".into(), c.note.as_deref())];
        for (i, n) in c.emergency.iter().enumerate() {
            fields.push((format!("emergency-{}", i + 1), n.note.as_deref()));
        }
        let borrowed: Vec<(&str, Option<&str>)> = fields.iter().map(|(n, v)| (n.as_str(), *v)).collect();
        put(ItemKind::Country, &c.country.to_ascii_lowercase(), &borrowed);
    }
    for q in &content.questionnaires {
        for question in &q.questions {
            put(
                ItemKind::Question,
                &q.text_key(question),
                &[("text", Some(&question.text)), ("help", question.help.as_deref())],
            );
        }
    }
    out
}

/// Errors of an import: the pack's, or the store's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Pack(#[from] PackError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ImportError {
    fn from(e: rusqlite::Error) -> Self {
        ImportError::Store(e.into())
    }
}

/// The installed version of (publisher, pack id), if any.
pub fn installed_version(store: &Store, publisher: &str, pack_id: &str) -> Result<Option<u64>, StoreError> {
    let v: Option<i64> = store
        .conn()
        .query_row("SELECT version FROM packs WHERE publisher = ?1 AND pack_id = ?2", [publisher, pack_id], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(v.map(|v| v as u64))
}

/// A pack whose signed header may replace what is installed, and the version it replaces.
#[derive(Debug)]
pub struct Offer {
    header: pack::VerifiedHeader,
    installed: Option<u64>,
}

/// Whether a pack with this signed header may replace what is installed: its id is its
/// publisher's to use, and its version is sane and newer. Decided before any section is read,
/// so an old pack offered again costs a signature check, not a parse.
pub fn check_offer(store: &Store, header: pack::VerifiedHeader) -> Result<Offer, ImportError> {
    let manifest = &header.manifest;
    if header.publisher != super::embedded::publisher() && manifest.pack_id == super::embedded::PACK_ID {
        return Err(PackError::ReservedPackId.into());
    }
    if manifest.version > limits::MAX_VERSION {
        return Err(PackError::VersionTooHigh { offered: manifest.version }.into());
    }
    let installed = installed_version(store, &hex::encode(header.publisher.key), &manifest.pack_id)?;
    if let Some(installed) = installed
        && manifest.version <= installed
    {
        return Err(PackError::NotNewer { installed, offered: manifest.version }.into());
    }
    Ok(Offer { header, installed })
}

/// Verifies, parses and installs `bytes`. `progress(done, total)` is called as rows are
/// written; returning `false` cancels, and nothing is kept. The pack's signed bytes are kept
/// so it can be passed on to another phone — except the embedded pack's, which every copy of
/// the app already has.
pub fn import(
    store: &mut Store,
    bytes: &[u8],
    trusted: &[Publisher],
    now_unix: i64,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Result<ImportSummary, ImportError> {
    let offer = check_offer(store, pack::verify_header(bytes, trusted)?)?;
    install(store, bytes, offer, now_unix, progress)
}

/// [`import`] after [`check_offer`]: `bytes` must begin with the offer's header.
pub fn install(
    store: &mut Store,
    bytes: &[u8],
    offer: Offer,
    now_unix: i64,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Result<ImportSummary, ImportError> {
    let Offer { header, installed } = offer;
    let verified = pack::verify_sections(bytes, header)?;
    let embedded = verified.publisher == super::embedded::publisher();
    let manifest = &verified.manifest;
    let content = parse(&verified)?;
    let publisher = hex::encode(verified.publisher.key);
    let english = english_items(&content);
    let total = (content.helplines.len() + content.rights.len() + content.resources.len()) as u64;
    if !progress(0, total) {
        return Err(PackError::Cancelled.into());
    }
    let tx = store.conn_mut().transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    tx.execute("DELETE FROM packs WHERE publisher = ?1 AND pack_id = ?2", [&publisher, &manifest.pack_id])?;
    tx.execute(
        "INSERT INTO packs (publisher, pack_id, version, title, created, imported_at, signed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            publisher,
            manifest.pack_id,
            manifest.version as i64,
            manifest.title,
            manifest.created,
            now_unix,
            (!embedded).then_some(bytes)
        ],
    )?;
    let pack_row = tx.last_insert_rowid();
    let mut done = 0u64;
    let mut tick = |done: &mut u64| -> Result<(), ImportError> {
        *done += 1;
        if done.is_multiple_of(256) && !progress(*done, total) {
            return Err(PackError::Cancelled.into());
        }
        Ok(())
    };
    let hash = |kind: ItemKind, key: &str| {
        english.get(&(kind, key.to_owned())).map(translations::english_hash).unwrap_or_default()
    };
    write_helplines(&tx, pack_row, &content.helplines, &hash, &mut || tick(&mut done))?;
    write_articles(&tx, pack_row, &content, &hash, &mut || tick(&mut done))?;
    write_places(&tx, pack_row, &content, &hash)?;
    for q in &content.questionnaires {
        let definition = serde_json::to_string(q).expect("a questionnaire serialises");
        tx.execute(
            "INSERT INTO questionnaires (pack, id, definition) VALUES (?1, ?2, ?3)",
            params![pack_row, q.id, definition],
        )?;
    }
    write_translations(&tx, pack_row, &content, &english)?;
    for (locale, source) in &content.unshown {
        tx.execute(
            "INSERT OR REPLACE INTO unshown_translations (pack, locale, source) VALUES (?1, ?2, ?3)",
            params![pack_row, locale, source],
        )?;
    }
    tx.commit()?;
    progress(total, total);
    Ok(ImportSummary {
        pack_id: manifest.pack_id.clone(),
        title: manifest.title.clone(),
        version: manifest.version,
        replaced: installed,
        helplines: content.helplines.len(),
        articles: content.rights.len() + content.resources.len(),
        skipped_translations: content.skipped.len(),
    })
}

fn keys(values: impl Iterator<Item = String>) -> String {
    let mut out = String::from("|");
    for v in values {
        out.push_str(&v);
        out.push('|');
    }
    if out.len() == 1 { String::new() } else { out }
}

type Hasher<'a> = dyn Fn(ItemKind, &str) -> String + 'a;

fn write_helplines(
    tx: &Transaction<'_>,
    pack_row: i64,
    helplines: &[Helpline],
    hash: &Hasher<'_>,
    tick: &mut dyn FnMut() -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let mut line = tx.prepare(
        "INSERT INTO helplines (pack, key, country, organisation, service, operator, operator_note, purpose,
                                shares_with, risky, audience, serves_nationalities, serves_languages, always_open,
                                time_zone, schedule, hours_text, channels, channel_kinds, languages, language_keys,
                                interpreters, free, specialties, source_url, sources, source_date, verified_on,
                                verified_how, confidence, note, english_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,
                 ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)",
    )?;
    let mut specialty =
        tx.prepare("INSERT OR IGNORE INTO helpline_specialties (helpline, specialty) VALUES (?1, ?2)")?;
    // Rows of one country next to each other: listing a country reads few pages.
    let mut ordered: Vec<&Helpline> = helplines.iter().collect();
    ordered.sort_by(|a, b| a.country.cmp(&b.country));
    let primary = |t: &String| t.split('-').next().unwrap_or(t).to_ascii_lowercase();
    for h in ordered {
        let (always, zone, schedule) = match &h.hours {
            Some(Hours::Always { .. }) => (true, None, None),
            Some(Hours::Weekly { time_zone, weekly }) => {
                let intervals = hours::normalize(weekly).expect("checked in parse");
                (false, Some(time_zone.as_str()), Some(hours::encode(&intervals)))
            }
            None => (false, None, None),
        };
        let serves = h.serves.clone().unwrap_or_default();
        line.execute(params![
            pack_row,
            h.id,
            h.country,
            h.organisation,
            h.service,
            h.operator.as_str(),
            h.operator_note,
            h.purpose.as_str(),
            to_json(&h.shares_with),
            h.is_risky(),
            h.audience.as_str(),
            keys(serves.nationalities.iter().cloned()),
            keys(serves.languages.iter().map(primary)),
            always,
            zone,
            schedule,
            h.hours_text,
            to_json(&h.channels),
            keys(h.channels.iter().map(|c| c.kind.as_str().to_owned())),
            to_json(&h.languages),
            keys(h.languages.iter().map(primary)),
            h.interpreters,
            h.free,
            to_json(&h.specialties),
            h.source_url,
            to_json(&h.additional_sources),
            h.source_date,
            h.verified_on,
            h.verified_how.map(|v| v.as_str()),
            h.confidence.as_str(),
            h.note,
            hash(ItemKind::Helpline, &h.id),
        ])?;
        let row = tx.last_insert_rowid();
        for s in &h.specialties {
            specialty.execute(params![row, s])?;
        }
        tick()?;
    }
    Ok(())
}

/// JSON for the denormalised columns.
fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("content serialises")
}

/// The folded text search reads for an article: its title and body, and the everyday words
/// for its topics in its language (`topic-words-<topic>`: "salary", "pay" for wages), so a
/// person finds a wages item by the word they would type.
fn search_text(words: &mut TopicWords, locale: &str, title: &str, body: &str, topics: &[String]) -> String {
    let words = words.words(locale, topics);
    super::fold::fold(&format!("{title}\n{body}\n{words}"))
}

fn write_articles(
    tx: &Transaction<'_>,
    pack_row: i64,
    content: &ParsedContent,
    hash: &Hasher<'_>,
    tick: &mut dyn FnMut() -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let mut article = tx.prepare(
        "INSERT INTO articles (pack, key, kind, jurisdiction, source_url, sources, source_kind, topics, confidence,
                               publisher, year, english_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let mut text = tx.prepare(
        "INSERT INTO article_texts (article, locale, title, body, caveats, source_hash, machine, search)
         VALUES (?1, 'en', ?2, ?3, ?4, NULL, 0, ?5)",
    )?;
    let mut words = TopicWords::default();
    let mut topic = tx.prepare("INSERT OR IGNORE INTO article_topics VALUES (?1, ?2)")?;
    let mut write_topics = |row: i64, topics: &[String]| -> Result<(), ImportError> {
        for t in topics {
            topic.execute(params![row, t])?;
        }
        Ok(())
    };
    for a in &content.rights {
        article.execute(params![
            pack_row,
            a.id,
            "right",
            a.jurisdiction,
            a.source_url,
            to_json(&a.sources),
            a.source_kind.map(|k| if k == super::model::SourceKind::Primary { "primary" } else { "secondary" }),
            to_json(&a.topics),
            a.confidence.as_str(),
            Option::<String>::None,
            Option::<i32>::None,
            hash(ItemKind::Right, &a.id),
        ])?;
        let row = tx.last_insert_rowid();
        text.execute(params![
            row,
            a.title,
            a.body,
            a.caveats,
            search_text(&mut words, "en", &a.title, &a.body, &a.topics)
        ])?;
        write_topics(row, &a.topics)?;
        tick()?;
    }
    for r in &content.resources {
        article.execute(params![
            pack_row,
            r.id,
            "resource",
            "INT",
            r.url,
            to_json(&r.sources),
            Option::<String>::None,
            to_json(&r.topics),
            r.confidence.as_str(),
            r.publisher,
            r.year,
            hash(ItemKind::Resource, &r.id),
        ])?;
        let row = tx.last_insert_rowid();
        text.execute(params![
            row,
            r.title,
            r.summary,
            r.notes,
            search_text(&mut words, "en", &r.title, &r.summary, &r.topics)
        ])?;
        write_topics(row, &r.topics)?;
        tick()?;
    }
    Ok(())
}

fn write_places(
    tx: &Transaction<'_>,
    pack_row: i64,
    content: &ParsedContent,
    hash: &Hasher<'_>,
) -> Result<(), ImportError> {
    let mut country = tx.prepare(
        "INSERT INTO countries (pack, country, emergency, police_caution, no_verified_line, note, source_url, sources,
                                source_date, confidence, english_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for c in &content.countries {
        country.execute(params![
            pack_row,
            c.country,
            to_json(&c.emergency),
            c.police_caution,
            c.no_verified_line,
            c.note,
            c.source_url,
            to_json(&c.additional_sources),
            c.source_date,
            c.confidence.as_str(),
            hash(ItemKind::Country, &c.country.to_ascii_lowercase()),
        ])?;
    }
    let mut region =
        tx.prepare("INSERT INTO regions (pack, id, name, members, source_url) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for r in &content.regions {
        region.execute(params![pack_row, r.id, r.name, keys(r.members.iter().cloned()), r.source_url])?;
    }
    let mut tip = tx.prepare(
        "INSERT INTO tips (pack, key, position, title, body, topics, english_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, t) in content.tips.iter().enumerate() {
        tip.execute(params![
            pack_row,
            t.id,
            i as i64,
            t.title,
            t.body,
            to_json(&t.topics),
            hash(ItemKind::Tip, &t.id)
        ])?;
    }
    Ok(())
}

/// Translations of items this pack has: articles into `article_texts` (searchable), the rest
/// into `item_texts`. A translation of an item the pack does not have is not kept.
fn write_translations(
    tx: &Transaction<'_>,
    pack_row: i64,
    content: &ParsedContent,
    english: &BTreeMap<(ItemKind, String), BTreeMap<String, String>>,
) -> Result<(), ImportError> {
    let mut article_text = tx.prepare(
        "INSERT OR REPLACE INTO article_texts (article, locale, title, body, caveats, source_hash, machine, search)
         SELECT id, ?3, ?4, ?5, ?6, ?7, ?8, ?9 FROM articles WHERE pack = ?1 AND key = ?2 AND kind = ?10",
    )?;
    let topics: BTreeMap<(ItemKind, &str), &[String]> = content
        .rights
        .iter()
        .map(|a| ((ItemKind::Right, a.id.as_str()), a.topics.as_slice()))
        .chain(content.resources.iter().map(|r| ((ItemKind::Resource, r.id.as_str()), r.topics.as_slice())))
        .collect();
    let mut item_text = tx.prepare(
        "INSERT OR REPLACE INTO item_texts (pack, kind, key, locale, fields, source_hash, machine)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut words = TopicWords::default();
    for (locale, items) in &content.translations {
        for item in items {
            let Some(reference) = english.get(&(item.kind, item.key.clone())) else { continue };
            // Only fields the English has: a translation adds no text of its own.
            let fields: BTreeMap<&String, &String> =
                item.fields.iter().filter(|(name, _)| reference.contains_key(*name)).collect();
            match item.kind {
                ItemKind::Right | ItemKind::Resource => {
                    let title = fields.get(&"title".to_owned()).map(|s| s.as_str());
                    let body = fields.get(&"body".to_owned()).map(|s| s.as_str());
                    let (Some(title), Some(body)) = (title, body) else { continue };
                    let caveats = fields.get(&"caveats".to_owned()).map(|s| s.as_str());
                    article_text.execute(params![
                        pack_row,
                        item.key,
                        locale,
                        title,
                        body,
                        caveats,
                        item.source_hash,
                        item.machine,
                        search_text(
                            &mut words,
                            locale,
                            title,
                            body,
                            topics.get(&(item.kind, item.key.as_str())).copied().unwrap_or(&[])
                        ),
                        item.kind.as_str(),
                    ])?;
                }
                _ => {
                    item_text.execute(params![
                        pack_row,
                        item.kind.as_str(),
                        item.key,
                        locale,
                        to_json(&fields),
                        item.source_hash,
                        item.machine,
                    ])?;
                }
            }
        }
    }
    Ok(())
}
