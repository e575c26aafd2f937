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
    /// No country given or saved, and no one to ask (already said how to give it).
    NeedsCountry,
    /// The pack asked for has no file to pass on (already said).
    NothingToShare,
    /// The person said no, or something they must first do was said: nothing was done.
    Declined,
    /// A message of the shell's own (by id) says what went wrong.
    Said(&'static str),
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
/// picks an exit code a script can test (README): 0 done, 1 refused or failed (said why),
/// 2 a command not understood, 3 wrong PIN, 4 must wait, 5 locked.
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
            let id = match e.kind() {
                io::ErrorKind::InvalidData => "input-not-text",
                io::ErrorKind::UnexpectedEof => "input-ended",
                io::ErrorKind::NotFound => "error-file-not-found",
                io::ErrorKind::AlreadyExists => "error-file-exists",
                io::ErrorKind::PermissionDenied => "error-no-permission",
                _ => "error-file",
            };
            eprintln!("{}", ui.text(id));
            ExitCode::from(1)
        }
        Failure::Said(id) => {
            eprintln!("{}", ui.text(id));
            ExitCode::from(1)
        }
        Failure::Mismatch => {
            eprintln!("{}", ui.text("pin-mismatch"));
            ExitCode::from(1)
        }
        Failure::NeedsCountry | Failure::NothingToShare | Failure::Declined => ExitCode::from(1),
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

/// Unlocks with a PIN read from the person. `announce`: say "Open" (the interactive shell; a
/// one-shot command goes on to its own output). Either way, wrong PINs typed since the last
/// opening are said: someone else may have tried.
pub fn unlock(app: &HarbourApp, ui: &Ui, input: &mut Input, announce: bool) -> Outcome {
    let pin = input.secret(&prompt(ui, "pin-enter"))?;
    app.unlock(pin)?;
    if announce {
        ui.say("status-unlocked");
    }
    tell_wrong_tries(app, ui);
    Ok(())
}

