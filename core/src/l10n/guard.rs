//! A cheap pre-scan that refuses FTL whose placeables nest deeper than any real message
//! needs. fluent-syntax parses recursively, and a hostile file of ten thousand `{` would
//! exhaust the stack — an abort, not a recoverable error.

/// Deepest placeable nesting accepted. Real messages use 2 or 3.
pub const MAX_NESTING: usize = 32;

/// Whether `source` nests placeables deeper than `limit`. String literals inside
/// placeables (`{"{"}` is how FTL writes a literal brace) are skipped.
pub fn nests_deeper_than(source: &str, limit: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for c in source.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            // A new line at depth 0 is the only place a message can start; an unclosed
            // placeable is a syntax error the parser reports, so reset nothing here.
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
}
