//! What each command does, shared by the one-shot subcommands and the interactive session.

use std::io;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use harbour_ffi::{HarbourApp, HarbourError, VaultOptions, calibrate_kdf, check_pin};

use crate::input::Input;

/// Argon2id target on a desktop; phones calibrate their own.
pub const DEFAULT_KDF_TARGET_MS: u32 = 750;

pub type Outcome = Result<(), Failure>;

/// Why a command failed: the app said no, or the terminal went away.
#[derive(Debug)]
pub enum Failure {
    App(HarbourError),
    Input(io::Error),
    Mismatch,
}

impl From<HarbourError> for Failure {
    fn from(e: HarbourError) -> Self {
        Failure::App(e)
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Input(e)
    }
}

/// Prints the failure (never a PIN: errors carry none) and picks an exit code a script can
/// test: 3 wrong PIN, 4 must wait, 5 locked, 1 anything else.
pub fn report(failure: &Failure) -> ExitCode {
    match failure {
        Failure::App(e) => {
            eprintln!("harbour: {e}");
            match e {
                HarbourError::WrongPin { .. } => ExitCode::from(3),
                HarbourError::RetryLater { .. } => ExitCode::from(4),
                HarbourError::Locked => ExitCode::from(5),
                _ => ExitCode::from(1),
            }
        }
        Failure::Input(e) => {
            eprintln!("harbour: {e}");
            ExitCode::from(1)
        }
        Failure::Mismatch => {
            eprintln!("harbour: the two PINs are different; nothing was changed");
            ExitCode::from(1)
        }
    }
}

/// Asks for a new PIN twice and checks it against the rules before any slow work.
fn new_pin(input: &mut Input, prompt: &str) -> Result<String, Failure> {
    let pin = input.secret(prompt)?;
    check_pin(pin.clone())?;
    let again = input.secret("Type it again: ")?;
    if again != pin {
        return Err(Failure::Mismatch);
    }
    Ok(pin)
}

pub fn setup(
    app: &HarbourApp,
    input: &mut Input,
    kdf_target_ms: u32,
    platform_secret: bool,
) -> Outcome {
    if app.status()?.set_up {
        return Err(HarbourError::AlreadySetUp.into());
    }
    let pin = new_pin(input, "Choose a PIN (4–12 digits) or a passphrase: ")?;
    println!("Measuring this machine…");
    let kdf = calibrate_kdf(kdf_target_ms);
    app.setup(
        pin,
        VaultOptions {
            kdf,
            use_platform_secret: platform_secret,
        },
    )?;
    println!(
        "Set up. The vault is open. (Argon2id: {} MiB, {} passes)",
        kdf.memory_kib / 1024,
        kdf.passes
    );
    Ok(())
}

pub fn unlock(app: &HarbourApp, input: &mut Input) -> Outcome {
    let pin = input.secret("PIN: ")?;
    let started = Instant::now();
    app.unlock(pin)?;
    println!("Unlocked ({} ms).", started.elapsed().as_millis());
    Ok(())
}

pub fn change_pin(app: &HarbourApp, input: &mut Input) -> Outcome {
    let old = input.secret("Current PIN: ")?;
    let new = new_pin(input, "New PIN: ")?;
    app.change_pin(old, new)?;
    println!("PIN changed.");
    Ok(())
}

pub fn status(app: &HarbourApp) -> Outcome {
    let s = app.status()?;
    println!("set up: {}", if s.set_up { "yes" } else { "no" });
    println!("vault: {}", if s.unlocked { "unlocked" } else { "locked" });
    println!("failed attempts: {}", s.failed_attempts);
    if s.retry_after_secs > 0 {
        println!("next attempt in: {} s", s.retry_after_secs);
    }
    Ok(())
}

pub fn calibrate(target_ms: u32) -> Outcome {
    let kdf = calibrate_kdf(target_ms);
    println!(
        "Argon2id for ~{target_ms} ms here: {} MiB, {} passes",
        kdf.memory_kib / 1024,
        kdf.passes
    );
    Ok(())
}

const HELP: &str = "\
Commands:
  status       set up? locked? any wait after failed attempts
  setup        create the vault with a new PIN
  unlock       open the vault with your PIN
  lock         close the vault now (also: x)
  change-pin   change your PIN
  help         this list
  quit         lock and leave";

/// The interactive session: one app, many commands, locked on the way out.
pub fn shell(app: &Arc<HarbourApp>, input: &mut Input) -> Outcome {
    if input.is_interactive() {
        println!("Harbour. Type `help` for commands.");
    }
    while let Some(line) = input.line("harbour> ")? {
        let result = match line.trim() {
            "" => Ok(()),
            "status" => status(app),
            "setup" => setup(app, input, DEFAULT_KDF_TARGET_MS, true),
            "unlock" => unlock(app, input),
            "lock" | "x" => {
                app.lock();
                println!("Locked.");
                Ok(())
            }
            "change-pin" => change_pin(app, input),
            "help" | "?" => {
                println!("{HELP}");
                Ok(())
            }
            "quit" | "exit" | "q" => break,
            other => {
                println!("Unknown command `{other}`. Type `help`.");
                Ok(())
            }
        };
        if let Err(failure) = result {
            // Reported, and the session goes on; input that has ended still ends it.
            if let Failure::Input(e) = &failure
                && e.kind() == io::ErrorKind::UnexpectedEof
            {
                report(&failure);
                break;
            }
            report(&failure);
        }
    }
    app.lock();
    Ok(())
}
