//! Reading content: helplines that are open now, in the person's language, and rights and
//! resources found by full-text search.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};

use super::hours::{self, OpenState};
use super::model::{Channel, ChannelKind, Confidence, Operator};
use super::screening::Questionnaire;
use crate::store::StoreError;

/// EU member states, where the EU-wide lines (116 000, 116 111) apply.
const EU: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
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
    tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase()
}

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

thread_local! {
    /// The local (weekday, minute) of each zone for the listing running on this thread.
    /// SQLite calls `hb_open_now` on the thread that runs the statement, so the listing
    /// sets this just before it steps its query.
    static LOCAL_NOW: std::cell::RefCell<HashMap<String, (u8, u16)>> = std::cell::RefCell::new(HashMap::new());
}

fn text_arg<'a>(ctx: &'a rusqlite::functions::Context<'_>, i: usize) -> &'a str {
    match ctx.get_raw(i) {
        rusqlite::types::ValueRef::Text(t) => std::str::from_utf8(t).unwrap_or(""),
        _ => "",
    }
}

/// Registers the SQL functions content queries use. Called on every content connection.
pub fn prepare_connection(conn: &Connection) -> Result<(), StoreError> {
    use rusqlite::functions::FunctionFlags;
    // hb_open_now(schedule, time_zone): whether the line is open now in its zone. Not
    // deterministic: "now" changes between listings.
    conn.create_scalar_function("hb_open_now", 2, FunctionFlags::SQLITE_UTF8, |ctx| {
        // Borrowed, not copied: this runs once per candidate line.
        let (schedule, zone) = (text_arg(ctx, 0), text_arg(ctx, 1));
        Ok(LOCAL_NOW.with(|now| {
            now.borrow().get(zone).is_some_and(|&(day, minute)| hours::schedule_open_at(schedule, day, minute))
        }))
    })?;
    Ok(())
}

const HELPLINE_COLUMNS: &str =
    "h.key, h.country, h.organisation, h.service, h.operator, h.operator_note, h.always_open,
     h.time_zone, h.schedule, h.hours_text, h.channels, h.languages, h.language_keys, h.interpreters, h.free,
     h.specialties, h.source_url, h.sources, h.source_date, h.confidence, h.notes";

/// Helplines matching `filter`, open ones first, then free, then in the person's language,
/// charities before law enforcement, then in the order the pack lists them. "Open" is evaluated at `now` in each line's own zone:
/// the local time is computed once per zone here, and SQLite checks each line's schedule.
pub fn helplines(
    conn: &Connection,
    filter: &HelplineFilter,
    now: DateTime<Utc>,
) -> Result<Vec<HelplineView>, StoreError> {
    let mut regions: Vec<String> = Vec::new();
    if let Some(c) = &filter.country {
        let c = c.to_ascii_uppercase();
        if EU.contains(&c.as_str()) {
            regions.push("EU".into());
        }
        regions.push(c);
        regions.push("INT".into());
    }
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
        stmt.query_map(params_from_iter(regions.iter()), |r| r.get(0))?.collect::<Result<_, _>>()?
    };
    let local_now: HashMap<String, (u8, u16)> = zones
        .into_iter()
        .filter_map(|zone| zone.parse::<Tz>().ok().map(|tz| (zone, hours::local_day_minute(tz, now))))
        .collect();
    LOCAL_NOW.with(|cell| *cell.borrow_mut() = local_now);
    // Listing only open lines filters on openness once, instead of ranking by it.
    let open_rank = if filter.open_now_only {
        "2"
    } else {
        "CASE WHEN h.always_open THEN 2 WHEN h.schedule IS NULL THEN 1
              WHEN hb_open_now(h.schedule, h.time_zone) THEN 2 ELSE 0 END"
    };
    let mut args: Vec<Value> = Vec::new();
    let langs: Vec<String> = filter.languages.iter().map(|l| primary(l)).collect();
    let lang_rank = if langs.is_empty() {
        "0".to_owned()
    } else {
        let tests = vec!["instr(h.language_keys, ?) > 0"; langs.len()].join(" OR ");
        args.extend(langs.iter().map(|l| Value::Text(format!("|{l}|"))));
        format!("CASE WHEN {tests} THEN 2 WHEN h.interpreters THEN 1 ELSE 0 END")
    };
    let mut conditions = Vec::new();
    if !regions.is_empty() {
        conditions.push(format!("h.country IN ({})", placeholders(regions.len())));
        args.extend(regions.iter().map(|r| Value::Text(r.clone())));
    }
    if let Some(s) = &filter.specialty {
        conditions.push("h.id IN (SELECT helpline FROM helpline_specialties WHERE specialty = ?)".into());
        args.push(Value::Text(s.clone()));
    }
    if let Some(c) = filter.channel {
        conditions.push("instr(h.channel_kinds, ?) > 0".into());
        args.push(Value::Text(format!("|{}|", c.as_str())));
    }
    if filter.exclude_law_enforcement {
        conditions.push("h.operator NOT IN ('police', 'immigration')".into());
    }
    if filter.open_now_only {
        conditions.push("(h.always_open OR hb_open_now(h.schedule, h.time_zone))".into());
    }
    let mut outer = Vec::new();
    if filter.require_language && !langs.is_empty() {
        outer.push("lang_rank > 0");
    }
    let limit = if filter.limit == 0 { 50 } else { filter.limit };
    // Rank on the narrow columns (the covering index) into one integer — open, then free,
    // then language, then charities before law enforcement, then national before
    // international; ties keep the pack's order — and only then fetch the chosen rows whole.
    let sql = format!(
        "WITH ranked AS (
           SELECT h.id,
                  ({open_rank}) AS open_rank, ({lang_rank}) AS lang_rank,
                  CASE h.free WHEN 1 THEN 2 WHEN 0 THEN 0 ELSE 1 END AS free_rank,
                  h.operator NOT IN ('police', 'immigration') AS civil,
                  h.country NOT IN ('INT', 'EU') AS national
           FROM helplines h INDEXED BY helplines_for_listing {where_clause}),
         chosen AS (
           SELECT id, lang_rank, open_rank * 64 + free_rank * 16 + lang_rank * 4 + civil * 2 + national AS rank
           FROM ranked {outer_clause}
           ORDER BY rank DESC, id
           LIMIT {limit})
         SELECT {HELPLINE_COLUMNS}, c.lang_rank FROM chosen c JOIN helplines h ON h.id = c.id
         ORDER BY c.rank DESC, c.id",
        where_clause =
            if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) },
        outer_clause = if outer.is_empty() { String::new() } else { format!("WHERE {}", outer.join(" AND ")) },
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), |r| helpline_from_row(r, now))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn json_list<T: serde::de::DeserializeOwned>(text: &str) -> Vec<T> {
    serde_json::from_str(text).unwrap_or_default()
}

