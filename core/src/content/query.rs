//! Reading content: helplines that are open now, in the person's language, with who may hear
//! what they say; emergency numbers; rights in the order that matters to the person (their
//! country, then the regional bodies it belongs to, then international); search over every
//! locale's text.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Months, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params_from_iter};

use super::fold::fold;
use super::hours::{self, OpenState};
use super::model::{
    Audience, Channel, ChannelKind, Confidence, EmergencyNumber, Operator, Purpose, Recipient, Serves, SourceKind,
    VerifiedHow,
};
use super::screening::Questionnaire;
use super::translations::ItemKind;
use crate::store::StoreError;

/// The "may have changed" notice shows when a line was never verified or not in this long.
pub const VERIFIED_WITHIN_MONTHS: u32 = 12;

/// Which helplines to show.
#[derive(Debug, Clone, Default)]
pub struct HelplineFilter {
    /// ISO 3166-1 alpha-2. International lines, and the lines of regions the country belongs
    /// to (EU-wide numbers in EU states), are included.
    pub country: Option<String>,
    /// Instead of a place: lines that serve people of this nationality (ISO 3166-1) wherever
    /// they are, or speakers of `languages` — "Lines for people from Thailand".
    pub serving_nationality: Option<String>,
    /// The person's languages, most preferred first (BCP 47). Also the locales notes are
    /// shown in.
    pub languages: Vec<String>,
    /// Only lines that speak one of `languages` or offer interpreters.
    pub require_language: bool,
    pub specialty: Option<String>,
    pub channel: Option<ChannelKind>,
    pub open_now_only: bool,
    /// Leave out police and immigration lines.
    pub exclude_law_enforcement: bool,
    /// Lines for help (default), or lines whose job is passing reports to law enforcement,
    /// which are listed apart.
    pub purpose: Purpose,
    /// The person said they are under 18: children's lines first.
    pub under_18: bool,
    /// At most this many (0: 50).
    pub limit: u32,
}

/// A text shown in the person's language when it has one, in English (said so) when not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextStatus {
    /// The locale the item's texts are in.
    pub locale: String,
    /// No translation in any of the person's locales: English is shown, and the shell says so.
    pub shown_in_english: bool,
    /// The translation was made from English that has since changed: "may be out of date".
    pub stale: bool,
    /// Drafted by machine and not reviewed.
    pub machine: bool,
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
    pub purpose: Purpose,
    /// Who may receive what the caller says; shown before the number.
    pub shares_with: Vec<Recipient>,
    /// A warning comes before the number (shares with anyone, law enforcement, a report line).
    pub risky: bool,
    /// Run by police or immigration.
    pub law_enforcement: bool,
    pub audience: Audience,
    pub serves: Option<Serves>,
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
    pub verified_on: Option<String>,
    pub verified_how: Option<VerifiedHow>,
    pub confidence: Confidence,
    /// Never verified, or not within [`VERIFIED_WITHIN_MONTHS`]: "may have changed".
    pub needs_verification: bool,
    /// For the person.
    pub note: Option<String>,
    pub text: TextStatus,
}

/// How many lines of a listing can be reached now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Availability {
    pub open_now: usize,
    /// Hours not known: "try calling", never counted as closed.
    pub hours_unknown: usize,
    pub closed: usize,
}

impl Availability {
    pub fn of(lines: &[HelplineView]) -> Availability {
        let mut a = Availability::default();
        for l in lines {
            match l.open {
                OpenState::Always | OpenState::Open { .. } => a.open_now += 1,
                OpenState::Unknown => a.hours_unknown += 1,
                OpenState::Closed { .. } => a.closed += 1,
            }
        }
        a
    }

