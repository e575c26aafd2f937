//! What each command does, shared by the one-shot subcommands and the interactive session.

use std::io;
use std::process::ExitCode;
use std::sync::Arc;

use harbour_ffi::{HarbourApp, HarbourError, VaultOptions, calibrate_kdf, check_pin};

use crate::input::Input;
use crate::ui::Ui;

/// Argon2id target on a desktop; phones calibrate their own.
pub const DEFAULT_KDF_TARGET_MS: u32 = 750;

pub type Outcome = Result<(), Failure>;

/// Why a command failed: the app said no, the two PINs differed, or input ended.
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

/// Tells the person what went wrong in their language (never a PIN: errors carry none) and
/// picks an exit code a script can test: 3 wrong PIN, 4 must wait, 5 locked, 1 otherwise.
pub fn report(ui: &Ui, failure: &Failure) -> ExitCode {
    match failure {
        Failure::App(e) => {
            eprintln!("{}", ui.error(e));
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
            eprintln!("{}", ui.text("pin-mismatch"));
            ExitCode::from(1)
        }
    }
}

fn prompt(ui: &Ui, id: &str) -> String {
    format!("{}: ", ui.text(id))
}

/// Asks for a new PIN twice and checks it against the rules before any slow work.
fn new_pin(ui: &Ui, input: &mut Input, id: &str) -> Result<String, Failure> {
    let pin = input.secret(&prompt(ui, id))?;
    check_pin(pin.clone())?;
    let again = input.secret(&prompt(ui, "pin-confirm"))?;
    if again != pin {
        return Err(Failure::Mismatch);
    }
    Ok(pin)
}

pub fn setup(app: &HarbourApp, ui: &Ui, input: &mut Input, kdf_target_ms: u32, platform_secret: bool) -> Outcome {
    if app.status()?.set_up {
        return Err(HarbourError::AlreadySetUp.into());
    }
    if input.is_interactive() {
        ui.say("setup-welcome");
        ui.say("setup-private");
        ui.say("pin-choose-hint");
    }
    let pin = new_pin(ui, input, "pin-choose")?;
    ui.say("setup-measure");
    let kdf = calibrate_kdf(kdf_target_ms);
    app.setup(pin, VaultOptions { kdf, use_platform_secret: platform_secret })?;
    ui.say("setup-done");
    Ok(())
}

pub fn unlock(app: &HarbourApp, ui: &Ui, input: &mut Input) -> Outcome {
    let pin = input.secret(&prompt(ui, "pin-enter"))?;
    app.unlock(pin)?;
    ui.say("status-unlocked");
    Ok(())
}

pub fn change_pin(app: &HarbourApp, ui: &Ui, input: &mut Input) -> Outcome {
    let old = input.secret(&prompt(ui, "pin-current"))?;
    let new = new_pin(ui, input, "pin-new")?;
    app.change_pin(old, new)?;
    ui.say("pin-changed");
    Ok(())
}

pub fn status(app: &HarbourApp, ui: &Ui) -> Outcome {
    let s = app.status()?;
    if !s.set_up {
        ui.say("status-setup-needed");
        return Ok(());
    }
    ui.say(if s.unlocked { "status-unlocked" } else { "status-locked" });
    if s.failed_attempts > 0 {
        println!("{}", ui.count("pin-attempts", "count", s.failed_attempts.into()));
    }
    if s.retry_after_secs > 0 {
        println!("{}", ui.error(&HarbourError::RetryLater { retry_after_secs: s.retry_after_secs }));
    }
    Ok(())
}

pub fn calibrate(target_ms: u32) -> Outcome {
    let kdf = calibrate_kdf(target_ms);
    println!("Argon2id for ~{target_ms} ms here: {} MiB, {} passes", kdf.memory_kib / 1024, kdf.passes);
    Ok(())
}

const HELP: &str = "\
Commands:
  helplines [XX]      who can help, open now first (XX: country code)
  rights [words]      your rights; search words
  resources [words]   more to read
  check               check your situation (self-screening)
  import <file>       add help information from a pack file
  packs               installed content packs
  set country XX      save your country; set locale xx: your language
  journal [page]      your journal (unlock first)
  write               write an entry; end with a line holding only a dot
  edit <id> / delete <id>
  verify              check the journal was not changed; show the check code
  plan                your safety plan; plan-set <section> <items…>
  export <file>       an encrypted file for a caseworker
  restore <file>      bring a journal from an export
  status              set up? locked? any wait after failed attempts
  setup               create the vault with a new PIN
  unlock              open the vault with your PIN
  x (or hide)         quick exit: lock and show the calculator
  lock                close the vault now
  second-pin          a second PIN that opens a harmless journal
  emergency-pin       a PIN that erases the real journal, then opens the harmless one
  change-pin          change your PIN
  help                this list
  quit                lock and leave";

/// Saves a setting that is needed before unlocking.
pub fn set(app: &HarbourApp, what: &str, value: &str) -> Outcome {
    let value = if what == "country" { value.to_ascii_uppercase() } else { value.to_owned() };
    app.set_setting(what.into(), value)?;
    Ok(())
}

