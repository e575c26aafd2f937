//! Validation of pack sources beyond what the app itself checks on import: phone numbers
//! against libphonenumber's data (the `phonenumber` crate), an emergency number for every
//! country with a line, translations that name items the pack does not have or that are
//! stale — reported all at once.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use harbour_core::content::import::{self, ParsedContent};
use harbour_core::content::source;
use harbour_core::content::translations;

/// Summary of a valid source directory.
pub struct Report {
    pub pack_id: String,
    pub version: u64,
    pub helplines: usize,
    pub countries: usize,
    pub articles: usize,
    pub questionnaires: usize,
    pub translations: usize,
    pub warnings: Vec<String>,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for w in &self.warnings {
            writeln!(f, "warning: {w}")?;
        }
        writeln!(
            f,
            "ok: {} v{}: {} helplines in {} countries, {} articles, {} questionnaires, {} translation files",
            self.pack_id,
            self.version,
            self.helplines,
            self.countries,
            self.articles,
            self.questionnaires,
            self.translations
        )
    }
}

/// Whether `dial` is a number this line can be reached on in `country`: E.164 numbers must be
/// valid; national numbers longer than a short code must be valid for the country.
pub fn check_number(country: &str, dial: &str) -> Result<(), String> {
    if let Some(rest) = dial.strip_prefix('+') {
        let number = phonenumber::parse(None, dial).map_err(|e| format!("{dial}: {e}"))?;
        if !phonenumber::is_valid(&number) {
            return Err(format!("+{rest} is not a valid international number"));
        }
        return Ok(());
    }
    // Short codes (116 000, 1098, *4242…) have no libphonenumber validation data.
    if dial.len() <= 6 || dial.starts_with('*') {
        return Ok(());
    }
    let Ok(id) = country.parse::<phonenumber::country::Id>() else {
        // EU / INT: no national numbering plan to check against.
        return Ok(());
    };
    let number = phonenumber::parse(Some(id), dial).map_err(|e| format!("{dial}: {e}"))?;
    if phonenumber::is_valid(&number) { Ok(()) } else { Err(format!("{dial} is not a valid number in {country}")) }
}

/// Numbers a curator confirmed from a source although libphonenumber's data rejects them
/// (`unvalidated_numbers`, with the reason in `curator_note`), per helpline id.
fn unvalidated(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let Ok(bytes) = std::fs::read(dir.join("helplines.json")) else { return BTreeMap::new() };
    let Ok(serde_json::Value::Array(entries)) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return BTreeMap::new();
    };
    entries
        .iter()
        .filter_map(|e| {
            let id = e.get("id")?.as_str()?.to_owned();
            let numbers = e.get("unvalidated_numbers")?.as_array()?.iter().filter_map(|n| n.as_str().map(String::from));
            Some((id, numbers.collect()))
        })
        .collect()
}

/// `base`: the app's built-in pack, which every phone has and every other pack builds on; it
/// must describe every country it lists lines for, and the international fallback. Another
/// publisher's pack may rely on it for those, so for it they are warnings.
fn check_helplines(
    dir: &Path,
    content: &ParsedContent,
    base: bool,
    errors: &mut Vec<String>,
    warnings: &mut Vec<String>,
) {
    let allowed = unvalidated(dir);
    for h in &content.helplines {
        for c in h.channels.iter().filter(|c| c.kind.is_number()) {
            if let Err(e) = check_number(&h.country, &c.dial) {
                if allowed.get(&h.id).is_some_and(|set| set.contains(&c.dial)) {
                    warnings.push(format!("helpline {}: {e} (kept: a source gives it)", h.id));
                } else {
                    errors.push(format!("helpline {}: {e}", h.id));
                }
            }
        }
        if h.channels.iter().all(|c| !c.kind.is_number()) {
            warnings.push(format!("helpline {}: no phone, SMS or WhatsApp number", h.id));
        }
    }
    let with_numbers: BTreeSet<&str> =
        content.countries.iter().filter(|c| !c.emergency.is_empty()).map(|c| c.country.as_str()).collect();
    let described: BTreeSet<&str> = content.countries.iter().map(|c| c.country.as_str()).collect();
    let mut places: Vec<&str> = content.helplines.iter().map(|h| h.country.as_str()).collect();
    places.sort();
    places.dedup();
    for place in places.into_iter().filter(|p| p.len() == 2 && *p != "EU") {
        if !described.contains(place) {
            let finding = format!("country {place}: has lines but no entry in countries.json (emergency numbers)");
            if base { errors.push(finding) } else { warnings.push(format!("{finding}; the built-in pack's is shown")) }
        } else if !with_numbers.contains(place) {
            warnings.push(format!("country {place}: no emergency number could be sourced (the GSM fallback is shown)"));
        }
    }
    if base && !described.contains("INT") {
        errors.push("countries.json: no INT entry (the GSM fallback every phone tries)".into());
    }
}

