//! The shell driven as a script would drive it: PINs on standard input, exit codes checked.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use harbour_ffi::Translator;

fn harbour(home: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_harbour"))
        .args(args)
        .env("HARBOUR_HOME", home)
        .env_remove("HARBOUR_DATA_DIR")
        .env_remove("HARBOUR_KEYSTORE_DIR")
        .env_remove("HARBOUR_LOCALE")
        .env("LANG", "en_GB.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn setup_unlock_wrong_pin_change_pin_and_status() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();

    let out = harbour(h, &["status"], "");
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("Not set up yet"));

    let out = harbour(h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(h.join("data/vault.hdr").exists() && h.join("keystore").is_dir());

    let out = harbour(h, &["unlock"], "1111\n");
    assert_eq!(out.status.code(), Some(3), "wrong PIN exit code");
    assert!(text(&out.stderr).contains("That PIN did not work."));
    assert!(!text(&out.stderr).contains("1111"), "the PIN is never echoed");
    assert!(text(&harbour(h, &["status"], "").stdout).contains("1 wrong try"));

    assert!(harbour(h, &["unlock"], "4826\n").status.success());
    assert!(!text(&harbour(h, &["status"], "").stdout).contains("wrong try"));

    let out = harbour(h, &["change-pin"], "4826\n97531\n97530\n");
    assert!(!out.status.success(), "mismatched confirmation must change nothing");
    assert!(harbour(h, &["change-pin"], "4826\n97531\n97531\n").status.success());
    assert_eq!(harbour(h, &["unlock"], "4826\n").status.code(), Some(3));
    assert!(harbour(h, &["unlock"], "97531\n").status.success());
}

#[test]
fn the_interactive_shell_is_a_calculator_until_the_pin_and_equals() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n").status.success());
    let out = harbour(h, &[], "12+3=\n1111=\nstatus\n4826=\nstatus\nbogus\nx\n4826=\nlock\nstatus\nquit\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().map(str::trim).collect();
    // A calculation, then a wrong PIN that is only a number, then the right one.
    assert!(lines.contains(&"[            15]") && lines.contains(&"[          1111]"));
    let states: Vec<&str> = lines.iter().copied().filter(|l| *l == "Locked" || *l == "Open").collect();
    assert_eq!(states, ["Open", "Locked", "Locked"], "status after unlocking; lock; status after lock");
    assert!(stdout.contains("`bogus`"));
    assert!(lines.contains(&"[             0]"), "quick exit shows a fresh calculator");
}

#[test]
fn second_and_emergency_pins_from_the_shell() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n").status.success());
    assert!(harbour(h, &["write"], "4826\nThe real journal.\n.\n").status.success());
    let out = harbour(h, &[], "4826=\nsecond-pin\n1111\n1111\nemergency-pin\n7777\n7777\nquit\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    // The emergency PIN: the harmless journal opens and the real one is gone.
    let out = text(&harbour(h, &[], "7777=\njournal\nquit\n").stdout);
    assert!(out.contains("6 entries") && !out.contains("The real journal."), "{out}");
    assert_eq!(harbour(h, &["journal"], "4826\n").status.code(), Some(3));
}

#[test]
fn outreach_setup_handoff_and_reset() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    assert!(harbour(h, &["outreach", "--locale", "es", "--country", "ES", "--org-name", "Org"], "").status.success());
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4444\n4444\n").status.success());
    assert!(harbour(h, &["handoff"], "").status.success());
    let status = text(&harbour(h, &["status"], "").stdout);
    let es = Translator::new(vec!["es".into()]).format("status-setup-needed".into(), vec![]);
    assert_eq!(status.trim(), es, "not set up, and in the worker's chosen language");
    assert_eq!(harbour(h, &["unlock"], "4444\n").status.code(), Some(1), "the worker's PIN opens nothing");
    let out = harbour(h, &["reset"], "000000\n");
    assert!(!out.status.success(), "a wrong code erases nothing");
    assert!(text(&harbour(h, &["status"], "").stdout).contains(&es));
}

#[test]
fn a_bad_pin_at_setup_is_refused_before_anything_is_written() {
    let home = tempfile::tempdir().unwrap();
    let out = harbour(home.path(), &["setup"], "12\n12\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("A PIN needs at least 4 numbers."));
    assert!(!home.path().join("data/vault.hdr").exists());
}

#[test]
fn the_shell_speaks_the_chosen_language_and_pseudo_locales() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let out = harbour(h, &["--locale", "es", "status"], "");
    let say = |locale: &str| Translator::new(vec![locale.into()]).format("status-setup-needed".into(), vec![]);
    assert_ne!(say("es"), say("en"));
    assert_eq!(text(&out.stdout).trim(), say("es"));
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n").status.success());
    let out = harbour(h, &["--locale", "ar", "unlock"], "1111\n");
    assert_eq!(out.status.code(), Some(3));
    let arabic = text(&out.stderr);
    assert!(arabic.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "{arabic}");
    let out = harbour(h, &["--locale", "en-XA", "status"], "");
    let pseudo = text(&out.stdout);
    assert!(!pseudo.contains("Locked") && !pseudo.is_ascii(), "{pseudo}");
}

