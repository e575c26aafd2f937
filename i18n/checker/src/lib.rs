//! Checks every locale under `i18n/locales/` against the English reference and says, file
//! by file and line by line, what a translator has to fix.
//!
//! Errors (non-zero exit): syntax errors; duplicate messages; variables the reference does
//! not have; references to messages or terms that exist nowhere; plural selectors missing
//! a category the language needs; Zawgyi or mixed scripts in Burmese; a missing or invalid
//! `status.toml`. Warnings: messages and attributes missing (they fall back to English) or
//! obsolete (no longer in English).

pub mod myanmar;
pub mod plurals;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

pub const REFERENCE: &str = "en";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub locale: String,
    pub file: PathBuf,
    /// 1-based; 0 when the finding is about the whole file or locale.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.line > 0 {
            write!(f, "{}:{}:{}: {level}: {}", self.file.display(), self.line, self.column, self.message)
        } else {
            write!(f, "{}: {level}: {}", self.file.display(), self.message)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleSummary {
    pub locale: String,
    /// Messages and attributes of the reference that this locale translates.
    pub translated: usize,
    pub total: usize,
    pub reviewed: Option<bool>,
    pub machine_drafted: bool,
    pub errors: usize,
    pub warnings: usize,
}

impl LocaleSummary {
    pub fn completeness(&self) -> usize {
        100 * self.translated / self.total.max(1)
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub locales: Vec<LocaleSummary>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.severity == Severity::Error).count()
    }

    /// The completeness table, as Markdown.
    pub fn table(&self) -> String {
        let mut out = String::from("| locale | translated | complete | reviewed | errors | warnings |\n");
        out.push_str("|---|---|---|---|---|---|\n");
        for s in &self.locales {
            let reviewed = match s.reviewed {
                Some(true) => "yes",
                Some(false) if s.machine_drafted => "no (machine draft)",
                Some(false) => "no",
                None => "status missing",
            };
            out.push_str(&format!(
                "| {} | {}/{} | {}% | {reviewed} | {} | {} |\n",
                s.locale,
                s.translated,
                s.total,
                s.completeness(),
                s.errors,
                s.warnings
            ));
        }
        out
    }
}

/// What one message (or term) looks like, for comparison with the reference.
#[derive(Debug, Default, Clone)]
struct Entry {
    file: PathBuf,
    line: usize,
    /// Variables per part: `None` is the value, `Some(name)` an attribute.
    vars: BTreeMap<Option<String>, BTreeSet<String>>,
    /// Keys of every plural-looking select, per part, with the selector variable.
    selects: Vec<(Option<String>, String, Vec<String>)>,
    /// Messages and terms it refers to.
    references: BTreeSet<String>,
    /// Text elements, for script checks.
    text: Vec<String>,
}

impl Entry {
    fn parts(&self) -> BTreeSet<Option<String>> {
        self.vars.keys().cloned().collect()
    }
}

struct Locale {
    id: String,
    entries: BTreeMap<String, Entry>,
}

/// Checks `locales_dir` (containing `en/`, `ar/`, …).
pub fn check_dir(locales_dir: &Path) -> Report {
    let mut report = Report::default();
    let mut ids: Vec<String> = match std::fs::read_dir(locales_dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(e) => {
            report.findings.push(Finding {
                severity: Severity::Error,
                locale: String::new(),
                file: locales_dir.to_owned(),
                line: 0,
                column: 0,
                message: format!("cannot read the locales directory: {e}"),
            });
            return report;
        }
    };
    ids.sort();
    if !ids.iter().any(|i| i == REFERENCE) {
        report.findings.push(Finding {
            severity: Severity::Error,
            locale: REFERENCE.into(),
            file: locales_dir.join(REFERENCE),
            line: 0,
            column: 0,
            message: "the reference locale `en` is missing".into(),
        });
        return report;
    }
    let reference = load(locales_dir, REFERENCE, &mut report.findings);
    for id in &ids {
        let before = report.findings.len();
        let locale = if id == REFERENCE { None } else { Some(load(locales_dir, id, &mut report.findings)) };
        let locale_ref = locale.as_ref().unwrap_or(&reference);
        compare(&reference, locale_ref, &mut report.findings);
        let (reviewed, machine_drafted) = read_status(locales_dir, id, &mut report.findings);
        let new = &report.findings[before..];
        let (total, translated) = coverage(&reference, locale_ref);
        report.locales.push(LocaleSummary {
            locale: id.clone(),
            translated,
            total,
            reviewed,
            machine_drafted,
            errors: new.iter().filter(|f| f.severity == Severity::Error).count(),
            warnings: new.iter().filter(|f| f.severity == Severity::Warning).count(),
        });
    }
    report
}

fn finding(severity: Severity, locale: &str, file: &Path, line: usize, column: usize, message: String) -> Finding {
    Finding { severity, locale: locale.into(), file: file.to_owned(), line, column, message }
}