    /// Only true when every line is known to be closed now.
    pub fn none_open(&self) -> bool {
        self.open_now == 0 && self.hours_unknown == 0 && self.closed > 0
    }
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

/// Regions `country` belongs to (`EU`, `COE`), from the installed packs.
pub fn regions_of(conn: &Connection, country: &str) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT DISTINCT id FROM regions WHERE instr(members, ?1) > 0 ORDER BY id")?;
    let rows = stmt.query_map([format!("|{}|", country.to_ascii_uppercase())], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const HELPLINE_COLUMNS: &str =
    "h.key, h.country, h.organisation, h.service, h.operator, h.operator_note, h.always_open,
     h.time_zone, h.schedule, h.hours_text, h.channels, h.languages, h.language_keys, h.interpreters, h.free,
     h.specialties, h.source_url, h.sources, h.source_date, h.confidence, h.note, h.purpose, h.shares_with,
     h.risky, h.audience, h.serves_nationalities, h.serves_languages, h.verified_on, h.verified_how, h.pack,
     h.english_hash";

/// Helplines matching `filter`. Ranked: for adults, lines for adults before children-only
/// lines (for a child the other way round); then open now, then hours unknown, then closed;
/// free; in the person's language; no warning before those with one; national before
/// regional and international; then the pack's order. "Open" is evaluated at `now` in each
/// line's own zone: the local time is computed once per zone here, and SQLite checks each
/// line's schedule.
pub fn helplines(
    conn: &Connection,
    filter: &HelplineFilter,
    now: DateTime<Utc>,
) -> Result<Vec<HelplineView>, StoreError> {
    let mut places: Vec<String> = Vec::new();
    if let Some(c) = &filter.country {
        let c = c.to_ascii_uppercase();
        places.extend(regions_of(conn, &c)?);
        places.push(c);
        places.push("INT".into());
    }
    let langs: Vec<String> = filter.languages.iter().map(|l| primary(l)).collect();
    let mut conditions = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    // Zones whose local time the listing needs.
    let zones: Vec<String> = {
        let sql = if places.is_empty() {
            "SELECT DISTINCT time_zone FROM helplines WHERE time_zone IS NOT NULL".to_owned()
        } else {
            format!(
                "SELECT DISTINCT time_zone FROM helplines WHERE country IN ({}) AND time_zone IS NOT NULL",
                placeholders(places.len())
            )
        };
        let mut stmt = conn.prepare_cached(&sql)?;
        stmt.query_map(params_from_iter(places.iter()), |r| r.get(0))?.collect::<Result<_, _>>()?
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
    let lang_rank = if langs.is_empty() {
        "0".to_owned()
    } else {
        let tests = vec!["instr(h.language_keys, ?) > 0"; langs.len()].join(" OR ");
        args.extend(langs.iter().map(|l| Value::Text(format!("|{l}|"))));
        format!("CASE WHEN {tests} THEN 2 WHEN h.interpreters THEN 1 ELSE 0 END")
    };
    let audience_rank = if filter.under_18 {
        "CASE h.audience WHEN 'children' THEN 2 WHEN 'all' THEN 1 ELSE 0 END"
    } else {
        "CASE h.audience WHEN 'children' THEN 0 ELSE 1 END"
    };
    if !places.is_empty() {
        conditions.push(format!("h.country IN ({})", placeholders(places.len())));
        args.extend(places.iter().map(|r| Value::Text(r.clone())));
    }
    if let Some(n) = &filter.serving_nationality {
        let mut serving = vec!["instr(h.serves_nationalities, ?) > 0".to_owned()];
        args.push(Value::Text(format!("|{}|", n.to_ascii_uppercase())));
        for l in &langs {
            serving.push("instr(h.serves_languages, ?) > 0".into());
            args.push(Value::Text(format!("|{l}|")));
        }
        conditions.push(format!("({})", serving.join(" OR ")));
    }
    conditions.push("h.purpose = ?".into());
    args.push(Value::Text(filter.purpose.as_str().into()));
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
    // Rank on the narrow columns (the covering index) into one integer, and only then fetch
    // the chosen rows whole.
    let sql = format!(
        "WITH ranked AS (
           SELECT h.id,
                  ({audience_rank}) AS audience_rank, ({open_rank}) AS open_rank, ({lang_rank}) AS lang_rank,
                  CASE h.free WHEN 1 THEN 2 WHEN 0 THEN 0 ELSE 1 END AS free_rank,
                  NOT h.risky AS safe,
                  h.country NOT IN ('INT', 'EU') AND length(h.country) = 2 AS national
           FROM helplines h INDEXED BY helplines_for_listing WHERE {where_clause}),
         chosen AS (
           SELECT id, lang_rank,
                  audience_rank * 1024 + open_rank * 256 + free_rank * 64 + lang_rank * 16 + safe * 2 + national AS rank
           FROM ranked {outer_clause}
           ORDER BY rank DESC, id
           LIMIT {limit})
         SELECT {HELPLINE_COLUMNS}, c.lang_rank FROM chosen c JOIN helplines h ON h.id = c.id
         ORDER BY c.rank DESC, c.id",
        where_clause = conditions.join(" AND "),
        outer_clause = if outer.is_empty() { String::new() } else { format!("WHERE {}", outer.join(" AND ")) },
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), |r| helpline_from_row(r, now))?;
    let mut views: Vec<(i64, String, HelplineView)> = rows.collect::<Result<_, _>>()?;
    let locales = display_locales(&filter.languages);
    let keys: Vec<(i64, String)> = views.iter().map(|(pack, _, v)| (*pack, v.key.clone())).collect();
    let texts = item_texts(conn, ItemKind::Helpline, &keys, &locales)?;
    for (pack, hash, view) in &mut views {
        let found = texts.get(&(*pack, view.key.clone()));
        view.text = text_status(found.map(|t| (t.locale.as_str(), t.source_hash.as_str(), t.machine)), hash, &locales);
        if let Some(t) = found {
            let field = |name: &str| t.fields.get(name).cloned();
            if let Some(note) = field("note") {
                view.note = Some(note);
            }
            if let Some(service) = field("service") {
                view.service = service;
            }
            if let Some(x) = field("operator-note") {
                view.operator_note = Some(x);
            }
            if let Some(x) = field("hours-text") {
                view.hours_text = Some(x);
            }
            for (i, c) in view.channels.iter_mut().enumerate() {
                if let Some(x) = field(&format!("channel-{}", i + 1)) {
                    c.note = Some(x);
                }
            }
        }
    }
    Ok(views.into_iter().map(|(_, _, v)| v).collect())
}

/// The locales texts are looked up in, most preferred first, without English (English is
/// the reference text itself).
fn display_locales(languages: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in languages {
        let tag = crate::l10n::negotiate(std::slice::from_ref(l));
        if tag != crate::l10n::REFERENCE && !out.contains(&tag) {
            out.push(tag);
        }
    }
    out
}

/// Whether the text shown is a translation, English as fallback, stale or machine-drafted.
fn text_status(found: Option<(&str, &str, bool)>, english_hash: &str, locales: &[String]) -> TextStatus {
    match found {
        Some((locale, source_hash, machine)) => TextStatus {
            locale: locale.to_owned(),
            shown_in_english: false,
            stale: source_hash != english_hash,
            machine,
        },
        None => TextStatus {
            locale: crate::l10n::REFERENCE.to_owned(),
            shown_in_english: !locales.is_empty(),
            stale: false,
            machine: false,
        },
    }
}

/// One item's translation in the best of the person's locales.
#[derive(Debug, Clone)]
pub struct FoundText {
    pub locale: String,
    pub fields: BTreeMap<String, String>,
    pub source_hash: String,
    pub machine: bool,
}

/// The best translation of each (pack, key) of `kind` in `locales` (most preferred first).
pub fn item_texts(
    conn: &Connection,
    kind: ItemKind,
    keys: &[(i64, String)],
    locales: &[String],
) -> Result<HashMap<(i64, String), FoundText>, StoreError> {
    let mut out: HashMap<(i64, String), FoundText> = HashMap::new();
    if keys.is_empty() || locales.is_empty() {
        return Ok(out);
    }
    let sql = format!(
        "SELECT pack, key, locale, fields, source_hash, machine FROM item_texts
         WHERE kind = ? AND locale IN ({}) AND key IN ({})",
        placeholders(locales.len()),
        placeholders(keys.len())
    );
    let mut args: Vec<Value> = vec![Value::Text(kind.as_str().into())];
    args.extend(locales.iter().map(|l| Value::Text(l.clone())));
    args.extend(keys.iter().map(|(_, k)| Value::Text(k.clone())));
    let mut stmt = conn.prepare_cached(&sql)?;
    let rank = |l: &str| locales.iter().position(|x| x == l).unwrap_or(usize::MAX);
    let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, bool>(5)?,
        ))
    })?;
    for row in rows {
        let (pack, key, locale, fields, source_hash, machine) = row?;
        if !keys.iter().any(|(p, k)| *p == pack && *k == key) {
            continue;
        }
        let better = out.get(&(pack, key.clone())).is_none_or(|f| rank(&locale) < rank(&f.locale));
        if better {
            let fields = serde_json::from_str(&fields).unwrap_or_default();
            out.insert((pack, key), FoundText { locale, fields, source_hash, machine });
        }
    }
    Ok(out)
}

