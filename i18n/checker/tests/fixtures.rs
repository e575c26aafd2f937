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
    assert!(has(&ar, Severity::Error, 6, 1, "$nmae"), "unknown variable");
    for cat in ["zero", "two", "few", "many"] {
        assert!(has(&ar, Severity::Error, 2, 1, &format!("`{cat}` plural category")), "missing {cat}");
    }
    assert!(!ar.iter().any(|f| f.message.contains("`one` plural")), "one is there");
    assert!(ar.iter().any(|f| f.severity == Severity::Warning && f.message.contains("`gone` is missing")));
    assert!(has(&ar, Severity::Warning, 8, 1, "`old-one` is obsolete"));
    assert!(ar.iter().all(|f| f.file.ends_with("ar/app.ftl")));
}

#[test]
fn zawgyi_mixed_scripts_and_bad_status_in_burmese() {
    let my = findings("my");
    assert!(has(&my, Severity::Error, 1, 1, "Zawgyi"));
    assert!(has(&my, Severity::Error, 2, 1, "is not Burmese script"));
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
