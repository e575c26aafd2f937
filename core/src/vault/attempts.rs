//! The failed-attempt counter: a record beside the header, authenticated with a key the
//! platform keystore holds, and a generation number the keystore also keeps.
//!
//! An attempt is counted *before* the KDF runs and forgiven only when it succeeds, so killing
//! the app in the middle of a guess does not make the guess free. The delay grows after a few
//! typos and is capped at an hour: help (the content store) never sits behind the PIN, but the
//! journal should not be locked away for days by a stranger.
//!
//! What the person holding the phone can do to the record, and what happens:
//! - set the clock forward or back: elapsed time is the lesser of the wall clock's and the
//!   boot clock's ([`super::clock`]), so waiting is the only way through;
//! - delete, zero, damage or restore an old copy of the file: it no longer carries the
//!   keystore's generation or a valid tag, so it reads as *damaged*: the failures the keystore
//!   knows stand (at least one past the free attempts) and the wait starts again now;
//! - run attempts in parallel: one writer at a time (`attempts.lock`), each attempt counted
//!   before any is tried.
//!
//! The person's wipe-after choice lives in the keystore too, so damage never switches it off.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::Duration;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use super::clock::Now;
use super::keystore::{KeyStore, KeyStoreError};
use crate::fsutil;
use crate::secret::SecretKey;

/// Attempts allowed before any delay.
pub const FREE_ATTEMPTS: u32 = 4;
const FIRST_DELAY: Duration = Duration::from_secs(30);
const MAX_DELAY: Duration = Duration::from_secs(60 * 60);
const RECORD_LEN: usize = 48;
const TAG_LEN: usize = 32;
const KEYSTORE_NAME: &str = "harbour.attempts";
const KEYSTORE_LEN: usize = 32 + 8 + 4 + 4;

/// The delay in force after `failures` consecutive failures.
pub fn delay_after(failures: u32) -> Duration {
    if failures <= FREE_ATTEMPTS {
        return Duration::ZERO;
    }
    let doublings = (failures - FREE_ATTEMPTS - 1).min(16);
    FIRST_DELAY.saturating_mul(1 << doublings).min(MAX_DELAY)
}

/// Where the count stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AttemptRecord {
    pub failures: u32,
    /// Wipe every vault after this many failures in a row (0: never).
    pub wipe_after: u32,
    /// When the last failure happened, by both clocks.
    pub last_wall: i64,
    pub last_boot_id: [u8; 16],
    pub last_since_boot: Duration,
    /// The record on disk did not check out and was read as the keystore's count.
    pub damaged: bool,
}

impl AttemptRecord {
    /// How long the caller must still wait at `now` before another attempt is allowed.
    pub fn wait_at(&self, now: &Now) -> Duration {
        let delay = delay_after(self.failures);
        if delay.is_zero() {
            return Duration::ZERO;
        }
        delay.saturating_sub(now.elapsed_since(self.last_wall, &self.last_boot_id, self.last_since_boot))
    }

    fn failed_at(self, now: &Now) -> AttemptRecord {
        AttemptRecord { last_wall: now.wall_secs(), last_boot_id: now.boot_id, last_since_boot: now.since_boot, ..self }
    }
}

/// What the keystore keeps: the record's key, its generation, and the count and choice, so a
/// damaged record falls back to them.
struct KeystoreState {
    key: SecretKey,
    generation: u64,
    failures: u32,
    wipe_after: u32,
}

impl KeystoreState {
    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::with_capacity(KEYSTORE_LEN));
        out.extend_from_slice(self.key.expose());
        out.extend_from_slice(&self.generation.to_le_bytes());
        out.extend_from_slice(&self.failures.to_le_bytes());
        out.extend_from_slice(&self.wipe_after.to_le_bytes());
        out
    }

    fn decode(bytes: &[u8]) -> Option<KeystoreState> {
        (bytes.len() == KEYSTORE_LEN).then(|| KeystoreState {
            key: SecretKey::from_slice(&bytes[..32]).expect("32 bytes"),
            generation: u64::from_le_bytes(bytes[32..40].try_into().expect("8")),
            failures: u32::from_le_bytes(bytes[40..44].try_into().expect("4")),
            wipe_after: u32::from_le_bytes(bytes[44..48].try_into().expect("4")),
        })
    }
}

/// Why the counter could not be used.
#[derive(Debug, thiserror::Error)]
pub enum AttemptsError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Keystore(#[from] KeyStoreError),
    /// The keystore has no counter state for a vault that exists: it lost its entries.
    #[error("the keystore has lost the attempt counter's key")]
    NoState,
}

