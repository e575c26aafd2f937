//! `harbour-pack`: the content maintainer's tool. Author content as plain JSON files, check
//! it, sign it into a pack that phones accept offline, and look inside packs.
//!
//! ```text
//! harbour-pack keygen --out org.key             # a publisher key pair (prints the public key)
//! harbour-pack validate <dir>                    # check sources: E.164, zones, sources, ids
//! harbour-pack build <dir> --key org.key --out x.hpack
//! harbour-pack build <dir> --unsigned --out x.hpack   # for signing elsewhere
//! harbour-pack sign x.hpack --key org.key --out signed.hpack
//! harbour-pack inspect x.hpack                   # manifest, sections, signature
//! harbour-pack diff old.hpack new.hpack          # what changed, by id
//! ```

mod check;
mod packfile;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "harbour-pack", version, about = "Build, sign and inspect Harbour content packs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a publisher key pair. The secret goes to --out (owner-only); the public key,
    /// to pin in the app, is printed.
    Keygen {
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a source directory: structure, phone numbers (E.164 or national short codes,
    /// with libphonenumber data), IANA time zones, a source for every entry, unique ids.
    Validate { dir: PathBuf },
    /// Validate, then build a signed pack.
    Build {
        dir: PathBuf,
        /// The publisher's secret key file (from keygen).
        #[arg(long, conflicts_with_all = ["embedded", "unsigned"])]
        key: Option<PathBuf>,
        /// Sign with the embedded-content key (only for the pack compiled into the app).
        #[arg(long)]
        embedded: bool,
        /// Leave the signature empty (the app refuses it until it is signed).
        #[arg(long)]
        unsigned: bool,
        #[arg(long)]
        out: PathBuf,
    },
    /// Sign (or re-sign) a pack with a publisher key.
    Sign {
        pack: PathBuf,
        #[arg(long)]
        key: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Show a pack's manifest and check its sections and signature.
    Inspect { pack: PathBuf },
    /// Compare two packs entry by entry.
    Diff { old: PathBuf, new: PathBuf },
    /// Write every translatable text of a source directory as a Fluent file, in English, each
    /// message with the hash of the English it carries: a translator copies it to
    /// `translations/<locale>.ftl` and translates the values. With `--update`, only the
    /// messages missing from or stale in that locale's file.
    Template {
        dir: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// A locale whose file to compare with: write only what it lacks or has stale.
        #[arg(long)]
        update: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Keygen { out } => packfile::keygen(&out),
        Command::Validate { dir } => check::validate_dir(&dir).map(|report| {
            print!("{report}");
        }),
        Command::Build { dir, key, embedded, unsigned, out } => {
            packfile::build(&dir, key.as_deref(), embedded, unsigned, &out)
        }
        Command::Sign { pack, key, out } => packfile::sign(&pack, &key, &out),
        Command::Inspect { pack } => packfile::inspect(&pack).map(|text| print!("{text}")),
        Command::Diff { old, new } => packfile::diff(&old, &new).map(|text| print!("{text}")),
        Command::Template { dir, out, update } => check::template(&dir, &out, update.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("harbour-pack: {e}");
            ExitCode::from(1)
        }
    }
}