fn helpline_from_row(r: &rusqlite::Row<'_>, now: DateTime<Utc>) -> rusqlite::Result<HelplineView> {
    let operator = Operator::parse(&r.get::<_, String>(4)?).unwrap_or(Operator::Police);
    let always: bool = r.get(6)?;
    let zone: Option<String> = r.get(7)?;
    let schedule: Option<String> = r.get(8)?;
    let open = match (always, zone.and_then(|z| z.parse::<Tz>().ok()), schedule) {
        (true, _, _) => OpenState::Always,
        (false, Some(tz), Some(s)) => {
            let (day, minute) = hours::local_day_minute(tz, now);
            hours::state_at(&hours::decode(&s), day, minute)
        }
        _ => OpenState::Unknown,
    };
    let confidence = Confidence::parse(&r.get::<_, String>(19)?).unwrap_or(Confidence::Low);
    let source_date: Option<String> = r.get(18)?;
    let stale = source_date.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).is_some_and(|d| {
        let today = now.date_naive();
        today.year() - d.year() > 3 || (today.year() - d.year() == 3 && today.ordinal() > d.ordinal())
    });
    let lang_rank: i64 = r.get(21)?;
    Ok(HelplineView {
        key: r.get(0)?,
        country: r.get(1)?,
        organisation: r.get(2)?,
        service: r.get(3)?,
        operator,
        operator_note: r.get(5)?,
        law_enforcement: operator.is_law_enforcement(),
        channels: json_list(&r.get::<_, String>(10)?),
        open,
        hours_text: r.get(9)?,
        languages: json_list(&r.get::<_, String>(11)?),
        interpreters: r.get(13)?,
        speaks_your_language: lang_rank == 2,
        free: r.get(14)?,
        specialties: json_list(&r.get::<_, String>(15)?),
        source_url: r.get(16)?,
        sources: json_list(&r.get::<_, String>(17)?),
        source_date,
        confidence,
        needs_verification: confidence == Confidence::Low || stale,
        notes: r.get(20)?,
    })
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
            ("articles_fts f JOIN articles a ON a.id = f.rowid", "bm25(articles_fts)")
        }
        _ if !text.is_empty() => {
            // One- and two-character words (a Chinese word, say) are too short for trigrams.
            conditions.push("(a.title LIKE ? ESCAPE '\\' OR a.body LIKE ? ESCAPE '\\')".into());
            let pattern = format!("%{}%", text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
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
        where_clause =
            if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) },
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
        let sources: String = r.get(8)?;
        let topics: String = r.get(9)?;
        Ok((
            r.get::<_, i64>(0)?,
            ArticleView {
                key: r.get(1)?,
                kind: if r.get::<_, String>(2)? == "right" { ArticleKind::Right } else { ArticleKind::Resource },
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
    let rank = |locale: &str| filter.locales.iter().position(|l| l == locale).unwrap_or(usize::MAX);
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
    let mut stmt = conn.prepare_cached(
        "SELECT t.locale, t.source FROM translations t JOIN packs p ON p.id = t.pack ORDER BY p.imported_at, p.id",
    )?;
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (locale, source) = row?;
        out.entry(locale).or_default().push(source);
    }
    Ok(out)
}

/// Installed packs: (publisher hex, pack id, version, title).
pub fn installed_packs(conn: &Connection) -> Result<Vec<(String, String, u64, String)>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT publisher, pack_id, version, title FROM packs ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64, r.get(3)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
