//! A child process for the crash tests, killed by its parent (SIGKILL at a random moment, or
//! a failpoint's abort) in the middle of its work. It reports on stdout, one line each, what
//! has been acknowledged: a line is written only after the call it names returned.
//!
//! Modes (`harbour-crash-child <mode> <dir> [pack]`):
//! - `journal`: appends entries `crash-entry-<n>` for ever (n from the journal's count, so
//!   names stay unique across runs), printing `<n>` after each.
//! - `pin <current>`: changes the PIN back and forth between 2580 and 3690, printing the new
//!   PIN after each change.
//! - `import <pack>`: imports the pack once, printing `done`.
//! - `duress`: types the emergency PIN (the wipe), printing `done`.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use harbour_core::app::{AppOptions, Harbour};
use harbour_core::content::pack::Publisher;
use harbour_core::journal::NewEntry;
use harbour_core::secret::Pin;

fn pin(s: &str) -> Pin {
    Pin::new(s.into()).expect("a valid PIN")
}

fn ack(line: impl std::fmt::Display) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}").expect("stdout");
    out.flush().expect("stdout");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, dir) = match args.as_slice() {
        [mode, dir, ..] => (mode.as_str(), Path::new(dir)),
        _ => panic!("usage: harbour-crash-child <journal|pin|import|duress> <dir> [pin|pack]"),
    };
    let keystore = Arc::new(harbour_tests::keystore::FileKeyStore::new(dir.join("keystore")));
    let trusted = std::env::var("HARBOUR_TRUSTED_PUBLISHER")
        .ok()
        .and_then(|hex| Publisher::from_hex("test", &hex))
        .into_iter()
        .collect();
    let app = Harbour::open_with(&dir.join("data"), keystore, AppOptions { trusted_publishers: trusted })
        .expect("the data directory opens");
    match mode {
        "journal" => {
            app.unlock(&pin("2580")).expect("the PIN opens");
            ack("ready");
            let first = app.journal_count().expect("count");
            for n in first.. {
                let entry = NewEntry { text: format!("crash-entry-{n}"), ..Default::default() };
                app.journal_append(&entry).expect("append");
                ack(n);
            }
        }
        "pin" => {
            let current = args.get(2).expect("the current PIN");
            let (mut from, mut to) = if current == "2580" { ("2580", "3690") } else { ("3690", "2580") };
            ack("ready");
            loop {
                app.change_pin(&pin(from), &pin(to)).expect("change PIN");
                ack(to);
                std::mem::swap(&mut from, &mut to);
            }
        }
        "import" => {
            let bytes = std::fs::read(args.get(2).expect("a pack path")).expect("the pack");
            ack("ready");
            app.import_pack(&bytes, &mut |_, _| true).expect("import");
            ack("done");
        }
        "duress" => {
            ack("ready");
            let _ = app.unlock(&pin("7777"));
            ack("done");
        }
        other => panic!("unknown mode {other}"),
    }
}
