//! The shell driven with random argument lists and input: it never panics, and always exits
//! with one of the documented codes (README: 0, 1, 2, 3, 4, 5) or quietly on a closed pipe.

use std::io::Write;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use proptest::prelude::*;

/// A set-up home shared by the cases (PIN 4826, one entry), copied per case so each starts
/// from the same state.
fn template() -> &'static Path {
    static HOME: OnceLock<tempfile::TempDir> = OnceLock::new();
    HOME.get_or_init(|| {
        let home = tempfile::tempdir().unwrap();
        assert!(run(home.path(), &["setup", "--kdf-target-ms", "1"], b"4826\n4826\n").status.success());
        assert!(run(home.path(), &["write"], b"4826\nAn entry.\n.\n").status.success());
        home
    })
    .path()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn run<S: AsRef<std::ffi::OsStr>>(home: &Path, args: &[S], stdin: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_harbour"))
        .args(args)
        .current_dir(home)
        .env("HARBOUR_HOME", home)
        .env_remove("HARBOUR_DATA_DIR")
        .env_remove("HARBOUR_KEYSTORE_DIR")
        .env_remove("HARBOUR_LOCALE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The shell may stop reading early (a refused command): a closed pipe here is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

const WORDS: &[&str] = &[
    "setup",
    "unlock",
    "change-pin",
    "status",
    "calibrate",
    "helplines",
    "tips",
    "rights",
    "resources",
    "check",
    "import",
    "packs",
    "share",
    "set",
    "journal",
    "write",
    "edit",
    "delete",
    "verify",
    "plan",
    "plan-set",
    "export",
    "restore",
    "check-export",
    "outreach",
    "handoff",
    "reset",
    "wipe-after",
    "second-pin",
    "emergency-pin",
    "country",
    "locale",
    "GB",
    "ZZ",
    "ti",
    "--page",
    "18446744073709551615",
    "-1",
    "--tag",
    "--category",
    "--country",
    "--open-now",
    "--under-18",
    "--nationality",
    "--to-organisation",
    "--identity",
    "--org-age-key",
    "--locale",
    "--kdf-target-ms",
    "0",
    "4294967296",
    "4826",
    "x",
    "",
    " ",
    "\u{202e}",
    "ä",
    "日本",
    "--",
    "-",
    "/nonexistent/file",
    "bag",
    "\"a b\"",
    "help",
    "--help",
];

fn arg() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(WORDS).prop_map(str::to_owned),
        1 => "\\PC{0,12}",
    ]
}

fn stdin() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        // Lines a person might type: PINs, commands, dots, in any order.
        3 => proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(WORDS).prop_map(str::to_owned),
                Just("4826".to_owned()),
                Just("4826=".to_owned()),
                Just(".".to_owned()),
                Just("1+2=".to_owned()),
                "[0-9=+×÷.]{0,8}",
            ],
            0..12,
        )
        .prop_map(|lines| lines.join("\n").into_bytes()),
        // Anything at all, invalid UTF-8 included.
        1 => proptest::collection::vec(any::<u8>(), 0..200),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_arguments_and_input_end_in_a_documented_exit_and_no_panic(
        args in proptest::collection::vec(arg(), 0..5),
        input in stdin(),
    ) {
        let home = tempfile::tempdir().unwrap();
        copy_dir(template(), home.path());
        let out = run(home.path(), &args, &input);
        let said = String::from_utf8_lossy(&out.stderr);
        prop_assert!(!said.contains("panicked") && !said.contains("RUST_BACKTRACE"), "{args:?}: {said}");
        let fine = matches!(out.status.code(), Some(0..=5)) || out.status.signal() == Some(libc::SIGPIPE);
        prop_assert!(fine, "{args:?} {:?}: {said}", out.status);
    }
}