fn json_list<T: serde::de::DeserializeOwned>(text: &str) -> Vec<T> {
    serde_json::from_str(text).unwrap_or_default()
}

fn bar_list(text: &str) -> Vec<String> {
    text.split('|').filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// Not verified, or not within the last [`VERIFIED_WITHIN_MONTHS`] months of `now`.
pub fn needs_verification(verified_on: Option<&str>, now: DateTime<Utc>) -> bool {
    let Some(date) = verified_on.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) else { return true };
    let cutoff = now.date_naive().checked_sub_months(Months::new(VERIFIED_WITHIN_MONTHS)).unwrap_or(NaiveDate::MIN);
    date < cutoff
}

fn helpline_from_row(r: &rusqlite::Row<'_>, now: DateTime<Utc>) -> rusqlite::Result<(i64, String, HelplineView)> {
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
    let verified_on: Option<String> = r.get(27)?;
    let nationalities = bar_list(&r.get::<_, String>(25)?);
    let serve_languages = bar_list(&r.get::<_, String>(26)?);
    let serves = (!nationalities.is_empty() || !serve_languages.is_empty())
        .then_some(Serves { nationalities, languages: serve_languages });
    let lang_rank: i64 = r.get(31)?;
    let view = HelplineView {
        key: r.get(0)?,
        country: r.get(1)?,
        organisation: r.get(2)?,
        service: r.get(3)?,
        operator,
        operator_note: r.get(5)?,
        purpose: Purpose::parse(&r.get::<_, String>(21)?).unwrap_or(Purpose::Report),
        shares_with: json_list(&r.get::<_, String>(22)?),
        risky: r.get(23)?,
        law_enforcement: operator.is_law_enforcement(),
        audience: Audience::parse(&r.get::<_, String>(24)?).unwrap_or(Audience::All),
        serves,
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
        source_date: r.get(18)?,
        needs_verification: needs_verification(verified_on.as_deref(), now),
        verified_on,
        verified_how: r.get::<_, Option<String>>(28)?.as_deref().and_then(VerifiedHow::parse),
        confidence,
        note: r.get(20)?,
        text: TextStatus::default(),
    };
    Ok((r.get(29)?, r.get(30)?, view))
}

