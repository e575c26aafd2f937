//! The help content's translations (`<content dir>/translations/<locale>.ftl`) against its
//! English reference (the content's JSON files): syntax at line and column, messages that
//! name no item, text that is not plain (a variable, a reference or a select in content is a
//! mistake: content has no values to fill in), stale translations (made from English that has
//! since changed) and what is missing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use harbour_core::content::import;
use harbour_core::content::source;
use harbour_core::content::translations::{self, ItemKind};

use crate::{Finding, Severity, Source, line_col};

/// How far one locale's content translation is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContentSummary {
    /// Items with a translation made from the current English.
    pub fresh: usize,
    /// Items translated from English that has since changed.
    pub stale: usize,
    /// Items of the total not translated at all.
    pub missing: usize,
    /// Of the translated items, those a machine drafted and no one has reviewed.
    pub machine: usize,
    pub total: usize,
}

impl ContentSummary {
    pub fn completeness(&self) -> usize {
        100 * self.fresh / self.total.max(1)
    }
}

fn finding(severity: Severity, locale: &str, file: &Path, (line, column): (usize, usize), message: String) -> Finding {
    Finding { severity, locale: locale.into(), file: file.to_owned(), line, column, message }
}

/// Checks the content directory `dir`; findings and a summary per locale with a file.
pub fn check(dir: &Path) -> (Vec<Finding>, BTreeMap<String, ContentSummary>) {
    let mut findings = Vec::new();
    let mut summaries = BTreeMap::new();
    let english = match source::read_dir(dir).and_then(|(_, sections)| {
        import::parse_sections(sections.iter().map(|(n, b)| (n.as_str(), b.as_slice()))).map_err(|e| e.to_string())
    }) {
        Ok(content) => import::english_items(&content),
        Err(e) => {
            findings.push(finding(Severity::Error, "en", dir, (0, 0), format!("the content does not load: {e}")));
            return (findings, summaries);
        }
    };
    let hashes: BTreeMap<(ItemKind, String), String> =
        english.iter().map(|(k, fields)| (k.clone(), translations::english_hash(fields))).collect();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("translations"))
        .map(|rd| {
            rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect()
        })
        .unwrap_or_default();
    files.sort();
    for path in files {
        let locale = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let summary = check_file(&path, &locale, &english, &hashes, &mut findings);
        summaries.insert(locale, summary);
    }
    (findings, summaries)
}

fn check_file(
    path: &Path,
    locale: &str,
    english: &BTreeMap<(ItemKind, String), BTreeMap<String, String>>,
    hashes: &BTreeMap<(ItemKind, String), String>,
    findings: &mut Vec<Finding>,
) -> ContentSummary {
    let mut summary = ContentSummary { total: english.len(), ..Default::default() };
    let raw = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            findings.push(finding(Severity::Error, locale, path, (0, 0), format!("cannot read: {e}")));
            summary.missing = summary.total;
            return summary;
        }
    };
    let source = raw.strip_prefix('\u{FEFF}').unwrap_or(&raw);
    if harbour_core::l10n::nests_deeper_than(source, harbour_core::l10n::MAX_NESTING) {
        findings.push(finding(
            Severity::Error,
            locale,
            path,
            (0, 0),
            "placeables nested too deeply; the app ignores this file".into(),
        ));
        summary.missing = summary.total;
        return summary;
    }
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                findings.push(finding(
                    Severity::Error,
                    locale,
                    path,
                    line_col(source, e.pos.start),
                    format!("syntax: {e}"),
                ));
            }
            r
        }
    };
    let src = Source { text: source };
    let mut seen = BTreeSet::new();
    let mut stale = Vec::new();
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else { continue };
        let at = src.pos(m.id.name);
        let Some((kind, key)) = m.id.name.split_once('_').and_then(|(k, key)| Some((ItemKind::parse(k)?, key))) else {
            findings.push(finding(
                Severity::Error,
                locale,
                path,
                at,
                format!("`{}` is not a content message (kind_id)", m.id.name),
            ));
            continue;
        };
        let Some(reference) = english.get(&(kind, key.to_owned())) else {
            findings.push(finding(
                Severity::Error,
                locale,
                path,
                at,
                format!("`{}` names no item in the English content", m.id.name),
            ));
            continue;
        };
        if !seen.insert((kind, key.to_owned())) {
            findings.push(finding(Severity::Error, locale, path, at, format!("`{}` is defined twice", m.id.name)));
            continue;
        }
        let mut plain = true;
        let parts = m
            .value
            .iter()
            .map(|v| (kind.main_field().to_owned(), v, at))
            .chain(m.attributes.iter().map(|a| (a.id.name.to_owned(), &a.value, src.pos(a.id.name))));
        for (field, pattern, field_at) in parts {
            if !reference.contains_key(&field) {
                findings.push(finding(
                    Severity::Warning,
                    locale,
                    path,
                    field_at,
                    format!("`{}.{field}`: English has no such text (ignored)", m.id.name),
                ));
            }
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable { expression } = element
                    && !matches!(expression, ast::Expression::Inline(ast::InlineExpression::StringLiteral { .. }))
                {
                    plain = false;
                    let place = match expression {
                        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => src.pos(id.name),
                        _ => field_at,
                    };
                    findings.push(finding(
                        Severity::Error,
                        locale,
                        path,
                        place,
                        format!(
                            "`{}`: content is plain text; variables, references and selects are not allowed",
                            m.id.name
                        ),
                    ));
                }
            }
        }
        if !plain {
            continue;
        }
        let hash = m.comment.as_ref().and_then(|c| {
            c.content
                .iter()
                .find_map(|l| l.trim().strip_prefix("hb:"))
                .and_then(|rest| rest.split_whitespace().find_map(|p| p.strip_prefix("source=")).map(str::to_owned))
        });
        let machine = m.comment.as_ref().is_none_or(|c| !c.content.iter().any(|l| l.contains("status=reviewed")));
        match hash {
            Some(h) if Some(&h) == hashes.get(&(kind, key.to_owned())) => summary.fresh += 1,
            Some(_) => {
                summary.stale += 1;
                stale.push(m.id.name.to_owned());
            }
            None => {
                summary.stale += 1;
                findings.push(finding(
                    Severity::Warning,
                    locale,
                    path,
                    at,
                    format!("`{}` has no `# hb: source=…` line: it cannot be told fresh from stale", m.id.name),
                ));
            }
        }
        if machine {
            summary.machine += 1;
        }
    }
    if !stale.is_empty() {
        findings.push(finding(
            Severity::Warning,
            locale,
            path,
            (0, 0),
            format!(
                "{} stale (the English changed; shown with \"may be out of date\"): {}",
                stale.len(),
                stale.join(", ")
            ),
        ));
    }
    summary.missing = summary.total.saturating_sub(seen.len());
    if summary.missing > 0 {
        let missing: Vec<String> = english
            .keys()
            .filter(|k| !seen.contains(k))
            .map(|(kind, key)| translations::message_id(*kind, key))
            .collect();
        findings.push(finding(
            Severity::Warning,
            locale,
            path,
            (0, 0),
            format!(
                "{} content items not translated (shown in English, labelled): {}",
                missing.len(),
                missing.join(", ")
            ),
        ));
    }
    summary
}
