//! After quick exit — idle, and in the middle of an export — the process's memory holds none
//! of: the vault's database key (raw or as hex), the key-encryption key, the platform secret,
//! the second journal's key, the PIN, or the journal's text (SPEC §2, §6). The test reads its
//! own memory through `/proc/self/mem`, every readable mapping, and reports any it could not
//! read. It never holds a secret itself: the PIN and the journal text are kept XORed with a
//! mask and built into wiping buffers only to be handed over, and the keys are reported by the
//! core (feature `failpoints`) XORed with another; the scan compares through the masks.
//!
//! The process runs on the wiping allocator, as the phone library does. The scan first looks
//! for a PIN and a key planted on purpose (then wiped) and must find them, so a scanner that
//! finds nothing cannot pass.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::sync::Arc;
use std::time::Duration;

use harbour_core::app::Harbour;
use harbour_core::disguise::calculator::Key;
use harbour_core::disguise::{AttemptOutcome, Disguise};
use harbour_core::failpoint::observe;
use harbour_core::journal::NewEntry;
use harbour_core::journal::export::ExportTo;
use harbour_core::secret::Pin;
use harbour_core::vault::{KdfParams, SetupOptions};
use harbour_tests::keystore::FileKeyStore;
use zeroize::Zeroize;

#[global_allocator]
static ALLOCATOR: harbour_core::wiping_alloc::WipingAllocator = harbour_core::wiping_alloc::WipingAllocator;

const PIN_MASK: u8 = 0x5A;
/// "HB-journal-text-5c1e9a", XORed with `PIN_MASK`: written as a journal entry.
const TEXT_MASKED: [u8; 22] = [
    0x12, 0x18, 0x77, 0x30, 0x35, 0x2f, 0x28, 0x34, 0x3b, 0x36, 0x77, 0x2e, 0x3f, 0x22, 0x2e, 0x77, 0x6f, 0x39, 0x6b,
    0x3f, 0x63, 0x3b,
];
/// "739150284617", XORed with `PIN_MASK`, so the binary does not contain the PIN either.
const PIN_MASKED: [u8; 12] = [0x6d, 0x69, 0x63, 0x6b, 0x6f, 0x6a, 0x68, 0x62, 0x6e, 0x6c, 0x6b, 0x6d];

fn pin_digit(i: usize) -> u8 {
    (PIN_MASKED[i] ^ PIN_MASK) - b'0'
}

/// Where `masked ^ mask` occurs in this process's readable memory. Mappings that could not be
/// read are printed, and any that should have been (anonymous memory, the heap, the stack)
/// fails the test: an unread heap would be a scan that passes by not looking.
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
            let Ok(got) = mem.read_at(&mut buf[..len], at) else {
                eprintln!("memory scan: could not read {range} {perms} {name}");
                assert!(
                    !(name == "[anonymous]" || name == "[heap]" || name.starts_with("[stack")),
                    "memory that may hold secrets could not be scanned: {range} {name}"
                );
                break;
            };
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

fn find_secret(name: &str) -> Vec<String> {
    find(&observe::masked(name).unwrap_or_else(|| panic!("the core handled the {name}")), &observe::MASK)
}

fn find_text() -> Vec<String> {
    find(&TEXT_MASKED, &[PIN_MASK; 22])
}

fn journal_text() -> zeroize::Zeroizing<String> {
    zeroize::Zeroizing::new(TEXT_MASKED.iter().map(|b| char::from(b ^ PIN_MASK)).collect())
}

/// Every secret and the journal text, looked for; what was found, by name.
fn leftovers() -> Vec<(String, Vec<String>)> {
    let mut found = vec![
        ("the database key".to_owned(), find_key()),
        ("the database key as hex".to_owned(), find_key_hex()),
        ("the PIN".to_owned(), find_pin()),
        ("the journal text".to_owned(), find_text()),
    ];
    for name in [observe::KEK, observe::PLATFORM_SECRET, observe::DECOY_KEY] {
        found.push((name.to_owned(), find_secret(name)));
    }
    found.retain(|(_, at)| !at.is_empty());
    found
}

/// Waits until the session's database is closed (quick exit closes it on another thread).
fn wait_closed(app: &Harbour, before: u64) {
    let started = std::time::Instant::now();
    while app.sessions_released() == before {
        assert!(started.elapsed() < Duration::from_secs(10), "the journal was never closed");
        std::thread::sleep(Duration::from_millis(1));
    }
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
fn after_quick_exit_no_key_no_pin_and_no_journal_text_is_in_memory() {
    {
        let mut text = zeroize::Zeroizing::new(String::with_capacity(12));
        (0..12).for_each(|i| text.push((b'0' + pin_digit(i)) as char));
        assert!(!find_pin().is_empty(), "the scanner finds a PIN that is there");
        let journal = journal_text();
        assert!(!find_text().is_empty(), "the scanner finds journal text that is there");
        drop(journal);
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
    app.set_decoy_pin(&Pin::new("13579".into()).unwrap(), true).unwrap();
    for i in 0..2_000 {
        let text = if i % 100 == 7 {
            journal_text()
        } else {
            zeroize::Zeroizing::new(format!("entry {i} {}", "words ".repeat(40)))
        };
        app.journal_append(&NewEntry { text: text.to_string(), ..Default::default() }).unwrap();
    }
    let before = app.sessions_released();
    app.lock();
    wait_closed(&app, before);

    // Unlock as a person does: the PIN typed into the calculator, then `=`.
    let disguise = Disguise::new(app.clone());
    type_pin(&disguise);
    assert_eq!(disguise.wait_for_attempt(Duration::from_secs(30)), Some(AttemptOutcome::Unlocked));
    let listed = app.journal_list(0, 300).unwrap();
    assert!(listed.len() == 300);
    drop(listed);
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

    // Idle: quick exit, the journal closed.
    let before = app.sessions_released();
    drop(disguise.quick_exit());
    wait_closed(&app, before);
    let idle = leftovers();
    assert!(idle.is_empty(), "after a quick exit (idle), still in memory: {idle:?}");

    // During an export: quick exit while the file is being written.
    let disguise = Disguise::new(app.clone());
    type_pin(&disguise);
    assert_eq!(disguise.wait_for_attempt(Duration::from_secs(30)), Some(AttemptOutcome::Unlocked));
    let worker = {
        let app = app.clone();
        let path = dir.path().join("export.age");
        std::thread::spawn(move || {
            let to = ExportTo::Recipient(age::x25519::Identity::generate().to_public().to_string());
            app.journal_export(&path, &to, &["en".into()], &mut |_, _| true).is_err()
        })
    };
    std::thread::sleep(Duration::from_millis(30));
    let before = app.sessions_released();
    drop(disguise.quick_exit());
    assert!(worker.join().unwrap(), "the export was stopped by the quick exit");
    wait_closed(&app, before);
    let during_export = leftovers();
    assert!(during_export.is_empty(), "after a quick exit during an export, still in memory: {during_export:?}");
}