pub(crate) struct Attempts {
    path: PathBuf,
    lock_path: PathBuf,
}

/// Held while the record is read and rewritten: one process, one thread at a time.
pub(crate) struct Locked<'a> {
    attempts: &'a Attempts,
    _file: File,
}

impl Attempts {
    pub fn new(dir: &Path) -> Self {
        Attempts { path: dir.join("attempts"), lock_path: dir.join("attempts.lock") }
    }

    #[cfg(test)]
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn lock_path(&self) -> &Path {
        &self.lock_path
    }

    /// Waits for any other writer, then returns the record's guard.
    pub fn lock(&self) -> std::io::Result<Locked<'_>> {
        let file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&self.lock_path)?;
        file.lock()?;
        Ok(Locked { attempts: self, _file: file })
    }

    /// Creates the keystore state and the record for a new vault.
    pub fn create(&self, keystore: &dyn KeyStore) -> Result<(), AttemptsError> {
        let guard = self.lock()?;
        let state = KeystoreState { key: SecretKey::random(), generation: 0, failures: 0, wipe_after: 0 };
        guard.write(keystore, &state, AttemptRecord::default())
    }

    /// Removes the record and its keystore state (a reset or a hand-over).
    pub fn remove(&self, keystore: &dyn KeyStore) -> Result<(), AttemptsError> {
        let _guard = self.lock()?;
        keystore.delete(KEYSTORE_NAME)?;
        fsutil::remove_if_exists(&self.path)?;
        Ok(())
    }

    /// The record as it stands (under the lock).
    pub fn read(&self, keystore: &dyn KeyStore) -> Result<AttemptRecord, AttemptsError> {
        let guard = self.lock()?;
        Ok(guard.read(keystore, &Now::current())?.1)
    }

    /// A key derived from the counter's keystore key for another purpose (the wipe marker),
    /// `None` if there is no counter yet.
    pub fn derived_key(&self, keystore: &dyn KeyStore, label: &[u8]) -> Result<Option<SecretKey>, AttemptsError> {
        let Some(state) = keystore.load(KEYSTORE_NAME)?.and_then(|b| KeystoreState::decode(&b)) else {
            return Ok(None);
        };
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(state.key.expose()).expect("any key length");
        mac.update(label);
        let bytes = Zeroizing::new(mac.finalize().into_bytes());
        Ok(SecretKey::from_slice(&bytes))
    }
}

impl Locked<'_> {
    fn path(&self) -> &Path {
        &self.attempts.path
    }

    /// The keystore state and the record. A record that is missing, damaged, from another
    /// generation or with a bad tag reads as the keystore's count, damaged, with its wait
    /// starting at `now`.
    fn read(
        &self,
        keystore: &dyn KeyStore,
        now: &Now,
    ) -> Result<(Option<KeystoreState>, AttemptRecord), AttemptsError> {
        let state = keystore.load(KEYSTORE_NAME)?.and_then(|b| KeystoreState::decode(&b));
        let bytes = fsutil::read_optional(self.path())?;
        let Some(state) = state else {
            // No keystore state: no vault, or a keystore that lost it. Either way nothing can
            // open, and nothing is made of the file.
            return Ok((None, AttemptRecord::default()));
        };
        match bytes.as_deref().and_then(|b| parse(b, &state)) {
            Some((record, generation)) if generation == state.generation => {
                let wipe_after = state.wipe_after;
                return Ok((Some(state), AttemptRecord { wipe_after, ..record }));
            }
            // One generation behind, and genuine: the process stopped (a power cut) between the
            // keystore's write and the file's. The keystore's count stands and any wait starts
            // now; a person whose phone died mid-unlock is not locked out for it, and restoring
            // an older copy gains nothing.
            Some((_, generation)) if generation + 1 == state.generation => {
                let record =
                    AttemptRecord { failures: state.failures, wipe_after: state.wipe_after, ..Default::default() }
                        .failed_at(now);
                return Ok((Some(state), record));
            }
            _ => {}
        }
        let failures = state.failures.max(FREE_ATTEMPTS + 1);
        let record = AttemptRecord { failures, wipe_after: state.wipe_after, damaged: true, ..Default::default() }
            .failed_at(now);
        Ok((Some(state), record))
    }

    /// Writes the keystore state first (its generation moves on), then the record: a crash
    /// between the two leaves a record of the old generation, read as damaged with the
    /// keystore's (newer) count — never fewer failures than happened.
    fn write(
        &self,
        keystore: &dyn KeyStore,
        state: &KeystoreState,
        record: AttemptRecord,
    ) -> Result<(), AttemptsError> {
        let next = KeystoreState {
            key: SecretKey::from_slice(state.key.expose()).expect("32 bytes"),
            generation: state.generation + 1,
            failures: record.failures,
            wipe_after: record.wipe_after,
        };
        keystore.store(KEYSTORE_NAME, &next.encode())?;
        // In place when it can be: a full disk must not stop the count (a torn record reads
        // as damaged, and the keystore's count then stands).
        fsutil::write_small_in_place(self.path(), &encode(&record, &next))?;
        Ok(())
    }
}

