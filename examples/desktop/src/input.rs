//! Where commands and PINs come from: a terminal (PINs typed without echo) or a pipe (one
//! line each), so the same shell can be used by a person and by a script.

use std::io::{self, BufRead, IsTerminal, Write};

pub struct Input {
    interactive: bool,
    lines: io::Lines<io::StdinLock<'static>>,
}

impl Input {
    pub fn new() -> Self {
        let stdin = io::stdin();
        Input { interactive: stdin.is_terminal(), lines: stdin.lock().lines() }
    }

    pub fn is_interactive(&self) -> bool {
        self.interactive
    }

    /// A line of input, shown as typed. `None` at end of input.
    pub fn line(&mut self, prompt: &str) -> io::Result<Option<String>> {
        if self.interactive {
            print!("{prompt}");
            io::stdout().flush()?;
        }
        self.lines.next().transpose()
    }

    /// A PIN: not echoed on a terminal, the next line otherwise.
    pub fn secret(&mut self, prompt: &str) -> io::Result<String> {
        if self.interactive {
            return rpassword::prompt_password(prompt);
        }
        match self.lines.next() {
            Some(line) => line,
            None => Err(io::Error::new(io::ErrorKind::UnexpectedEof, "expected a PIN on standard input")),
        }
    }
}
