//! Weekly opening hours in a line's own time zone, and whether it is open at an instant.
//!
//! Spans are normalised on import into intervals within one local day (a span past midnight
//! becomes two), so "open now" is a lookup of the local weekday and minute — computed with
//! the line's IANA zone, DST included.

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Tz;

use super::model::Span;

pub const MINUTES_PER_DAY: u16 = 24 * 60;
const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Open from `opens` until just before `closes` (minutes after local midnight) on `day`
/// (0 = Monday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Interval {
    pub day: u8,
    pub opens: u16,
    pub closes: u16,
}

fn parse_time(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    // "24:00" is allowed as a closing time.
    (h < 24 && m < 60 || h == 24 && m == 0).then_some(h * 60 + m)
}

/// Parses and normalises spans. Errors name the problem, for the maintainer tool.
pub fn normalize(spans: &[Span]) -> Result<Vec<Interval>, String> {
    let mut out = Vec::new();
    for span in spans {
        let opens = parse_time(&span.opens).ok_or_else(|| format!("bad opening time {:?}", span.opens))?;
        let closes = parse_time(&span.closes).ok_or_else(|| format!("bad closing time {:?}", span.closes))?;
        if opens == closes || opens == MINUTES_PER_DAY {
            return Err(format!("empty span {}–{}", span.opens, span.closes));
        }
        if span.days.is_empty() {
            return Err("a span without days".into());
        }
        for day in &span.days {
            let d = DAY_NAMES.iter().position(|n| n == day).ok_or_else(|| format!("bad day {day:?}"))? as u8;
            if opens < closes {
                out.push(Interval { day: d, opens, closes });
            } else {
                out.push(Interval { day: d, opens, closes: MINUTES_PER_DAY });
                if closes > 0 {
                    out.push(Interval { day: (d + 1) % 7, opens: 0, closes });
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Intervals as stored: `day:opens-closes` joined by `;` (minutes after local midnight).
pub fn encode(intervals: &[Interval]) -> String {
    intervals.iter().map(|i| format!("{}:{}-{}", i.day, i.opens, i.closes)).collect::<Vec<_>>().join(";")
}

/// Parses [`encode`]'s format; malformed parts are skipped (the import wrote them).
pub fn decode(schedule: &str) -> Vec<Interval> {
    schedule
        .split(';')
        .filter_map(|part| {
            let (day, range) = part.split_once(':')?;
            let (opens, closes) = range.split_once('-')?;
            Some(Interval { day: day.parse().ok()?, opens: opens.parse().ok()?, closes: closes.parse().ok()? })
        })
        .collect()
}

/// Whether an encoded schedule is open at local (`day`, `minute`): the hot path of "open
/// now", called by SQLite for every candidate line.
pub fn schedule_open_at(schedule: &str, day: u8, minute: u16) -> bool {
    // No allocation: this runs for every candidate line of every listing.
    schedule.split(';').any(|part| {
        let mut fields = part.split([':', '-']).map(|f| f.parse::<u16>().ok());
        matches!(
            (fields.next(), fields.next(), fields.next()),
            (Some(Some(d)), Some(Some(o)), Some(Some(c))) if d == u16::from(day) && o <= minute && minute < c
        )
    })
}

/// Local weekday (0 = Monday) and minute of `now` in `zone`.
pub fn local_day_minute(zone: Tz, now: DateTime<Utc>) -> (u8, u16) {
    let local = now.with_timezone(&zone);
    (local.weekday().num_days_from_monday() as u8, (local.hour() * 60 + local.minute()) as u16)
}

/// Whether a line is open, and when that changes, in its local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Day and night.
    Always,
    /// Open now; closes at (weekday, minute), local.
    Open { closes_day: u8, closes_at: u16 },
    /// Closed now; opens next at (weekday, minute), local.
    Closed { opens_day: u8, opens_at: u16 },
    /// The source gives no hours.
    Unknown,
}

/// Evaluates weekly `intervals` at local (`day`, `minute`).
pub fn state_at(intervals: &[Interval], day: u8, minute: u16) -> OpenState {
    if intervals.is_empty() {
        return OpenState::Unknown;
    }
    let week_minute = |d: u8, m: u16| u32::from(d) * u32::from(MINUTES_PER_DAY) + u32::from(m);
    let now = week_minute(day, minute);
    let week = 7 * u32::from(MINUTES_PER_DAY);
    // Merge touching intervals into [start, end) ranges over the week, wrapping at the end.
    let mut ranges: Vec<(u32, u32)> =
        intervals.iter().map(|i| (week_minute(i.day, i.opens), week_minute(i.day, i.closes))).collect();
    ranges.sort();
    let mut merged: Vec<(u32, u32)> = Vec::new();
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    if merged.len() == 1 && merged[0] == (0, week) {
        return OpenState::Always;
    }
    // A range running into the week's end and one starting at its beginning are one span.
    if merged.len() > 1 && merged[0].0 == 0 && merged.last().is_some_and(|l| l.1 == week) {
        let first = merged.remove(0);
        if let Some(last) = merged.last_mut() {
            last.1 = first.1 + week;
        }
    }
    let to_day_minute = |t: u32| {
        let t = t % week;
        ((t / u32::from(MINUTES_PER_DAY)) as u8, (t % u32::from(MINUTES_PER_DAY)) as u16)
    };
    for &(s, e) in &merged {
        if [now, now + week].iter().any(|&t| s <= t && t < e) {
            let (closes_day, closes_at) = to_day_minute(e);
            return OpenState::Open { closes_day, closes_at };
        }
    }
    let starts = merged.iter().map(|r| r.0);
    let next = starts.clone().filter(|&s| s > now).min().or_else(|| starts.min()).unwrap_or(0);
    let (opens_day, opens_at) = to_day_minute(next);
    OpenState::Closed { opens_day, opens_at }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn span(days: &[&str], opens: &str, closes: &str) -> Span {
        Span { days: days.iter().map(|d| d.to_string()).collect(), opens: opens.into(), closes: closes.into() }
    }

    const WEEKDAYS: [&str; 5] = ["mon", "tue", "wed", "thu", "fri"];
    const ALL: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    fn at(zone: Tz, hours: &[Interval], y: i32, mo: u32, d: u32, h: u32, mi: u32) -> OpenState {
        let (day, minute) = local_day_minute(zone, Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap());
        state_at(hours, day, minute)
    }

    fn is_open(s: OpenState) -> bool {
        matches!(s, OpenState::Open { .. } | OpenState::Always)
    }

    #[test]
    fn london_office_hours_across_the_spring_change() {
        let hours = normalize(&[span(&WEEKDAYS, "09:00", "17:00")]).unwrap();
        let z = chrono_tz::Europe::London;
        // Fri 27 March 2026, 08:30 UTC = 08:30 GMT: not yet open.
        assert_eq!(at(z, &hours, 2026, 3, 27, 8, 30), OpenState::Closed { opens_day: 4, opens_at: 540 });
        // Mon 30 March 2026 (BST since the 29th), 08:30 UTC = 09:30 local: open.
        assert_eq!(at(z, &hours, 2026, 3, 30, 8, 30), OpenState::Open { closes_day: 0, closes_at: 1020 });
        // 16:30 UTC = 17:30 BST: closed until Tuesday 09:00.
        assert_eq!(at(z, &hours, 2026, 3, 30, 16, 30), OpenState::Closed { opens_day: 1, opens_at: 540 });
        // Friday evening: next opening is Monday.
        assert_eq!(at(z, &hours, 2026, 4, 3, 18, 0), OpenState::Closed { opens_day: 0, opens_at: 540 });
    }

    #[test]
    fn new_york_across_the_spring_change() {
        let hours = normalize(&[span(&WEEKDAYS, "09:00", "17:00")]).unwrap();
        let z = chrono_tz::America::New_York;
        // Fri 6 March 2026, 13:30 UTC = 08:30 EST.
        assert!(!is_open(at(z, &hours, 2026, 3, 6, 13, 30)));
        // Mon 9 March 2026 (EDT since the 8th), 13:30 UTC = 09:30 EDT.
        assert!(is_open(at(z, &hours, 2026, 3, 9, 13, 30)));
        // 21:30 UTC = 17:30 EDT, but would be 16:30 EST: closed.
        assert!(!is_open(at(z, &hours, 2026, 3, 9, 21, 30)));
    }

    #[test]
    fn sydney_across_the_autumn_change_and_an_overnight_line() {
        let hours = normalize(&[span(&ALL, "20:00", "02:00")]).unwrap();
        let z = chrono_tz::Australia::Sydney;
        // Sat 4 April 2026 14:30 UTC = Sun 01:30 AEDT (still DST): open.
        assert!(is_open(at(z, &hours, 2026, 4, 4, 14, 30)));
        // Sun 5 April 2026 15:30 UTC = Mon 01:30 AEST (DST ended at 03:00 that Sunday): open.
        assert!(is_open(at(z, &hours, 2026, 4, 5, 15, 30)));
        // 16:30 UTC = 02:30 AEST: closed until 20:00 Monday.
        assert_eq!(at(z, &hours, 2026, 4, 5, 16, 30), OpenState::Closed { opens_day: 0, opens_at: 1200 });
        // Same UTC time a week earlier was 03:30 AEDT: closed too, for the other reason.
        assert!(!is_open(at(z, &hours, 2026, 3, 29, 16, 30)));
    }

    // After 19 January 2038 (a 32-bit time_t would have wrapped; `make cross-test` runs this
    // on armv7): weekdays and summer time still right.
    #[test]
    fn opening_hours_are_right_after_2038() {
        let hours = normalize(&[span(&WEEKDAYS, "09:00", "17:00")]).unwrap();
        let z = chrono_tz::Europe::London;
        // Tue 19 January 2038 03:14:08 UTC is the first second past i32::MAX: closed, opens 09:00.
        assert_eq!(at(z, &hours, 2038, 1, 19, 3, 15), OpenState::Closed { opens_day: 1, opens_at: 540 });
        // Mon 2 July 2040, 08:30 UTC = 09:30 BST: open until 17:00.
        assert_eq!(at(z, &hours, 2040, 7, 2, 8, 30), OpenState::Open { closes_day: 0, closes_at: 1020 });
        // Sat 7 July 2040: closed until Monday.
        assert_eq!(at(z, &hours, 2040, 7, 7, 12, 0), OpenState::Closed { opens_day: 0, opens_at: 540 });
    }

    #[test]
    fn seven_times_twenty_four_is_always_and_no_hours_is_unknown() {
        let hours = normalize(&[span(&ALL, "00:00", "24:00")]).unwrap();
        assert_eq!(state_at(&hours, 3, 700), OpenState::Always);
        assert_eq!(state_at(&[], 3, 700), OpenState::Unknown);
    }

    #[test]
    fn an_open_span_past_midnight_reports_the_next_day_close() {
        let hours = normalize(&[span(&["fri"], "22:00", "02:00")]).unwrap();
        assert_eq!(state_at(&hours, 4, 23 * 60), OpenState::Open { closes_day: 5, closes_at: 120 });
        assert_eq!(state_at(&hours, 5, 60), OpenState::Open { closes_day: 5, closes_at: 120 });
        // Sunday night into Monday wraps the week.
        let hours = normalize(&[span(&["sun"], "22:00", "02:00")]).unwrap();
        assert_eq!(state_at(&hours, 6, 23 * 60), OpenState::Open { closes_day: 0, closes_at: 120 });
        assert_eq!(state_at(&hours, 0, 60), OpenState::Open { closes_day: 0, closes_at: 120 });
    }

    #[test]
    fn schedules_round_trip_and_answer_open_at() {
        let hours = normalize(&[span(&["fri"], "22:00", "02:00"), span(&WEEKDAYS, "09:00", "17:00")]).unwrap();
        let encoded = encode(&hours);
        assert_eq!(decode(&encoded), hours);
        assert!(schedule_open_at(&encoded, 4, 23 * 60));
        assert!(schedule_open_at(&encoded, 5, 30));
        assert!(!schedule_open_at(&encoded, 5, 3 * 60));
        assert!(schedule_open_at(&encoded, 1, 9 * 60));
        assert!(!schedule_open_at(&encoded, 1, 17 * 60));
    }

    #[test]
    fn bad_spans_are_refused() {
        assert!(normalize(&[span(&["mon"], "9:00", "17:00")]).is_err());
        assert!(normalize(&[span(&["mon"], "09:00", "09:00")]).is_err());
        assert!(normalize(&[span(&["monday"], "09:00", "17:00")]).is_err());
        assert!(normalize(&[span(&[], "09:00", "17:00")]).is_err());
        assert!(normalize(&[span(&["mon"], "25:00", "17:00")]).is_err());
    }
}
