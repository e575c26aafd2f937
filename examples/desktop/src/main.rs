//! `harbour`: the desktop reference shell. It drives exactly the objects the phones get
//! (`harbour-ffi`), with the file-backed keystore standing in for the platform's.

mod calc;
mod commands;
mod help;
mod input;
mod journal;
mod keystore;
mod screen;
mod ui;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use harbour_ffi::{ArticleKind, HarbourApp, PublisherKey};

use crate::input::Input;
use crate::keystore::FileKeystore;
use crate::ui::Ui;

/// Harbour's desktop reference shell. Without a command it starts an interactive session.
/// PINs are read without echo on a terminal, or one per line from standard input.
#[derive(Parser)]
#[command(name = "harbour", version)]
struct Cli {
    /// Where Harbour keeps its files [default: $HARBOUR_HOME/data, HARBOUR_HOME defaulting to
    /// $XDG_DATA_HOME/harbour or ~/.local/share/harbour].
    #[arg(long, env = "HARBOUR_DATA_DIR", global = true)]
    data_dir: Option<PathBuf>,
    /// Where the file-backed keystore keeps its secrets [default: $HARBOUR_HOME/keystore].
    /// Weaker than a phone's hardware keystore: see the README.
    #[arg(long, env = "HARBOUR_KEYSTORE_DIR", global = true)]
    keystore_dir: Option<PathBuf>,
    /// Language (BCP 47, e.g. `ar`, `ti`, `es-MX`) [default: the saved one, else LANG]. `en-XA`
    /// and `ar-XB` are pseudo-locales for spotting untranslated or clipped text.
    #[arg(long, env = "HARBOUR_LOCALE", global = true)]
    locale: Option<String>,
    /// A content publisher to trust, as `name=hex-public-key` (repeatable). Packs from anyone
    /// else are refused.
    #[arg(long = "trust-publisher", env = "HARBOUR_TRUSTED_PUBLISHERS", value_delimiter = ',', global = true)]
    trust_publisher: Vec<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Create the vault with a new PIN (asked twice).
    Setup {
        /// Target time for one PIN check on this machine; the KDF is calibrated to it.
        #[arg(long, default_value_t = commands::DEFAULT_KDF_TARGET_MS)]
        kdf_target_ms: u32,
        /// Do not bind the vault to the keystore (the PIN alone will open a copy of the files).
        #[arg(long)]
        no_platform_secret: bool,
    },
    /// Check that a PIN opens the vault.
    Unlock,
    /// Change the PIN (asks for the current one, then the new one twice).
    ChangePin,
    /// Whether Harbour is set up, and any wait after failed attempts.
    Status,
    /// Measure the KDF settings this machine would get for a target time.
    Calibrate {
        #[arg(long, default_value_t = commands::DEFAULT_KDF_TARGET_MS)]
        target_ms: u32,
    },
    /// Helplines: open now first, then free, then in your language.
    Helplines {
        /// ISO 3166-1 country code [default: the saved country].
        #[arg(long)]
        country: Option<String>,
        /// Only lines open right now.
        #[arg(long)]
        open_now: bool,
        /// Leave out lines run by the police or immigration.
        #[arg(long)]
        no_police: bool,
        /// Only lines that speak your language (or offer interpreters).
        #[arg(long)]
        my_language: bool,
        /// You are under 18: lines for children first.
        #[arg(long)]
        under_18: bool,
        /// Your nationality (ISO 3166-1): also lines for people from your country, wherever you are.
        #[arg(long = "from")]
        nationality: Option<String>,
    },
    /// Safety tips for asking for help.
    Tips,
    /// Your rights: search words, or everything for your country.
    Rights {
        words: Vec<String>,
        #[arg(long)]
        country: Option<String>,
    },
    /// Further reading.
    Resources { words: Vec<String> },
    /// Check your situation: questions on the signs of forced labour.
    Check {
        #[arg(long)]
        country: Option<String>,
    },
    /// Add help information from a signed pack file.
    Import { file: PathBuf },
    /// Installed content packs.
    Packs,
    /// Write an installed pack's signed file, to pass to another phone.
    Share { pack_id: String, out: PathBuf },
    /// Save your country (ISO 3166-1, e.g. GB) or language (BCP 47, e.g. ti).
    Set {
        #[arg(value_parser = ["country", "locale"])]
        what: String,
        value: String,
    },
    /// Your journal, newest first (asks for the PIN).
    Journal {
        #[arg(long, default_value_t = 0)]
        page: u64,
    },
    /// Write a journal entry: the text is read until a line with only a dot.
    Write {
        #[arg(long = "tag")]
        tags: Vec<String>,
        /// pay, documents, threats, violence, movement, conditions or other.
        #[arg(long)]
        category: Option<String>,
        /// A file to keep with the entry (repeatable).
        #[arg(long = "attach")]
        attachments: Vec<String>,
    },
    /// Change an entry (by the first characters of its id); the earlier version is kept.
    Edit { id: String },
    /// Delete an entry (asks to confirm).
    Delete { id: String },
    /// Check the journal has not been changed, and show the check code.
    Verify,
    /// Your safety plan.
    Plan,
    /// Replace a section of the safety plan.
    PlanSet { section: String, items: Vec<String> },
    /// Make an encrypted file of the journal for a caseworker (asks for a passphrase, or
    /// locks it to an age public key).
    Export {
        path: String,
        /// Lock it to this age public key (age1…) instead of a passphrase.
        #[arg(long)]
        recipient: Option<String>,
        /// Lock it to the organisation's key saved at outreach set-up.
        #[arg(long, conflicts_with = "recipient")]
        to_organisation: bool,
    },
    /// Bring a journal from an export onto this (empty) journal.
    Restore { path: String },
    /// For a caseworker: check an export file (asks its passphrase) without any vault, and
    /// print its check code.
    CheckExport {
        path: String,
        /// For an export made for an organisation's key: its identity file (from age-keygen).
        #[arg(long)]
        identity: Option<PathBuf>,
    },
    /// The calculator, then the app once a PIN and `=` open it (the default).
    Shell,
    /// For an outreach worker: set language, country, disguise and the organisation's
    /// contact before handing the phone over.
    Outreach {
        #[arg(long)]
        locale: Option<String>,
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        disguise: Option<String>,
        #[arg(long)]
        org_name: Option<String>,
        #[arg(long)]
        org_contact: Option<String>,
        /// The organisation's age public key (age1…), offered for exports.
        #[arg(long)]
        org_age_key: Option<String>,
    },
    /// End the worker's session: the next open asks the survivor for their own PIN.
    Handoff,
    /// Erase everything for the next person (asks you to type a code back).
    Reset,
    /// Wipe the journals after this many wrong PINs in a row (no number: never).
    WipeAfter { failures: Option<u32> },
    /// Lock after this many idle seconds (no number: only when hidden).
    AutoLock { secs: Option<u32> },
}

