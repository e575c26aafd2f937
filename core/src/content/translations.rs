//! Content translations: Fluent files, one per locale, beside a pack's data.
//!
//! Each item a person reads is one message in the content namespace, `<kind>_<item id>`; its
//! value is the item's main text, its attributes the other texts, and a comment right above
//! it records the English it was made from and whether a machine drafted it:
//!
//! ```ftl
//! # hb: source=5f0c1e2d3a4b5c6d status=machine
//! right_gb-7 = Who decides if you are a victim
//!     .body = Two teams in the Home Office decide. …
//! ```
//!
//! `source` is [`english_hash`] of the item's English fields. When the English changes, the
//! hash no longer matches and the translation is stale. A message outside the namespace, or
//! one that is not plain text (variables, references, selects), is skipped on its own, so one
//! bad message never stops the rest of a file. App messages (no `_`) cannot be reached.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use sha2::{Digest, Sha256};

/// What a content item is. The message id's prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    Right,
    Resource,
    Helpline,
    Tip,
    Country,
    Question,
}

impl ItemKind {
    pub const ALL: [ItemKind; 6] =
        [ItemKind::Right, ItemKind::Resource, ItemKind::Helpline, ItemKind::Tip, ItemKind::Country, ItemKind::Question];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Right => "right",
            ItemKind::Resource => "resource",
            ItemKind::Helpline => "helpline",
            ItemKind::Tip => "tip",
            ItemKind::Country => "country",
            ItemKind::Question => "question",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        ItemKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The field a message's value holds.
    pub fn main_field(self) -> &'static str {
        match self {
            ItemKind::Right | ItemKind::Resource | ItemKind::Tip => "title",
            ItemKind::Helpline | ItemKind::Country => "note",
            ItemKind::Question => "text",
        }
    }
}

/// The Fluent message id of an item.
pub fn message_id(kind: ItemKind, key: &str) -> String {
    format!("{}_{key}", kind.as_str())
}

/// Item ids a translation can name: lower-case letters, digits and `-` (a Fluent identifier
/// once prefixed with the kind).
pub fn is_item_key(key: &str) -> bool {
    !key.is_empty() && key.len() <= 96 && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The hash recorded with a translation: 16 hex digits of SHA-256 over the English fields
/// (name, value, in name order; missing fields left out).
pub fn english_hash(fields: &BTreeMap<String, String>) -> String {
    let mut h = Sha256::new();
    for (name, value) in fields {
        h.update((name.len() as u32).to_le_bytes());
        h.update(name.as_bytes());
        h.update((value.len() as u32).to_le_bytes());
        h.update(value.as_bytes());
    }
    hex::encode(&h.finalize()[..8])
}

/// One item's text in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemText {
    pub kind: ItemKind,
    pub key: String,
    /// Field name → text (`title`, `body`, `note`, `service`…).
    pub fields: BTreeMap<String, String>,
    /// The English hash it was made from (empty: not recorded, treated as stale).
    pub source_hash: String,
    /// Drafted by machine and not reviewed.
    pub machine: bool,
}

/// A message skipped while reading a translation file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub message: String,
    pub reason: &'static str,
}

/// Reads a content translation file. Never fails as a whole: what cannot be used is skipped
/// and listed.
pub fn parse(source: &str) -> (Vec<ItemText>, Vec<Skipped>) {
    let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
    let mut items = Vec::new();
    let mut skipped = Vec::new();
    if crate::l10n::nests_deeper_than(source, crate::l10n::MAX_NESTING) {
        skipped.push(Skipped { message: "(file)".into(), reason: "placeables nested too deeply" });
        return (items, skipped);
    }
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name;
                let Some((kind, key)) = id.split_once('_').and_then(|(k, key)| Some((ItemKind::parse(k)?, key))) else {
                    skipped.push(Skipped { message: id.into(), reason: "not a content message (kind_id)" });
                    continue;
                };
                if !is_item_key(key) {
                    skipped.push(Skipped { message: id.into(), reason: "not a valid item id" });
                    continue;
                }
                let mut fields = BTreeMap::new();
                let mut plain = true;
                if let Some(value) = &m.value {
                    match plain_text(value) {
                        Some(t) => {
                            fields.insert(kind.main_field().to_owned(), t);
                        }
                        None => plain = false,
                    }
                }
                for a in &m.attributes {
                    match plain_text(&a.value) {
                        Some(t) => {
                            fields.insert(a.id.name.to_owned(), t);
                        }
                        None => plain = false,
                    }
                }
                if !plain {
                    skipped.push(Skipped { message: id.into(), reason: "not plain text" });
                    continue;
                }
                if fields.values().any(|t| super::import::has_control_characters(t)) {
                    skipped.push(Skipped { message: id.into(), reason: "control characters" });
                    continue;
                }
                let (source_hash, machine) = m.comment.as_ref().map_or((String::new(), true), status);
                items.push(ItemText { kind, key: key.to_owned(), fields, source_hash, machine });
            }
            ast::Entry::Term(t) => {
                skipped.push(Skipped { message: format!("-{}", t.id.name), reason: "terms are not content" })
            }
            _ => {}
        }
    }
    (items, skipped)
}

