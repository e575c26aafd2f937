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
        }
    }
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
    assert!(out.contains("44 helplines in 24 countries"));

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
    lines[0]["notes"] = serde_json::Value::String("Checked again.".into());
    std::fs::write(dir.path().join("v2/helplines.json"), serde_json::to_string_pretty(&lines).unwrap()).unwrap();
    assert!(tool(&["build", &d("v2"), "--key", &d("org.key"), "--out", &d("v2.hpack")]).0);
    let (ok, diff, _) = tool(&["diff", &d("v1.hpack"), &d("v2.hpack")]);
    assert!(ok);
    assert!(
        diff.contains("- helpline int-iom")
            && diff.contains("~ helpline gb-mseh")
            && diff.contains("0 added, 1 removed, 1 changed"),
        "{diff}"
    );
}

#[test]
fn invalid_sources_are_reported_with_what_to_fix() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("bad");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/content/default"), &v);
    let text =
        std::fs::read_to_string(v.join("helplines.json")).unwrap().replacen("\"+448000121700\"", "\"+4480001\"", 1);
    std::fs::write(v.join("helplines.json"), text).unwrap();
    let (ok, _, err) = tool(&["validate", &v.to_string_lossy()]);
    assert!(!ok);
    assert!(err.contains("gb-mseh") && err.contains("+4480001"), "{err}");
    let text =
        std::fs::read_to_string(v.join("helplines.json")).unwrap().replacen("\"Europe/Berlin\"", "\"Europe/Bonn\"", 1);
    std::fs::write(v.join("helplines.json"), text).unwrap();
    let (ok, _, err) = tool(&["validate", &v.to_string_lossy()]);
    assert!(!ok && err.contains("unknown time zone"), "{err}");
}
