//! The failed-attempt counter, persisted beside the header.
//!
//! An attempt is counted *before* the KDF runs and forgiven only when it succeeds, so
//! killing the app in the middle of a guess does not make the guess free. The delay grows
//! after a few typos; it is capped at an hour because help (the content store) never sits
//! behind the PIN, but the journal should not be locked away for days by a stranger.
//!
//! Wall-clock time is used because it survives restarts. Setting the clock back does not
//! shorten a delay: a failure "in the future" is moved to now.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::fsutil;

/// Attempts allowed before any delay.
pub const FREE_ATTEMPTS: u32 = 4;
const FIRST_DELAY: Duration = Duration::from_secs(30);
const MAX_DELAY: Duration = Duration::from_secs(60 * 60);
const RECORD_LEN: usize = 16;

/// The delay in force after `failures` consecutive failures.
pub fn delay_after(failures: u32) -> Duration {
    if failures <= FREE_ATTEMPTS {
        return Duration::ZERO;
    }
    let doublings = (failures - FREE_ATTEMPTS - 1).min(16);
    FIRST_DELAY.saturating_mul(1 << doublings).min(MAX_DELAY)
}

/// The persisted state: consecutive failures, when the last one happened, and the
/// person's choice to wipe after that many (0: never).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AttemptRecord {
    pub failures: u32,
    pub wipe_after: u32,
    /// Seconds since the Unix epoch.
    pub last_failure: i64,
}

impl AttemptRecord {
    /// How long the caller must still wait at `now` before another attempt is allowed.
    pub fn wait_at(&self, now: SystemTime) -> Duration {
        let delay = delay_after(self.failures);
        let elapsed = unix_secs(now).saturating_sub(self.last_failure).max(0) as u64;
        delay.saturating_sub(Duration::from_secs(elapsed))
    }
}

pub(crate) struct Attempts {
    path: PathBuf,
}

impl Attempts {
    pub fn new(dir: &Path) -> Self {
        Attempts { path: dir.join("attempts") }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A missing file means no failures. An unreadable one is treated as one failure past
    /// the free attempts, so that damaging it cannot be used to reset the count to zero.
    pub fn read(&self) -> std::io::Result<AttemptRecord> {
        let Some(bytes) = fsutil::read_optional(&self.path)? else {
            return Ok(AttemptRecord::default());
        };
        let parsed = <[u8; RECORD_LEN]>::try_from(bytes.as_slice()).ok().map(|b| AttemptRecord {
            failures: u32::from_le_bytes(b[0..4].try_into().expect("4")),
            wipe_after: u32::from_le_bytes(b[4..8].try_into().expect("4")),
            last_failure: i64::from_le_bytes(b[8..16].try_into().expect("8")),
        });
        Ok(parsed.unwrap_or(AttemptRecord { failures: FREE_ATTEMPTS + 1, wipe_after: 0, last_failure: 0 }))
    }

    pub fn write(&self, record: AttemptRecord) -> std::io::Result<()> {
        let mut bytes = [0u8; RECORD_LEN];
        bytes[0..4].copy_from_slice(&record.failures.to_le_bytes());
        bytes[4..8].copy_from_slice(&record.wipe_after.to_le_bytes());
        bytes[8..16].copy_from_slice(&record.last_failure.to_le_bytes());
        fsutil::write_atomic(&self.path, &bytes)
    }

    /// Starts an attempt at `now`: refuses with the remaining wait if a delay is in force,
    /// otherwise records the attempt as a failure until [`Attempts::succeeded`] says not.
    /// Returns the record as it now stands.
    pub fn begin(&self, now: SystemTime) -> std::io::Result<Result<AttemptRecord, Duration>> {
        let mut record = self.read()?;
        let now_secs = unix_secs(now);
        if record.last_failure > now_secs {
            record.last_failure = now_secs;
            self.write(record)?;
        }
        let wait = record.wait_at(now);
        if !wait.is_zero() {
            return Ok(Err(wait));
        }
        let counted = AttemptRecord { failures: record.failures.saturating_add(1), last_failure: now_secs, ..record };
        self.write(counted)?;
        Ok(Ok(counted))
    }

    /// Forgives the counted attempt; the wipe setting stays.
    pub fn succeeded(&self) -> std::io::Result<()> {
        let record = self.read()?;
        if record.failures == 0 {
            return Ok(());
        }
        self.write(AttemptRecord { failures: 0, last_failure: 0, ..record })
    }

    pub fn set_wipe_after(&self, failures: u32) -> std::io::Result<()> {
        let record = self.read()?;
        self.write(AttemptRecord { wipe_after: failures, ..record })
    }
}

fn unix_secs(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_and_cap() {
        let delays: Vec<u64> = (0..=14).map(|n| delay_after(n).as_secs()).collect();
        assert_eq!(delays, [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
        assert_eq!(delay_after(u32::MAX), MAX_DELAY);
    }

    #[test]
    fn begin_counts_and_refuses_during_delay() {
        let dir = tempfile::tempdir().unwrap();
        let attempts = Attempts::new(dir.path());
        let t0 = UNIX_EPOCH + Duration::from_secs(1_000_000);
        for n in 1..=5 {
            assert_eq!(attempts.begin(t0).unwrap().unwrap().failures, n);
        }
        // Five failures: 30 s delay from the last one.
        assert_eq!(attempts.begin(t0 + Duration::from_secs(10)).unwrap(), Err(Duration::from_secs(20)));
        assert_eq!(attempts.read().unwrap().failures, 5, "a refused attempt is not counted");
        assert_eq!(attempts.begin(t0 + Duration::from_secs(30)).unwrap().unwrap().failures, 6);
        attempts.succeeded().unwrap();
        assert_eq!(attempts.read().unwrap(), AttemptRecord::default());
    }

    #[test]
    fn turning_the_clock_back_does_not_shorten_the_wait() {
        let dir = tempfile::tempdir().unwrap();
        let attempts = Attempts::new(dir.path());
        let t0 = UNIX_EPOCH + Duration::from_secs(5_000_000);
        attempts.write(AttemptRecord { failures: 6, wipe_after: 0, last_failure: 5_000_000 }).unwrap();
        let earlier = t0 - Duration::from_secs(86_400);
        assert_eq!(attempts.begin(earlier).unwrap(), Err(Duration::from_secs(60)));
    }

    #[test]
    fn a_damaged_counter_is_not_a_reset() {
        let dir = tempfile::tempdir().unwrap();
        let attempts = Attempts::new(dir.path());
        std::fs::write(attempts.path(), b"garbage").unwrap();
        assert_eq!(attempts.read().unwrap().failures, FREE_ATTEMPTS + 1);
    }
}
