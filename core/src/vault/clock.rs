//! Time for the attempt counter, taken two ways so that setting the clock cannot shorten a
//! wait: the wall clock, and the time since the device booted (which no one can set). Elapsed
//! time is the lesser of the two; across a reboot only the time since that boot counts.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

/// A moment, as the counter sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    pub wall: SystemTime,
    /// Names this boot of the device.
    pub boot_id: [u8; 16],
    /// Time since this boot, sleep included.
    pub since_boot: Duration,
}

impl Now {
    pub fn current() -> Now {
        let since_boot = since_boot();
        Now { wall: SystemTime::now(), boot_id: boot_id(since_boot), since_boot }
    }

    /// The wall clock as seconds since 1970 (negative before it).
    pub fn wall_secs(&self) -> i64 {
        unix_secs(self.wall)
    }

    /// Time from `(wall_secs, boot_id, since_boot)` recorded earlier to this moment: the lesser
    /// of the wall clock's and the boot clock's reckoning; zero if either went backwards.
    pub fn elapsed_since(&self, wall_secs: i64, boot_id: &[u8; 16], since_boot: Duration) -> Duration {
        let wall = Duration::from_secs(self.wall_secs().saturating_sub(wall_secs).max(0) as u64);
        let boot = if *boot_id == self.boot_id {
            self.since_boot.saturating_sub(since_boot)
        } else {
            // Another boot: only the time since this one can be vouched for.
            self.since_boot
        };
        wall.min(boot)
    }
}

pub fn unix_secs(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    }
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn since_boot() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid out-pointer for the call's duration.
    if unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut ts) } == 0 {
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    } else {
        Duration::ZERO
    }
}

#[cfg(all(unix, not(any(target_os = "linux", target_os = "android"))))]
fn since_boot() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // On Apple platforms CLOCK_MONOTONIC keeps counting while the device sleeps.
    // SAFETY: `ts` is a valid out-pointer for the call's duration.
    if unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) } == 0 {
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    } else {
        Duration::ZERO
    }
}

#[cfg(not(unix))]
fn since_boot() -> Duration {
    Duration::ZERO
}

/// The kernel's boot id where there is one; elsewhere the boot's wall-clock hour, which
/// changes if the clock is set — erring towards "another boot", the cautious reading.
fn boot_id(since_boot: Duration) -> [u8; 16] {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    if let Ok(text) = std::fs::read_to_string("/proc/sys/kernel/random/boot_id") {
        let hex: String = text.trim().chars().filter(|c| *c != '-').collect();
        if let Ok(bytes) = hex::decode(hex)
            && let Ok(id) = <[u8; 16]>::try_from(bytes.as_slice())
        {
            return id;
        }
    }
    let booted_hour = (unix_secs(SystemTime::now()) - since_boot.as_secs() as i64).div_euclid(3600);
    Sha256::digest(booted_hour.to_le_bytes())[..16].try_into().expect("16 bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(wall: i64, boot: [u8; 16], up: u64) -> Now {
        Now { wall: UNIX_EPOCH + Duration::from_secs(wall as u64), boot_id: boot, since_boot: Duration::from_secs(up) }
    }

    #[test]
    fn the_lesser_clock_counts_and_a_reboot_counts_only_its_uptime() {
        let (a, b) = ([1; 16], [2; 16]);
        // 60 s on both clocks.
        assert_eq!(at(1060, a, 160).elapsed_since(1000, &a, Duration::from_secs(100)), Duration::from_secs(60));
        // The wall clock set an hour forward: the boot clock says 60 s.
        assert_eq!(at(4660, a, 160).elapsed_since(1000, &a, Duration::from_secs(100)), Duration::from_secs(60));
        // The wall clock set back: nothing has elapsed.
        assert_eq!(at(900, a, 160).elapsed_since(1000, &a, Duration::from_secs(100)), Duration::ZERO);
        // Rebooted 20 s ago, wall clock an hour on: 20 s.
        assert_eq!(at(4660, b, 20).elapsed_since(1000, &a, Duration::from_secs(100)), Duration::from_secs(20));
    }

    #[test]
    fn this_machine_has_a_boot_clock() {
        let now = Now::current();
        assert!(now.since_boot > Duration::ZERO);
        assert_eq!(now.boot_id, Now::current().boot_id, "the same boot reads the same id");
    }
}