/// A country's emergency numbers as the shell shows them, with the fallback every GSM
/// phone tries.
#[derive(Debug, Clone, PartialEq)]
pub struct EmergencyView {
    pub country: String,
    /// Empty when the pack knows none for this country: then only `fallback`.
    pub numbers: Vec<EmergencyNumber>,
    /// The `INT` entry: 112 from a mobile phone, with its honest note.
    pub fallback: Vec<EmergencyNumber>,
    pub fallback_note: Option<String>,
    /// Police may be a risk here (complicity, detention of victims): say so.
    pub police_caution: bool,
    /// No help line could be sourced for this country.
    pub no_verified_line: bool,
    pub note: Option<String>,
    pub source_url: Option<String>,
    pub confidence: Confidence,
    pub text: TextStatus,
}

struct CountryRow {
    pack: i64,
    emergency: Vec<EmergencyNumber>,
    police_caution: bool,
    no_verified_line: bool,
    note: Option<String>,
    source_url: Option<String>,
    confidence: Confidence,
    hash: String,
}

fn country_row(conn: &Connection, country: &str) -> Result<Option<CountryRow>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.pack, c.emergency, c.police_caution, c.no_verified_line, c.note, c.source_url, c.confidence,
                c.english_hash
         FROM countries c JOIN packs p ON p.id = c.pack WHERE c.country = ?1
         ORDER BY p.imported_at DESC, p.id DESC LIMIT 1",
    )?;
    Ok(stmt
        .query_row([country], |r| {
            Ok(CountryRow {
                pack: r.get(0)?,
                emergency: json_list(&r.get::<_, String>(1)?),
                police_caution: r.get(2)?,
                no_verified_line: r.get(3)?,
                note: r.get(4)?,
                source_url: r.get(5)?,
                confidence: Confidence::parse(&r.get::<_, String>(6)?).unwrap_or(Confidence::Low),
                hash: r.get(7)?,
            })
        })
        .optional()?)
}

