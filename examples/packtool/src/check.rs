//! Validation of pack sources beyond what the app itself checks on import: phone numbers
//! against libphonenumber's data (the `phonenumber` crate), reported all at once.

use std::fmt::Write as _;
use std::path::Path;

use harbour_core::content::import;
use harbour_core::content::model::Helpline;
use harbour_core::content::source;

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
            "ok: {} v{}: {} helplines in {} countries, {} articles, {} questionnaires, {} translations",
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
    // Short codes (116 000, 1098, 131 237…) have no libphonenumber validation data.
    if dial.len() <= 6 {
        return Ok(());
    }
    let Ok(id) = country.parse::<phonenumber::country::Id>() else {
        // EU / INT: no national numbering plan to check against.
        return Ok(());
    };
    let number = phonenumber::parse(Some(id), dial).map_err(|e| format!("{dial}: {e}"))?;
    if phonenumber::is_valid(&number) { Ok(()) } else { Err(format!("{dial} is not a valid number in {country}")) }
}

fn check_helplines(list: &[Helpline], errors: &mut Vec<String>, warnings: &mut Vec<String>) {
    for h in list {
        for c in h.channels.iter().filter(|c| c.kind.is_number()) {
            if let Err(e) = check_number(&h.country, &c.dial) {
                errors.push(format!("helpline {}: {e}", h.id));
            }
        }
        if h.channels.iter().all(|c| !c.kind.is_number()) {
            warnings.push(format!("helpline {}: no phone, SMS or WhatsApp number", h.id));
        }
        if h.source_date.is_none() {
            warnings.push(format!("helpline {}: no source date (shown as not dated)", h.id));
        }
    }
}

/// Validates a source directory; `Err` lists every problem found.
pub fn validate_dir(dir: &Path) -> Result<Report, String> {
    let (info, sections) = source::read_dir(dir)?;
    let content =
        import::parse_sections(sections.iter().map(|(n, b)| (n.as_str(), b.as_slice()))).map_err(|e| e.to_string())?;
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    check_helplines(&content.helplines, &mut errors, &mut warnings);
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
