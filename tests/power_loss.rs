//! Power loss, not only SIGKILL (SPEC §6; adversary review, "power loss"): a workload of
//! journal writes, deletions, locks and unlocks, wrong PINs and PIN changes runs on a data
//! directory whose every write is recorded (`harbour_tests::powercut`); the power goes at a
//! random step, and the app is opened on what the disk would then hold — synced bytes, a
//! random subset of unsynced writes, a random prefix of unsynced renames. Every trial: the
//! app opens, exactly the PIN in force opens the journal (either PIN if a change was in
//! flight), every entry whose write was acknowledged before the cut is there (and every
//! acknowledged deletion holds), the chain and both stores' integrity verify.
//!
//! `HARBOUR_POWER_TRIALS` (default 24; `make hardening` runs 1,000) and `HARBOUR_POWER_SEED`.

use std::path::Path;
use std::sync::Arc;

use harbour_core::app::{AppError, Harbour};
use harbour_core::journal::NewEntry;
use harbour_core::secret::Pin;
use harbour_core::vault::{KdfParams, KeyStore, KeyStoreError, MemoryKeyStore, SetupOptions, VaultError};
use harbour_tests::forensics::SplitMix;
use harbour_tests::powercut;
use zeroize::Zeroizing;

/// The platform keystore, durable when its call returns: a write after the cut reaches the
/// live copy (the process carries on) but not the one the next start sees.
struct CutKeyStore {
    live: MemoryKeyStore,
    durable: MemoryKeyStore,
}

