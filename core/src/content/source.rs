//! Pack sources: the plain data files maintainers edit, turned into pack sections.
//!
//! A source directory holds `pack.json` (id, title, version, date) and any of
//! `helplines.json`, `countries.json`, `regions.json`, `rights.json`, `resources.json`,
//! `tips.json`, `screening.json` and `translations/<locale>.ftl`. Sections are written as
//! compact JSON re-serialised from the parsed data, so the same sources always give the same
//! bytes.
//!
//! Source entries also carry what only curators read — why a line shares with whom, notes,
//! when a source was read — which never enters a built pack: those fields are checked here
//! and dropped.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::{CountryInfo, Helpline, Region, Resource, RightsArticle, Tip};
use super::screening::Questionnaire;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackInfo {
    pub pack_id: String,
    pub title: String,
    pub version: u64,
    /// `YYYY-MM-DD`.
    pub created: String,
}

/// Curators' fields of each source file: (file, fields dropped from the pack, fields every
/// entry must state, even if only as `null`).
const CURATION: &[(&str, &[&str], &[&str])] = &[
    (
        "helplines.json",
        &["curator_note", "shares_basis", "read_on", "source_note", "unvalidated_numbers"],
        &["shares_with", "verified_on", "read_on", "audience", "purpose"],
    ),
    ("countries.json", &["curator_note", "caution_basis", "read_on"], &["read_on", "police_caution"]),
    ("rights.json", &["curator_note", "read_on", "replaces"], &["read_on"]),
    ("resources.json", &["curator_note", "read_on"], &[]),
    ("regions.json", &["curator_note", "read_on"], &["read_on"]),
    ("tips.json", &["curator_note"], &[]),
];

fn read_value(path: &Path) -> Result<Option<Value>, String> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

fn entry_name(v: &Value) -> String {
    ["id", "country"]
        .iter()
        .find_map(|k| v.get(*k).and_then(Value::as_str))
        .map_or_else(|| "(an entry)".to_owned(), str::to_owned)
}

/// Reads a list file, checks the curators' required fields, drops the curators' fields, and
/// parses what remains as pack data.
fn read_list<T: serde::de::DeserializeOwned>(dir: &Path, file: &str) -> Result<Option<Vec<T>>, String> {
    let path = dir.join(file);
    let Some(value) = read_value(&path)? else { return Ok(None) };
    let Value::Array(mut entries) = value else {
        return Err(format!("{}: expected a list", path.display()));
    };
    let (_, dropped, required) = CURATION.iter().find(|(f, _, _)| *f == file).copied().unwrap_or((file, &[], &[]));
    for entry in &mut entries {
        let name = entry_name(entry);
        let Value::Object(map) = entry else {
            return Err(format!("{}: {name}: expected an object", path.display()));
        };
        if let Some(missing) = required.iter().find(|k| !map.contains_key(**k)) {
            return Err(format!("{}: {name}: `{missing}` is required (null where not known)", path.display()));
        }
        if let Some(Value::String(read_on)) = map.get("read_on")
            && chrono::NaiveDate::parse_from_str(read_on, "%Y-%m-%d").is_err()
        {
            return Err(format!("{}: {name}: read_on {read_on:?} is not YYYY-MM-DD", path.display()));
        }
        for k in dropped {
            map.remove(*k);
        }
    }
    entries
        .into_iter()
        .map(|entry| {
            let name = entry_name(&entry);
            serde_json::from_value(entry).map_err(|e| format!("{}: {name}: {e}", path.display()))
        })
        .collect::<Result<Vec<T>, String>>()
        .map(Some)
}

fn compact<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("content serialises")
}

/// A pack section: its name and its bytes.
pub type Section = (String, Vec<u8>);

/// Reads a source directory into its pack info and sections.
pub fn read_dir(dir: &Path) -> Result<(PackInfo, Vec<Section>), String> {
    let info: PackInfo = match read_value(&dir.join("pack.json"))? {
        Some(v) => serde_json::from_value(v).map_err(|e| format!("{}: {e}", dir.join("pack.json").display()))?,
        None => return Err(format!("{}: pack.json is missing", dir.display())),
    };
    let mut sections = Vec::new();
    if let Some(list) = read_list::<Helpline>(dir, "helplines.json")? {
        sections.push(("helplines".to_owned(), compact(&list)));
    }
    if let Some(list) = read_list::<CountryInfo>(dir, "countries.json")? {
        sections.push(("countries".to_owned(), compact(&list)));
    }
    if let Some(list) = read_list::<Region>(dir, "regions.json")? {
        sections.push(("regions".to_owned(), compact(&list)));
    }
    if let Some(list) = read_list::<RightsArticle>(dir, "rights.json")? {
        sections.push(("rights".to_owned(), compact(&list)));
    }
    if let Some(list) = read_list::<Resource>(dir, "resources.json")? {
        sections.push(("resources".to_owned(), compact(&list)));
    }
    if let Some(list) = read_list::<Tip>(dir, "tips.json")? {
        sections.push(("tips".to_owned(), compact(&list)));
    }
    if let Some(v) = read_value(&dir.join("screening.json"))? {
        let q: Questionnaire =
            serde_json::from_value(v).map_err(|e| format!("{}: {e}", dir.join("screening.json").display()))?;
        sections.push(("screening".to_owned(), compact(&q)));
    }
    let translations = dir.join("translations");
    if translations.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(&translations)
            .map_err(|e| format!("{}: {e}", translations.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let locale = file.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            let text = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            sections.push((format!("translations/{locale}"), text));
        }
    }
    Ok((info, sections))
}
