//! Checks every locale under `i18n/locales/` against the English reference and says, file
//! by file and line by line, what a translator has to fix.
//!
//! Errors (non-zero exit): syntax errors; duplicate messages; variables the reference does
//! not have; references to messages or terms that exist nowhere; plural selectors missing a
//! category the language needs when their default is not `*[other]`; Zawgyi or mixed scripts
//! in Burmese; a missing or invalid `status.toml`. Warnings: messages and attributes missing
//! (they fall back to English) or obsolete (no longer in English); a missing plural category
//! where `*[other]` stands in; a variant for a category the language never uses; a BOM.
//!
//! Every finding is at the line and column (in characters) of what it is about: the
//! variable, the variant key, the selector, the attribute, the reference.

pub mod content;
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
    /// The help content's translation, when a content directory was checked.
    pub content: Option<content::ContentSummary>,
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

    /// The completeness table, as Markdown: the app's messages (UI) and the help content.
    pub fn table(&self) -> String {
        let mut out = String::from(
            "| locale | UI translated | UI complete | content fresh | content stale | content missing | content complete | machine-drafted | reviewed | errors | warnings |\n",
        );
        out.push_str("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for s in &self.locales {
            let reviewed = match s.reviewed {
                Some(true) => "yes",
                Some(false) if s.machine_drafted => "no (machine draft)",
                Some(false) => "no",
                None => "status missing",
            };
            let content = match &s.content {
                Some(c) => format!(
                    "{}/{} | {} | {} | {}% | {}",
                    c.fresh,
                    c.total,
                    c.stale,
                    c.missing,
                    c.completeness(),
                    c.machine
                ),
                None if s.locale == REFERENCE => "reference | – | – | 100% | –".into(),
                None => "– | – | – | – | –".into(),
            };
            out.push_str(&format!(
                "| {} | {}/{} | {}% | {content} | {reviewed} | {} | {} |\n",
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

/// Where something is in its file: 1-based line and column (characters).
pub type Pos = (usize, usize);

/// A select expression whose keys look like plural categories.
#[derive(Debug, Clone)]
struct Select {
    part: Option<String>,
    selector: String,
    at: Pos,
    /// Each variant's key, where it is, and whether it is the default (`*[…]`).
    keys: Vec<(String, Pos, bool)>,
}

/// What one message (or term) looks like, for comparison with the reference.
#[derive(Debug, Default, Clone)]
struct Entry {
    file: PathBuf,
    /// Where its id is.
    at: Pos,
    /// Where each part starts: `None` is the value, `Some(name)` an attribute (its name).
    parts: BTreeMap<Option<String>, Pos>,
    /// Variables per part, each where it is first used.
    vars: BTreeMap<Option<String>, BTreeMap<String, Pos>>,
    selects: Vec<Select>,
    /// Messages and terms it refers to, each where it is first referred to.
    references: BTreeMap<String, Pos>,
    /// Text elements, for script checks.
    text: Vec<(String, Pos)>,
}

impl Entry {
    fn parts(&self) -> BTreeSet<Option<String>> {
        self.parts.keys().cloned().collect()
    }
}

/// Positions of the parser's slices: fluent-syntax parses `&str` without copying, so every
/// name and text in the tree points into the source, and its offset is its place.
pub(crate) struct Source<'s> {
    pub(crate) text: &'s str,
}

impl Source<'_> {
    pub(crate) fn pos(&self, slice: &str) -> Pos {
        let start = self.text.as_ptr() as usize;
        let at = slice.as_ptr() as usize;
        if at >= start && at <= start + self.text.len() { line_col(self.text, at - start) } else { (0, 0) }
    }

    /// A `$variable` or `-term` name: at its sigil, as the translator sees it.
    fn sigil(&self, name: &str) -> Pos {
        let (line, column) = self.pos(name);
        (line, column.saturating_sub(1).max(1))
    }
}

struct Locale {
    id: String,
    entries: BTreeMap<String, Entry>,
}

/// Checks `locales_dir` (the app's messages) and, if given, the help content in
/// `content_dir` (its translations against its English).
pub fn check_all(locales_dir: &Path, content_dir: Option<&Path>) -> Report {
    let mut report = check_dir(locales_dir);
    if let Some(dir) = content_dir {
        let (findings, summaries) = content::check(dir);
        for s in &mut report.locales {
            if let Some(c) = summaries.get(&s.locale) {
                s.content = Some(c.clone());
            } else if s.locale != REFERENCE {
                s.content = Some(content::ContentSummary { missing: usize::MAX, ..Default::default() });
            }
            let mine = findings.iter().filter(|f| f.locale == s.locale);
            s.errors += mine.clone().filter(|f| f.severity == Severity::Error).count();
            s.warnings += mine.filter(|f| f.severity == Severity::Warning).count();
        }
        // A locale with no content file at all: everything is missing.
        let total = summaries.values().map(|c| c.total).max().unwrap_or(0);
        for s in &mut report.locales {
            if let Some(c) = &mut s.content
                && c.missing == usize::MAX
            {
                *c = content::ContentSummary { missing: total, total, ..Default::default() };
            }
        }
        report.findings.extend(findings);
    }
    report
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
            content: None,
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

fn load(dir: &Path, id: &str, findings: &mut Vec<Finding>) -> Locale {
    let mut entries: BTreeMap<String, Entry> = BTreeMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(id))
        .map(|rd| {
            rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect()
        })
        .unwrap_or_default();
    files.sort();
    for path in files {
        let raw = match std::fs::read(&path).map(String::from_utf8) {
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
        // Some editors start UTF-8 files with a byte-order mark; the app strips it too.
        let source = match raw.strip_prefix('\u{FEFF}') {
            Some(rest) => {
                findings.push(finding(
                    Severity::Warning,
                    id,
                    &path,
                    1,
                    1,
                    "the file starts with a BOM (U+FEFF); it is ignored, but save the file as UTF-8 without BOM".into(),
                ));
                rest
            }
            None => raw.as_str(),
        };
        if harbour_core::l10n::nests_deeper_than(source, harbour_core::l10n::MAX_NESTING) {
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
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let (line, column) = line_col(source, e.pos.start);
                    findings.push(finding(Severity::Error, id, &path, line, column, format!("syntax: {e}")));
                }
                r
            }
        };
        let src = Source { text: source };
        for entry in &resource.body {
            let (key, name, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.id.name, m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), t.id.name, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let at = src.pos(name);
            if let Some(first) = entries.get(&key) {
                let here = if first.file == path { String::new() } else { format!(" of {}", first.file.display()) };
                findings.push(finding(
                    Severity::Error,
                    id,
                    &path,
                    at.0,
                    at.1,
                    format!("`{key}` is defined twice: first at line {}{here}, again at line {}", first.at.0, at.0),
                ));
                continue;
            }
            let mut e = Entry { file: path.clone(), at, ..Default::default() };
            if let Some(v) = value {
                e.parts.insert(None, at);
                e.vars.entry(None).or_default();
                walk_pattern(v, &None, &mut e, &src);
            }
            for a in attributes {
                let part = Some(a.id.name.to_owned());
                e.parts.insert(part.clone(), src.pos(a.id.name));
                e.vars.entry(part.clone()).or_default();
                walk_pattern(&a.value, &part, &mut e, &src);
            }
            entries.insert(key, e);
        }
    }
    Locale { id: id.to_owned(), entries }
}

fn walk_pattern(p: &ast::Pattern<&str>, part: &Option<String>, e: &mut Entry, src: &Source<'_>) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => e.text.push(((*value).to_owned(), src.pos(value))),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, part, e, src),
        }
    }
}

