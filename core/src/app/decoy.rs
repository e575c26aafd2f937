//! What a second-PIN (decoy) journal holds and shows: everyday entries drawn per install from a
//! pool of neutral notes, at irregular times over the weeks before it was made, with a new one
//! now and then while the main PIN's owner uses the phone; and whether its sessions show the
//! help or only the notes.

use rusqlite::{Connection, OptionalExtension};

use crate::journal::{self, Moment, NewEntry};
use crate::l10n::Localizer;
use crate::secret::fill_random;
use crate::store::StoreError;
use crate::vault::VaultError;

/// How many `decoy-entry-N` messages each locale has.
pub const POOL: u32 = 60;
/// How many entries a new decoy journal gets: between these, at random.
const SEED_MIN: u32 = 9;
const SEED_MAX: u32 = 15;
/// The seeded entries spread over this many days before the decoy was made, at least.
const SPAN_DAYS_MIN: u32 = 21;
const SPAN_DAYS_MAX: u32 = 45;
/// A new entry is added only when the newest is at least this old.
const QUIET_DAYS: i64 = 4;
/// Seeded entries go on local days at least this many days back.
const FIRST_DAY: u32 = 2;
const DAY_MS: i64 = 86_400_000;

/// What a session may show, chosen when the second PIN is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SessionShows {
    /// The whole app, help included: a decoy session answers as the main one would, so
    /// someone who knows the app cannot tell the two apart.
    #[default]
    Everything,
    /// Only the journal: no help, no warnings, no product name. Hides what the app is from
    /// someone who does not know it; someone who does may tell it from a main session.
    NotesOnly,
}

/// Kept in the decoy journal's own settings, and only for "notes only": a "same as the real
/// app" decoy holds nothing a main journal does not.
const NOTES_ONLY: &str = "shows.notes-only";

pub(crate) fn record_shows(conn: &Connection, shows: SessionShows) -> Result<(), StoreError> {
    match shows {
        SessionShows::NotesOnly => conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, '1') ON CONFLICT (key) DO UPDATE SET value = '1'",
            [NOTES_ONLY],
        ),
        SessionShows::Everything => conn.execute("DELETE FROM settings WHERE key = ?1", [NOTES_ONLY]),
    }?;
    Ok(())
}

pub(crate) fn shows(conn: &Connection) -> Result<SessionShows, StoreError> {
    let flag: Option<String> =
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [NOTES_ONLY], |r| r.get(0)).optional()?;
    Ok(if flag.is_some() { SessionShows::NotesOnly } else { SessionShows::Everything })
}

/// A uniformly random number below `n` (`n` > 0), from the OS source.
fn below(n: u32) -> u32 {
    let mut b = [0u8; 8];
    fill_random(&mut b);
    (u64::from_le_bytes(b) % u64::from(n)) as u32
}

fn between(lo: u32, hi: u32) -> u32 {
    lo + below(hi - lo + 1)
}

/// A time on the local day `days_before` days before `now`, at an ordinary waking hour
/// (07:00–22:59), to the second.
fn ordinary_time(now: Moment, days_before: u32) -> Moment {
    let offset_ms = i64::from(now.offset_min) * 60_000;
    let local_midnight = (now.at_ms + offset_ms).div_euclid(DAY_MS) * DAY_MS;
    let day = local_midnight - i64::from(days_before) * DAY_MS;
    let within = i64::from(between(7 * 3600, 23 * 3600 - 1)) * 1000 + i64::from(below(1000));
    Moment { at_ms: day + within - offset_ms, offset_min: now.offset_min }
}

fn append(conn: &mut Connection, localizer: &Localizer, pick: u32, at: Moment) -> Result<(), VaultError> {
    let text = localizer.format(&format!("decoy-entry-{}", pick + 1), &[]);
    let entry = NewEntry { text, tags: vec![], category: None, attachments: vec![] };
    journal::append(conn, &entry, at).map(|_| ()).map_err(|e| match e {
        journal::JournalError::Store(s) => VaultError::Store(s),
        _ => VaultError::Store(StoreError::Corrupt),
    })
}

