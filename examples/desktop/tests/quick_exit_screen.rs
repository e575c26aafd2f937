//! The interactive shell on a real (pseudo-)terminal: after a quick exit, and after leaving,
//! neither the screen nor the scrollback holds the PIN, journal text or help.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ROWS: u16 = 30;
const COLS: u16 = 100;

struct Terminal {
    master: std::fs::File,
    seen: Arc<Mutex<Vec<u8>>>,
    child: Child,
}

impl Terminal {
    fn start(home: &Path) -> Terminal {
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize { ws_row: ROWS, ws_col: COLS, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: openpty writes two descriptors it opened; null name and termios are allowed.
        let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
        assert_eq!(rc, 0, "openpty");
        // SAFETY: both descriptors were just opened for us and are owned from here on.
        let (master, slave) = unsafe { (std::fs::File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let mut command = Command::new(env!("CARGO_BIN_EXE_harbour"));
        command
            .env("HARBOUR_HOME", home)
            .env_remove("HARBOUR_DATA_DIR")
            .env_remove("HARBOUR_KEYSTORE_DIR")
            .env_remove("HARBOUR_LOCALE")
            .env("LANG", "en_GB.UTF-8")
            .env("TERM", "xterm-256color")
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        // SAFETY: only async-signal-safe calls between fork and exec. The terminal becomes
        // the child's controlling terminal, so the PIN prompt reads it as on a desktop.
        unsafe {
            command.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().unwrap();
        drop(command);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (mut reader, sink) = (master.try_clone().unwrap(), seen.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // EIO once the child has gone and the terminal is closed.
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Terminal { master, seen, child }
    }

    fn output(&self) -> Vec<u8> {
        self.seen.lock().unwrap().clone()
    }

    /// Waits until the output so far ends with something containing `text` after `from`.
    fn wait_for(&self, from: usize, text: &str) -> usize {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let out = self.output();
            if String::from_utf8_lossy(&out[from.min(out.len())..]).contains(text) {
                return out.len();
            }
            assert!(Instant::now() < deadline, "waited for {text:?}; saw {:?}", String::from_utf8_lossy(&out));
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn type_line(&mut self, line: &str) {
        self.master.write_all(format!("{line}\r").as_bytes()).unwrap();
        self.master.flush().unwrap();
    }

    /// What a terminal emulator would show: the screen and everything in its scrollback.
    fn shown(&self) -> String {
        let mut parser = vt100::Parser::new(ROWS, COLS, 10_000);
        parser.process(&self.output());
        let mut all = parser.screen().contents();
        parser.set_scrollback(usize::MAX);
        all.push_str(&parser.screen().contents());
        all
    }
}

#[test]
fn quick_exit_leaves_no_pin_entry_or_help_on_screen_or_in_scrollback() {
    let home = tempfile::tempdir().unwrap();
    let setup = Command::new(env!("CARGO_BIN_EXE_harbour"))
        .args(["setup", "--kdf-target-ms", "1"])
        .env("HARBOUR_HOME", home.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(b"4826\n4826\n")?;
            c.wait()
        })
        .unwrap();
    assert!(setup.success());

    let mut t = Terminal::start(home.path());
    let mut at = t.wait_for(0, "[");
    t.type_line("4826=");
    at = t.wait_for(at, "harbour>");
    t.type_line("write");
    at = t.wait_for(at, "│");
    t.type_line("SECRET-ENTRY boss kept my passport");
    t.type_line(".");
    at = t.wait_for(at, "harbour>");
    t.type_line("journal");
    at = t.wait_for(at, "harbour>");
    t.type_line("helplines GB");
    at = t.wait_for(at, "harbour>");
    let sent = String::from_utf8_lossy(&t.output()).into_owned();
    assert!(sent.contains("SECRET-ENTRY") && sent.contains("harbour>"), "the session did show the entry: {sent}");

    t.type_line("x");
    t.wait_for(at, "[");
    std::thread::sleep(Duration::from_millis(300));
    let hidden = t.shown();
    for secret in ["4826", "SECRET-ENTRY", "harbour>", "Harbour", "passport"] {
        assert!(!hidden.contains(secret), "after the quick exit {secret:?} is still shown:\n{hidden}");
    }
    assert!(hidden.contains('0'), "a clean calculator is shown:\n{hidden}");

    t.type_line(":q");
    let status = t.child.wait().unwrap();
    assert!(status.success());
    std::thread::sleep(Duration::from_millis(100));
    let left = t.shown();
    for secret in ["4826", "SECRET-ENTRY", "harbour>", "passport"] {
        assert!(!left.contains(secret), "after leaving {secret:?} is still shown:\n{left}");
    }
}
