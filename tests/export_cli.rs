//! The caseworker's side: an export made by the app opens with the standard `age` command
//! (installed by `.ci/run`; `apt-get install age` on a developer machine), and nothing but
//! ciphertext is ever written.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;

use age::secrecy::SecretString;
use harbour_core::app::Harbour;
use harbour_core::journal::export::ExportTo;
use harbour_core::journal::{NewAttachment, NewEntry};
use harbour_core::secret::Pin;
use harbour_core::vault::{KdfParams, MemoryKeyStore, SetupOptions};
use harbour_tests::forensics;

const MARKER: &str = "EXPORT-MARKER-wages-withheld-3c9e";
const PHOTO: &[u8] = b"PHOTO-MARKER-jpeg-bytes";

fn app_with_journal(dir: &Path) -> Harbour {
    let app = Harbour::open(&dir.join("data"), Arc::new(MemoryKeyStore::default())).unwrap();
    app.setup(&Pin::new("2580".into()).unwrap(), SetupOptions { kdf: KdfParams::FLOOR, platform_secret: true })
        .unwrap();
    let photo = NewAttachment { name: "payslip.jpg".into(), mime: "image/jpeg".into(), data: PHOTO.to_vec() };
    app.journal_append(&NewEntry {
        text: format!("{MARKER}: paid nothing"),
        tags: vec![],
        category: Some("pay".into()),
        attachments: vec![photo],
    })
    .unwrap();
    app
}

fn age_cli() -> &'static str {
    let ok = Command::new("age").arg("--version").output().map(|o| o.status.success()).unwrap_or(false);
    assert!(ok, "the `age` command is needed (apt-get install age); .ci/run installs it");
    "age"
}

fn untar_contains(tar_bytes: &[u8], needle: &[u8]) -> bool {
    forensics::contains(tar_bytes, needle)
}

#[test]
fn an_export_to_a_caseworker_key_opens_with_the_age_command() {
    let age = age_cli();
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_journal(dir.path());
    let key_file = dir.path().join("caseworker.key");
    let out = Command::new("age-keygen").arg("-o").arg(&key_file).output().unwrap();
    assert!(out.status.success());
    let public = String::from_utf8_lossy(&out.stderr).trim().trim_start_matches("Public key: ").to_owned();
    let export_dir = dir.path().join("exports");
    std::fs::create_dir(&export_dir).unwrap();
    let file = export_dir.join("journal.age");
    app.journal_export(&file, &ExportTo::Recipient(public), &["en".into()], &mut |_, _| true).unwrap();

    // Every file the export wrote is ciphertext.
    assert_eq!(forensics::files_under(&export_dir), std::slice::from_ref(&file));
    for needle in [MARKER.as_bytes(), PHOTO] {
        assert!(forensics::files_containing(&export_dir, needle).is_empty());
    }
    let out = Command::new(age).args(["-d", "-i"]).arg(&key_file).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(untar_contains(&out.stdout, MARKER.as_bytes()) && untar_contains(&out.stdout, PHOTO));
    let mut archive = tar::Archive::new(out.stdout.as_slice());
    let names: Vec<String> =
        archive.entries().unwrap().map(|e| e.unwrap().path().unwrap().to_string_lossy().into_owned()).collect();
    assert!(names.contains(&"harbour-export/index.html".to_owned()));
}

#[test]
fn a_passphrase_export_opens_with_the_age_command_and_the_passphrase() {
    let age = age_cli();
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_journal(dir.path());
    let file = dir.path().join("journal.age");
    app.journal_export(
        &file,
        &ExportTo::Passphrase(SecretString::from("correct horse battery".to_owned())),
        &["en".into()],
        &mut |_, _| true,
    )
    .unwrap();
    // age reads a passphrase only from a terminal: give it one with `script`.
    let decrypted = dir.path().join("journal.tar");
    let command = format!("{age} -d -o {} {}", decrypted.display(), file.display());
    let mut child = Command::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"correct horse battery\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let tar_bytes = std::fs::read(&decrypted).unwrap();
    assert!(untar_contains(&tar_bytes, MARKER.as_bytes()));
}

#[test]
fn a_failed_export_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_journal(dir.path());
    let file = dir.path().join("journal.age");
    let err = app.journal_export(
        &file,
        &ExportTo::Passphrase(SecretString::from("pass phrase".to_owned())),
        &["en".into()],
        &mut |done, _| done < 1,
    );
    assert!(err.is_err());
    assert!(!file.exists(), "a cancelled export removes its partial file");
    app.lock();
    let locked = app.journal_export(
        &file,
        &ExportTo::Passphrase(SecretString::from("pass phrase".to_owned())),
        &["en".into()],
        &mut |_, _| true,
    );
    assert!(locked.is_err() && !file.exists());
}
