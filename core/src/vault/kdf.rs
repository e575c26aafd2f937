//! PIN → key-encryption key, with Argon2id.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Block, Params, Version};
use zeroize::Zeroize;

use crate::secret::{KEY_LEN, SecretKey};

/// Salt length stored in the vault header.
pub const SALT_LEN: usize = 16;

/// Argon2id cost. Bounded below so a weak setting can never be stored, and above so a
/// tampered header cannot make a cheap phone allocate or spin without end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes over memory.
    pub t: u32,
    /// Lanes. One: phones give us one core for this.
    pub p: u32,
}

impl KdfParams {
    /// OWASP's minimum for Argon2id: 19 MiB, two passes.
    pub const FLOOR: KdfParams = KdfParams { m_kib: 19 * 1024, t: 2, p: 1 };
    /// 64 MiB: what a 1 GB phone can spare without the OS killing the app.
    pub const MAX_M_KIB: u32 = 64 * 1024;
    /// Keeps the worst case bounded on the slowest phone.
    pub const MAX_T: u32 = 16;

    /// Whether these parameters are inside the floor and the ceiling.
    pub fn is_within_bounds(&self) -> bool {
        self.m_kib >= Self::FLOOR.m_kib
            && self.m_kib <= Self::MAX_M_KIB
            && self.t >= Self::FLOOR.t
            && self.t <= Self::MAX_T
            && self.p == 1
    }

    fn argon2_params(&self) -> Params {
        Params::new(self.m_kib, self.t, self.p, Some(KEY_LEN)).expect("bounds checked by callers")
    }
}

/// Derives the key-encryption key. A platform secret, when given, is Argon2's secret
/// input (RFC 9106 §3.1 "K"), so the files alone are useless without the device keystore.
pub fn derive_kek(
    pin: &[u8],
    salt: &[u8; SALT_LEN],
    params: KdfParams,
    platform_secret: Option<&SecretKey>,
) -> SecretKey {
    assert!(params.is_within_bounds(), "KDF parameters are validated before use");
    let argon = match platform_secret {
        Some(secret) => {
            Argon2::new_with_secret(secret.expose(), Algorithm::Argon2id, Version::V0x13, params.argon2_params())
                .expect("a 32-byte secret is within Argon2's limit")
        }
        None => Argon2::new(Algorithm::Argon2id, Version::V0x13, params.argon2_params()),
    };
    // Our own memory, so it can be wiped: the blocks are PIN-derived and would make
    // guessing cheaper for anyone reading freed memory.
    let mut blocks = vec![Block::default(); params.argon2_params().block_count()];
    let mut kek = SecretKey::zeroed();
    argon
        .hash_password_into_with_memory(pin, salt, kek.expose_mut(), &mut blocks[..])
        .expect("inputs are within Argon2's limits (PIN ≤ 128 chars, 16-byte salt)");
    blocks.iter_mut().for_each(Zeroize::zeroize);
    kek
}

/// Picks parameters that take about `target` on this device: memory first (up to the
/// ceiling), then passes. Never below the floor, whatever the device.
pub fn calibrate(target: Duration) -> KdfParams {
    let floor = KdfParams::FLOOR;
    let floor_time = time_derivation(floor);
    let factor = target.as_secs_f64() / floor_time.as_secs_f64();
    if factor <= 1.0 {
        return floor;
    }
    // Cost grows about linearly in memory × passes.
    let work = factor * f64::from(floor.m_kib) * f64::from(floor.t);
    let m_kib = (work / f64::from(floor.t)).min(f64::from(KdfParams::MAX_M_KIB)) as u32;
    let m_kib = m_kib.max(floor.m_kib) / 1024 * 1024;
    let t = ((work / f64::from(m_kib)).round() as u32).clamp(floor.t, KdfParams::MAX_T);
    let guess = KdfParams { m_kib, t, p: 1 };
    if guess.t == floor.t {
        return guess;
    }
    // Small runs overstate per-pass cost (allocation, page faults); one measurement of the
    // guess corrects the number of passes.
    let guess_time = time_derivation(guess);
    let t = (f64::from(t) * target.as_secs_f64() / guess_time.as_secs_f64()).round() as u32;
    KdfParams { t: t.clamp(floor.t, KdfParams::MAX_T), ..guess }
}

fn time_derivation(params: KdfParams) -> Duration {
    let started = Instant::now();
    let _ = derive_kek(b"calibration", &[0u8; SALT_LEN], params, None);
    started.elapsed().max(Duration::from_micros(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SALT: [u8; SALT_LEN] = [7; SALT_LEN];

    #[test]
    fn same_inputs_same_key_and_every_input_matters() {
        let p = KdfParams::FLOOR;
        let secret = SecretKey::from_slice(&[1; KEY_LEN]).unwrap();
        let base = derive_kek(b"1234", &SALT, p, None);
        assert_eq!(base, derive_kek(b"1234", &SALT, p, None));
        assert_ne!(base, derive_kek(b"1235", &SALT, p, None));
        assert_ne!(base, derive_kek(b"1234", &[8; SALT_LEN], p, None));
        assert_ne!(base, derive_kek(b"1234", &SALT, KdfParams { t: 3, ..p }, None));
        assert_ne!(base, derive_kek(b"1234", &SALT, p, Some(&secret)));
    }

    #[test]
    fn bounds_are_enforced() {
        assert!(KdfParams::FLOOR.is_within_bounds());
        assert!(!KdfParams { m_kib: 19 * 1024 - 1, ..KdfParams::FLOOR }.is_within_bounds());
        assert!(!KdfParams { t: 1, ..KdfParams::FLOOR }.is_within_bounds());
        assert!(!KdfParams { m_kib: 64 * 1024 + 1, ..KdfParams::FLOOR }.is_within_bounds());
        assert!(!KdfParams { p: 4, ..KdfParams::FLOOR }.is_within_bounds());
    }

    #[test]
    fn calibration_stays_within_bounds_and_grows_with_the_target() {
        let quick = calibrate(Duration::from_millis(1));
        assert_eq!(quick, KdfParams::FLOOR);
        let slow = calibrate(Duration::from_secs(5));
        assert!(slow.is_within_bounds());
        assert!(u64::from(slow.m_kib) * u64::from(slow.t) > u64::from(quick.m_kib) * u64::from(quick.t));
    }
}
