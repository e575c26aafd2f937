//! Reading content: helplines that are open now, in the person's language, and rights and
//! resources found by full-text search.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};

use super::hours::{self, Interval, OpenState};
use super::model::{Channel, ChannelKind, Confidence, Operator};
use super::screening::Questionnaire;
use crate::store::StoreError;

/// EU member states, where the EU-wide lines (116 000, 116 111) apply.
const EU: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// Which helplines to show.
#[derive(Debug, Clone, Default)]
pub struct HelplineFilter {
    /// ISO 3166-1 alpha-2. International lines (and EU-wide ones in EU states) are included.
    pub country: Option<String>,
    /// The person's languages, most preferred first (BCP 47).
    pub languages: Vec<String>,
    /// Only lines that speak one of `languages` or offer interpreters.
    pub require_language: bool,
    pub specialty: Option<String>,
    pub channel: Option<ChannelKind>,
    pub open_now_only: bool,
    /// Leave out police and immigration lines.
    pub exclude_law_enforcement: bool,
    /// At most this many (0: 50).
    pub limit: u32,
}

/// A helpline as the shell shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct HelplineView {
    pub key: String,
    pub country: String,
    pub organisation: Option<String>,
    pub service: String,
    pub operator: Operator,
    pub operator_note: Option<String>,
    /// Run by police or immigration: the shell must warn before contact.
    pub law_enforcement: bool,
    pub channels: Vec<Channel>,
    pub open: OpenState,
    pub hours_text: Option<String>,
    pub languages: Vec<String>,
    pub interpreters: bool,
    /// Speaks one of the requested languages (not counting interpreters).
    pub speaks_your_language: bool,
    pub free: Option<bool>,
    pub specialties: Vec<String>,
    pub source_url: String,
    pub sources: Vec<String>,
    pub source_date: Option<String>,
    pub confidence: Confidence,
    /// Low confidence, or a source more than three years old: "not recently verified".
    pub needs_verification: bool,
    pub notes: Option<String>,
}

fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase()
}

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// Helplines matching `filter`, open ones first, then free, then in the person's language,
/// charities before law enforcement. "Open" is evaluated at `now` in each line's own zone.
pub fn helplines(
    conn: &Connection,
    filter: &HelplineFilter,
    now: DateTime<Utc>,
) -> Result<Vec<HelplineView>, StoreError> {
    let mut regions: Vec<String> = Vec::new();
    if let Some(c) = &filter.country {
        regions.push(c.to_ascii_uppercase());
        regions.push("INT".into());
        if EU.contains(&c.to_ascii_uppercase().as_str()) {
            regions.push("EU".into());
        }
    }
    // Local day and minute once per zone, not once per line.
    let zones: Vec<String> = {
        let sql = if regions.is_empty() {
            "SELECT DISTINCT time_zone FROM helplines WHERE time_zone IS NOT NULL".to_owned()
        } else {
            format!(
                "SELECT DISTINCT time_zone FROM helplines WHERE country IN ({}) AND time_zone IS NOT NULL",
                placeholders(regions.len())
            )
        };
        let mut stmt = conn.prepare_cached(&sql)?;
        stmt.query_map(params_from_iter(regions.iter()), |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    let mut args: Vec<Value> = Vec::new();
    let mut now_rows = Vec::new();
    for zone in &zones {
        if let Ok(tz) = zone.parse::<Tz>() {
            let (day, minute) = hours::local_day_minute(tz, now);
            now_rows.push("(?, ?, ?)");
            args.extend([
                Value::Text(zone.clone()),
                Value::Integer(day.into()),
                Value::Integer(minute.into()),
            ]);
        }
    }
    if now_rows.is_empty() {
        now_rows.push("(NULL, -1, -1)");
    }
    let langs: Vec<String> = filter.languages.iter().map(|l| primary(l)).collect();
    let lang_rank = if langs.is_empty() {
        "0".to_owned()
    } else {
        args.extend(langs.iter().map(|l| Value::Text(l.clone())));
        format!(
            "CASE WHEN EXISTS (SELECT 1 FROM helpline_languages l WHERE l.helpline = h.id AND l.language IN ({}))
                  THEN 2 WHEN h.interpreters THEN 1 ELSE 0 END",
            placeholders(langs.len())
        )
    };
    let mut conditions = Vec::new();
    if !regions.is_empty() {
        conditions.push(format!("h.country IN ({})", placeholders(regions.len())));
        args.extend(regions.iter().map(|r| Value::Text(r.clone())));
    }
    if let Some(s) = &filter.specialty {
        conditions.push("EXISTS (SELECT 1 FROM helpline_specialties s WHERE s.helpline = h.id AND s.specialty = ?)".into());
        args.push(Value::Text(s.clone()));
    }
    if let Some(c) = filter.channel {
        conditions.push(
            "EXISTS (SELECT 1 FROM helpline_channels c WHERE c.helpline = h.id AND c.kind = ?)"
                .into(),
        );
        args.push(Value::Text(c.as_str().into()));
    }
    if filter.exclude_law_enforcement {
        conditions.push("h.operator NOT IN ('police', 'immigration')".into());
    }
    let mut outer = Vec::new();
    if filter.open_now_only {
        outer.push("open_rank = 2");
    }
    if filter.require_language && !langs.is_empty() {
        outer.push("lang_rank > 0");
    }
    let limit = if filter.limit == 0 { 50 } else { filter.limit };
    let sql = format!(
        "WITH now_local (zone, day, minute) AS (VALUES {now_values})
         SELECT id FROM (
           SELECT h.id, h.organisation, h.free, h.operator, h.country,
             CASE WHEN h.always_open THEN 2
                  WHEN h.time_zone IS NULL THEN 1
                  WHEN EXISTS (SELECT 1 FROM helpline_hours s JOIN now_local n ON n.zone = h.time_zone
                               WHERE s.helpline = h.id AND s.day = n.day AND s.opens <= n.minute AND n.minute < s.closes)
                  THEN 2 ELSE 0 END AS open_rank,
             {lang_rank} AS lang_rank
           FROM helplines h {where_clause})
         {outer_clause}
         ORDER BY open_rank DESC, coalesce(free, 0.5) DESC, lang_rank DESC,
                  operator IN ('police', 'immigration'), country IN ('INT', 'EU'), coalesce(organisation, ''), id
         LIMIT {limit}",
        now_values = now_rows.join(", "),
        where_clause = if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) },
        outer_clause = if outer.is_empty() { String::new() } else { format!("WHERE {}", outer.join(" AND ")) },
    );
    let ids: Vec<i64> = {
        let mut stmt = conn.prepare_cached(&sql)?;
        stmt.query_map(params_from_iter(args.iter()), |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    ids.iter()
        .map(|&id| load_helpline(conn, id, &langs, now))
        .collect()
}

fn load_helpline(
    conn: &Connection,
    id: i64,
    langs: &[String],
    now: DateTime<Utc>,
) -> Result<HelplineView, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT key, country, organisation, service, operator, operator_note, always_open, time_zone, hours_text,
                interpreters, free, source_url, sources, source_date, confidence, notes
         FROM helplines WHERE id = ?1",
    )?;
    let mut view = stmt.query_row([id], |r| {
        let operator = Operator::parse(&r.get::<_, String>(4)?).unwrap_or(Operator::Police);
        let always: bool = r.get(6)?;
        let zone: Option<String> = r.get(7)?;
        let sources: String = r.get(12)?;
        let confidence = Confidence::parse(&r.get::<_, String>(14)?).unwrap_or(Confidence::Low);
        Ok((
            HelplineView {
                key: r.get(0)?,
                country: r.get(1)?,
                organisation: r.get(2)?,
                service: r.get(3)?,
                operator,
                operator_note: r.get(5)?,
                law_enforcement: operator.is_law_enforcement(),
                channels: Vec::new(),
                open: if always {
                    OpenState::Always
                } else {
                    OpenState::Unknown
                },
                hours_text: r.get(8)?,
                languages: Vec::new(),
                interpreters: r.get(9)?,
                speaks_your_language: false,
                free: r.get(10)?,
                specialties: Vec::new(),
                source_url: r.get(11)?,
                sources: serde_json::from_str(&sources).unwrap_or_default(),
                source_date: r.get(13)?,
                confidence,
                needs_verification: false,
                notes: r.get(15)?,
            },
            zone,
        ))
    })?;
    let (ref mut v, zone) = view;
    let mut stmt = conn.prepare_cached("SELECT kind, dial, display, note FROM helpline_channels WHERE helpline = ?1 ORDER BY position")?;
    v.channels = stmt
        .query_map([id], |r| {
            Ok(Channel {
                kind: ChannelKind::parse(&r.get::<_, String>(0)?).unwrap_or(ChannelKind::Web),
                dial: r.get(1)?,
                display: r.get(2)?,
                note: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT tag, language FROM helpline_languages WHERE helpline = ?1 ORDER BY tag",
    )?;
    let rows: Vec<(String, String)> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    v.speaks_your_language = rows.iter().any(|(_, l)| langs.contains(l));
    v.languages = rows.into_iter().map(|(t, _)| t).collect();
    let mut stmt = conn.prepare_cached(
        "SELECT specialty FROM helpline_specialties WHERE helpline = ?1 ORDER BY specialty",
    )?;
    v.specialties = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if let Some(tz) = zone.and_then(|z| z.parse::<Tz>().ok()) {
        let mut stmt = conn
            .prepare_cached("SELECT day, opens, closes FROM helpline_hours WHERE helpline = ?1")?;
        let intervals: Vec<Interval> = stmt
            .query_map([id], |r| {
                Ok(Interval {
                    day: r.get(0)?,
                    opens: r.get(1)?,
                    closes: r.get(2)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let (day, minute) = hours::local_day_minute(tz, now);
        v.open = hours::state_at(&intervals, day, minute);
    }
    v.needs_verification = v.confidence == Confidence::Low
        || v.source_date
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .is_some_and(|d| {
                let today = now.date_naive();
                today.year() - d.year() > 3
                    || (today.year() - d.year() == 3 && today.ordinal() > d.ordinal())
            });
    Ok(view.0)
}

/// Rights article or resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleKind {
    Right,
    Resource,
}

impl ArticleKind {
    fn as_str(self) -> &'static str {
        match self {
            ArticleKind::Right => "right",
            ArticleKind::Resource => "resource",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    /// Words to search for; empty lists by place instead.
    pub text: String,
    /// The person's languages in order; each article is shown once, in the first of these it
    /// exists in. Empty: every locale.
    pub locales: Vec<String>,
    /// Countries and international sources (`GB`, `INT`, `EU`…). Empty: all.
    pub jurisdictions: Vec<String>,
    pub kind: Option<ArticleKind>,
    /// Any of these topics. Empty: all.
    pub topics: Vec<String>,
    /// At most this many (0: 50).
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArticleView {
    pub key: String,
    pub kind: ArticleKind,
    pub jurisdiction: String,
    pub locale: String,
    pub title: String,
    pub body: String,
    pub source_url: String,
    pub sources: Vec<String>,
    pub topics: Vec<String>,
    pub confidence: Confidence,
    pub caveats: Option<String>,
    pub publisher: Option<String>,
    pub year: Option<i32>,
}

/// The FTS5 query for `text`: every word of three or more characters, each as a quoted
/// trigram phrase, all required. `None` when no word is long enough for trigrams.
fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        .split_whitespace()
        .filter(|w| w.chars().count() >= 3)
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// Rights and resources matching `filter`; best match first when searching.
pub fn articles(conn: &Connection, filter: &ArticleFilter) -> Result<Vec<ArticleView>, StoreError> {
    let mut args: Vec<Value> = Vec::new();
    let mut conditions: Vec<String> = Vec::new();
    let text = filter.text.trim();
    let (from, order) = match fts_query(text) {
        Some(q) if !text.is_empty() => {
            conditions.push("articles_fts MATCH ?".into());
            args.push(Value::Text(q));
            (
                "articles_fts f JOIN articles a ON a.id = f.rowid",
                "bm25(articles_fts)",
            )
        }
        _ if !text.is_empty() => {
            // One- and two-character words (a Chinese word, say) are too short for trigrams.
            conditions.push("(a.title LIKE ? ESCAPE '\\' OR a.body LIKE ? ESCAPE '\\')".into());
            let pattern = format!(
                "%{}%",
                text.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            );
            args.extend([Value::Text(pattern.clone()), Value::Text(pattern)]);
            ("articles a", "a.jurisdiction, a.key")
        }
        _ => ("articles a", "a.jurisdiction, a.key"),
    };
    let mut filter_in = |column: &str, values: &[String], conditions: &mut Vec<String>| {
        if !values.is_empty() {
            conditions.push(format!("{column} IN ({})", placeholders(values.len())));
            args.extend(values.iter().map(|v| Value::Text(v.clone())));
        }
    };
    filter_in("a.locale", &filter.locales, &mut conditions);
    filter_in("a.jurisdiction", &filter.jurisdictions, &mut conditions);
    if !filter.topics.is_empty() {
        conditions.push(format!(
            "EXISTS (SELECT 1 FROM article_topics t WHERE t.article = a.id AND t.topic IN ({}))",
            placeholders(filter.topics.len())
        ));
        args.extend(filter.topics.iter().map(|t| Value::Text(t.clone())));
    }
    if let Some(kind) = filter.kind {
        conditions.push("a.kind = ?".into());
        args.push(Value::Text(kind.as_str().into()));
    }
    let limit = if filter.limit == 0 { 50 } else { filter.limit } as usize;
    // Fetch enough rows to fill `limit` after keeping one locale per article.
    let fetch = limit * filter.locales.len().max(1);
    let sql = format!(
        "SELECT a.pack, a.key, a.kind, a.jurisdiction, a.locale, a.title, a.body, a.source_url, a.sources, a.topics,
                a.confidence, a.caveats, a.publisher, a.year
         FROM {from} {where_clause} ORDER BY {order} LIMIT {fetch}",
        where_clause = if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) },
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
        let sources: String = r.get(8)?;
        let topics: String = r.get(9)?;
        Ok((
            r.get::<_, i64>(0)?,
            ArticleView {
                key: r.get(1)?,
                kind: if r.get::<_, String>(2)? == "right" {
                    ArticleKind::Right
                } else {
                    ArticleKind::Resource
                },
                jurisdiction: r.get(3)?,
                locale: r.get(4)?,
                title: r.get(5)?,
                body: r.get(6)?,
                source_url: r.get(7)?,
                sources: serde_json::from_str(&sources).unwrap_or_default(),
                topics: serde_json::from_str(&topics).unwrap_or_default(),
                confidence: Confidence::parse(&r.get::<_, String>(10)?).unwrap_or(Confidence::Low),
                caveats: r.get(11)?,
                publisher: r.get(12)?,
                year: r.get(13)?,
            },
        ))
    })?;
    // One row per article, in the most preferred locale available, keeping match order.
    let rank = |locale: &str| {
        filter
            .locales
            .iter()
            .position(|l| l == locale)
            .unwrap_or(usize::MAX)
    };
    let mut best: HashMap<(i64, String), usize> = HashMap::new();
    let mut out: Vec<ArticleView> = Vec::new();
    for row in rows {
        let (pack, view) = row?;
        let id = (pack, view.key.clone());
        match best.get(&id) {
            Some(&at) if rank(&out[at].locale) <= rank(&view.locale) => {}
            Some(&at) => out[at] = view,
            None => {
                best.insert(id, out.len());
                out.push(view);
            }
        }
    }
    out.truncate(limit);
    Ok(out)
}

/// The questionnaire `id` from the most recently imported pack that has one.
pub fn questionnaire(conn: &Connection, id: &str) -> Result<Option<Questionnaire>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT q.definition FROM questionnaires q JOIN packs p ON p.id = q.pack
         WHERE q.id = ?1 ORDER BY p.imported_at DESC, p.id DESC LIMIT 1",
    )?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(r) => Ok(serde_json::from_str(&r.get::<_, String>(0)?).ok()),
        None => Ok(None),
    }
}

/// Fluent translations brought by packs, per locale.
pub fn translations(conn: &Connection) -> Result<BTreeMap<String, Vec<String>>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT t.locale, t.source FROM translations t JOIN packs p ON p.id = t.pack ORDER BY p.imported_at, p.id")?;
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (locale, source) = row?;
        out.entry(locale).or_default().push(source);
    }
    Ok(out)
}

/// Installed packs: (publisher hex, pack id, version, title).
pub fn installed_packs(
    conn: &Connection,
) -> Result<Vec<(String, String, u64, String)>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT publisher, pack_id, version, title FROM packs ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64, r.get(3)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