/// Translated notes of a country row: (note, emergency notes), with the text's status.
fn localize_country(
    conn: &Connection,
    row: &mut CountryRow,
    key: &str,
    locales: &[String],
) -> Result<TextStatus, StoreError> {
    let texts = item_texts(conn, ItemKind::Country, &[(row.pack, key.to_owned())], locales)?;
    let found = texts.get(&(row.pack, key.to_owned()));
    if let Some(t) = found {
        if let Some(n) = t.fields.get("note") {
            row.note = Some(n.clone());
        }
        for (i, n) in row.emergency.iter_mut().enumerate() {
            if let Some(x) = t.fields.get(&format!("emergency-{}", i + 1)) {
                n.note = Some(x.clone());
            }
        }
    }
    Ok(text_status(found.map(|t| (t.locale.as_str(), t.source_hash.as_str(), t.machine)), &row.hash, locales))
}

/// The emergency numbers of `country` (ISO 3166-1), in the person's `languages`.
pub fn emergency(conn: &Connection, country: &str, languages: &[String]) -> Result<EmergencyView, StoreError> {
    let locales = display_locales(languages);
    let country = country.to_ascii_uppercase();
    let mut fallback = country_row(conn, "INT")?;
    if let Some(f) = fallback.as_mut() {
        localize_country(conn, f, "int", &locales)?;
    }
    let (fallback, fallback_note) = fallback.map_or((Vec::new(), None), |f| (f.emergency, f.note));
    Ok(match country_row(conn, &country)? {
        Some(mut row) => {
            let text = localize_country(conn, &mut row, &country.to_ascii_lowercase(), &locales)?;
            EmergencyView {
                country,
                numbers: row.emergency,
                fallback,
                fallback_note,
                police_caution: row.police_caution,
                no_verified_line: row.no_verified_line,
                note: row.note,
                source_url: row.source_url,
                confidence: row.confidence,
                text,
            }
        }
        None => EmergencyView {
            country,
            numbers: Vec::new(),
            fallback,
            fallback_note,
            police_caution: false,
            no_verified_line: false,
            note: None,
            source_url: None,
            confidence: Confidence::Low,
            text: TextStatus::default(),
        },
    })
}

