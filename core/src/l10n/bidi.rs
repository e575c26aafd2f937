//! Bidirectional text helpers.

/// Characters that steer bidi rendering without being visible: isolates (U+2066–U+2069),
/// embeddings and overrides (U+202A–U+202E), marks (U+200E, U+200F, U+061C).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Removes every bidi control, for text that leaves the UI: a phone number going to the
/// dialer or the clipboard must be digits, not digits wrapped in isolation marks.
pub fn strip_bidi_controls(text: &str) -> String {
    text.chars().filter(|&c| !is_bidi_control(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_isolates_and_marks_only() {
        let wrapped = "\u{2068}+44 800 121 700\u{2069}\u{200F}";
        assert_eq!(strip_bidi_controls(wrapped), "+44 800 121 700");
        assert_eq!(strip_bidi_controls("اتصل ١٢٣"), "اتصل ١٢٣");
    }
}
