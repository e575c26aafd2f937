//! The maintainer's round trip: keygen, validate, build (signed and unsigned), sign, inspect,
//! diff — on a copy of the default content.

use std::path::Path;
use std::process::Command;

fn tool(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_harbour-pack")).args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        } else if path.file_name().is_some_and(|n| n == "translations") {
            copy_dir(&path, &to.join("translations"));
        }
    }
}

/// `ftl` without message `id`: its `# hb:` line, its value and its attributes.
fn without_message(ftl: &str, id: &str) -> String {
    let lines: Vec<&str> = ftl.lines().collect();
    let mut out = Vec::new();
    let mut skipping = false;
    for (i, line) in lines.iter().enumerate() {
        let starts = line.starts_with(&format!("{id} ="));
        let hb_of_it =
            line.starts_with("# hb:") && lines.get(i + 1).is_some_and(|next| next.starts_with(&format!("{id} =")));
        if starts || hb_of_it {
            skipping = true;
        } else if skipping && !line.starts_with("    ") && !line.starts_with("# hb:") {
            skipping = false;
        }
        if !skipping {
            out.push(*line);
        }
    }
    out.join("\n") + "\n"
}

#[test]
fn keygen_build_sign_inspect_and_diff() {
    let dir = tempfile::tempdir().unwrap();
    let d = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/content/default");
    copy_dir(&src, &dir.path().join("v1"));

    let (ok, public, _) = tool(&["keygen", "--out", &d("org.key")]);
    assert!(ok && public.trim().len() == 64);
    assert!(!tool(&["keygen", "--out", &d("org.key")]).0, "an existing key is never overwritten");

    let (ok, out, err) = tool(&["validate", &d("v1")]);
    assert!(ok, "{err}");
    let counted: Vec<usize> = out.split_whitespace().filter_map(|w| w.parse().ok()).collect::<Vec<_>>();
    assert!(out.contains(" helplines in ") && counted.len() >= 2 && counted[0] >= 100 && counted[1] >= 40, "{out}");

    assert!(tool(&["build", &d("v1"), "--key", &d("org.key"), "--out", &d("v1.hpack")]).0);
    let (_, inspect, _) = tool(&["inspect", &d("v1.hpack")]);
    assert!(inspect.contains("signature valid") && inspect.contains(public.trim()));

    assert!(tool(&["build", &d("v1"), "--unsigned", "--out", &d("unsigned.hpack")]).0);
    let (_, inspect, _) = tool(&["inspect", &d("unsigned.hpack")]);
    assert!(inspect.contains("NOT VALID"));
    assert!(tool(&["sign", &d("unsigned.hpack"), "--key", &d("org.key"), "--out", &d("signed.hpack")]).0);
    assert!(tool(&["inspect", &d("signed.hpack")]).1.contains("signature valid"));

    // Version 2: one helpline changed, one removed.
    copy_dir(&dir.path().join("v1"), &dir.path().join("v2"));
    let pack_json =
        std::fs::read_to_string(dir.path().join("v2/pack.json")).unwrap().replace("\"version\": 1", "\"version\": 2");
    std::fs::write(dir.path().join("v2/pack.json"), pack_json).unwrap();
    let mut lines: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("v2/helplines.json")).unwrap()).unwrap();
    lines.retain(|l| l["id"] != "int-iom");
    lines[0]["note"] = serde_json::Value::String("Checked again.".into());
    std::fs::write(dir.path().join("v2/helplines.json"), serde_json::to_string_pretty(&lines).unwrap()).unwrap();
    // Its translations go with it (the tool refuses translations of items the pack lacks).
    for entry in std::fs::read_dir(dir.path().join("v2/translations")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            std::fs::write(&path, without_message(&std::fs::read_to_string(&path).unwrap(), "helpline_int-iom"))
                .unwrap();
        }
    }
    assert!(tool(&["build", &d("v2"), "--key", &d("org.key"), "--out", &d("v2.hpack")]).0);
    let (ok, diff, _) = tool(&["diff", &d("v1.hpack"), &d("v2.hpack")]);
    assert!(ok);
    assert!(
        diff.contains("- helpline int-iom")
            && diff.contains("~ helpline gb-mseh")
            && diff.contains("- translation es helpline_int-iom")
            && diff.contains("0 added, 12 removed, 1 changed"),
        "{diff}"
    );
}

#[test]
fn invalid_sources_are_reported_with_what_to_fix() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("bad");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/content/default"), &v);
    // A number libphonenumber rejects (shown as dialled, so only the number check can catch it).
    let text = std::fs::read_to_string(v.join("helplines.json"))
        .unwrap()
        .replacen("\"+448000121700\"", "\"+4480001\"", 1)
        .replacen("\"08000 121 700\"", "\"+44 80001\"", 1);
    std::fs::write(v.join("helplines.json"), text).unwrap();
    let (ok, _, err) = tool(&["validate", &v.to_string_lossy()]);
    assert!(!ok);
    assert!(err.contains("gb-mseh") && err.contains("+4480001"), "{err}");
    // A display that is not the number dialled.
    let text =
        std::fs::read_to_string(v.join("helplines.json")).unwrap().replacen("\"+44 80001\"", "\"0800 999 999\"", 1);
    std::fs::write(v.join("helplines.json"), text).unwrap();
    let (ok, _, err) = tool(&["validate", &v.to_string_lossy()]);
    assert!(!ok && err.contains("gb-mseh") && err.contains("not the number dialled"), "{err}");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/content/default/helplines.json"),
        v.join("helplines.json"),
    )
    .unwrap();
    // A required curation field left out: verified_on must be stated, even as null.
    let text = std::fs::read_to_string(v.join("helplines.json")).unwrap().replacen("\"verified_on\": null,", "", 1);
    std::fs::write(v.join("helplines.json"), text).unwrap();
    let (ok, _, err) = tool(&["validate", &v.to_string_lossy()]);
    assert!(!ok && err.contains("`verified_on` is required"), "{err}");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/content/default/helplines.json"),
        v.join("helplines.json"),
    )
    .unwrap();
    let text =
        std::fs::read_to_string(v.join("helplines.json")).unwrap().replacen("\"Europe/Berlin\"", "\"Europe/Bonn\"", 1);
    std::fs::write(v.join("helplines.json"), text).unwrap();
    let (ok, _, err) = tool(&["validate", &v.to_string_lossy()]);
    assert!(!ok && err.contains("unknown time zone"), "{err}");
}

#[test]
fn a_translation_naming_an_item_the_pack_lacks_is_refused_with_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("src");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/content/default"), &v);
    std::fs::create_dir_all(v.join("translations")).unwrap();
    std::fs::write(
        v.join("translations/es.ftl"),
        "# hb: source=0000000000000000 status=machine\nright_no-such-item = Nada\n    .body = Nada\n",
    )
    .unwrap();
    let (ok, _, err) = tool(&["validate", &v.to_string_lossy()]);
    assert!(!ok && err.contains("right_no-such-item has no English reference"), "{err}");
    // The template lists what to translate, with hashes that make a fresh translation.
    let (ok, _, err) = tool(&["template", &v.to_string_lossy(), "--out", &dir.path().join("t.ftl").to_string_lossy()]);
    assert!(ok, "{err}");
    let template = std::fs::read_to_string(dir.path().join("t.ftl")).unwrap();
    assert!(template.contains("helpline_gb-mseh = ") && template.contains("# hb: source="));
}