fn read_status(dir: &Path, id: &str, findings: &mut Vec<Finding>) -> (Option<bool>, bool) {
    let path = dir.join(id).join("status.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        findings.push(finding(Severity::Error, id, &path, 0, 0, "missing status.toml (see i18n/README.md)".into()));
        return (None, false);
    };
    let value = |key: &str| {
        text.lines().filter_map(|l| l.split_once('=')).find(|(k, _)| k.trim() == key).map(|(_, v)| v.trim().to_owned())
    };
    let reviewed = match value("reviewed").as_deref() {
        Some("true") => Some(true),
        Some("false") => Some(false),
        _ => {
            findings.push(finding(
                Severity::Error,
                id,
                &path,
                0,
                0,
                "status.toml needs `reviewed = true` or `reviewed = false`".into(),
            ));
            None
        }
    };
    (reviewed, value("machine_drafted").as_deref() == Some("true"))
}

/// (line, column), 1-based, of byte `offset` in `source`; columns count characters.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..source.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Line where each entry starts (`id =` or `-id =` at the start of a line).
fn entry_lines(source: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for (i, line) in source.lines().enumerate() {
        if let Some((id, _)) = line.split_once('=') {
            let id = id.trim_end();
            let bare = id.strip_prefix('-').unwrap_or(id);
            if !id.is_empty()
                && !line.starts_with(' ')
                && bare.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && bare.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                out.entry(id.to_owned()).or_insert(i + 1);
            }
        }
    }
    out
}

fn load(dir: &Path, id: &str, findings: &mut Vec<Finding>) -> Locale {
    let mut entries: BTreeMap<String, Entry> = BTreeMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(id))
        .map(|rd| {
            rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect()
        })
        .unwrap_or_default();
    files.sort();
    for path in files {
        let source = match std::fs::read(&path).map(String::from_utf8) {
            Ok(Ok(s)) => s,
            Ok(Err(e)) => {
                let (line, column) = line_col(&String::from_utf8_lossy(e.as_bytes()), e.utf8_error().valid_up_to());
                findings.push(finding(Severity::Error, id, &path, line, column, "not valid UTF-8".into()));
                continue;
            }
            Err(e) => {
                findings.push(finding(Severity::Error, id, &path, 0, 0, format!("cannot read: {e}")));
                continue;
            }
        };
        if harbour_core::l10n::nests_deeper_than(&source, harbour_core::l10n::MAX_NESTING) {
            findings.push(finding(
                Severity::Error,
                id,
                &path,
                0,
                0,
                format!("placeables nested deeper than {}; the app ignores this file", harbour_core::l10n::MAX_NESTING),
            ));
            continue;
        }
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let (line, column) = line_col(&source, e.pos.start);
                    findings.push(finding(Severity::Error, id, &path, line, column, format!("syntax: {e}")));
                }
                r
            }
        };
        let lines = entry_lines(&source);
        for entry in resource.body {
            let (key, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let line = lines.get(&key).copied().unwrap_or(0);
            if let Some(first) = entries.get(&key) {
                findings.push(finding(
                    Severity::Error,
                    id,
                    &path,
                    line,
                    1,
                    format!("`{key}` is defined twice (first in {})", first.file.display()),
                ));
                continue;
            }
            let mut e = Entry { file: path.clone(), line, ..Default::default() };
            if let Some(v) = &value {
                walk_pattern(v, &None, &mut e);
                e.vars.entry(None).or_default();
            }
            for a in &attributes {
                let part = Some(a.id.name.to_owned());
                walk_pattern(&a.value, &part, &mut e);
                e.vars.entry(part).or_default();
            }
            entries.insert(key, e);
        }
    }
    Locale { id: id.to_owned(), entries }
}

fn walk_pattern(p: &ast::Pattern<&str>, part: &Option<String>, e: &mut Entry) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => e.text.push((*value).to_owned()),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, part, e),
        }
    }
}

fn walk_expression(x: &ast::Expression<&str>, part: &Option<String>, e: &mut Entry) {
    match x {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, part, e);
            let keys: Vec<String> = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => (*name).to_owned(),
                    ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                })
                .collect();
            let plural_like =
                keys.iter().any(|k| plurals::CATEGORIES.contains(&k.as_str()) || k.parse::<f64>().is_ok());
            if plural_like {
                let selector_name = match selector {
                    ast::InlineExpression::VariableReference { id } => format!("${}", id.name),
                    ast::InlineExpression::FunctionReference { id, .. } => id.name.to_owned(),
                    _ => "selector".into(),
                };
                e.selects.push((part.clone(), selector_name, keys));
            }
            for v in variants {
                walk_pattern(&v.value, part, e);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, part, e),
    }
}

