//! Country and language names in the person's language, from CLDR (ICU4X's display names,
//! read into a table for the shipped locales at build time; see `core/build.rs`).

/// (code, name) pairs of one locale.
type Names = &'static [(&'static str, &'static str)];

include!(concat!(env!("OUT_DIR"), "/display_names.rs"));

fn table(locale: &str) -> Option<(Names, Names)> {
    let language = locale.split(['-', '_']).next().unwrap_or(locale);
    DISPLAY_NAMES.iter().find(|(l, _, _)| *l == language).map(|(_, regions, languages)| (*regions, *languages))
}

fn find(list: &[(&'static str, &'static str)], code: &str) -> Option<&'static str> {
    list.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// The CLDR name of region `code` (ISO 3166-1 alpha-2) in `locale`, if CLDR has one.
pub fn country_name(locale: &str, code: &str) -> Option<&'static str> {
    find(table(locale)?.0, &code.to_ascii_uppercase())
}

/// The CLDR name of language `code` (BCP 47; its language subtag) in `locale`, if any.
pub fn language_name(locale: &str, code: &str) -> Option<&'static str> {
    let language = code.split(['-', '_']).next().unwrap_or(code).to_ascii_lowercase();
    let languages = table(locale)?.1;
    find(languages, &language).or_else(|| match language.as_str() {
        // Tagalog and Filipino: CLDR names one or the other depending on the locale.
        "tl" => find(languages, "fil"),
        "fil" => find(languages, "tl"),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_in_the_persons_language() {
        assert_eq!(country_name("es", "GB"), Some("Reino Unido"));
        assert_eq!(country_name("ar", "AE"), Some("الإمارات العربية المتحدة"));
        assert_eq!(country_name("en", "ER"), Some("Eritrea"));
        assert_eq!(language_name("ar", "en"), Some("الإنجليزية"));
        assert_eq!(language_name("es", "ti"), Some("tigriña"));
        assert!(language_name("my", "ar").is_some_and(|n| n.chars().all(|c| !c.is_ascii_alphabetic())));
        assert!(country_name("so", "ZZ9").is_none());
    }
}
