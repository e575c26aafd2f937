//! Importing a pack: verify and parse everything, then replace the pack's rows in one
//! transaction. A pack refused at any step, or an import cancelled half-way, changes nothing.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};
use unic_langid::LanguageIdentifier;

use super::hours;
use super::model::{Channel, ChannelKind, Helpline, Hours, Resource, RightsArticle, TOPICS};
use super::pack::{self, PackError, Publisher, VerifiedPack, limits};
use super::screening::Questionnaire;
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
}

/// A pack's sections, parsed and checked.
#[derive(Debug, Default)]
pub struct ParsedContent {
    pub helplines: Vec<Helpline>,
    pub rights: Vec<RightsArticle>,
    pub resources: Vec<Resource>,
    pub questionnaires: Vec<Questionnaire>,
    pub translations: Vec<(String, String)>,
}

fn invalid(section: &str, reason: impl Into<String>) -> PackError {
    PackError::InvalidContent { section: section.into(), reason: reason.into() }
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

fn is_region(code: &str) -> bool {
    code == "EU" || code == "INT" || (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()))
}

fn is_jurisdiction(code: &str) -> bool {
    // ISO 3166-1, or a named international source ("INT-ILO", "COE", "EU").
    !code.is_empty() && code.len() <= 12 && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
}

fn is_url(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && s.len() > 10 && !s.contains(char::is_whitespace)
}

fn check_date(section: &str, id: &str, date: &Option<String>) -> Result<(), PackError> {
    match date {
        Some(d) if NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() => {
            Err(invalid(section, format!("{id}: source_date {d:?} is not YYYY-MM-DD")))
        }
        _ => Ok(()),
    }
}

fn check_channel(id: &str, c: &Channel) -> Result<(), PackError> {
    let ok = match c.kind {
        k if k.is_number() => {
            let digits = c.dial.strip_prefix('+').unwrap_or(&c.dial);
            (2..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
        }
        ChannelKind::Web => is_url(&c.dial),
        ChannelKind::Email => c.dial.contains('@') && !c.dial.contains(char::is_whitespace),
        _ => false,
    };
    if ok && !c.display.trim().is_empty() {
        Ok(())
    } else {
        Err(invalid("helplines", format!("{id}: {} channel {:?} is not valid", c.kind.as_str(), c.dial)))
    }
}

fn check_helpline(h: &Helpline) -> Result<(), PackError> {
    let s = "helplines";
    if h.id.is_empty() || h.service.trim().is_empty() || h.organisation.as_ref().is_some_and(|o| o.trim().is_empty()) {
        return Err(invalid(s, format!("{:?}: id and service are required", h.id)));
    }
    if !is_region(&h.country) {
        return Err(invalid(s, format!("{}: country {:?} is not ISO 3166-1 alpha-2", h.id, h.country)));
    }
    if h.channels.is_empty() && h.country != "INT" {
        return Err(invalid(s, format!("{}: no way to reach it", h.id)));
    }
    h.channels.iter().try_for_each(|c| check_channel(&h.id, c))?;
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
    if !is_url(&h.source_url) {
        return Err(invalid(s, format!("{}: a source URL is required", h.id)));
    }
    check_date(s, &h.id, &h.source_date)
}

fn check_topics(section: &str, id: &str, topics: &[String]) -> Result<(), PackError> {
    match topics.iter().find(|t| !TOPICS.contains(&t.as_str())) {
        Some(t) => Err(invalid(section, format!("{id}: unknown topic {t:?}"))),
        None => Ok(()),
    }
}

fn check_locale(section: &str, id: &str, locale: &str) -> Result<(), PackError> {
    locale.parse::<LanguageIdentifier>().map(drop).map_err(|_| invalid(section, format!("{id}: bad locale {locale:?}")))
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
                    if !is_jurisdiction(&a.jurisdiction)
                        || a.title.trim().is_empty()
                        || a.body.trim().is_empty()
                        || !is_url(&a.source_url)
                    {
                        return Err(invalid(
                            name,
                            format!("{}: jurisdiction, title, body and source are required", a.id),
                        ));
                    }
                    check_topics(name, &a.id, &a.topics)?;
                    check_locale(name, &a.id, &a.locale)?;
                }
                let keys: Vec<String> = list.iter().map(|a| format!("{}/{}", a.id, a.locale)).collect();
                unique(name, keys.iter().map(String::as_str))?;
                content.rights = list;
            }
            "resources" => {
                let list: Vec<Resource> = json(name, bytes)?;
                for r in &list {
                    if r.title.trim().is_empty() || !is_url(&r.url) {
                        return Err(invalid(name, format!("{}: title and URL are required", r.id)));
                    }
                    check_topics(name, &r.id, &r.topics)?;
                    check_locale(name, &r.id, &r.locale)?;
                }
                let keys: Vec<String> = list.iter().map(|a| format!("{}/{}", a.id, a.locale)).collect();
                unique(name, keys.iter().map(String::as_str))?;
                content.resources = list;
            }
            "screening" => {
                let q: Questionnaire = json(name, bytes)?;
                q.validate().map_err(|e| invalid(name, e))?;
                content.questionnaires.push(q);
            }
            _ if name.starts_with("translations/") => {
                let locale = &name["translations/".len()..];
                check_locale(name, "translations", locale)?;
                let text = std::str::from_utf8(bytes).map_err(|_| invalid(name, "not UTF-8"))?;
                if crate::l10n::nests_deeper_than(text, crate::l10n::MAX_NESTING) {
                    return Err(invalid(name, "placeables nested too deeply"));
                }
                if let Err((_, errors)) = fluent_syntax::parser::parse(text) {
                    return Err(invalid(name, format!("{} Fluent syntax errors", errors.len())));
                }
                content.translations.push((locale.to_owned(), text.to_owned()));
            }
            other => return Err(invalid(other, "unknown section")),
        }
    }
    if content.rights.len() + content.resources.len() > limits::MAX_ARTICLES {
        return Err(PackError::TooLarge);
    }
    Ok(content)
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