/// Translations must name items the pack has; stale ones (made from English that has since
/// changed) are listed.
fn check_translations(content: &ParsedContent, errors: &mut Vec<String>, warnings: &mut Vec<String>) {
    let english = import::english_items(content);
    for (locale, items) in &content.translations {
        let mut stale = Vec::new();
        for item in items {
            let id = translations::message_id(item.kind, &item.key);
            match english.get(&(item.kind, item.key.clone())) {
                None => errors.push(format!("translations/{locale}: {id} has no English reference in this pack")),
                Some(fields) => {
                    if item.source_hash != translations::english_hash(fields) {
                        stale.push(id.clone());
                    }
                    if let Some(extra) = item.fields.keys().find(|f| !fields.contains_key(*f)) {
                        warnings.push(format!("translations/{locale}: {id}.{extra} has no English text (ignored)"));
                    }
                }
            }
        }
        if !stale.is_empty() {
            warnings.push(format!(
                "translations/{locale}: {} stale (English changed): {}",
                stale.len(),
                stale.join(", ")
            ));
        }
    }
    for (locale, message, reason) in &content.skipped {
        errors.push(format!("translations/{locale}: {message}: {reason}"));
    }
    for (locale, _) in &content.unshown {
        warnings.push(format!("translations/{locale}: the app does not ship this locale; kept but not shown"));
    }
}

/// Writes the English of every translatable item as Fluent, with each message's hash; with
/// `update`, only the items that locale's translation lacks or has stale.
pub fn template(dir: &Path, out: &Path, update: Option<&str>) -> Result<(), String> {
    let (_, sections) = source::read_dir(dir)?;
    let content =
        import::parse_sections(sections.iter().map(|(n, b)| (n.as_str(), b.as_slice()))).map_err(|e| e.to_string())?;
    let english = import::english_items(&content);
    let existing: BTreeMap<(translations::ItemKind, String), String> = match update {
        Some(locale) => content
            .translations
            .iter()
            .filter(|(l, _)| l == locale)
            .flat_map(|(_, items)| items.iter().map(|i| ((i.kind, i.key.clone()), i.source_hash.clone())))
            .collect(),
        None => BTreeMap::new(),
    };
    let mut text = String::from(
        "# Harbour content to translate. Translate the text after `=` only; keep the ids, the\n\
         # attribute names and the `# hb:` line above each message (it records which English the\n\
         # translation was made from). i18n/README.md explains the rest.\n\n",
    );
    let mut count = 0;
    for ((kind, key), fields) in &english {
        let hash = translations::english_hash(fields);
        if update.is_some() && existing.get(&(*kind, key.clone())) == Some(&hash) {
            continue;
        }
        translations::write_message(&mut text, *kind, key, fields, &hash, true);
        count += 1;
    }
    std::fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {} messages to {}", count, out.display());
    Ok(())
}

/// Validates a source directory; `Err` lists every problem found.
pub fn validate_dir(dir: &Path) -> Result<Report, String> {
    let (info, sections) = source::read_dir(dir)?;
    let content =
        import::parse_sections(sections.iter().map(|(n, b)| (n.as_str(), b.as_slice()))).map_err(|e| e.to_string())?;
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    let base = info.pack_id == harbour_core::content::embedded::PACK_ID;
    check_helplines(dir, &content, base, &mut errors, &mut warnings);
    check_translations(&content, &mut errors, &mut warnings);
    if info.pack_id == harbour_core::content::embedded::PACK_ID && !dir.ends_with("core/content/default") {
        warnings.push(format!(
            "pack id {:?} is the app's built-in content: phones refuse it from anyone else",
            info.pack_id
        ));
    }
    if !errors.is_empty() {
        let mut text = String::new();
        for e in &errors {
            let _ = writeln!(text, "error: {e}");
        }
        let _ = write!(text, "{} errors", errors.len());
        return Err(text);
    }
    let mut countries: Vec<&str> = content.helplines.iter().map(|h| h.country.as_str()).collect();
    countries.sort();
    countries.dedup();
    Ok(Report {
        pack_id: info.pack_id,
        version: info.version,
        helplines: content.helplines.len(),
        countries: countries.len(),
        articles: content.rights.len() + content.resources.len(),
        questionnaires: content.questionnaires.len(),
        translations: content.translations.len(),
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_checked_with_libphonenumber() {
        assert!(check_number("GB", "+448000121700").is_ok());
        assert!(check_number("US", "+18883737888").is_ok());
        assert!(check_number("GB", "+4412").is_err());
        assert!(check_number("DE", "116016").is_ok(), "short codes pass");
        assert!(check_number("GB", "08000121700").is_ok(), "national numbers valid in the country");
        assert!(check_number("GB", "0800012").is_err());
    }
}
