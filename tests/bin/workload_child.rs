//! A child process for the plaintext scan: a long random workload (journal entries,
//! revisions, deletions, attachments, safety plan, settings, exports, pack imports, PIN
//! changes, locking and unlocking) in which every piece of text carries a `MARKER-` string.
//! The parent then looks for the markers in every file and in everything this process wrote.
//!
//! `harbour-workload-child <dir> <ops> <seed> <age recipient> <pack>...`

use std::path::Path;
use std::sync::Arc;

use harbour_core::app::{AppOptions, Harbour};
use harbour_core::content::pack::Publisher;
use harbour_core::journal::export::ExportTo;
use harbour_core::journal::plan::Section;
use harbour_core::journal::{NewAttachment, NewEntry};
use harbour_core::secret::Pin;
use harbour_core::vault::{KdfParams, SetupOptions};
use harbour_tests::forensics::SplitMix;

fn pin(s: &str) -> Pin {
    Pin::new(s.into()).expect("a valid PIN")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, ops, seed, recipient, packs @ ..] = args.as_slice() else {
        panic!("usage: harbour-workload-child <dir> <ops> <seed> <age recipient> <pack>...");
    };
    let (dir, ops, mut rng) = (Path::new(dir), ops.parse::<u64>().unwrap(), SplitMix(seed.parse().unwrap()));
    let keystore = Arc::new(harbour_tests::keystore::FileKeyStore::new(dir.join("keystore")));
    let trusted: Vec<Publisher> = std::env::var("HARBOUR_TRUSTED_PUBLISHER")
        .ok()
        .and_then(|hex| Publisher::from_hex("test", &hex))
        .into_iter()
        .collect();
    let app = Harbour::open_with(&dir.join("data"), keystore, AppOptions { trusted_publishers: trusted }).unwrap();
    let (mut current, mut other) = ("2580", "3690");
    app.setup(&pin(current), SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true }).unwrap();
    let exports = dir.join("exports");
    std::fs::create_dir_all(&exports).unwrap();
    let mut ids: Vec<String> = Vec::new();
    let mut next_pack = 0;
    for n in 0..ops {
        if !app.status().unwrap().unlocked {
            app.unlock(&pin(current)).unwrap();
        }
        match rng.below(1000) {
            0..=529 => {
                let mut entry = NewEntry {
                    text: format!("MARKER-entry-{n} my employer kept my passport again"),
                    tags: vec![format!("MARKER-tag-{n}")],
                    category: Some("pay".into()),
                    attachments: vec![],
                };
                if rng.below(10) == 0 {
                    entry.attachments.push(NewAttachment {
                        name: format!("MARKER-file-{n}.txt"),
                        mime: "text/plain".into(),
                        data: format!("MARKER-attachment-{n} ").repeat(200).into_bytes(),
                    });
                }
                ids.push(app.journal_append(&entry).unwrap());
            }
            530..=669 if !ids.is_empty() => {
                let id = &ids[rng.below(ids.len() as u64) as usize];
                let entry = NewEntry { text: format!("MARKER-revision-{n}"), ..Default::default() };
                // A deleted entry refuses revisions: that is expected here.
                let _ = app.journal_revise(id, &entry);
            }
            670..=719 if !ids.is_empty() => {
                let id = ids.swap_remove(rng.below(ids.len() as u64) as usize);
                app.journal_delete(&id).unwrap();
            }
            720..=819 => {
                let section = match rng.below(4) {
                    0 => Section::WarningSigns(vec![format!("MARKER-sign-{n}")]),
                    1 => Section::SafePlaces(vec![format!("MARKER-place-{n}")]),
                    2 => Section::Steps(vec![format!("MARKER-step-{n}")]),
                    _ => Section::Notes(format!("MARKER-note-{n}")),
                };
                app.plan_set(&section).unwrap();
            }
            820..=899 => {
                app.journal_verify().unwrap();
                app.journal_list(0, 50).unwrap();
            }
            900..=939 => app.set_setting("harbour.test-note", &format!("MARKER-setting-{n}")).unwrap(),
            940..=979 => app.quick_exit(),
            980..=989 => {
                app.change_pin(&pin(current), &pin(other)).unwrap();
                std::mem::swap(&mut current, &mut other);
            }
            990..=994 => {
                let path = exports.join(format!("export-{n}.age"));
                app.journal_export(&path, &ExportTo::Recipient(recipient.clone()), &["en".into()], &mut |_, _| true)
                    .unwrap();
            }
            _ if next_pack < packs.len() => {
                let bytes = std::fs::read(&packs[next_pack]).unwrap();
                app.import_pack(&bytes, &mut |_, _| true).unwrap();
                next_pack += 1;
            }
            _ => {}
        }
    }
    app.lock();
    println!("done: {ops} operations, {} entries kept, {next_pack} packs imported", ids.len());
}
