//! Building, signing, inspecting and comparing pack files.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use ed25519_dalek::SigningKey;
use harbour_core::content::import;
use harbour_core::content::pack::{self, Manifest, Publisher};
use harbour_core::content::{embedded, source};
use zeroize::Zeroizing;

use crate::check;

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn load_key(path: &Path) -> Result<SigningKey, String> {
    let text = Zeroizing::new(std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?);
    let bytes = Zeroizing::new(hex::decode(text.trim()).map_err(|_| format!("{}: not a hex key", path.display()))?);
    let secret: [u8; 32] = bytes.as_slice().try_into().map_err(|_| format!("{}: a key is 32 bytes", path.display()))?;
    Ok(SigningKey::from_bytes(&secret))
}

pub fn keygen(out: &Path) -> Result<(), String> {
    if out.exists() {
        return Err(format!("{} exists; not overwriting a key", out.display()));
    }
    let mut secret = Zeroizing::new([0u8; 32]);
    getrandom::fill(secret.as_mut_slice()).map_err(|e| e.to_string())?;
    let key = SigningKey::from_bytes(&secret);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let hex_secret = Zeroizing::new(hex::encode(secret.as_slice()));
    file.write_all(hex_secret.as_bytes()).map_err(|e| e.to_string())?;
    println!("{}", hex::encode(key.verifying_key().to_bytes()));
    Ok(())
}

pub fn build(dir: &Path, key: Option<&Path>, embedded_key: bool, unsigned: bool, out: &Path) -> Result<(), String> {
    let report = check::validate_dir(dir)?;
    let (info, sections) = source::read_dir(dir)?;
    let signing_key = match (key, embedded_key, unsigned) {
        (Some(path), _, _) => load_key(path)?,
        (None, true, _) => embedded::signing_key(),
        (None, false, true) => SigningKey::from_bytes(&[0; 32]),
        (None, false, false) => return Err("give --key, --embedded or --unsigned".into()),
    };
    let mut bytes = pack::build(&signing_key, &info.pack_id, info.version, &info.title, &info.created, &sections);
    if unsigned {
        clear_signature(&mut bytes)?;
    }
    write(out, &bytes)?;
    print!("{report}");
    println!("wrote {} ({} bytes)", out.display(), bytes.len());
    Ok(())
}

fn manifest_range(bytes: &[u8]) -> Result<std::ops::Range<usize>, String> {
    if bytes.len() < 12 || &bytes[..4] != b"HBPK" {
        return Err("not a pack".into());
    }
    let len = u32::from_le_bytes(bytes[8..12].try_into().expect("4")) as usize;
    let end = 12usize.checked_add(len).filter(|&e| e + 64 <= bytes.len()).ok_or("pack cut short")?;
    Ok(12..end)
}

fn clear_signature(bytes: &mut [u8]) -> Result<(), String> {
    let m = manifest_range(bytes)?;
    bytes[m.end..m.end + 64].fill(0);
    Ok(())
}

fn parse_manifest(bytes: &[u8]) -> Result<Manifest, String> {
    serde_json::from_slice(&bytes[manifest_range(bytes)?]).map_err(|e| format!("manifest: {e}"))
}

pub fn sign(pack_path: &Path, key: &Path, out: &Path) -> Result<(), String> {
    let bytes = read(pack_path)?;
    let manifest = parse_manifest(&bytes)?;
    let body_start = manifest_range(&bytes)?.end + 64;
    let mut sections = Vec::new();
    let mut at = body_start;
    for entry in &manifest.sections {
        let end = at + entry.length as usize;
        sections.push((entry.name.clone(), bytes.get(at..end).ok_or("pack cut short")?.to_vec()));
        at = end;
    }
    let signed = pack::build(
        &load_key(key)?,
        &manifest.pack_id,
        manifest.version,
        &manifest.title,
        &manifest.created,
        &sections,
    );
    // The result must verify under its own key before it is written.
    let publisher = Publisher { name: "signer".into(), key: load_key(key)?.verifying_key().to_bytes() };
    pack::verify(&signed, &[publisher]).map_err(|e| e.to_string())?;
    write(out, &signed)?;
    println!("signed {} v{} → {}", manifest.pack_id, manifest.version, out.display());
    Ok(())
}