#[test]
fn help_without_a_pin_helplines_rights_and_the_check() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let out = harbour(h, &["helplines", "--country", "GB"], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Modern Slavery & Exploitation Helpline") && stdout.contains("[+448000121700]"));
    assert!(stdout.contains("Stay safe when you ask for help"));
    let out = text(&harbour(h, &["helplines", "--country", "US"], "").stdout);
    assert!(out.contains("This line is run by the police or immigration."), "the ICE tip line is flagged");
    let out = text(&harbour(h, &["helplines", "--country", "US", "--no-police"], "").stdout);
    assert!(!out.contains("HSI Tip Line") && !out.contains("police or immigration. They may"));
    let out = text(&harbour(h, &["rights", "--country", "GB"], "").stdout);
    assert!(out.contains("[GB]") && out.contains("not legal advice"));
    // Self-screening: "yes" to the documents question only.
    let answers = "n\nn\nn\nn\nn\nn\ny\nn\nn\nn\nn\n";
    let out = harbour(h, &["check", "--country", "GB"], answers);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(stdout.contains("One of your answers is a warning sign."), "{stdout}");
    assert!(stdout.contains("Helplines that can help with this"));
    // Settings persist and are used.
    assert!(harbour(h, &["set", "country", "ie"], "").status.success());
    let out = text(&harbour(h, &["helplines"], "").stdout);
    assert!(out.contains("Helplines in IE"), "{out}");
}

#[test]
fn importing_a_pack_needs_a_trusted_publisher() {
    use harbour_core::content::{pack, source};
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
    let public = hex::encode(key.verifying_key().to_bytes());
    let src = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/python/fixtures/pack-v2"));
    let (info, sections) = source::read_dir(src).unwrap();
    let bytes = pack::build(&key, &info.pack_id, info.version, &info.title, &info.created, &sections);
    let pack_path = h.join("p.hpack");
    std::fs::write(&pack_path, bytes).unwrap();
    let path = pack_path.to_str().unwrap();
    let refused = harbour(h, &["import", path], "");
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("not signed by a trusted organisation"));
    let trust = format!("Test org={public}");
    let out = harbour(h, &["--trust-publisher", &trust, "import", path], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Help information updated."));
    assert!(text(&harbour(h, &["packs"], "").stdout).contains("test-outreach v2"));
}

#[test]
fn journal_plan_export_and_restore_through_the_shell() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n").status.success());
    let out =
        harbour(h, &["write", "--tag", "passport", "--category", "documents"], "4826\nBoss kept my passport.\n.\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let id = text(&out.stdout).split('[').nth(1).unwrap()[..8].to_owned();
    assert_eq!(harbour(h, &["journal"], "0000\n").status.code(), Some(3), "a wrong PIN opens nothing");
    let listing = text(&harbour(h, &["journal"], "4826\n").stdout);
    assert!(listing.contains("Boss kept my passport.") && listing.contains("Papers or ID"));
    assert!(harbour(h, &["edit", &id], "4826\nBoss kept my passport and my ID.\n.\n").status.success());
    assert!(text(&harbour(h, &["journal"], "4826\n").stdout).contains("and my ID"));
    let verify = text(&harbour(h, &["verify"], "4826\n").stdout);
    assert!(verify.contains("The journal is complete.") && verify.contains("#2 "));
    assert!(harbour(h, &["plan-set", "bag", "phone", "charger"], "4826\n").status.success());
    assert!(text(&harbour(h, &["plan"], "4826\n").stdout).contains("charger"));

    let export = h.join("journal.age");
    let path = export.to_str().unwrap();
    let out = harbour(h, &["export", path], "4826\nlong passphrase\nlong passphrase\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!std::fs::read(&export).unwrap().windows(8).any(|w| w == b"passport"));

    let checked = harbour(h, &["check-export", path], "long passphrase\n");
    assert!(checked.status.success(), "{}", text(&checked.stderr));
    assert!(text(&checked.stdout).contains("The journal is complete.") && text(&checked.stdout).contains("#3 "));
    let other = tempfile::tempdir().unwrap();
    let o = other.path();
    assert!(harbour(o, &["setup", "--kdf-target-ms", "1"], "1357\n1357\n").status.success());
    let wrong = harbour(o, &["restore", path], "1357\nnot it\n");
    assert!(text(&wrong.stderr).contains("That password does not open this file."));
    let out = harbour(o, &["restore", path], "1357\nlong passphrase\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&harbour(o, &["journal"], "1357\n").stdout).contains("and my ID"));

    let out = harbour(h, &["delete", &id], "4826\nyes\n");
    assert!(out.status.success());
    let listing = text(&harbour(h, &["journal"], "4826\n").stdout);
    assert!(listing.contains("This entry was deleted.") && !listing.contains("Boss kept"));
}