/// How an interactive session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEnd {
    /// Quick exit: back to the calculator.
    Hidden,
    /// Quit, or input ended.
    Quit,
}

/// The interactive session: one app, many commands. `x` (or `hide`) is the quick exit back
/// to the calculator; `quit` leaves. Either way the vault is locked.
pub fn shell(
    app: &Arc<HarbourApp>,
    ui: &Ui,
    input: &mut Input,
    disguise: &harbour_ffi::Disguise,
) -> Result<SessionEnd, Failure> {
    if input.is_interactive() {
        println!("{} — help · x = {}", ui.text("app-name"), ui.text("nav-hide"));
    }
    let mut end = SessionEnd::Quit;
    while let Some(line) = input.line("harbour> ")? {
        let words: Vec<&str> = line.split_whitespace().collect();
        let (first, rest) = words.split_first().map_or(("", &[][..]), |(f, r)| (*f, r));
        let country = crate::help::country(app, None);
        let result = match first {
            "helplines" => {
                let query = harbour_ffi::HelplineQuery {
                    country: rest.first().map(|c| c.to_ascii_uppercase()).or(country),
                    languages: vec![ui.translator.locale()],
                    require_language: false,
                    specialty: None,
                    channel: None,
                    open_now_only: false,
                    exclude_law_enforcement: false,
                    limit: 0,
                };
                crate::help::helplines(app, ui, query)
            }
            "rights" => crate::help::articles(app, ui, rest.join(" "), country, harbour_ffi::ArticleKind::Right),
            "resources" => crate::help::articles(app, ui, rest.join(" "), None, harbour_ffi::ArticleKind::Resource),
            "check" => crate::help::check(app, ui, input, country),
            "import" => crate::help::import(app, ui, &rest.join(" ")),
            "packs" => crate::help::packs(app),
            "set" if rest.len() == 2 && (rest[0] == "country" || rest[0] == "locale") => set(app, rest[0], rest[1]),
            "journal" => crate::journal::list(app, ui, rest.first().and_then(|p| p.parse().ok()).unwrap_or(0)),
            "write" => crate::journal::write(app, ui, input, vec![], None, &[]),
            "edit" if rest.len() == 1 => crate::journal::edit(app, ui, input, rest[0]),
            "delete" if rest.len() == 1 => crate::journal::delete(app, ui, input, rest[0]),
            "verify" => crate::journal::verify(app, ui),
            "plan" => crate::journal::plan(app, ui),
            "plan-set" if !rest.is_empty() => {
                crate::journal::plan_set(app, ui, rest[0], rest[1..].iter().map(|s| s.to_string()).collect())
            }
            "export" if rest.len() == 1 => crate::journal::export(app, ui, input, rest[0], None),
            "restore" if rest.len() == 1 => crate::journal::restore(app, ui, input, rest[0]),
            _ => match line.trim() {
                "" => Ok(()),
                "status" => status(app, ui),
                "setup" => setup(app, ui, input, DEFAULT_KDF_TARGET_MS, true),
                "unlock" => unlock(app, ui, input),
                "x" | "hide" => {
                    disguise.quick_exit();
                    end = SessionEnd::Hidden;
                    break;
                }
                "lock" => {
                    app.lock();
                    ui.say("status-locked");
                    Ok(())
                }
                "second-pin" => second_pin(app, ui, input),
                "emergency-pin" => emergency_pin(app, ui, input),
                "change-pin" => change_pin(app, ui, input),
                "help" | "?" => {
                    println!("{HELP}");
                    Ok(())
                }
                "quit" | "exit" | "q" => break,
                other => {
                    println!("? `{other}` — help");
                    Ok(())
                }
            },
        };
        if let Err(failure) = result {
            report(ui, &failure);
            // Input that has ended ends the session.
            if matches!(&failure, Failure::Input(e) if e.kind() == io::ErrorKind::UnexpectedEof) {
                break;
            }
        }
    }
    if end == SessionEnd::Quit {
        disguise.quick_exit();
    }
    Ok(end)
}

/// Sets the second PIN (a separate, everyday-looking journal).
pub fn second_pin(app: &HarbourApp, ui: &Ui, input: &mut Input) -> Outcome {
    ui.say("decoy-title");
    ui.say("decoy-explain");
    let pin = new_pin(ui, input, "pin-new")?;
    app.set_decoy_pin(pin, true)?;
    ui.say("action-done");
    Ok(())
}

/// Sets the emergency PIN (erases the real journal, opens the second one).
pub fn emergency_pin(app: &HarbourApp, ui: &Ui, input: &mut Input) -> Outcome {
    ui.say("duress-title");
    ui.say("duress-explain");
    let pin = new_pin(ui, input, "pin-new")?;
    app.set_duress_pin(pin)?;
    ui.say("action-done");
    Ok(())
}

/// Erases everything after the person types back the code shown.
pub fn reset(app: &HarbourApp, ui: &Ui, input: &mut Input) -> Outcome {
    ui.say("outreach-reset-confirm");
    let code = app.begin_reset();
    let typed = input.line(&format!("{code} → "))?.unwrap_or_default();
    app.reset(typed.trim().to_owned())?;
    ui.say("status-setup-needed");
    Ok(())
}
