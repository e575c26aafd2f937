//! After quick exit, the process's memory holds neither the vault's database key nor the PIN
//! (SPEC §2, §6). The test reads its own memory through `/proc/self/mem`, every readable
//! mapping, and looks for both. It never holds either secret itself: the PIN is kept XORed
//! with a mask and typed digit by digit, and the key is reported by the core (feature
//! `failpoints`) XORed with another; the scan compares byte by byte through the masks.
//!
//! The scan first looks for a PIN and a key planted on purpose (then wiped) and must find
//! them, so a scanner that finds nothing cannot pass.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::sync::Arc;
use std::time::Duration;

use harbour_core::app::Harbour;
use harbour_core::disguise::calculator::Key;
use harbour_core::disguise::{AttemptOutcome, Disguise};
use harbour_core::failpoint::observe;
use harbour_core::journal::NewEntry;
use harbour_core::secret::Pin;
use harbour_core::vault::{KdfParams, SetupOptions};
use harbour_tests::keystore::FileKeyStore;
use zeroize::Zeroize;

const PIN_MASK: u8 = 0x5A;
/// "739150284617", XORed with `PIN_MASK`, so the binary does not contain the PIN either.
const PIN_MASKED: [u8; 12] = [0x6d, 0x69, 0x63, 0x6b, 0x6f, 0x6a, 0x68, 0x62, 0x6e, 0x6c, 0x6b, 0x6d];

fn pin_digit(i: usize) -> u8 {
    (PIN_MASKED[i] ^ PIN_MASK) - b'0'
}

/// Where `masked ^ mask` occurs in this process's readable memory.
fn find(masked: &[u8], mask: &[u8]) -> Vec<String> {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    let mem = File::open("/proc/self/mem").unwrap();
    const CHUNK: usize = 1 << 20;
    let n = masked.len();
    let mut buf = vec![0u8; CHUNK + n];
    let mut found = Vec::new();
    for line in maps.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (range, perms) = (fields[0], fields[1]);
        let name = fields.get(5).copied().unwrap_or("[anonymous]");
        if !perms.starts_with('r') || matches!(name, "[vvar]" | "[vvar_vclock]" | "[vsyscall]") {
            continue;
        }
        let (start, end) = range.split_once('-').unwrap();
        let (start, end) = (u64::from_str_radix(start, 16).unwrap(), u64::from_str_radix(end, 16).unwrap());
        let mut at = start;
        while at < end {
            let len = ((end - at) as usize).min(CHUNK + n - 1);
            let Ok(got) = mem.read_at(&mut buf[..len], at) else { break };
            let window = &buf[..got];
            for i in 0..window.len().saturating_sub(n - 1) {
                if window[i] ^ mask[0] == masked[0] && (1..n).all(|j| window[i + j] ^ mask[j] == masked[j]) {
                    found.push(format!("{:#x} in {name}", at + i as u64));
                }
            }
            at += CHUNK as u64;
        }
    }
    // This buffer holds the last chunk read; clear it so it cannot carry a match into the
    // next scan.
    buf.fill(0);
    found
}

fn find_pin() -> Vec<String> {
    find(&PIN_MASKED, &[PIN_MASK; 12])
}

fn find_key() -> Vec<String> {
    find(&observe::masked_key().expect("a vault was opened"), &observe::MASK)
}

/// The key as the hex text SQLCipher's raw-key form spells it (`x'…'`), either case, masked
/// like the PIN: the core builds that text in a wiping buffer, and no copy may outlive it.
fn find_key_hex() -> Vec<String> {
    let masked = observe::masked_key().expect("a vault was opened");
    let mut found = Vec::new();
    for digits in [b"0123456789abcdef", b"0123456789ABCDEF"] {
        let text: Vec<u8> = (0..32)
            .flat_map(|i| {
                let byte = masked[i] ^ observe::MASK[i];
                [digits[usize::from(byte >> 4)] ^ PIN_MASK, digits[usize::from(byte & 15)] ^ PIN_MASK]
            })
            .collect();
        found.extend(find(&text, &[PIN_MASK; 64]));
    }
    found
}

/// Types the PIN as a person does. The displays that come back show the digits (it is a
/// calculator); they belong to the shell, which lets go of them as the test does here, wiped.
/// What the scan then finds was left by the core.
fn type_pin(disguise: &Disguise) {
    let keys = (0..12).map(|i| Key::Digit(pin_digit(i))).chain([Key::Equals]);
    for key in keys {
        disguise.press(key).display.zeroize();
    }
}

#[test]
fn after_quick_exit_neither_the_key_nor_the_pin_is_in_memory() {
    {
        let mut text = zeroize::Zeroizing::new(String::with_capacity(12));
        (0..12).for_each(|i| text.push((b'0' + pin_digit(i)) as char));
        assert!(!find_pin().is_empty(), "the scanner finds a PIN that is there");
    }
    let dir = tempfile::tempdir().unwrap();
    let keystore = Arc::new(FileKeyStore::new(dir.path().join("keystore")));
    let app = Arc::new(Harbour::open(&dir.path().join("data"), keystore).unwrap());
    {
        let mut text = String::with_capacity(12);
        (0..12).for_each(|i| text.push((b'0' + pin_digit(i)) as char));
        let pin = Pin::new(text).unwrap();
        app.setup(&pin, SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true }).unwrap();
    }
    app.lock();

    // Unlock as a person does: the PIN typed into the calculator, then `=`.
    let disguise = Disguise::new(app.clone());
    type_pin(&disguise);
    assert_eq!(disguise.wait_for_attempt(Duration::from_secs(30)), Some(AttemptOutcome::Unlocked));
    for i in 0..20 {
        app.journal_append(&NewEntry { text: format!("entry {i}"), ..Default::default() }).unwrap();
    }
    {
        // SQLCipher keeps its copy XORed with a random shield between page operations, so a
        // plain copy is made here (and wiped) to show the scanner finds the key when it is there.
        let masked = observe::masked_key().unwrap();
        let key = zeroize::Zeroizing::new((0..32).map(|i| masked[i] ^ observe::MASK[i]).collect::<Vec<u8>>());
        assert!(!find_key().is_empty(), "the scanner finds the key when it is there");
        let hex = zeroize::Zeroizing::new(hex::encode(&*key));
        assert!(!find_key_hex().is_empty(), "the scanner finds the key's hex when it is there");
        drop((key, hex));
    }

    drop(disguise.quick_exit());
    let key = find_key();
    let key_hex = find_key_hex();
    let pin = find_pin();
    assert!(key.is_empty(), "the database key is still in memory after quick exit: {key:?}");
    assert!(key_hex.is_empty(), "the database key, as hex, is still in memory after quick exit: {key_hex:?}");
    assert!(pin.is_empty(), "the PIN is still in memory after quick exit: {pin:?}");
}