fn walk_expression(x: &ast::Expression<&str>, part: &Option<String>, e: &mut Entry, src: &Source<'_>) {
    match x {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, part, e, src);
            let keys: Vec<(String, Pos, bool)> = variants
                .iter()
                .map(|v| {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => *name,
                        ast::VariantKey::NumberLiteral { value } => *value,
                    };
                    (key.to_owned(), src.pos(key), v.default)
                })
                .collect();
            let plural_like =
                keys.iter().any(|(k, _, _)| plurals::CATEGORIES.contains(&k.as_str()) || k.parse::<f64>().is_ok());
            if plural_like {
                let (selector_name, at) = match selector {
                    ast::InlineExpression::VariableReference { id } => (format!("${}", id.name), src.sigil(id.name)),
                    ast::InlineExpression::FunctionReference { id, .. } => (id.name.to_owned(), src.pos(id.name)),
                    _ => ("selector".into(), keys.first().map_or((0, 0), |k| k.1)),
                };
                e.selects.push(Select { part: part.clone(), selector: selector_name, at, keys });
            }
            for v in variants {
                walk_pattern(&v.value, part, e, src);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, part, e, src),
    }
}

fn walk_inline(x: &ast::InlineExpression<&str>, part: &Option<String>, e: &mut Entry, src: &Source<'_>) {
    match x {
        ast::InlineExpression::VariableReference { id } => {
            e.vars.entry(part.clone()).or_default().entry(id.name.to_owned()).or_insert_with(|| src.sigil(id.name));
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            e.references.entry(id.name.to_owned()).or_insert_with(|| src.pos(id.name));
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            e.references.entry(format!("-{}", id.name)).or_insert_with(|| src.sigil(id.name));
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| walk_inline(a, part, e, src));
                args.named.iter().for_each(|a| walk_inline(&a.value, part, e, src));
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| walk_inline(a, part, e, src));
            arguments.named.iter().for_each(|a| walk_inline(&a.value, part, e, src));
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, part, e, src),
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
            if locale.entries.get(key).is_some_and(|l| l.parts.contains_key(&part)) {
                translated += 1;
            }
        }
    }
    (total, translated)
}

