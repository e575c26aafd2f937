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
    assert!(stdout.contains("“bogus” is not a command"), "{stdout}");
    assert!(lines.contains(&"[             0]"), "quick exit shows a fresh calculator");
}

#[test]
fn second_and_emergency_pins_from_the_shell() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n").status.success());
    assert!(harbour(h, &["write"], "4826\nThe real journal.\n.\n").status.success());
    let out = harbour(h, &[], "4826=\nsecond-pin\n1111\n1111\n1\nemergency-pin\n7777\n7777\nquit\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    // The emergency PIN: the harmless journal opens and the real one is gone.
    let out = text(&harbour(h, &[], "7777=\njournal\nquit\n").stdout);
    assert!(out.contains(" entries") && !out.contains("The real journal."), "{out}");
    assert_eq!(harbour(h, &["journal"], "4826\n").status.code(), Some(3));
}

// Safe-help review: the second PIN opened the whole help app anyway.
#[test]
fn a_notes_only_second_pin_shows_the_journal_and_no_help() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n").status.success());
    let out = harbour(h, &[], "4826=\nsecond-pin\n1111\n1111\n3\n2\nquit\n");
    let said = text(&out.stdout);
    let en = Translator::new(vec!["en".into()]);
    assert!(said.contains(&en.format("decoy-shows-notes".into(), vec![])), "the price is explained: {said}");
    assert!(said.contains(&en.format("decoy-shows-choose".into(), vec![])), "3 is not a choice: {said}");
    let out = harbour(h, &[], "1111=\nhelplines GB\ntips\njournal\nquit\n");
    let (said, errors) = (text(&out.stdout), text(&out.stderr));
    let tips_title = en.format("tips-title".into(), vec![]);
    assert!(!said.contains("Harbour") && !said.contains(&tips_title), "nothing of the help is shown: {said}");
    assert_eq!(errors.matches(&en.format("error-not-available".into(), vec![])).count(), 2, "{errors}");
    assert!(said.contains(" entries"), "the journal opens: {said}");
    // Without a PIN, help is there as for everyone.
    assert!(harbour(h, &["helplines", "--country", "GB"], "").status.success());
}

#[test]
fn outreach_setup_handoff_and_reset() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    assert!(harbour(h, &["outreach", "--locale", "es", "--country", "ES", "--org-name", "Org"], "").status.success());
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4444\n4444\n").status.success());
    assert!(harbour(h, &["handoff"], "4444\n").status.success(), "the worker hands over with their PIN");
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
    assert!(out.contains("[United Kingdom]") && out.contains("not legal advice"), "{out}");
    // Self-screening: under 18 skipped, "yes" to the documents question only.
    let answers = "4\n1\n2\n2\n2\n2\n2\n2\n2\n2\n2\n2\n2\n2\n";
    let out = harbour(h, &["check", "--country", "GB"], answers);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(stdout.contains("One of your answers is a warning sign."), "{stdout}");
    assert!(stdout.contains("Helplines that can help with this"));
    // Settings persist and are used.
    assert!(harbour(h, &["set", "country", "ie"], "").status.success());
    let out = text(&harbour(h, &["helplines"], "").stdout);
    assert!(out.contains("Helplines in Ireland"), "{out}");
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
    assert!(text(&harbour(h, &["packs"], "").stdout).contains("(test-outreach, version 2)"));
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

