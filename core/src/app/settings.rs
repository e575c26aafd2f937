//! Settings a person or a shell can change, each checked before it is kept: a bad value is
//! refused with what is wrong, and the old one stays.

use super::{AppError, Harbour};
use crate::input::{Field, Invalid, Problem};
use crate::l10n;

/// Settings the app keeps for itself: changed only through their own calls.
const INTERNAL: [&str; 2] = ["handed_off", super::SETTING_AUTO_LOCK];
/// Region codes CLDR names that are not countries a person lives in.
const NOT_COUNTRIES: [&str; 7] = ["EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"];
const MAX_NAME: usize = 200;
const MAX_VALUE: usize = 4096;
const MAX_KEY: usize = 64;

/// Which field a setting is, for the message a refusal gets.
fn field_of(key: &str) -> Field {
    match key {
        "country" => Field::Country,
        "locale" => Field::Language,
        "org.age_key" => Field::OrganisationKey,
        "org.name" => Field::OrganisationName,
        "org.contact" => Field::OrganisationContact,
        "disguise" => Field::Disguise,
        _ => Field::Setting,
    }
}

fn refuse<T>(key: &str, problem: Problem) -> Result<T, AppError> {
    Err(AppError::InvalidInput(Invalid::new(field_of(key), problem)))
}

/// The value `key` is kept as, or why it is refused. Countries are kept upper-case.
pub(crate) fn check_setting(key: &str, value: &str) -> Result<String, AppError> {
    let value = value.trim();
    match key {
        "country" => {
            let code = value.to_ascii_uppercase();
            let known = code.len() == 2
                && code.bytes().all(|b| b.is_ascii_uppercase())
                && !NOT_COUNTRIES.contains(&code.as_str())
                && l10n::display::country_name(l10n::REFERENCE, &code).is_some();
            if known { Ok(code) } else { refuse(key, Problem::Unknown) }
        }
        "locale" => {
            if l10n::available_locales().iter().any(|l| l.id == value) {
                Ok(value.to_owned())
            } else {
                refuse(key, Problem::Unknown)
            }
        }
        "org.age_key" => match value.parse::<age::x25519::Recipient>() {
            Ok(_) => Ok(value.to_owned()),
            Err(_) => refuse(key, Problem::Malformed),
        },
        "org.name" | "org.contact" | "disguise" => checked_text(key, value, MAX_NAME),
        _ if INTERNAL.contains(&key) => refuse(key, Problem::NotChangeable),
        _ => checked_text(key, value, MAX_VALUE),
    }
}

fn checked_text(key: &str, value: &str, max: usize) -> Result<String, AppError> {
    if value.is_empty() {
        return refuse(key, Problem::Empty);
    }
    if value.chars().any(|c| c.is_control() || l10n::bidi::is_bidi_control(c)) {
        return refuse(key, Problem::BadCharacter);
    }
    if value.chars().count() > max {
        return refuse(key, Problem::TooLong { max: max as u64 });
    }
    Ok(value.to_owned())
}

fn checked_key(key: &str) -> Result<(), AppError> {
    let fine = !key.is_empty()
        && key.len() <= MAX_KEY
        && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
        && !key.starts_with("shadow.");
    if fine { Ok(()) } else { refuse("", Problem::NotChangeable) }
}

impl Harbour {
    /// A setting that must be readable before unlocking (language, country…).
    pub fn setting(&self, key: &str) -> Result<Option<String>, AppError> {
        self.with_content(|c| Ok(c.setting(key)?))
    }

    /// Changes a setting after checking it. Whom exports are for and the disguise follow the
    /// outreach rules ([`Harbour::configure_outreach`]); the app's own settings are refused.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), AppError> {
        checked_key(key)?;
        let value = check_setting(key, value)?;
        match key {
            "disguise" | "org.name" | "org.contact" | "org.age_key" => {
                let mut settings = super::OutreachSettings::default();
                let slot = match key {
                    "disguise" => &mut settings.disguise,
                    "org.name" => &mut settings.organisation_name,
                    "org.contact" => &mut settings.organisation_contact,
                    _ => &mut settings.organisation_age_key,
                };
                *slot = Some(value);
                self.configure_outreach(&settings)
            }
            _ => self.content_setting_put(key, &value),
        }
    }

    /// Writes a setting to the content store, unchecked: for the core's own keys and values
    /// already checked.
    pub(crate) fn content_setting_put(&self, key: &str, value: &str) -> Result<(), AppError> {
        self.with_content(|c| Ok(c.set_setting(key, value)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(key: &str, value: &str) -> Option<Problem> {
        match check_setting(key, value) {
            Err(AppError::InvalidInput(Invalid { field, problem })) => {
                assert_eq!(field, field_of(key));
                Some(problem)
            }
            Err(other) => panic!("{other:?}"),
            Ok(_) => None,
        }
    }

    #[test]
    fn each_setting_is_checked() {
        assert_eq!(check_setting("country", " gb ").unwrap(), "GB");
        for bad in ["", "G", "GBR", "XX", "EU", "ZZ", "12", "ÉÉ"] {
            assert_eq!(problem("country", bad), Some(Problem::Unknown), "{bad:?}");
        }
        assert_eq!(problem("locale", "ti"), None);
        assert_eq!(problem("locale", "klingon"), Some(Problem::Unknown));
        assert_eq!(problem("org.age_key", "age1nothing"), Some(Problem::Malformed));
        let key = age::x25519::Identity::generate().to_public().to_string();
        assert_eq!(problem("org.age_key", &key), None);
        assert_eq!(problem("org.name", &"x".repeat(201)), Some(Problem::TooLong { max: 200 }));
        assert_eq!(problem("org.name", "a\u{202E}b"), Some(Problem::BadCharacter));
        assert_eq!(problem("org.name", " "), Some(Problem::Empty));
        assert_eq!(problem("handed_off", "0"), Some(Problem::NotChangeable));
        assert!(
            checked_key("shadow.wipe_after").is_err() && checked_key("Locale").is_err() && checked_key("theme").is_ok()
        );
    }
}
