//! `harbour`: the desktop reference shell. It drives exactly the objects the phones get
//! (`harbour-ffi`), with the file-backed keystore standing in for the platform's.

mod commands;
mod input;
mod keystore;
mod ui;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use harbour_ffi::HarbourApp;

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
    /// Language (BCP 47, e.g. `ar`, `ti`, `es-MX`) [default: from LANG]. `en-XA` and `ar-XB`
    /// are pseudo-locales for spotting untranslated or clipped text.
    #[arg(long, env = "HARBOUR_LOCALE", global = true)]
    locale: Option<String>,
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
    /// An interactive session (the default): unlock, lock, change PIN, status.
    Shell,
}

fn harbour_home() -> PathBuf {
    if let Some(home) = std::env::var_os("HARBOUR_HOME") {
        return home.into();
    }
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME") {
        return PathBuf::from(xdg).join("harbour");
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    home.join(".local/share/harbour")
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ui = Ui::new(cli.locale.clone());
    let data_dir = cli.data_dir.unwrap_or_else(|| harbour_home().join("data"));
    let keystore_dir = cli
        .keystore_dir
        .unwrap_or_else(|| harbour_home().join("keystore"));
    let keystore = match FileKeystore::new(&keystore_dir) {
        Ok(k) => Arc::new(k),
        Err(e) => {
            eprintln!(
                "harbour: cannot use the keystore directory {}: {e}",
                keystore_dir.display()
            );
            return ExitCode::from(1);
        }
    };
    let app = match HarbourApp::new(data_dir.to_string_lossy().into_owned(), keystore) {
        Ok(app) => app,
        Err(e) => return commands::report(&ui, &e.into()),
    };
    let mut input = Input::new();
    let outcome = match cli.command.unwrap_or(Command::Shell) {
        Command::Setup {
            kdf_target_ms,
            no_platform_secret,
        } => commands::setup(&app, &ui, &mut input, kdf_target_ms, !no_platform_secret),
        Command::Unlock => commands::unlock(&app, &ui, &mut input),
        Command::ChangePin => commands::change_pin(&app, &ui, &mut input),
        Command::Status => commands::status(&app, &ui),
        Command::Calibrate { target_ms } => commands::calibrate(target_ms),
        Command::Shell => commands::shell(&app, &ui, &mut input),
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