#[test]
fn who_may_hear_comes_before_every_number_and_no_country_means_asking() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    for country in ["QA", "NL", "US", "VN", "TH"] {
        let out = harbour(h, &["helplines", "--country", country], "");
        assert!(out.status.success(), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        let mut warned = 0;
        for block in stdout.split("\n● ").skip(1) {
            let lines: Vec<&str> = block.lines().collect();
            let first_number = lines.iter().position(|l| l.contains("  [") || l.contains("]  (") || l.ends_with(']'));
            let last_warning = lines.iter().rposition(|l| l.trim_start().starts_with('⚠'));
            if let (Some(n), Some(w)) = (first_number, last_warning) {
                assert!(w < n, "{country}: a warning after the number in\n{block}");
                warned += 1;
            }
        }
        assert!(warned > 0, "{country}: some line carries a warning\n{stdout}");
    }
    let qa = text(&harbour(h, &["helplines", "--country", "QA"], "").stdout);
    assert!(qa.contains("What you say may reach your employer or sponsor."), "{qa}");
    // The emergency number is on the screen.
    assert!(qa.contains("☎ ") && qa.contains("999"), "{qa}");
    // Unknown hours are never "none open".
    assert!(!qa.contains("No helpline is open right now"), "{qa}");
    // No country given or saved: asked, not the whole world.
    let out = harbour(h, &["helplines"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("Which country are you in?"), "{}", text(&out.stderr));
    let out = harbour(h, &["rights"], "");
    assert!(!out.status.success() && text(&out.stderr).contains("Which country are you in?"));
}

/// Setup with the main PIN 4826, a real entry, a second PIN 1111 and an emergency PIN 7777.
fn three_pins(h: &Path) {
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n").status.success());
    assert!(harbour(h, &["write"], "4826\nThe real journal.\n.\n").status.success());
    let out = harbour(h, &[], "4826=\nsecond-pin\n1111\n1111\n1\nemergency-pin\n7777\n7777\nquit\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
}

// Adversary review, finding 1: whoever forced the second PIN could test candidates for the
// other PINs through "change PIN" ("already used"), and the PIN settings failed only there.
#[test]
fn the_second_pin_learns_nothing_about_the_other_pins() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    three_pins(h);
    // In the second PIN's session, the PIN settings answer as in a main session.
    let out = harbour(h, &[], "1111=\nsecond-pin\n4826\n4826\n1\nemergency-pin\n7777\n7777\nquit\n");
    let said = text(&out.stdout) + &text(&out.stderr);
    assert!(!said.contains("already") && !said.contains("Only the main PIN"), "{said}");
    assert_eq!(
        said.matches(&Translator::new(vec!["en".into()]).format("action-done".into(), vec![])).count(),
        2,
        "{said}"
    );
    // Changing its own PIN to the real PIN or the emergency PIN: accepted like any other.
    let out = harbour(h, &["change-pin"], "1111\n7777\n7777\n");
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    // The main PIN still opens the real journal, and nothing was erased.
    let out = text(&harbour(h, &["journal"], "4826\n").stdout);
    assert!(out.contains("The real journal."), "{out}");
}

// Adversary review, finding 2: hand-over, the organisation's export key and wipe-after
// needed no PIN once the phone was in use.
#[test]
fn power_over_the_journal_needs_the_main_pin() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let ours = age::x25519::Identity::generate();
    let theirs = age::x25519::Identity::generate();
    let ours_key = ours.to_public().to_string();
    let theirs_key = theirs.to_public().to_string();
    assert!(harbour(h, &["outreach", "--org-name", "Org", "--org-age-key", &ours_key], "").status.success());
    three_pins(h);
    // Someone holding the phone, with no PIN or with the second PIN.
    for pin in ["", "1111\n"] {
        let _ = harbour(h, &["outreach", "--org-age-key", &theirs_key], pin);
        let _ = harbour(h, &["wipe-after", "1"], pin);
        let _ = harbour(h, &["handoff"], pin);
    }
    assert!(h.join("data/vault.hdr").exists(), "the journal was handed over without its PIN");
    // A wrong PIN does not wipe, and the export is still for the organisation.
    assert_eq!(harbour(h, &["unlock"], "0000\n").status.code(), Some(3));
    let export = h.join("for-org.age");
    let out = harbour(h, &["export", export.to_str().unwrap(), "--to-organisation"], "4826\nyes\n");
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    let bytes = std::fs::read(&export).unwrap();
    let opens = |id: &age::x25519::Identity| {
        age::Decryptor::new(bytes.as_slice()).unwrap().decrypt(std::iter::once(id as &dyn age::Identity)).is_ok()
    };
    assert!(opens(&ours) && !opens(&theirs), "the export is for the organisation, and only for it");
    // With the main PIN, each works.
    assert!(harbour(h, &["wipe-after", "5"], "4826\n").status.success());
    assert!(harbour(h, &["handoff"], "4826\n").status.success());
    assert!(!h.join("data/vault.hdr").exists());
}