fn encode(record: &AttemptRecord, state: &KeystoreState) -> Vec<u8> {
    let mut out = Vec::with_capacity(RECORD_LEN + TAG_LEN);
    out.extend_from_slice(&state.generation.to_le_bytes());
    out.extend_from_slice(&record.failures.to_le_bytes());
    out.extend_from_slice(&record.wipe_after.to_le_bytes());
    out.extend_from_slice(&record.last_wall.to_le_bytes());
    out.extend_from_slice(&record.last_boot_id);
    out.extend_from_slice(&(record.last_since_boot.as_millis() as u64).to_le_bytes());
    let tag = tag(&out, &state.key);
    out.extend_from_slice(&tag);
    out
}

/// The record and its generation, if its tag is genuine.
fn parse(bytes: &[u8], state: &KeystoreState) -> Option<(AttemptRecord, u64)> {
    if bytes.len() != RECORD_LEN + TAG_LEN {
        return None;
    }
    let (body, given) = bytes.split_at(RECORD_LEN);
    let expected = tag(body, &state.key);
    // Constant time is not needed against someone who can read the key's own file, but costs
    // nothing.
    if expected.iter().zip(given).fold(0u8, |acc, (a, b)| acc | (a ^ b)) != 0 {
        return None;
    }
    let generation = u64::from_le_bytes(body[0..8].try_into().ok()?);
    let record = AttemptRecord {
        failures: u32::from_le_bytes(body[8..12].try_into().ok()?),
        wipe_after: u32::from_le_bytes(body[12..16].try_into().ok()?),
        last_wall: i64::from_le_bytes(body[16..24].try_into().ok()?),
        last_boot_id: body[24..40].try_into().ok()?,
        last_since_boot: Duration::from_millis(u64::from_le_bytes(body[40..48].try_into().ok()?)),
        damaged: false,
    };
    Some((record, generation))
}

fn tag(body: &[u8], key: &SecretKey) -> [u8; TAG_LEN] {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key.expose()).expect("any key length");
    mac.update(b"harbour attempts v2\0");
    mac.update(body);
    mac.finalize().into_bytes().into()
}

/// The counter's operations, each under the lock (the vault holds the lock itself; these are
/// for the tests).
#[cfg(test)]
impl Attempts {
    pub fn begin(&self, keystore: &dyn KeyStore, now: &Now) -> Result<Result<AttemptRecord, Duration>, AttemptsError> {
        self.lock()?.begin(keystore, now)
    }

    pub fn succeeded(&self, keystore: &dyn KeyStore) -> Result<(), AttemptsError> {
        self.lock()?.succeeded(keystore)
    }
}

impl Attempts {
    pub fn set_wipe_after(&self, keystore: &dyn KeyStore, failures: u32) -> Result<(), AttemptsError> {
        let guard = self.lock()?;
        let (state, record) = guard.read(keystore, &Now::current())?;
        let Some(state) = state else { return Ok(()) };
        guard.write(keystore, &state, AttemptRecord { wipe_after: failures, ..record })
    }
}