fn harbour_home() -> PathBuf {
    if let Some(home) = std::env::var_os("HARBOUR_HOME") {
        return home.into();
    }
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME") {
        return PathBuf::from(xdg).join("harbour");
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
    home.join(".local/share/harbour")
}

fn publishers(list: &[String]) -> Vec<PublisherKey> {
    list.iter()
        .filter(|s| !s.is_empty())
        .map(|s| match s.split_once('=') {
            Some((name, key)) => PublisherKey { name: name.into(), key_hex: key.into() },
            None => PublisherKey { name: "publisher".into(), key_hex: s.clone() },
        })
        .collect()
}

fn main() -> ExitCode {
    // Output cut off (`harbour helplines | head -2`): end quietly, as command-line tools do,
    // rather than a panic from a print.
    #[cfg(unix)]
    // SAFETY: restoring the default action of one signal, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(_) => {
            // Not clap's English: what happened, and what to do, in the person's language.
            eprintln!("{}", Ui::new(std::env::var("HARBOUR_LOCALE").ok(), None).text("shell-usage"));
            return ExitCode::from(2);
        }
    };
    let early_ui = Ui::new(cli.locale.clone(), None);
    let data_dir = cli.data_dir.unwrap_or_else(|| harbour_home().join("data"));
    let keystore_dir = cli.keystore_dir.unwrap_or_else(|| harbour_home().join("keystore"));
    let keystore = match FileKeystore::new(&keystore_dir) {
        Ok(k) => Arc::new(k),
        Err(e) => {
            eprintln!("harbour: {}: {e}", keystore_dir.display());
            return ExitCode::from(1);
        }
    };
    let app = match HarbourApp::with_publishers(
        data_dir.to_string_lossy().into_owned(),
        keystore,
        publishers(&cli.trust_publisher),
    ) {
        Ok(app) => app,
        Err(e) => return commands::report(&early_ui, &e.into()),
    };
    let ui = Ui::new(cli.locale.clone(), Some(&app));
    let mut input = Input::new();
    let outcome = match cli.command.unwrap_or(Command::Shell) {
        Command::Setup { kdf_target_ms, no_platform_secret } => {
            commands::setup(&app, &ui, &mut input, kdf_target_ms, !no_platform_secret)
        }
        Command::Unlock => commands::unlock(&app, &ui, &mut input, true),
        Command::ChangePin => commands::change_pin(&app, &ui, &mut input),
        Command::Status => commands::status(&app, &ui),
        Command::Calibrate { target_ms } => commands::calibrate(&ui, target_ms),
        Command::Helplines { country, open_now, no_police, my_language, under_18, nationality } => {
            help::country(&app, &ui, &mut input, country).and_then(|country| {
                let options = help::HelplineOptions {
                    open_now_only: open_now,
                    exclude_law_enforcement: no_police,
                    require_language: my_language,
                    under_18,
                    nationality: nationality.map(|n| n.to_ascii_uppercase()),
                };
                help::helplines(&app, &ui, &country, options)
            })
        }
        Command::Tips => help::tips(&app, &ui),
        Command::Rights { words, country } => {
            // A search looks everywhere; a listing is for one country, never the whole world.
            let country = if words.is_empty() || country.is_some() {
                help::country(&app, &ui, &mut input, country).map(Some)
            } else {
                Ok(app.setting("country".into()).ok().flatten())
            };
            country.and_then(|c| help::articles(&app, &ui, words.join(" "), c, ArticleKind::Right))
        }
        Command::Resources { words } => help::articles(&app, &ui, words.join(" "), None, ArticleKind::Resource),
        Command::Check { country } => help::country(&app, &ui, &mut input, country)
            .and_then(|country| help::check(&app, &ui, &mut input, &country)),
        Command::Import { file } => help::import(&app, &ui, &file.to_string_lossy()),
        Command::Packs => help::packs(&app, &ui),
        Command::Share { pack_id, out } => help::share(&app, &ui, &pack_id, &out),
        Command::Set { what, value } => commands::set(&app, &what, &value),
        Command::Journal { page } => {
            journal::ensure_unlocked(&app, &ui, &mut input).and_then(|()| journal::list(&app, &ui, page))
        }
        Command::Write { tags, category, attachments } => journal::ensure_unlocked(&app, &ui, &mut input)
            .and_then(|()| journal::write(&app, &ui, &mut input, tags, category, &attachments)),
        Command::Edit { id } => {
            journal::ensure_unlocked(&app, &ui, &mut input).and_then(|()| journal::edit(&app, &ui, &mut input, &id))
        }
        Command::Delete { id } => {
            journal::ensure_unlocked(&app, &ui, &mut input).and_then(|()| journal::delete(&app, &ui, &mut input, &id))
        }
        Command::Verify => journal::ensure_unlocked(&app, &ui, &mut input).and_then(|()| journal::verify(&app, &ui)),
        Command::Plan => journal::ensure_unlocked(&app, &ui, &mut input).and_then(|()| journal::plan(&app, &ui)),
        Command::PlanSet { section, items } => {
            journal::ensure_unlocked(&app, &ui, &mut input).and_then(|()| journal::plan_set(&app, &ui, &section, items))
        }
        Command::Export { path, recipient, to_organisation } => journal::ensure_unlocked(&app, &ui, &mut input)
            .and_then(|()| journal::export(&app, &ui, &mut input, &path, recipient, to_organisation)),
        Command::CheckExport { path, identity } => {
            journal::check_export_file(&ui, &mut input, &path, identity.as_deref())
        }
        Command::Restore { path } => journal::ensure_unlocked(&app, &ui, &mut input)
            .and_then(|()| journal::restore(&app, &ui, &mut input, &path)),
        Command::Shell => calc::run(&app, &ui, &mut input),
        // Once a PIN exists, these need its session (a second PIN's session is answered alike
        // and changes only its own journal).
        Command::Outreach { locale, country, disguise, org_name, org_contact, org_age_key } => {
            commands::with_power(&app, &ui, &mut input, |app, _| {
                app.configure_outreach(harbour_ffi::OutreachConfig {
                    locale,
                    country,
                    disguise,
                    organisation_name: org_name,
                    organisation_contact: org_contact,
                    organisation_age_key: org_age_key,
                })
                .map_err(Into::into)
            })
        }
        Command::Handoff => commands::with_power(&app, &ui, &mut input, |app, _| {
            app.handoff().map_err(Into::into).map(|()| ui.say("status-setup-needed"))
        }),
        Command::Reset => commands::with_power(&app, &ui, &mut input, |app, input| commands::reset(app, &ui, input)),
        Command::WipeAfter { failures } => {
            commands::with_power(&app, &ui, &mut input, |app, _| app.set_wipe_after(failures).map_err(Into::into))
        }
        Command::AutoLock { secs } => app.set_auto_lock_secs(secs).map_err(Into::into),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => commands::report(&ui, &e),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
