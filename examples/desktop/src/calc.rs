//! The calculator the interactive shell opens on, as the phones do. Type keys as text —
//! digits, `.`, `+ - * /` (or `× ÷ −`), `=`, `%`, `n` (±), `c` (C), `a` (AC), `b` (⌫) — and a
//! PIN followed by `=` opens the app. Lines starting with `:` are the shell's own (`:q` quits).
//! On a terminal it all runs in the alternate screen, cleared at every quick exit.

use std::sync::Arc;

use harbour_ffi::{AttemptResult, CalcKey, CalcOp, CalcView, Disguise, HarbourApp};

use crate::commands::Outcome;
use crate::input::Input;
use crate::ui::Ui;

fn key(c: char) -> Option<CalcKey> {
    Some(match c {
        '0'..='9' => CalcKey::Digit { digit: c as u8 - b'0' },
        '.' | ',' => CalcKey::Point,
        '+' => CalcKey::Operator { op: CalcOp::Add },
        '-' | '−' => CalcKey::Operator { op: CalcOp::Subtract },
        '*' | 'x' | '×' => CalcKey::Operator { op: CalcOp::Multiply },
        '/' | '÷' => CalcKey::Operator { op: CalcOp::Divide },
        '=' => CalcKey::Equals,
        '%' => CalcKey::Percent,
        'n' => CalcKey::Sign,
        'c' => CalcKey::Clear,
        'a' => CalcKey::AllClear,
        'b' => CalcKey::Backspace,
        _ => return None,
    })
}

fn show(view: &CalcView) {
    println!("[{:>14}]", view.display);
}

/// Runs the calculator until the vault opens (then the app's session runs, and its quick
/// exit comes back here) or input ends.
pub fn run(app: &Arc<HarbourApp>, ui: &Ui, input: &mut Input) -> Outcome {
    crate::screen::enter();
    let result = calculator(app, ui, input);
    crate::screen::leave();
    result
}

fn calculator(app: &Arc<HarbourApp>, ui: &Ui, input: &mut Input) -> Outcome {
    let disguise: Arc<Disguise> = app.disguise();
    if !app.status()?.set_up {
        // First use: choose a PIN, then the journal is open.
        crate::commands::setup(app, ui, input, crate::commands::DEFAULT_KDF_TARGET_MS, true)?;
        if crate::commands::shell(app, ui, input, &disguise)? == crate::commands::SessionEnd::Quit {
            return Ok(());
        }
        crate::screen::clear();
    }
    show(&disguise.view());
    while let Some(line) = input.line("")? {
        let line = line.trim();
        if line == ":q" || line == ":quit" {
            break;
        }
        let mut view = disguise.view();
        let mut attempted = false;
        for c in line.chars().filter(|c| !c.is_whitespace()) {
            if let Some(k) = key(c) {
                attempted |= k == CalcKey::Equals;
                view = disguise.press(k);
            }
        }
        show(&view);
        // Only an "=" can be an unlock attempt; a calculation simply is not one.
        if !attempted {
            continue;
        }
        match disguise.wait_for_attempt_result(30_000) {
            Some(AttemptResult::Unlocked) => {
                crate::screen::clear();
                crate::commands::tell_wrong_tries(app, ui);
                if crate::commands::shell(app, ui, input, &disguise)? == crate::commands::SessionEnd::Quit {
                    break;
                }
                // Quick exit: a clean calculator, nothing of the session above it.
                crate::screen::clear();
                show(&disguise.view());
            }
            // The right PIN during a wait would otherwise fail without a word.
            Some(AttemptResult::Wait { secs }) => {
                println!("{}", ui.error(&harbour_ffi::HarbourError::RetryLater { retry_after_secs: secs }))
            }
            _ => {}
        }
    }
    disguise.quick_exit();
    Ok(())
}
