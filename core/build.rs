//! Embeds every locale under `../i18n/locales/` in the binary: translators add a folder and
//! nothing else. Each locale's `status.toml` supplies its review status. Embeds the default
//! content pack too. Both are text that compresses about fourfold, and the mobile library has a
//! size budget (SPEC §5: 6 MB), so they go in deflated and are inflated when read.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    default_pack(&out_dir);
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
            let deflated = out_dir.join(format!("locale-{id}-{name}.deflate"));
            std::fs::write(&deflated, deflate(&std::fs::read(&file).unwrap())).unwrap();
            println!("cargo:rerun-if-changed={}", file.display());
            write!(out, "({name:?}, include_bytes!({:?})), ", deflated.display().to_string()).unwrap();
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    std::fs::write(out_dir.join("locales.rs"), out).unwrap();
    display_names(&ids);
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, 10)
}

/// `content/default.hpack` (built by `harbour-pack build --embedded`) as its signed header,
/// kept as it is so a launch can compare versions without inflating anything, and its
/// sections, deflated.
fn default_pack(out_dir: &Path) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/default.hpack");
    println!("cargo:rerun-if-changed={}", path.display());
    let pack = std::fs::read(&path).expect("content/default.hpack exists");
    // Prefix (12 bytes, the manifest's length at 8..12), manifest, 64-byte signature.
    let manifest_len = u32::from_le_bytes(pack[8..12].try_into().unwrap()) as usize;
    let body_start = 12 + manifest_len + 64;
    std::fs::write(out_dir.join("default-pack.head"), &pack[..body_start]).unwrap();
    std::fs::write(out_dir.join("default-pack.body.deflate"), deflate(&pack[body_start..])).unwrap();
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