/// The same, for a caller that holds the lock through a whole attempt (the vault holds it
/// from counting to the result, so attempts in parallel processes are tried one at a time and
/// a right PIN is never refused because others were in flight).
impl Locked<'_> {
    /// Starts an attempt at `now`: refuses with the remaining wait if a delay is in force,
    /// otherwise records the attempt as a failure until [`Locked::succeeded`] says not.
    /// Returns the record as it now stands.
    pub fn begin(&self, keystore: &dyn KeyStore, now: &Now) -> Result<Result<AttemptRecord, Duration>, AttemptsError> {
        let (state, record) = self.read(keystore, now)?;
        let Some(state) = state else {
            return Err(AttemptsError::NoState);
        };
        if record.damaged {
            // The damage itself is written down: its wait is not restarted by reading again.
            self.write(keystore, &state, record)?;
            return Ok(Err(record.wait_at(now).max(Duration::from_secs(1))));
        }
        let wait = record.wait_at(now);
        if !wait.is_zero() {
            return Ok(Err(wait));
        }
        let counted = AttemptRecord { failures: record.failures.saturating_add(1), ..record }.failed_at(now);
        self.write(keystore, &state, counted)?;
        Ok(Ok(counted))
    }

    /// Forgives the counted attempt; the wipe choice stays.
    pub fn succeeded(&self, keystore: &dyn KeyStore) -> Result<(), AttemptsError> {
        let (state, record) = self.read(keystore, &Now::current())?;
        let Some(state) = state else { return Ok(()) };
        self.write(keystore, &state, AttemptRecord { wipe_after: record.wipe_after, ..AttemptRecord::default() })
    }

    /// Writes the record again as it stands: a failed unlock does the same disk work as a
    /// successful one.
    pub fn touch(&self, keystore: &dyn KeyStore) -> Result<(), AttemptsError> {
        let (state, record) = self.read(keystore, &Now::current())?;
        let Some(state) = state else { return Ok(()) };
        if record.damaged {
            return Ok(());
        }
        self.write(keystore, &state, record)
    }
}

#[cfg(test)]
mod tests {
    use std::time::UNIX_EPOCH;

    use super::*;
    use crate::vault::MemoryKeyStore;

    fn at(secs: u64) -> Now {
        Now {
            wall: UNIX_EPOCH + Duration::from_secs(1_000_000 + secs),
            boot_id: [7; 16],
            since_boot: Duration::from_secs(5_000 + secs),
        }
    }

    fn fresh() -> (tempfile::TempDir, Attempts, MemoryKeyStore) {
        let dir = tempfile::tempdir().unwrap();
        let attempts = Attempts::new(dir.path());
        let keystore = MemoryKeyStore::default();
        attempts.create(&keystore).unwrap();
        (dir, attempts, keystore)
    }

    fn failures(a: &Attempts, k: &MemoryKeyStore, now: &Now) -> u32 {
        let guard = a.lock().unwrap();
        guard.read(k, now).unwrap().1.failures
    }