/// Countries the installed packs say something of (helplines or emergency numbers).
pub fn countries(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT country FROM helplines WHERE length(country) = 2 AND country != 'EU'
         UNION SELECT country FROM countries WHERE country != 'INT' ORDER BY 1",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A safety tip, in the person's language.
#[derive(Debug, Clone, PartialEq)]
pub struct TipView {
    pub key: String,
    pub title: String,
    pub body: String,
    pub topics: Vec<String>,
    pub text: TextStatus,
}

/// Every tip of the installed packs, in pack order.
pub fn tips(conn: &Connection, languages: &[String]) -> Result<Vec<TipView>, StoreError> {
    let locales = display_locales(languages);
    let mut stmt = conn.prepare_cached(
        "SELECT t.pack, t.key, t.title, t.body, t.topics, t.english_hash FROM tips t JOIN packs p ON p.id = t.pack
         ORDER BY p.imported_at, p.id, t.position",
    )?;
    let rows: Vec<(i64, String, String, String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
        .collect::<Result<_, _>>()?;
    let keys: Vec<(i64, String)> = rows.iter().map(|r| (r.0, r.1.clone())).collect();
    let texts = item_texts(conn, ItemKind::Tip, &keys, &locales)?;
    Ok(rows
        .into_iter()
        .map(|(pack, key, title, body, topics, hash)| {
            let found = texts.get(&(pack, key.clone()));
            let text =
                text_status(found.map(|t| (t.locale.as_str(), t.source_hash.as_str(), t.machine)), &hash, &locales);
            let field = |name: &str| found.and_then(|t| t.fields.get(name).cloned());
            TipView {
                title: field("title").unwrap_or(title),
                body: field("body").unwrap_or(body),
                key,
                topics: json_list(&topics),
                text,
            }
        })
        .collect())
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
    /// Words to search for, in any language; empty lists by place instead.
    pub text: String,
    /// The person's languages in order. Each article is shown once, in the first of these it
    /// has a text in, else in English (said so). Matches in these rank first.
    pub locales: Vec<String>,
    /// Only articles with a text in one of `locales` (a locale filter).
    pub only_in_locales: bool,
    /// Countries and international sources (`GB`, `INT`, `EU`…). Empty: all.
    pub jurisdictions: Vec<String>,
    /// The person's country: its own items first, then the regional bodies it belongs to,
    /// then international ones — and none of its own is cut by `limit`.
    pub country: Option<String>,
    pub kind: Option<ArticleKind>,
    /// Any of these topics. Empty: all.
    pub topics: Vec<String>,
    /// At most this many (0: 50), never fewer than the country's own items.
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
    pub source_kind: Option<SourceKind>,
    pub topics: Vec<String>,
    pub confidence: Confidence,
    pub caveats: Option<String>,
    pub publisher: Option<String>,
    pub year: Option<i32>,
    pub text: TextStatus,
}

/// The FTS5 query for folded `text`: every word of three or more characters (counted after
/// folding), each as a quoted trigram phrase, all required. `None` when no word is long
/// enough for trigrams.
fn fts_query(folded: &str) -> Option<String> {
    let terms: Vec<String> = folded
        .split_whitespace()
        .filter(|w| w.chars().count() >= 3)
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// Where a jurisdiction stands for a person in `country`: 0 their own, 1 a regional body
/// their country belongs to, 2 international, 3 anything else.
fn place_rank(jurisdiction: &str, country: Option<&str>, regions: &[String]) -> u8 {
    match country {
        Some(c) if jurisdiction == c => 0,
        _ if regions.iter().any(|r| r == jurisdiction) => 1,
        _ if jurisdiction == "INT" || jurisdiction.starts_with("INT-") => 2,
        _ => 3,
    }
}

/// Rights and resources matching `filter`.
pub fn articles(conn: &Connection, filter: &ArticleFilter) -> Result<Vec<ArticleView>, StoreError> {
    let country = filter.country.as_deref().map(str::to_ascii_uppercase);
    let regions = match &country {
        Some(c) => regions_of(conn, c)?,
        None => Vec::new(),
    };
    let locales = display_locales(&filter.locales);
    let locale_rank = |l: &str| locales.iter().position(|x| x == l).unwrap_or(locales.len() + usize::from(l != "en"));
    let mut args: Vec<Value> = Vec::new();
    let mut conditions: Vec<String> = Vec::new();
    let folded = fold(filter.text.trim());
    let searching = !folded.trim().is_empty();
    let (from, score) = match fts_query(&folded) {
        Some(q) => {
            conditions.push("article_search MATCH ?".into());
            args.push(Value::Text(q));
            (
                "article_search JOIN article_texts t ON t.id = article_search.rowid JOIN articles a ON a.id = t.article",
                "bm25(article_search)",
            )
        }
        None if searching => {
            // One- and two-character words (a Chinese word, say) are too short for trigrams.
            conditions.push("t.search LIKE ? ESCAPE '\\'".into());
            args.push(Value::Text(format!(
                "%{}%",
                folded.trim().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
            )));
            ("article_texts t JOIN articles a ON a.id = t.article", "0")
        }
        None => ("article_texts t JOIN articles a ON a.id = t.article", "0"),
    };
    let mut filter_in = |column: &str, values: &[String], conditions: &mut Vec<String>| {
        if !values.is_empty() {
            conditions.push(format!("{column} IN ({})", placeholders(values.len())));
            args.extend(values.iter().map(|v| Value::Text(v.clone())));
        }
    };
    filter_in("a.jurisdiction", &filter.jurisdictions, &mut conditions);
    if filter.only_in_locales {
        filter_in("t.locale", &locales, &mut conditions);
    }
    if !filter.topics.is_empty() {
        conditions.push(format!(
            "EXISTS (SELECT 1 FROM article_topics x WHERE x.article = a.id AND x.topic IN ({}))",
            placeholders(filter.topics.len())
        ));
        args.extend(filter.topics.iter().map(|t| Value::Text(t.clone())));
    }
    if let Some(kind) = filter.kind {
        conditions.push("a.kind = ?".into());
        args.push(Value::Text(kind.as_str().into()));
    }
    let sql = format!(
        "SELECT a.id, a.jurisdiction, t.locale, {score} FROM {from} {where_clause} LIMIT 5000",
        where_clause =
            if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) },
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, f64>(3)?))
    })?;
    // One entry per article: its best (locale rank, score) over the texts that matched.
    let mut best: HashMap<i64, (u8, usize, f64)> = HashMap::new();
    for row in rows {
        let (id, jurisdiction, locale, score) = row?;
        let key = (place_rank(&jurisdiction, country.as_deref(), &regions), locale_rank(&locale), score);
        best.entry(id)
            .and_modify(|b| {
                if (key.1, key.2) < (b.1, b.2) {
                    *b = key
                }
            })
            .or_insert(key);
    }
    let mut ranked: Vec<(i64, (u8, usize, f64))> = best.into_iter().collect();
    if searching {
        // Matches in the person's languages first, then the best match; place breaks ties.
        ranked.sort_by(|a, b| (a.1.1, a.1.2, a.1.0, a.0).partial_cmp(&(b.1.1, b.1.2, b.1.0, b.0)).expect("no NaN"));
    } else {
        // By place, then in the pack's order.
        ranked.sort_by_key(|(id, (place, _, _))| (*place, *id));
    }
    let limit = if filter.limit == 0 { 50 } else { filter.limit } as usize;
    let own = ranked.iter().filter(|(_, (place, _, _))| *place == 0 && country.is_some()).count();
    ranked.truncate(limit.max(if searching { 0 } else { own }));
    let ids: Vec<i64> = ranked.iter().map(|(id, _)| *id).collect();
    let mut views = article_views(conn, &ids, &locales)?;
    // Keep the ranked order.
    views.sort_by_key(|(id, _)| ids.iter().position(|x| x == id));
    Ok(views.into_iter().map(|(_, v)| v).collect())
}

