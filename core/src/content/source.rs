//! Pack sources: the plain data files maintainers edit, turned into pack sections.
//!
//! A source directory holds `pack.json` (id, title, version, date) and any of
//! `helplines.json`, `rights.json`, `resources.json`, `screening.json` and
//! `translations/<locale>.ftl`. Sections are written as compact JSON re-serialised from the
//! parsed data, so the same sources always give the same bytes.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::model::{Helpline, Resource, RightsArticle};
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

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Option<T>, String> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

fn compact<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("content serialises")
}

/// A pack section: its name and its bytes.
pub type Section = (String, Vec<u8>);

/// Reads a source directory into its pack info and sections.
pub fn read_dir(dir: &Path) -> Result<(PackInfo, Vec<Section>), String> {
    let info: PackInfo =
        read_json(&dir.join("pack.json"))?.ok_or_else(|| format!("{}: pack.json is missing", dir.display()))?;
    let mut sections = Vec::new();
    if let Some(list) = read_json::<Vec<Helpline>>(&dir.join("helplines.json"))? {
        sections.push(("helplines".to_owned(), compact(&list)));
    }
    if let Some(list) = read_json::<Vec<RightsArticle>>(&dir.join("rights.json"))? {
        sections.push(("rights".to_owned(), compact(&list)));
    }
    if let Some(list) = read_json::<Vec<Resource>>(&dir.join("resources.json"))? {
        sections.push(("resources".to_owned(), compact(&list)));
    }
    if let Some(q) = read_json::<Questionnaire>(&dir.join("screening.json"))? {
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