/// `# hb: source=<hex> status=machine|reviewed`.
fn status(comment: &ast::Comment<&str>) -> (String, bool) {
    let mut hash = String::new();
    let mut machine = true;
    for line in &comment.content {
        let Some(rest) = line.trim().strip_prefix("hb:") else { continue };
        for pair in rest.split_whitespace() {
            match pair.split_once('=') {
                Some(("source", h)) if h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()) => {
                    hash = h.to_ascii_lowercase()
                }
                Some(("status", s)) => machine = s != "reviewed",
                _ => {}
            }
        }
    }
    (hash, machine)
}

/// The text of a pattern made only of text and string literals (`{"{"}`), or `None`.
fn plain_text(pattern: &ast::Pattern<&str>) -> Option<String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => out.push_str(&unescape(value)?),
            _ => return None,
        }
    }
    let trimmed = out.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// A Fluent string literal's escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '"' => out.push('"'),
            '\\' => out.push('\\'),
            u @ ('u' | 'U') => {
                let n = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(n).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Writes one item as a translation message (the maintainer tool and the drafting workflow).
pub fn write_message(
    out: &mut String,
    kind: ItemKind,
    key: &str,
    fields: &BTreeMap<String, String>,
    source_hash: &str,
    machine: bool,
) {
    use std::fmt::Write;
    let status = if machine { "machine" } else { "reviewed" };
    let _ = writeln!(out, "# hb: source={source_hash} status={status}");
    // A message may have attributes and no value (an item whose main text is empty).
    match fields.get(kind.main_field()) {
        Some(main) => {
            let _ = writeln!(out, "{} = {}", message_id(kind, key), escape(main));
        }
        None => {
            let _ = writeln!(out, "{} =", message_id(kind, key));
        }
    }
    for (name, value) in fields.iter().filter(|(n, _)| n.as_str() != kind.main_field()) {
        let _ = writeln!(out, "    .{name} = {}", escape(value));
    }
    out.push('\n');
}

/// Text as a Fluent pattern on one line: braces as string literals, line breaks as spaces.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    // A leading `[`, `*` or `.` would read as syntax at the start of a pattern.
    match out.chars().next() {
        Some('[' | '*' | '.') => format!("{{\"{}\"}}{}", &out[..1], &out[1..]),
        _ => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_hashes_and_status_are_read() {
        let (items, skipped) = parse(
            "# hb: source=0123456789abcdef status=machine\nright_gb-7 = Titre\n    .body = Corps {\"{\"}x{\"}\"}\n\n\
             # hb: source=fedcba9876543210 status=reviewed\nhelpline_gb-mseh = Note\n",
        );
        assert!(skipped.is_empty(), "{skipped:?}");
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].kind, ItemKind::Right);
        assert_eq!(items[0].fields["title"], "Titre");
        assert_eq!(items[0].fields["body"], "Corps {x}");
        assert_eq!(items[0].source_hash, "0123456789abcdef");
        assert!(items[0].machine);
        assert!(!items[1].machine);
        assert_eq!(items[1].fields["note"], "Note");
    }

    #[test]
    fn app_messages_placeables_and_broken_messages_are_skipped_alone() {
        let (items, skipped) = parse(
            "help-title = Hijacked\nright_a = { $name }\nright_b = { -term }\nright_d = fine\ntip_bad_id = x\nright_c = {\n",
        );
        assert_eq!(items.iter().map(|i| i.key.as_str()).collect::<Vec<_>>(), ["d"]);
        let names: Vec<&str> = skipped.iter().map(|s| s.message.as_str()).collect();
        assert!(names.contains(&"help-title") && names.contains(&"right_a") && names.contains(&"right_b"));
        assert!(names.contains(&"tip_bad_id"), "{skipped:?}");
    }

    #[test]
    fn written_messages_read_back() {
        let fields: BTreeMap<String, String> =
            [("title".to_owned(), "[Braces] {a}".to_owned()), ("body".to_owned(), "Two\nlines".to_owned())].into();
        let mut out = String::new();
        write_message(&mut out, ItemKind::Right, "x-1", &fields, &english_hash(&fields), true);
        let (items, skipped) = parse(&out);
        assert!(skipped.is_empty(), "{skipped:?} in {out}");
        assert_eq!(items[0].fields["title"], "[Braces] {a}");
        assert_eq!(items[0].fields["body"], "Two lines");
        assert_eq!(items[0].source_hash, english_hash(&fields));
    }
}
