//! The terminal the interactive shell draws on. On a terminal it runs in the alternate screen,
//! so nothing it shows — a PIN's digits echoed as typed, journal text, help — reaches the
//! terminal's scrollback; a quick exit or a lock clears it. Not a terminal (a pipe, a test):
//! nothing is sent.

use std::io::{IsTerminal, Write};

fn send(codes: &str) {
    let mut out = std::io::stdout();
    if out.is_terminal() {
        let _ = out.write_all(codes.as_bytes());
        let _ = out.flush();
    }
}

/// Switches to the alternate screen, cleared.
pub fn enter() {
    send("\x1b[?1049h\x1b[2J\x1b[3J\x1b[H");
}

/// Clears the screen and the scrollback: what was shown is gone.
pub fn clear() {
    send("\x1b[2J\x1b[3J\x1b[H");
}

/// Back to the ordinary screen, as it was before the shell started.
pub fn leave() {
    send("\x1b[2J\x1b[3J\x1b[H\x1b[?1049l");
}
