//! Adversary review, finding 8: the test-only `failpoints` feature (crash points, a key
//! observer) was unified into any `cargo build --workspace`, so a release built that way
//! carried them. Asks cargo which features of `harbour-core` a workspace build enables.

use std::process::Command;

#[test]
fn test_only_features_cannot_reach_a_workspace_build() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--workspace", "--offline", "-e", "features", "-i", "harbour-core"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(tree.contains("harbour-core"), "{tree}");
    assert!(!tree.contains("\"failpoints\""), "a workspace build enables failpoints:\n{tree}");
}