fn walk_inline(x: &ast::InlineExpression<&str>, part: &Option<String>, e: &mut Entry) {
    match x {
        ast::InlineExpression::VariableReference { id } => {
            e.vars.entry(part.clone()).or_default().insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            e.references.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            e.references.insert(format!("-{}", id.name));
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| walk_inline(a, part, e));
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| walk_inline(a, part, e));
            arguments.named.iter().for_each(|a| walk_inline(&a.value, part, e));
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, part, e),
        ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn part_name(key: &str, part: &Option<String>) -> String {
    match part {
        None => format!("`{key}`"),
        Some(a) => format!("`{key}.{a}`"),
    }
}

fn coverage(reference: &Locale, locale: &Locale) -> (usize, usize) {
    let mut total = 0;
    let mut translated = 0;
    for (key, r) in reference.entries.iter().filter(|(k, _)| !k.starts_with('-')) {
        for part in r.parts() {
            total += 1;
            if locale.entries.get(key).is_some_and(|l| l.vars.contains_key(&part)) {
                translated += 1;
            }
        }
    }
    (total, translated)
}

fn compare(reference: &Locale, locale: &Locale, findings: &mut Vec<Finding>) {
    let id = locale.id.as_str();
    let lang: Option<LanguageIdentifier> = id.parse().ok();
    let categories = lang.as_ref().and_then(plurals::integer_categories);
    let is_reference = id == REFERENCE;
    for (key, entry) in &locale.entries {
        let f = &entry.file;
        // Plural selectors must cover what the language needs.
        if let Some(categories) = &categories {
            for (part, selector, keys) in &entry.selects {
                for (cat, example) in plurals::missing(categories, keys) {
                    findings.push(finding(
                        Severity::Error,
                        id,
                        f,
                        entry.line,
                        1,
                        format!(
                            "{} selects on {selector} without the `{cat}` plural category this language needs (e.g. {example})",
                            part_name(key, part)
                        ),
                    ));
                }
            }
        }
        // References must resolve here or in English.
        for r in &entry.references {
            if !locale.entries.contains_key(r) && !reference.entries.contains_key(r) {
                findings.push(finding(
                    Severity::Error,
                    id,
                    f,
                    entry.line,
                    1,
                    format!("`{key}` refers to `{r}`, which does not exist"),
                ));
            }
        }
        if id == "my" {
            for text in &entry.text {
                for problem in myanmar::check_burmese(text) {
                    let message = match problem {
                        myanmar::ScriptProblem::Zawgyi { detail, .. } => {
                            format!("`{key}`: {detail}; Burmese must be Unicode, never Zawgyi")
                        }
                        myanmar::ScriptProblem::MixedScript { ch, .. } => {
                            format!("`{key}`: `{ch}` (U+{:04X}) is not Burmese script", ch as u32)
                        }
                    };
                    findings.push(finding(Severity::Error, id, f, entry.line, 1, message));
                }
            }
        }
        if is_reference {
            continue;
        }
        let Some(r) = reference.entries.get(key) else {
            findings.push(finding(
                Severity::Warning,
                id,
                f,
                entry.line,
                1,
                format!("`{key}` is obsolete: English no longer has it"),
            ));
            continue;
        };
        for (part, vars) in &entry.vars {
            let Some(ref_vars) = r.vars.get(part) else {
                findings.push(finding(
                    Severity::Warning,
                    id,
                    f,
                    entry.line,
                    1,
                    format!("{} is obsolete: English has no such attribute", part_name(key, part)),
                ));
                continue;
            };
            let unknown: Vec<&String> = vars.difference(ref_vars).collect();
            if !unknown.is_empty() {
                let list = unknown.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ");
                findings.push(finding(
                    Severity::Error,
                    id,
                    f,
                    entry.line,
                    1,
                    format!(
                        "{} uses {list}, which English does not provide (English has: {})",
                        part_name(key, part),
                        fmt_vars(ref_vars)
                    ),
                ));
            }
        }
        for part in r.parts() {
            if !entry.vars.contains_key(&part) {
                findings.push(finding(
                    Severity::Warning,
                    id,
                    f,
                    entry.line,
                    1,
                    format!("{} is missing (English will be shown)", part_name(key, &part)),
                ));
            }
        }
    }
    if !is_reference {
        for (key, r) in &reference.entries {
            if !locale.entries.contains_key(key) && !key.starts_with('-') {
                let file = locale_path_for(&r.file, id);
                findings.push(finding(
                    Severity::Warning,
                    id,
                    &file,
                    0,
                    0,
                    format!("`{key}` is missing (English will be shown)"),
                ));
            }
        }
    }
}

fn fmt_vars(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() { "none".into() } else { vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ") }
}

/// The file a translator would put a message in: same name as in English.
fn locale_path_for(reference_file: &Path, locale: &str) -> PathBuf {
    let name = reference_file.file_name().unwrap_or_default();
    reference_file.parent().and_then(Path::parent).map_or_else(|| PathBuf::from(name), |d| d.join(locale).join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let s = "a = x\nbé = { $\n";
        assert_eq!(line_col(s, 0), (1, 1));
        assert_eq!(line_col(s, 6), (2, 1));
        assert_eq!(line_col(s, s.find('$').unwrap()), (2, 8));
    }
}