/// The articles `ids`, each in the best of `locales` it has, else English.
fn article_views(conn: &Connection, ids: &[i64], locales: &[String]) -> Result<Vec<(i64, ArticleView)>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut wanted: Vec<String> = locales.to_vec();
    wanted.push(crate::l10n::REFERENCE.into());
    let sql = format!(
        "SELECT a.id, a.key, a.kind, a.jurisdiction, a.source_url, a.sources, a.source_kind, a.topics, a.confidence,
                a.publisher, a.year, a.english_hash, t.locale, t.title, t.body, t.caveats, t.source_hash, t.machine
         FROM articles a JOIN article_texts t ON t.article = a.id
         WHERE a.id IN ({}) AND t.locale IN ({})",
        placeholders(ids.len()),
        placeholders(wanted.len())
    );
    let mut args: Vec<Value> = ids.iter().map(|i| Value::Integer(*i)).collect();
    args.extend(wanted.iter().map(|l| Value::Text(l.clone())));
    let rank = |l: &str| wanted.iter().position(|x| x == l).unwrap_or(usize::MAX);
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut out: BTreeMap<i64, ArticleView> = BTreeMap::new();
    let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
        let english_hash: String = r.get(11)?;
        let locale: String = r.get(12)?;
        let source_hash: Option<String> = r.get(16)?;
        let text = match &source_hash {
            Some(h) => TextStatus {
                locale: locale.clone(),
                shown_in_english: false,
                stale: *h != english_hash,
                machine: r.get(17)?,
            },
            None => TextStatus {
                locale: locale.clone(),
                shown_in_english: !locales.is_empty(),
                stale: false,
                machine: false,
            },
        };
        Ok((
            r.get::<_, i64>(0)?,
            ArticleView {
                key: r.get(1)?,
                kind: if r.get::<_, String>(2)? == "right" { ArticleKind::Right } else { ArticleKind::Resource },
                jurisdiction: r.get(3)?,
                source_url: r.get(4)?,
                sources: json_list(&r.get::<_, String>(5)?),
                source_kind: match r.get::<_, Option<String>>(6)?.as_deref() {
                    Some("primary") => Some(SourceKind::Primary),
                    Some("secondary") => Some(SourceKind::Secondary),
                    _ => None,
                },
                topics: json_list(&r.get::<_, String>(7)?),
                confidence: Confidence::parse(&r.get::<_, String>(8)?).unwrap_or(Confidence::Low),
                publisher: r.get(9)?,
                year: r.get(10)?,
                locale,
                title: r.get(13)?,
                body: r.get(14)?,
                caveats: r.get(15)?,
                text,
            },
        ))
    })?;
    for row in rows {
        let (id, view) = row?;
        let better = out.get(&id).is_none_or(|v| rank(&view.locale) < rank(&v.locale));
        if better {
            out.insert(id, view);
        }
    }
    Ok(out.into_iter().collect())
}