/// "A wrong PIN was typed 3 times since you last opened the app", if it was.
pub fn tell_wrong_tries(app: &HarbourApp, ui: &Ui) {
    let tries = app.wrong_tries_before_open();
    if tries > 0 {
        println!("{}", ui.count("unlock-wrong-tries", "count", tries.into()));
    }
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

pub fn calibrate(ui: &Ui, target_ms: u32) -> Outcome {
    let kdf = calibrate_kdf(target_ms);
    let (ms, mib, passes) = (target_ms.to_string(), (kdf.memory_kib / 1024).to_string(), kdf.passes.to_string());
    println!("{}", ui.texts("calibrate-result", &[("ms", ms.as_str()), ("mib", &mib), ("passes", &passes)]));
    Ok(())
}

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
        // A "notes only" second-PIN session never names the app.
        let title = match app.session_shows() {
            harbour_ffi::SessionShows::Everything => ui.text("app-name"),
            harbour_ffi::SessionShows::NotesOnly => ui.text("shell-notes-title"),
        };
        println!("{title} — help · x = {}", ui.text("nav-hide"));
    }
    let mut end = SessionEnd::Quit;
    let mut draft: Option<zeroize::Zeroizing<String>> = None;
    while let Some(line) = input.line("harbour> ")? {
        let owned = split_words(&line);
        let words: Vec<&str> = owned.iter().map(String::as_str).collect();
        let (first, rest) = words.split_first().map_or(("", &[][..]), |(f, r)| (*f, r));
        let given = |i: usize| rest.get(i).map(|c| c.to_ascii_uppercase());
        // A "notes only" second-PIN session shows nothing of the help, not even its titles.
        let help_command =
            matches!(first, "helplines" | "tips" | "rights" | "resources" | "check" | "import" | "packs");
        if help_command && app.session_shows() == harbour_ffi::SessionShows::NotesOnly {
            report(ui, &HarbourError::NotAvailable.into());
            continue;
        }
        let result = match first {
            "helplines" => crate::help::country(app, ui, input, given(0)).and_then(|country| {
                let options = crate::help::HelplineOptions {
                    open_now_only: false,
                    exclude_law_enforcement: false,
                    require_language: false,
                    under_18: false,
                    nationality: given(1),
                };
                crate::help::helplines(app, ui, &country, options)
            }),
            "tips" => crate::help::tips(app, ui),
            "rights" => {
                let country = if rest.is_empty() {
                    crate::help::country(app, ui, input, None).map(Some)
                } else {
                    Ok(app.setting("country".into()).ok().flatten())
                };
                country.and_then(|c| crate::help::articles(app, ui, rest.join(" "), c, harbour_ffi::ArticleKind::Right))
            }
            "resources" => crate::help::articles(app, ui, rest.join(" "), None, harbour_ffi::ArticleKind::Resource),
            "check" => crate::help::country(app, ui, input, None)
                .and_then(|country| crate::help::check(app, ui, input, &country)),
            "import" => crate::help::import(app, ui, &rest.join(" ")),
            "packs" => crate::help::packs(app, ui),
            "set" if rest.len() == 2 && (rest[0] == "country" || rest[0] == "locale") => set(app, rest[0], rest[1]),
            "journal" => match rest.first().map(|p| crate::help::ascii_digits(p).parse::<u64>()) {
                None => crate::journal::list(app, ui, 0),
                Some(Ok(page)) => crate::journal::list(app, ui, page),
                Some(Err(_)) => Err(Failure::Said("journal-page-none")),
            },
            "write" => crate::journal::write_keeping(app, ui, input, &mut draft),
            "edit" if rest.len() == 1 => crate::journal::edit(app, ui, input, rest[0]),
            "delete" if rest.len() == 1 => crate::journal::delete(app, ui, input, rest[0]),
            "verify" => crate::journal::verify(app, ui),
            "plan" => crate::journal::plan(app, ui),
            "plan-set" if !rest.is_empty() => {
                crate::journal::plan_set(app, ui, rest[0], rest[1..].iter().map(|s| s.to_string()).collect())
            }
            "export" if rest.len() == 1 => crate::journal::export(app, ui, input, rest[0], None, false),
            "export" if rest.len() == 2 && rest[1] == "--to-organisation" => {
                crate::journal::export(app, ui, input, rest[0], None, true)
            }
            "restore" if rest.len() == 1 => crate::journal::restore(app, ui, input, rest[0]),
            _ => match line.trim() {
                "" => Ok(()),
                "status" => status(app, ui),
                "setup" => setup(app, ui, input, DEFAULT_KDF_TARGET_MS, true),
                "unlock" => unlock(app, ui, input, true),
                "x" | "hide" => {
                    disguise.quick_exit();
                    end = SessionEnd::Hidden;
                    break;
                }
                "lock" => {
                    app.lock();
                    crate::screen::clear();
                    ui.say("status-locked");
                    Ok(())
                }
                "second-pin" => second_pin(app, ui, input),
                "emergency-pin" => emergency_pin(app, ui, input),
                "change-pin" => change_pin(app, ui, input),
                "help" | "?" => {
                    ui.say("shell-help");
                    Ok(())
                }
                "quit" | "exit" | "q" => break,
                other => {
                    println!("{}", ui.text_with("shell-unknown-command", "command", other));
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

/// Splits a typed line into words as a shell would: spaces separate, and "double" or 'single'
/// quotes keep spaces inside one word (`plan-set bag "phone charger" money`).
pub fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => current.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut current));
                    in_word = false;
                }
            }
            (None, c) => {
                current.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(current);
    }
    words
}

/// Sets the second PIN (a separate, everyday-looking journal).
pub fn second_pin(app: &HarbourApp, ui: &Ui, input: &mut Input) -> Outcome {
    ui.say("decoy-title");
    ui.say("decoy-explain");
    let pin = new_pin(ui, input, "pin-new")?;
    ui.say("decoy-shows");
    ui.say("decoy-shows-same");
    ui.say("decoy-shows-notes");
    let shows = loop {
        match input.line("1/2 → ")?.map(|l| crate::help::ascii_digits(l.trim())) {
            Some(choice) if choice == "1" => break harbour_ffi::SessionShows::Everything,
            Some(choice) if choice == "2" => break harbour_ffi::SessionShows::NotesOnly,
            Some(_) => ui.say("decoy-shows-choose"),
            None => return Err(Failure::Input(io::ErrorKind::UnexpectedEof.into())),
        }
    };
    app.set_decoy_pin_showing(pin, true, shows)?;
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

/// Runs `f`, a call that hands over, resets or redirects exports: before the first PIN as it
/// is, afterwards in the session the PIN asked for opens.
pub fn with_power(
    app: &HarbourApp,
    ui: &Ui,
    input: &mut Input,
    f: impl FnOnce(&HarbourApp, &mut Input) -> Outcome,
) -> Outcome {
    if app.status()?.set_up {
        crate::journal::ensure_unlocked(app, ui, input)?;
    }
    f(app, input)
}

/// Erases everything after the person types back the code shown.
pub fn reset(app: &HarbourApp, ui: &Ui, input: &mut Input) -> Outcome {
    ui.say("outreach-reset-confirm");
    let code = app.begin_reset();
    println!("{}", ui.text_with("reset-type-code", "code", &code));
    let typed = input.line("→ ")?.unwrap_or_default();
    app.reset(typed.trim().to_owned())?;
    ui.say("status-setup-needed");
    Ok(())
}