impl KeyStore for CutKeyStore {
    fn load(&self, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError> {
        self.live.load(name)
    }

    fn store(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        if powercut::tick() {
            self.durable.store(name, secret)?;
        }
        self.live.store(name, secret)
    }

    fn delete(&self, name: &str) -> Result<(), KeyStoreError> {
        if powercut::tick() {
            self.durable.delete(name)?;
        }
        self.live.delete(name)
    }
}

const PINS: [&str; 2] = ["482615", "907153"];

fn pin(s: &str) -> Pin {
    Pin::new(s.into()).unwrap()
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// What the workload was told, with the step at which it was told.
#[derive(Default)]
struct Acks {
    /// (id, text, step the write returned at).
    entries: Vec<(String, String, u64)>,
    /// (id, step the deletion began at, step it returned at).
    deleted: Vec<(String, u64, u64)>,
    /// (from, to, step the change returned at); a change that never returned has `u64::MAX`.
    pin_changes: Vec<(usize, usize, u64, u64)>,
}

/// The workload: every call's outcome and the step it returned at.
fn workload(app: &Harbour, seed: u64) -> Acks {
    let mut rng = SplitMix(seed);
    let mut acks = Acks::default();
    let mut current = 0;
    app.unlock(&pin(PINS[current])).unwrap();
    for n in 0..40 {
        match rng.below(20) {
            0..=13 => {
                let text = format!("power-loss entry {seed}-{n}");
                let id = app.journal_append(&NewEntry { text: text.clone(), ..Default::default() }).unwrap();
                acks.entries.push((id.clone(), text, powercut::steps()));
                if rng.below(8) == 0 {
                    let began = powercut::steps();
                    app.journal_delete(&id).unwrap();
                    acks.deleted.push((id, began, powercut::steps()));
                }
            }
            14 | 15 => {
                app.lock();
                app.unlock(&pin(PINS[current])).unwrap();
            }
            16 => {
                app.lock();
                assert!(matches!(app.unlock(&pin("111111")), Err(AppError::Vault(VaultError::WrongPin { .. }))));
                app.unlock(&pin(PINS[current])).unwrap();
            }
            _ => {
                app.lock();
                let began = powercut::steps();
                app.change_pin(&pin(PINS[current]), &pin(PINS[1 - current])).unwrap();
                acks.pin_changes.push((current, 1 - current, began, powercut::steps()));
                current = 1 - current;
                app.unlock(&pin(PINS[current])).unwrap();
            }
        }
    }
    app.lock();
    acks
}

/// A data directory set up once (the help store installed, a PIN, a few entries), copied
/// into every trial.
fn template(root: &Path) -> MemoryKeyStore {
    let keystore = Arc::new(MemoryKeyStore::default());
    let app = Harbour::open(root, keystore.clone()).unwrap();
    app.setup(&pin(PINS[0]), SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true }).unwrap();
    for i in 0..5 {
        app.journal_append(&NewEntry { text: format!("before {i}"), ..Default::default() }).unwrap();
    }
    drop(app);
    keystore.as_ref().clone()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// One trial; returns the steps its workload took (for choosing cut points).
fn trial(root: &Path, template_dir: &Path, keys: &MemoryKeyStore, seed: u64, cut_at: u64) -> u64 {
    let live = root.join(format!("live-{seed}-{cut_at}"));
    copy_dir(template_dir, &live);
    let keystore = Arc::new(CutKeyStore { live: keys.clone(), durable: keys.clone() });
    powercut::arm(&live, cut_at);
    let app = Harbour::open(&live, keystore.clone()).unwrap();
    let acks = workload(&app, seed);
    drop(app);
    let steps = powercut::steps();
    let after = root.join(format!("after-{seed}-{cut_at}"));
    powercut::build(&after, seed ^ cut_at);
    if cut_at != u64::MAX {
        check(&after, &keystore.durable, &acks, cut_at, seed);
    }
    std::fs::remove_dir_all(&live).unwrap();
    std::fs::remove_dir_all(&after).unwrap();
    steps
}

fn check(dir: &Path, keystore: &MemoryKeyStore, acks: &Acks, cut_at: u64, seed: u64) {
    let what = format!("seed {seed}, power cut at step {cut_at}");
    let app = Harbour::open(dir, Arc::new(keystore.clone())).unwrap_or_else(|e| panic!("{what}: the app opens: {e:?}"));
    assert!(app.status().unwrap().set_up, "{what}");
    // The PIN in force: the last acknowledged change's; either, if one was in flight.
    let mut candidates = vec![0usize];
    for &(from, to, began, returned) in &acks.pin_changes {
        if returned < cut_at {
            candidates = vec![to];
        } else if began < cut_at {
            candidates = vec![from, to];
        }
    }
    let opened: Vec<usize> = candidates.iter().copied().filter(|&p| app.unlock(&pin(PINS[p])).is_ok()).collect();
    assert_eq!(opened.len(), 1, "{what}: exactly one of the PINs {candidates:?} opens the journal, got {opened:?}");
    let listed = app.journal_list(0, 10_000).unwrap_or_else(|e| panic!("{what}: list: {e:?}"));
    for (id, text, at) in &acks.entries {
        if *at >= cut_at {
            continue;
        }
        let entry = listed.iter().find(|e| &e.id == id);
        let entry = entry.unwrap_or_else(|| panic!("{what}: acknowledged entry {text:?} lost"));
        match acks.deleted.iter().find(|(d, _, _)| d == id) {
            Some((_, _, returned)) if *returned < cut_at => {
                assert!(entry.deleted && entry.text.is_empty(), "{what}: an acknowledged deletion was undone")
            }
            Some((_, began, _)) if *began < cut_at => {
                assert!(entry.deleted || &entry.text == text, "{what}: an entry half-deleted")
            }
            _ => assert!(!entry.deleted && &entry.text == text, "{what}: acknowledged entry {text:?} changed"),
        }
    }
    app.journal_verify().unwrap_or_else(|e| panic!("{what}: the chain verifies: {e:?}"));
    app.with_vault(|v| Ok(v.store.check_integrity()?)).unwrap_or_else(|e| panic!("{what}: journal integrity: {e:?}"));
    app.with_content(|c| Ok(c.store().check_integrity()?)).unwrap_or_else(|e| panic!("{what}: help integrity: {e:?}"));
}

#[test]
fn after_a_power_cut_at_any_step_nothing_acknowledged_is_lost() {
    let trials = env_u64("HARBOUR_POWER_TRIALS", 24);
    let seed = env_u64("HARBOUR_POWER_SEED", 20261203);
    let root = tempfile::tempdir().unwrap();
    let template_dir = root.path().join("template");
    std::fs::create_dir_all(&template_dir).unwrap();
    let keys = template(&template_dir);
    let mut rng = SplitMix(seed);
    let mut total_steps = 0;
    for t in 0..trials {
        let workload_seed = rng.next_u64();
        // A full run first, to count the steps; then a cut at one of them.
        let steps = trial(root.path(), &template_dir, &keys, workload_seed, u64::MAX);
        let cut_at = 1 + rng.below(steps);
        trial(root.path(), &template_dir, &keys, workload_seed, cut_at);
        total_steps += steps;
        if t % 50 == 49 {
            eprintln!("power loss: {} trials", t + 1);
        }
    }
    eprintln!("power loss: {trials} trials, {total_steps} recorded steps, 0 acknowledged entries lost");
}
