//! The checker on a deliberately broken set of locales, and the runtime on the same files.

use std::path::Path;

use harbour_core::l10n::{Localizer, strip_bidi_controls};
use harbour_i18n::{Finding, Severity, check_dir};

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/broken"))
}

fn findings(locale: &str) -> Vec<Finding> {
    check_dir(fixtures()).findings.into_iter().filter(|f| f.locale == locale).collect()
}

fn has(list: &[Finding], severity: Severity, line: usize, column: usize, text: &str) -> bool {
    list.iter().any(|f| f.severity == severity && f.line == line && f.column == column && f.message.contains(text))
}

#[test]
fn each_problem_is_reported_where_it_is() {
    let ar = findings("ar");
    for f in &ar {
        println!("{f}");
    }
    assert!(has(&ar, Severity::Error, 7, 13, "syntax"), "syntax error at the end of `broken = {{ $`");
    assert!(has(&ar, Severity::Error, 6, 14, "$nmae"), "unknown variable, at its `$`");
    for cat in ["zero", "two", "few", "many"] {
        // `*[other]` stands in for a missing category: a warning, at the selector.
        assert!(has(&ar, Severity::Warning, 2, 11, &format!("`{cat}` plural category")), "missing {cat}");
    }
    assert!(!ar.iter().any(|f| f.message.contains("`one` plural")), "one is there");
    assert!(ar.iter().any(|f| f.severity == Severity::Warning && f.message.contains("`gone` is missing")));
    assert!(has(&ar, Severity::Warning, 8, 1, "`old-one` is obsolete"));
    assert!(ar.iter().all(|f| f.file.ends_with("ar/app.ftl")));
}

#[test]
fn zawgyi_mixed_scripts_and_bad_status_in_burmese() {
    let my = findings("my");
    // At the offending character: the vowel sign typed before its consonant, the Thai letter.
    assert!(has(&my, Severity::Error, 1, 12, "Zawgyi"));
    assert!(has(&my, Severity::Error, 2, 12, "is not Burmese script"));
    assert!(my.iter().any(|f| f.severity == Severity::Error && f.message.contains("status.toml needs")));
}

#[test]
fn the_table_and_the_exit_status_reflect_errors() {
    let report = check_dir(fixtures());
    assert!(report.errors() > 0);
    let ar = report.locales.iter().find(|l| l.locale == "ar").unwrap();
    assert_eq!((ar.translated, ar.total), (3, 4), "greeting, items, farewell of 4");
    assert!(report.table().contains("| ar | 3/4 | 75% |"));
}

#[test]
fn at_run_time_broken_messages_fall_back_and_good_ones_show() {
    let read = |l: &str| std::fs::read_to_string(fixtures().join(l).join("app.ftl")).unwrap();
    let localizer = Localizer::from_sources(
        [
            ("ar".parse().unwrap(), vec![("app.ftl".to_owned(), read("ar"))]),
            ("en".parse().unwrap(), vec![("app.ftl".to_owned(), read("en"))]),
        ],
        None,
    );
    let name = [("name", "Amal".into())];
    assert_eq!(strip_bidi_controls(&localizer.format("greeting", &name)), "مرحبا Amal");
    assert_eq!(localizer.format("farewell", &[]), "Goodbye", "unknown variable → English");
    assert_eq!(localizer.format("gone", &[]), "Only in English");
    assert_eq!(localizer.format("old-one", &[]), "قديم", "the message after the broken one still loads");
    assert!(!localizer.problems().is_empty());
}

#[test]
fn the_shipped_locales_pass() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales"));
    let report = check_dir(dir);
    let errors: Vec<String> =
        report.findings.iter().filter(|f| f.severity == Severity::Error).map(|f| f.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(report.locales.len() >= 12, "en + eleven starter locales");
}

#[test]
fn a_quote_in_variant_text_before_deep_nesting_is_a_finding_not_a_crash() {
    let dir = std::env::temp_dir().join(format!("harbour-i18n-quote-{}", std::process::id()));
    for (locale, text) in [
        ("en", "said = { $n ->\n    *[other] She said stop\n}\n".to_owned()),
        (
            "ar",
            format!(
                "said = {{ $n ->\n    *[other] قالت \"قف\n}}\ndeep = {}x{}\n",
                "{".repeat(20_000),
                "}".repeat(20_000)
            ),
        ),
    ] {
        std::fs::create_dir_all(dir.join(locale)).unwrap();
        std::fs::write(dir.join(locale).join("app.ftl"), text).unwrap();
        std::fs::write(dir.join(locale).join("status.toml"), "reviewed = false\n").unwrap();
    }
    let report = check_dir(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.locale == "ar" && f.severity == Severity::Error && f.message.contains("nested")),
        "{:#?}",
        report.findings
    );
}

fn positions() -> Vec<Finding> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/positions"));
    let report = check_dir(dir);
    for f in &report.findings {
        println!("{f}");
    }
    report.findings
}

#[test]
fn findings_point_at_the_attribute_variable_variant_and_both_duplicates() {
    let all = positions();
    let ro: Vec<Finding> = all.iter().filter(|f| f.locale == "ro").cloned().collect();
    // An unknown variable in an attribute, at its `$` (columns in characters: "ț" is one).
    assert!(has(&ro, Severity::Error, 6, 32, "`entry.prompt` uses $nume"), "variable in attribute");
    // An attribute English does not have, at the attribute's name.
    assert!(has(&ro, Severity::Warning, 7, 6, "`entry.hint` is obsolete"));
    // A duplicate names both lines.
    assert!(has(&ro, Severity::Error, 14, 1, "first at line 8, again at line 14"), "duplicate");
    // A default that is not `other` makes a missing category an error.
    assert!(has(&ro, Severity::Error, 9, 11, "without the `few` plural category"), "default *[one]");
    // A reference to nothing, at the reference.
    assert!(has(&ro, Severity::Error, 13, 16, "refers to `-nowhere`"), "term reference");
}

#[test]
fn categories_a_language_never_uses_are_reported_and_a_bom_is_a_warning() {
    let all = positions();
    let fa: Vec<Finding> = all.iter().filter(|f| f.locale == "fa").cloned().collect();
    assert!(has(&fa, Severity::Warning, 1, 1, "BOM"), "BOM");
    assert!(has(&fa, Severity::Warning, 4, 6, "`[few]` is never used"), "few in Persian");
    assert!(has(&fa, Severity::Warning, 5, 6, "`[many]` is never used"), "many in Persian");
    assert!(!fa.iter().any(|f| f.message.contains("syntax")), "the BOM is not a syntax error: {fa:#?}");
    assert!(!fa.iter().any(|f| f.message.contains("`items` is missing")), "the first message after the BOM loads");
}

#[test]
fn a_bom_is_ignored_at_run_time_too() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/positions"));
    let fa = std::fs::read_to_string(dir.join("fa/app.ftl")).unwrap();
    assert!(fa.starts_with('\u{FEFF}'));
    let localizer = Localizer::from_sources([("fa".parse().unwrap(), vec![("app.ftl".to_owned(), fa)])], None);
    assert!(localizer.problems().is_empty(), "{:?}", localizer.problems());
    assert!(strip_bidi_controls(&localizer.format("items", &[("count", 3i64.into())])).contains("مورد"));
}