    #[test]
    fn delays_grow_and_cap() {
        let delays: Vec<u64> = (0..=14).map(|n| delay_after(n).as_secs()).collect();
        assert_eq!(delays, [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
        assert_eq!(delay_after(u32::MAX), MAX_DELAY);
    }

    #[test]
    fn begin_counts_and_refuses_during_delay() {
        let (_d, attempts, k) = fresh();
        for n in 1..=5 {
            assert_eq!(attempts.begin(&k, &at(0)).unwrap().unwrap().failures, n);
        }
        assert_eq!(attempts.begin(&k, &at(10)).unwrap(), Err(Duration::from_secs(20)));
        assert_eq!(failures(&attempts, &k, &at(10)), 5, "a refused attempt is not counted");
        assert_eq!(attempts.begin(&k, &at(30)).unwrap().unwrap().failures, 6);
        attempts.succeeded(&k).unwrap();
        assert_eq!(failures(&attempts, &k, &at(30)), 0);
    }

    // A 32-bit phone (armv7, `make cross-test`) after 19 January 2038, when a 32-bit time_t
    // would have wrapped: the wait is still counted from the record's own time.
    #[test]
    fn waits_are_right_after_2038() {
        let (_d, attempts, k) = fresh();
        let after_2038 = |secs: u64| Now {
            wall: UNIX_EPOCH + Duration::from_secs(2_300_000_000 + secs),
            boot_id: [7; 16],
            since_boot: Duration::from_secs(5_000 + secs),
        };
        assert!(unix_secs_after_2038(after_2038(0).wall));
        for n in 1..=5 {
            assert_eq!(attempts.begin(&k, &after_2038(0)).unwrap().unwrap().failures, n);
        }
        assert_eq!(attempts.begin(&k, &after_2038(10)).unwrap(), Err(Duration::from_secs(20)));
        assert_eq!(attempts.begin(&k, &after_2038(30)).unwrap().unwrap().failures, 6);
    }

    fn unix_secs_after_2038(t: std::time::SystemTime) -> bool {
        crate::vault::clock::unix_secs(t) > i64::from(i32::MAX)
    }

    #[test]
    fn setting_the_clock_either_way_does_not_shorten_the_wait() {
        let (_d, attempts, k) = fresh();
        for _ in 0..6 {
            let _ = attempts.begin(&k, &at(0)).unwrap();
        }
        // Five counted, the sixth refused: a 30 s wait. The wall clock jumps a day forward, ten
        // seconds later by the boot clock.
        let mut forward = at(10);
        forward.wall += Duration::from_secs(86_400);
        assert_eq!(attempts.begin(&k, &forward).unwrap(), Err(Duration::from_secs(20)));
        // The wall clock set back a day: nothing has elapsed by the lesser clock.
        let mut back = at(20);
        back.wall -= Duration::from_secs(86_400);
        assert_eq!(attempts.begin(&k, &back).unwrap(), Err(Duration::from_secs(30)));
    }

    #[test]
    fn deleting_zeroing_damaging_or_restoring_the_record_is_never_a_reset() {
        let (_d, attempts, k) = fresh();
        for _ in 0..7 {
            let _ = attempts.begin(&k, &at(0));
        }
        attempts.set_wipe_after(&k, 3).unwrap();
        let known = failures(&attempts, &k, &at(0));
        assert_eq!(known, FREE_ATTEMPTS + 1, "two of the seven were refused, not counted");
        let old = std::fs::read(attempts.path()).unwrap();
        for (what, bytes) in [
            ("deleted", None),
            ("zeroed", Some(vec![0u8; RECORD_LEN + TAG_LEN])),
            ("garbage", Some(b"1651663207 wrong tries".to_vec())),
        ] {
            match &bytes {
                None => std::fs::remove_file(attempts.path()).unwrap(),
                Some(b) => std::fs::write(attempts.path(), b).unwrap(),
            }
            let guard = attempts.lock().unwrap();
            let (_, record) = guard.read(&k, &at(100)).unwrap();
            drop(guard);
            assert!(record.damaged, "{what}");
            assert_eq!(record.failures, known, "{what}: the keystore's count stands");
            assert_eq!(record.wipe_after, 3, "{what}: the wipe choice stays");
            assert!(attempts.begin(&k, &at(100)).unwrap().is_err(), "{what}: a wait is in force");
        }
        // An old copy (rolled back) is another generation: damaged too.
        attempts.succeeded(&k).unwrap();
        std::fs::write(attempts.path(), &old).unwrap();
        let guard = attempts.lock().unwrap();
        assert!(guard.read(&k, &at(200)).unwrap().1.damaged);
    }

    #[test]
    fn a_power_cut_between_keystore_and_file_costs_no_lockout() {
        let (_d, attempts, k) = fresh();
        let _ = attempts.begin(&k, &at(0)).unwrap();
        let before = std::fs::read(attempts.path()).unwrap();
        // The next attempt's keystore write lands; its file write does not.
        let _ = attempts.begin(&k, &at(1)).unwrap();
        std::fs::write(attempts.path(), &before).unwrap();
        let guard = attempts.lock().unwrap();
        let (_, record) = guard.read(&k, &at(2)).unwrap();
        drop(guard);
        assert!(!record.damaged);
        assert_eq!(record.failures, 2, "the keystore's count stands");
        assert_eq!(attempts.begin(&k, &at(2)).unwrap().unwrap().failures, 3, "and no wait was imposed");
        // With the free attempts used up, the wait starts again at the read: rolling the file
        // back one step gains nothing.
        for _ in 0..3 {
            let _ = attempts.begin(&k, &at(3));
        }
        let before = std::fs::read(attempts.path()).unwrap();
        let _ = attempts.begin(&k, &at(40)).unwrap();
        std::fs::write(attempts.path(), &before).unwrap();
        assert_eq!(attempts.begin(&k, &at(41)).unwrap(), Err(Duration::from_secs(60)));
    }

    #[test]
    fn parallel_attempts_are_each_counted_before_any_is_tried() {
        let (_d, attempts, k) = fresh();
        let attempts = std::sync::Arc::new(attempts);
        let k = std::sync::Arc::new(k);
        let allowed: usize = std::thread::scope(|s| {
            let handles: Vec<_> = (0..40)
                .map(|_| {
                    let (a, k) = (attempts.clone(), k.clone());
                    s.spawn(move || a.begin(k.as_ref(), &at(0)).unwrap().is_ok())
                })
                .collect();
            handles.into_iter().map(|h| usize::from(h.join().unwrap())).sum()
        });
        assert_eq!(allowed, FREE_ATTEMPTS as usize + 1, "the fifth is tried, then the wait starts");
        assert_eq!(failures(&attempts, &k, &at(0)), FREE_ATTEMPTS + 1);
    }
}
