//! A cheap pre-scan that refuses FTL whose placeables nest deeper than any real message
//! needs. fluent-syntax parses recursively, and a hostile file of ten thousand `{` would
//! exhaust the stack — an abort, not a recoverable error.
//!
//! The scan follows Fluent's grammar as far as braces and quotes go: a string literal
//! exists only inside a placeable, as an expression (`{"{"}`), and cannot span lines; a `"`
//! in message text or in a select variant's text is text. Getting that wrong once let a
//! quote in variant text hide every brace after it from the count.

/// Deepest nesting of placeables and call arguments accepted. Real messages use 2 or 3.
pub const MAX_NESTING: usize = 32;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Inside `{ … }`, before any `->`: expressions, where `"` opens a string literal.
    Expression,
    /// A call's arguments, `FUNC(…)`: expressions too, and the parser recurses into them.
    Arguments,
    /// The variants of a select expression: `[key]` then text, where `"` is text.
    Variants,
}

/// Whether `source` nests placeables deeper than `limit`.
pub fn nests_deeper_than(source: &str, limit: usize) -> bool {
    // One mode per open placeable; depth 0 is message text.
    let mut open: Vec<Mode> = Vec::new();
    let mut chars = source.chars().peekable();
    let mut at_line_start = true;
    while let Some(c) = chars.next() {
        let line_start = std::mem::replace(&mut at_line_start, c == '\n');
        match (open.last().copied(), c) {
            // A comment line between entries: braces in it are not placeables.
            (None, '#') if line_start => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        at_line_start = true;
                        break;
                    }
                }
            }
            (_, '{') => {
                open.push(Mode::Expression);
                if open.len() > limit {
                    return true;
                }
            }
            (Some(Mode::Expression | Mode::Arguments), '(') => {
                open.push(Mode::Arguments);
                if open.len() > limit {
                    return true;
                }
            }
            // A closer that does not match is a syntax error: the parser abandons the entry,
            // so popping anyway never lets deeper nesting through.
            (Some(_), '}') | (Some(Mode::Arguments), ')') => {
                open.pop();
            }
            (Some(Mode::Expression | Mode::Arguments), '"') => {
                // A string literal: up to the closing quote (escapes skipped) or the line's
                // end, where the parser reports the unterminated literal.
                let mut escaped = false;
                for c in chars.by_ref() {
                    match (escaped, c) {
                        (_, '\n') => {
                            at_line_start = true;
                            break;
                        }
                        (true, _) => escaped = false,
                        (false, '\\') => escaped = true,
                        (false, '"') => break,
                        _ => {}
                    }
                }
            }
            (Some(Mode::Expression), '-') if chars.peek() == Some(&'>') => {
                chars.next();
                if let Some(mode) = open.last_mut() {
                    *mode = Mode::Variants;
                }
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_messages_pass_and_deep_nesting_is_caught() {
        assert!(!nests_deeper_than("a = { $x -> [one] { $x } *[other] {\"{\"} }\n", 4));
        assert!(nests_deeper_than(&format!("a = {}{}", "{".repeat(40), "}".repeat(40)), MAX_NESTING));
        assert!(!nests_deeper_than(&format!("a = {}{}", "{".repeat(5), "}".repeat(5)), MAX_NESTING));
    }

    #[test]
    fn nested_call_arguments_count_as_nesting() {
        let calls = format!("a = {{ {}$x{} }}\n", "NUMBER(".repeat(40), ")".repeat(40));
        assert!(nests_deeper_than(&calls, MAX_NESTING));
        assert!(!nests_deeper_than("a = { NUMBER($x, style: \"percent\") } { $y }\n", 2));
    }

    #[test]
    fn braces_in_comments_are_not_counted() {
        let commented = format!("# {}\na = ok\n", "{".repeat(40));
        assert!(!nests_deeper_than(&commented, MAX_NESTING));
    }
}