/// Where byte `offset` of a text element that starts at `at` is.
fn within((line, column): Pos, text: &str, offset: usize) -> Pos {
    let before = &text[..text.floor_char_boundary(offset)];
    match before.rfind('\n') {
        Some(nl) => (line + before.matches('\n').count(), before[nl + 1..].chars().count() + 1),
        None => (line, column + before.chars().count()),
    }
}

fn compare(reference: &Locale, locale: &Locale, findings: &mut Vec<Finding>) {
    let id = locale.id.as_str();
    let lang: Option<LanguageIdentifier> = id.parse().ok();
    let needed = lang.as_ref().and_then(plurals::integer_categories);
    let known = lang.as_ref().and_then(plurals::all_categories);
    let is_reference = id == REFERENCE;
    let mut push = |severity, (line, column): Pos, file: &Path, message: String| {
        findings.push(finding(severity, id, file, line, column, message));
    };
    for (key, entry) in &locale.entries {
        let f = &entry.file;
        for select in &entry.selects {
            let what = part_name(key, &select.part);
            let keys: Vec<String> = select.keys.iter().map(|(k, _, _)| k.clone()).collect();
            // Categories the language needs for counts. Fluent shows the default variant for
            // a missing one: acceptable when that is the general `other` form, wrong when the
            // default is a specific form (`*[one]`, `*[1]`) every other count would get.
            if let Some(needed) = &needed {
                let default = select.keys.iter().find(|k| k.2).map(|k| k.0.as_str());
                for (cat, example) in plurals::missing(needed, &keys) {
                    let (severity, consequence) = match default {
                        Some("other") => (Severity::Warning, "the `*[other]` variant is shown for it".to_owned()),
                        Some(d) => (Severity::Error, format!("the default `*[{d}]` would be shown for it")),
                        None => (Severity::Error, "no variant is marked as the default".to_owned()),
                    };
                    push(
                        severity,
                        select.at,
                        f,
                        format!(
                            "{what} selects on {} without the `{cat}` plural category this language needs (e.g. {example}); {consequence}",
                            select.selector
                        ),
                    );
                }
            }
            // Categories the language never selects: the variant is dead text.
            if let Some(known) = &known {
                for (k, at, _) in &select.keys {
                    if plurals::CATEGORIES.contains(&k.as_str()) && !known.contains_key(k.as_str()) {
                        let has = known.keys().copied().collect::<Vec<_>>().join(", ");
                        push(
                            Severity::Warning,
                            *at,
                            f,
                            format!("{what}: `[{k}]` is never used in this language (its categories: {has})"),
                        );
                    }
                }
            }
        }
        // References must resolve here or in English.
        for (r, at) in &entry.references {
            if !locale.entries.contains_key(r) && !reference.entries.contains_key(r) {
                push(Severity::Error, *at, f, format!("`{key}` refers to `{r}`, which does not exist"));
            }
        }
        if id == "my" {
            for (text, at) in &entry.text {
                for problem in myanmar::check_burmese(text) {
                    let (offset, message) = match problem {
                        myanmar::ScriptProblem::Zawgyi { offset, detail } => {
                            (offset, format!("`{key}`: {detail}; Burmese must be Unicode, never Zawgyi"))
                        }
                        myanmar::ScriptProblem::MixedScript { offset, ch } => {
                            (offset, format!("`{key}`: `{ch}` (U+{:04X}) is not Burmese script", ch as u32))
                        }
                    };
                    push(Severity::Error, within(*at, text, offset), f, message);
                }
            }
        }
        if is_reference {
            continue;
        }
        let Some(r) = reference.entries.get(key) else {
            push(Severity::Warning, entry.at, f, format!("`{key}` is obsolete: English no longer has it"));
            continue;
        };
        for (part, at) in &entry.parts {
            let Some(ref_vars) = r.vars.get(part) else {
                push(
                    Severity::Warning,
                    *at,
                    f,
                    format!("{} is obsolete: English has no such attribute", part_name(key, part)),
                );
                continue;
            };
            let ref_names: BTreeSet<String> = ref_vars.keys().cloned().collect();
            for (var, var_at) in entry.vars.get(part).into_iter().flatten() {
                if !ref_vars.contains_key(var) {
                    push(
                        Severity::Error,
                        *var_at,
                        f,
                        format!(
                            "{} uses ${var}, which English does not provide (English has: {})",
                            part_name(key, part),
                            fmt_vars(&ref_names)
                        ),
                    );
                }
            }
        }
        for part in r.parts() {
            if !entry.parts.contains_key(&part) {
                push(
                    Severity::Warning,
                    entry.at,
                    f,
                    format!("{} is missing (English will be shown)", part_name(key, &part)),
                );
            }
        }
    }
    if !is_reference {
        for (key, r) in &reference.entries {
            if !locale.entries.contains_key(key) && !key.starts_with('-') {
                let file = locale_path_for(&r.file, id);
                push(Severity::Warning, (0, 0), &file, format!("`{key}` is missing (English will be shown)"));
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