/// Verifies, parses and installs `bytes`. `progress(done, total)` is called as rows are
/// written; returning `false` cancels, and nothing is kept.
pub fn import(
    store: &mut Store,
    bytes: &[u8],
    trusted: &[Publisher],
    now_unix: i64,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Result<ImportSummary, ImportError> {
    let verified = pack::verify(bytes, trusted)?;
    let content = parse(&verified)?;
    let manifest = &verified.manifest;
    let publisher = hex::encode(verified.publisher.key);
    let installed = installed_version(store, &publisher, &manifest.pack_id)?;
    if let Some(installed) = installed
        && manifest.version <= installed
    {
        return Err(PackError::NotNewer { installed, offered: manifest.version }.into());
    }
    let total = (content.helplines.len() + content.rights.len() + content.resources.len()) as u64;
    if !progress(0, total) {
        return Err(PackError::Cancelled.into());
    }
    let tx = store.conn_mut().transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    tx.execute("DELETE FROM packs WHERE publisher = ?1 AND pack_id = ?2", [&publisher, &manifest.pack_id])?;
    tx.execute(
        "INSERT INTO packs (publisher, pack_id, version, title, created, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![publisher, manifest.pack_id, manifest.version as i64, manifest.title, manifest.created, now_unix],
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
    write_helplines(&tx, pack_row, &content.helplines, &mut || tick(&mut done))?;
    write_articles(&tx, pack_row, &content, &mut || tick(&mut done))?;
    for q in &content.questionnaires {
        let definition = serde_json::to_string(q).expect("a questionnaire serialises");
        tx.execute(
            "INSERT INTO questionnaires (pack, id, definition) VALUES (?1, ?2, ?3)",
            params![pack_row, q.id, definition],
        )?;
    }
    for (locale, source) in &content.translations {
        tx.execute(
            "INSERT INTO translations (pack, locale, source) VALUES (?1, ?2, ?3)",
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
    })
}

fn keys(values: impl Iterator<Item = String>) -> String {
    let mut out = String::from("|");
    for v in values {
        out.push_str(&v);
        out.push('|');
    }
    out
}

fn write_helplines(
    tx: &Transaction<'_>,
    pack_row: i64,
    helplines: &[Helpline],
    tick: &mut dyn FnMut() -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let mut line = tx.prepare(
        "INSERT INTO helplines (pack, key, country, organisation, service, operator, operator_note, always_open,
                                time_zone, schedule, hours_text, channels, channel_kinds, languages, language_keys,
                                interpreters, free, specialties, source_url, sources, source_date, source_note,
                                confidence, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
    )?;
    let mut specialty =
        tx.prepare("INSERT OR IGNORE INTO helpline_specialties (helpline, specialty) VALUES (?1, ?2)")?;
    // Rows of one country next to each other: listing a country reads few pages.
    let mut ordered: Vec<&Helpline> = helplines.iter().collect();
    ordered.sort_by(|a, b| a.country.cmp(&b.country));
    for h in ordered {
        let (always, zone, schedule) = match &h.hours {
            Some(Hours::Always { .. }) => (true, None, None),
            Some(Hours::Weekly { time_zone, weekly }) => {
                let intervals = hours::normalize(weekly).expect("checked in parse");
                (false, Some(time_zone.as_str()), Some(hours::encode(&intervals)))
            }
            None => (false, None, None),
        };
        line.execute(params![
            pack_row,
            h.id,
            h.country,
            h.organisation,
            h.service,
            h.operator.as_str(),
            h.operator_note,
            always,
            zone,
            schedule,
            h.hours_text,
            to_json(&h.channels),
            keys(h.channels.iter().map(|c| c.kind.as_str().to_owned())),
            to_json(&h.languages),
            keys(h.languages.iter().map(|t| t.split('-').next().unwrap_or(t).to_ascii_lowercase())),
            h.interpreters,
            h.free,
            to_json(&h.specialties),
            h.source_url,
            to_json(&h.additional_sources),
            h.source_date,
            h.source_note,
            h.confidence.as_str(),
            h.notes,
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

fn write_articles(
    tx: &Transaction<'_>,
    pack_row: i64,
    content: &ParsedContent,
    tick: &mut dyn FnMut() -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let mut article = tx.prepare(
        "INSERT INTO articles (pack, key, kind, jurisdiction, locale, title, body, source_url, sources, topics,
                               confidence, caveats, publisher, year)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
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
            a.locale,
            a.title,
            a.body,
            a.source_url,
            "[]",
            to_json(&a.topics),
            a.confidence.as_str(),
            a.caveats,
            Option::<String>::None,
            Option::<i32>::None,
        ])?;
        write_topics(tx.last_insert_rowid(), &a.topics)?;
        tick()?;
    }
    for r in &content.resources {
        article.execute(params![
            pack_row,
            r.id,
            "resource",
            "INT",
            r.locale,
            r.title,
            r.summary,
            r.url,
            to_json(&r.sources),
            to_json(&r.topics),
            r.confidence.as_str(),
            r.notes,
            r.publisher,
            r.year,
        ])?;
        write_topics(tx.last_insert_rowid(), &r.topics)?;
        tick()?;
    }
    Ok(())
}