/// `count` distinct values of `range`, in random order (Fisher–Yates).
fn shuffled(range: std::ops::RangeInclusive<u32>, count: u32) -> Vec<u32> {
    let mut all: Vec<u32> = range.collect();
    for i in (1..all.len()).rev() {
        all.swap(i, below(i as u32 + 1) as usize);
    }
    all.truncate(count as usize);
    all
}

/// Distinct pool picks, in random order.
fn picks(count: u32) -> Vec<u32> {
    shuffled(0..=POOL - 1, count)
}

/// Fills a new decoy journal: a random handful of the pool, on distinct random days over the
/// weeks before `now`, at random waking hours, oldest first.
pub(crate) fn seed(conn: &mut Connection, localizer: &Localizer, now: Moment) -> Result<(), VaultError> {
    let count = between(SEED_MIN, SEED_MAX);
    let span = between(SPAN_DAYS_MIN, SPAN_DAYS_MAX);
    // Distinct days in 1..=span, the newest within the quiet days (an opening right after
    // set-up adds nothing), oldest first.
    let newest_day = between(FIRST_DAY, QUIET_DAYS as u32 - 1);
    let mut days: Vec<u32> =
        picks_days(count, FIRST_DAY, span).into_iter().filter(|&d| d != newest_day).take(count as usize - 1).collect();
    days.push(newest_day);
    days.sort_unstable_by(|a, b| b.cmp(a));
    for (pick, day) in picks(count).into_iter().zip(days) {
        append(conn, localizer, pick, ordinary_time(now, day))?;
    }
    Ok(())
}

/// `count` distinct days in `from..=to`, in random order.
fn picks_days(count: u32, from: u32, to: u32) -> Vec<u32> {
    shuffled(from..=to, count)
}

/// Run from the main session (its owner holds the phone): if the decoy journal's newest
/// entry is a few days old and it is a waking hour, adds one everyday entry dated now, so the
/// journal grows while the person has the phone and never on days someone else held it.
/// Returns the decoy's newest entry time afterwards (`None`: empty, left as it is).
pub(crate) fn top_up(conn: &mut Connection, localizer: &Localizer, now: Moment) -> Result<Option<i64>, VaultError> {
    let newest: Option<i64> = conn
        .query_row("SELECT max(at_ms) FROM journal_events", [], |r| r.get(0))
        .map_err(|e| VaultError::Store(e.into()))?;
    let Some(newest) = newest else { return Ok(None) };
    let local_hour = (now.at_ms + i64::from(now.offset_min) * 60_000).rem_euclid(DAY_MS) / 3_600_000;
    if now.at_ms - newest < QUIET_DAYS * DAY_MS || !(7..23).contains(&local_hour) {
        return Ok(Some(newest));
    }
    let recent = recent_texts(conn)?;
    let Some(pick) =
        picks(POOL).into_iter().find(|&p| !recent.contains(&localizer.format(&format!("decoy-entry-{}", p + 1), &[])))
    else {
        return Ok(Some(newest));
    };
    append(conn, localizer, pick, now)?;
    Ok(Some(now.at_ms))
}

/// When the main session should next look at the decoy journal: some days after its newest
/// entry, a different number each time.
pub(crate) fn next_due(newest: i64) -> i64 {
    newest + i64::from(between(QUIET_DAYS as u32, QUIET_DAYS as u32 + 3)) * DAY_MS + i64::from(below(DAY_MS as u32))
}

fn recent_texts(conn: &Connection) -> Result<Vec<String>, VaultError> {
    let views = journal::list(conn, 0, 20).map_err(|e| match e {
        journal::JournalError::Store(s) => VaultError::Store(s),
        _ => VaultError::Store(StoreError::Corrupt),
    })?;
    Ok(views.into_iter().map(|v| v.text).collect())
}

#[cfg(test)]
#[path = "decoy_tests.rs"]
mod tests;