// Adversary review, finding 3: one fixed temp name for the attempt counter made parallel
// processes collide — 39 of 40 parallel unlocks failed, and journal writes were lost with their
// text. Twenty processes write at once: every one succeeds, every entry is there.
#[test]
fn parallel_processes_lose_no_unlock_and_no_entry() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path().to_owned();
    assert!(harbour(&h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n").status.success());
    let writers: Vec<_> = (0..20)
        .map(|i| {
            let h = h.clone();
            std::thread::spawn(move || harbour(&h, &["write"], &format!("4826\nparallel entry {i}\n.\n")))
        })
        .collect();
    for (i, w) in writers.into_iter().enumerate() {
        let out = w.join().unwrap();
        assert!(out.status.success(), "writer {i}: {}{}", text(&out.stdout), text(&out.stderr));
    }
    let listing = text(&harbour(&h, &["journal"], "4826\n").stdout);
    for i in 0..20 {
        assert!(
            listing.contains(&format!("parallel entry {i}\n")) || listing.contains(&format!("parallel entry {i}")),
            "entry {i} lost"
        );
    }
    assert!(!text(&harbour(&h, &["status"], "").stdout).contains("wrong try"), "no try was counted as wrong");
}

// Errors review: a bad setting was accepted (or refused in English) and the old one lost.
#[test]
fn a_bad_country_or_language_is_refused_and_the_old_one_kept() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let en = Translator::new(vec!["en".into()]);
    assert!(harbour(h, &["set", "country", "gb"], "").status.success());
    let saved = text(&harbour(h, &["helplines"], "").stdout);
    let out = harbour(h, &["set", "country", "ZZ"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(&en.format("error-country-unknown".into(), vec![])), "{}", text(&out.stderr));
    assert_eq!(text(&harbour(h, &["helplines"], "").stdout), saved, "the saved country is kept");

    assert!(harbour(h, &["set", "locale", "es"], "").status.success());
    let out = harbour(h, &["set", "locale", "xx-nope"], "");
    assert_eq!(out.status.code(), Some(1));
    let es = Translator::new(vec!["es".into()]);
    assert!(text(&out.stderr).contains(&es.format("error-language-unknown".into(), vec![])), "{}", text(&out.stderr));
    let status = text(&harbour(h, &["status"], "").stdout);
    assert_eq!(status.trim(), es.format("status-setup-needed".into(), vec![]), "still Spanish");

    let out = harbour(h, &["outreach", "--org-age-key", "age1notakey"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(&es.format("error-age-key".into(), vec![])), "{}", text(&out.stderr));
}

// Errors review: a failed write threw the typed text away.
#[test]
fn a_write_that_fails_keeps_the_draft_for_the_next_write() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n").status.success());
    let out = harbour(
        h,
        &[],
        "4826=\nlock\nwrite\nThe boss took my passport on Monday.\n.\nunlock\n4826\nwrite\nHe said I owe him.\n.\njournal\nquit\n",
    );
    let (said, errors) = (text(&out.stdout), text(&out.stderr));
    let en = Translator::new(vec!["en".into()]);
    assert!(errors.contains(&en.format("error-locked".into(), vec![])), "{errors}");
    assert!(said.contains(&en.format("journal-draft-kept".into(), vec![])), "{said}");
    assert!(said.contains(&en.format("journal-draft-reuse".into(), vec![])), "{said}");
    assert!(said.contains("1 entry"), "{said}");
    // The kept text and the added line are one entry.
    let list = text(&harbour(h, &["journal"], "4826\n").stdout);
    assert!(list.contains("The boss took my passport on Monday.") && list.contains("He said I owe him."), "{list}");
}

// Errors review: `edit` did not show the old text; a page past the end was a panic.
#[test]
fn edit_shows_the_old_text_and_a_huge_page_is_a_clear_error() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let en = Translator::new(vec!["en".into()]);
    assert!(harbour(h, &["setup", "--kdf-target-ms", "1"], "4826\n4826\n").status.success());
    assert!(harbour(h, &["write"], "4826\nFirst words.\n.\n").status.success());
    let out = harbour(h, &["journal", "--page", "18446744073709551615"], "4826\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(&en.format("journal-page-none".into(), vec![])), "{}", text(&out.stderr));
    let list = text(&harbour(h, &["journal"], "4826\n").stdout);
    let id = list.split('[').nth(1).and_then(|s| s.get(..8)).expect("an entry id in the list");
    let out = text(&harbour(h, &["edit", id], "4826\nSecond words.\n.\n").stdout);
    assert!(out.contains(&en.format("journal-edit-current".into(), vec![])) && out.contains("First words."), "{out}");
}

// Errors review: the output cut off (`| head`) was a panic.
#[test]
fn output_cut_off_exits_quietly() {
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_harbour"))
        .args(["helplines", "--country", "GB"])
        .env("HARBOUR_HOME", home.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!text(&out.stderr).contains("panicked"), "{}", text(&out.stderr));
    use std::os::unix::process::ExitStatusExt;
    assert!(out.status.success() || out.status.signal() == Some(libc::SIGPIPE), "{:?}", out.status);
}