pub fn inspect(pack_path: &Path) -> Result<String, String> {
    let bytes = read(pack_path)?;
    let manifest = parse_manifest(&bytes)?;
    let mut text = String::new();
    let _ = writeln!(text, "pack      {} v{}", manifest.pack_id, manifest.version);
    let _ = writeln!(text, "title     {}", manifest.title);
    let _ = writeln!(text, "created   {}", manifest.created);
    let _ = writeln!(text, "publisher {}", manifest.publisher);
    if manifest.publisher == hex::encode(embedded::publisher().key) {
        let _ = writeln!(text, "          (the embedded-content key: accepted only when compiled into the app)");
    }
    for s in &manifest.sections {
        let _ = writeln!(text, "section   {:<24} {:>10} bytes  sha256 {}", s.name, s.length, s.sha256);
    }
    // Verify against the key the pack names: integrity, not trust.
    let declared =
        Publisher::from_hex("declared", &manifest.publisher).ok_or("the publisher key is not a valid Ed25519 key")?;
    match pack::verify(&bytes, &[declared]) {
        Ok(verified) => {
            let content = import::parse(&verified).map_err(|e| e.to_string())?;
            let _ = writeln!(text, "signature valid for the declared publisher; sections match the manifest");
            let _ = writeln!(
                text,
                "content   {} helplines, {} rights articles, {} resources, {} questionnaires, {} translations",
                content.helplines.len(),
                content.rights.len(),
                content.resources.len(),
                content.questionnaires.len(),
                content.translations.len()
            );
        }
        Err(e) => {
            let _ = writeln!(text, "NOT VALID: {e}");
        }
    }
    Ok(text)
}

fn entries(bytes: &[u8]) -> Result<(Manifest, BTreeMap<String, String>), String> {
    let manifest = parse_manifest(bytes)?;
    let declared = Publisher::from_hex("declared", &manifest.publisher).ok_or("bad publisher key")?;
    let verified = pack::verify(bytes, &[declared]).map_err(|e| e.to_string())?;
    let content = import::parse(&verified).map_err(|e| e.to_string())?;
    let mut map = BTreeMap::new();
    for h in &content.helplines {
        map.insert(format!("helpline {}", h.id), serde_json::to_string(h).expect("serialises"));
    }
    for a in &content.rights {
        map.insert(format!("right {}", a.id), serde_json::to_string(a).expect("serialises"));
    }
    for r in &content.resources {
        map.insert(format!("resource {}", r.id), serde_json::to_string(r).expect("serialises"));
    }
    for c in &content.countries {
        map.insert(format!("country {}", c.country), serde_json::to_string(c).expect("serialises"));
    }
    for r in &content.regions {
        map.insert(format!("region {}", r.id), serde_json::to_string(r).expect("serialises"));
    }
    for t in &content.tips {
        map.insert(format!("tip {}", t.id), serde_json::to_string(t).expect("serialises"));
    }
    for q in &content.questionnaires {
        map.insert(format!("questionnaire {}", q.id), serde_json::to_string(q).expect("serialises"));
    }
    for (locale, items) in &content.translations {
        for item in items {
            let value = format!("{:?} {} {}", item.fields, item.source_hash, item.machine);
            map.insert(
                format!(
                    "translation {locale} {}",
                    harbour_core::content::translations::message_id(item.kind, &item.key)
                ),
                value,
            );
        }
    }
    Ok((manifest, map))
}

pub fn diff(old: &Path, new: &Path) -> Result<String, String> {
    let (old_manifest, old_entries) = entries(&read(old)?)?;
    let (new_manifest, new_entries) = entries(&read(new)?)?;
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{} v{} → {} v{}",
        old_manifest.pack_id, old_manifest.version, new_manifest.pack_id, new_manifest.version
    );
    if old_manifest.publisher != new_manifest.publisher {
        let _ = writeln!(text, "publisher changed: {} → {}", old_manifest.publisher, new_manifest.publisher);
    }
    let (mut added, mut removed, mut changed) = (0, 0, 0);
    for (id, value) in &new_entries {
        match old_entries.get(id) {
            None => {
                added += 1;
                let _ = writeln!(text, "+ {id}");
            }
            Some(old_value) if old_value != value => {
                changed += 1;
                let _ = writeln!(text, "~ {id}");
            }
            _ => {}
        }
    }
    for id in old_entries.keys().filter(|id| !new_entries.contains_key(*id)) {
        removed += 1;
        let _ = writeln!(text, "- {id}");
    }
    let _ = writeln!(text, "{added} added, {removed} removed, {changed} changed");
    Ok(text)
}