/// A question as the person reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionText {
    pub id: String,
    pub text: String,
    pub help: Option<String>,
    pub status: TextStatus,
}

/// The questionnaire `id` from the most recently imported pack that has one, with each
/// question's text in the best of `languages`.
pub fn questionnaire(
    conn: &Connection,
    id: &str,
    languages: &[String],
) -> Result<Option<(Questionnaire, Vec<QuestionText>)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT q.pack, q.definition FROM questionnaires q JOIN packs p ON p.id = q.pack
         WHERE q.id = ?1 ORDER BY p.imported_at DESC, p.id DESC LIMIT 1",
    )?;
    let Some((pack, definition)) =
        stmt.query_row([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))).optional()?
    else {
        return Ok(None);
    };
    let Ok(q) = serde_json::from_str::<Questionnaire>(&definition) else { return Ok(None) };
    let locales = display_locales(languages);
    let keys: Vec<(i64, String)> = q.questions.iter().map(|question| (pack, q.text_key(question))).collect();
    let texts = item_texts(conn, ItemKind::Question, &keys, &locales)?;
    let localized = q
        .questions
        .iter()
        .map(|question| {
            let key = q.text_key(question);
            let mut english = BTreeMap::new();
            english.insert("text".to_owned(), question.text.clone());
            if let Some(h) = &question.help {
                english.insert("help".to_owned(), h.clone());
            }
            let hash = super::translations::english_hash(&english);
            let found = texts.get(&(pack, key));
            let status =
                text_status(found.map(|t| (t.locale.as_str(), t.source_hash.as_str(), t.machine)), &hash, &locales);
            QuestionText {
                id: question.id.clone(),
                text: found.and_then(|t| t.fields.get("text").cloned()).unwrap_or_else(|| question.text.clone()),
                help: found.and_then(|t| t.fields.get("help").cloned()).or_else(|| question.help.clone()),
                status,
            }
        })
        .collect();
    Ok(Some((q, localized)))
}

/// An installed pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledPack {
    /// Hex Ed25519 key.
    pub publisher: String,
    pub pack_id: String,
    pub version: u64,
    pub title: String,
    /// Its signed file is kept and can be passed to another phone.
    pub shareable: bool,
}

pub fn installed_packs(conn: &Connection) -> Result<Vec<InstalledPack>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT publisher, pack_id, version, title, signed IS NOT NULL FROM packs ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(InstalledPack {
            publisher: r.get(0)?,
            pack_id: r.get(1)?,
            version: r.get::<_, i64>(2)? as u64,
            title: r.get(3)?,
            shareable: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The signed file of installed pack `pack_id` (the embedded pack has none: every copy of
/// the app carries it).
pub fn signed_pack(conn: &Connection, pack_id: &str) -> Result<Option<Vec<u8>>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT signed FROM packs WHERE pack_id = ?1 AND signed IS NOT NULL ORDER BY imported_at DESC, id DESC LIMIT 1",
    )?;
    Ok(stmt.query_row([pack_id], |r| r.get(0)).optional()?)
}
