//! The plaintext scan (SPEC §2, §6): a child process runs a long random workload in which
//! every piece of text carries a `MARKER-` string (journal entries, revisions, deletions,
//! attachments, safety plan, settings, exports, pack imports, PIN changes, locking). Then
//! every file under its directory — data, keystore, exports — and everything it wrote to
//! stdout and stderr is searched: no marker may appear. An export, decrypted with the
//! caseworker's key, must show the markers, so the workload really wrote them.
//!
//! `make test` runs 1,000 operations; `HARBOUR_SCAN_OPS=10000` is the full run.

use std::process::Command;

use ed25519_dalek::SigningKey;
use harbour_tests::forensics::{contains, files_under};
use harbour_tests::synthetic::{build_pack_version, synthetic_helplines};

const MARKER: &[u8] = b"MARKER-";

#[test]
fn a_long_random_workload_leaves_no_plaintext_anywhere() {
    let ops: u64 = std::env::var("HARBOUR_SCAN_OPS").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    let root = tempfile::tempdir().unwrap();
    let (dir, inputs) = (root.path().join("app"), root.path().join("inputs"));
    std::fs::create_dir_all(&inputs).unwrap();

    // Packs whose (public) content carries markers too: once imported, they must only exist
    // encrypted in the content store. The pack files themselves are inputs, not scanned.
    let signer = SigningKey::from_bytes(&[11; 32]);
    let mut packs = Vec::new();
    for version in 1..=4u64 {
        let mut lines = synthetic_helplines(50, version);
        for (i, h) in lines.iter_mut().enumerate() {
            h.service = format!("MARKER-pack-{version}-line-{i}");
        }
        let path = inputs.join(format!("pack-{version}.hpack"));
        std::fs::write(&path, build_pack_version(&signer, "scan", version, &lines, &[])).unwrap();
        packs.push(path);
    }
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();

    let output = Command::new(env!("CARGO_BIN_EXE_harbour-workload-child"))
        .arg(&dir)
        .arg(ops.to_string())
        .arg("20261129")
        .arg(&recipient)
        .args(&packs)
        .env("HARBOUR_TRUSTED_PUBLISHER", hex::encode(signer.verifying_key().to_bytes()))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the workload failed: {stderr}");
    assert!(!contains(&output.stdout, MARKER) && !contains(&output.stderr, MARKER), "a marker was printed");

    let files = files_under(&dir);
    let mut bytes_scanned = 0u64;
    let mut exports = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        bytes_scanned += bytes.len() as u64;
        assert!(!contains(&bytes, MARKER), "plaintext marker in {}", file.display());
        if file.extension().is_some_and(|e| e == "age") {
            exports.push(bytes);
        }
    }
    let sample = exports.last().expect("the workload exported at least once");
    let opened = age::decrypt(&identity, sample).expect("the caseworker's key opens the export");
    assert!(contains(&opened, b"MARKER-entry-"), "the export holds the journal");

    eprintln!(
        "plaintext scan: {ops} operations; {} files, {} KB scanned (data, keystore, {} exports) plus stdout/stderr; \
         markers found: 0",
        files.len(),
        bytes_scanned / 1024,
        exports.len()
    );
}
