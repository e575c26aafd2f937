//! Embeds every locale under `../i18n/locales/` in the binary: translators add a folder and
//! nothing else. Each locale's `status.toml` supplies its review status.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<_> = std::fs::read_dir(&root)
        .expect("i18n/locales exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    locales.sort();

    let mut out = String::from("pub(crate) static EMBEDDED: &[EmbeddedLocale] = &[\n");
    let ids: Vec<String> = locales.iter().map(|d| d.file_name().unwrap().to_string_lossy().into_owned()).collect();
    for dir in locales {
        let id = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let status = std::fs::read_to_string(dir.join("status.toml")).unwrap_or_default();
        let flag = |key: &str, default: bool| -> bool {
            status
                .lines()
                .filter_map(|l| l.split_once('='))
                .find(|(k, _)| k.trim() == key)
                .map_or(default, |(_, v)| v.trim() == "true")
        };
        write!(
            out,
            "    EmbeddedLocale {{ id: {id:?}, reviewed: {}, machine_drafted: {}, files: &[",
            flag("reviewed", false),
            flag("machine_drafted", false)
        )
        .unwrap();
        for file in files {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let abs = file.canonicalize().unwrap();
            write!(out, "({name:?}, include_str!({:?})), ", abs.display().to_string()).unwrap();
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
    display_names(&ids);
}

/// Three-letter language codes people's phones and packs use beside ISO 639-1 (macro- and
/// individual languages: Filipino, Dari, Sorani, Cantonese, Min Nan, Cebuano…). Names come
/// from CLDR; this is only which codes to look up.
const THREE_LETTER_LANGUAGES: &[&str] = &[
    "fil", "prs", "pes", "ckb", "kmr", "yue", "nan", "cmn", "ceb", "hil", "ilo", "bzs", "gsg", "ase", "bfi", "rom",
    "tig", "aii", "hmn", "kri", "arb", "apc", "arz", "ary", "mya", "bho", "raj", "kok", "mai", "sat",
];

/// CLDR display names (ICU4X) of every region and of the common languages, in each shipped
/// locale, as a table the app searches: `DISPLAY_NAMES: &[(locale, &[(code, name)], &[(code, name)])]`.
fn display_names(locales: &[String]) {
    use icu_experimental::displaynames::DisplayNamesOptions;
    use icu_experimental::displaynames::multi::{LanguageDisplayNames, RegionDisplayNames};
    use icu_locale_core::subtags::{Language, Region};
    let letters = |n: usize, upper: bool| -> Vec<String> {
        let alphabet: Vec<char> = if upper { ('A'..='Z').collect() } else { ('a'..='z').collect() };
        let mut out = vec![String::new()];
        for _ in 0..n {
            out = out.iter().flat_map(|p| alphabet.iter().map(move |c| format!("{p}{c}"))).collect();
        }
        out
    };
    let mut languages = letters(2, false);
    languages.extend(THREE_LETTER_LANGUAGES.iter().map(|s| s.to_string()));
    let regions = letters(2, true);
    let mut out = String::from("pub(crate) static DISPLAY_NAMES: &[(&str, Names, Names)] = &[\n");
    for id in locales.iter().filter(|l| !l.contains('-')) {
        // ICU4X keeps Tagalog under its current code.
        let cldr = if id == "tl" { "fil" } else { id.as_str() };
        let locale: icu_locale_core::Locale = cldr.parse().expect("a locale");
        let prefs = (&locale).into();
        let region_names = RegionDisplayNames::try_new(prefs, DisplayNamesOptions::default()).expect("region names");
        let language_names =
            LanguageDisplayNames::try_new(prefs, DisplayNamesOptions::default()).expect("language names");
        out.push_str(&format!("    ({id:?}, &["));
        for code in &regions {
            if let Ok(region) = code.parse::<Region>()
                && let Some(name) = region_names.of(region)
            {
                out.push_str(&format!("({code:?}, {name:?}), "));
            }
        }
        out.push_str("], &[");
        for code in &languages {
            if let Ok(language) = code.parse::<Language>()
                && let Some(name) = language_names.of(language)
            {
                out.push_str(&format!("({code:?}, {name:?}), "));
            }
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("display_names.rs");
    std::fs::write(dest, out).unwrap();
}
