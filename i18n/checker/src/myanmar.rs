//! Burmese script checks: Zawgyi and mixed scripts.
//!
//! Zawgyi is a legacy font encoding that reuses the Myanmar Unicode block with different
//! meanings, so it "looks right" only on phones with that font. Two signs give it away in
//! Burmese text: characters from the extended block (U+1060–U+1097), which standard
//! Burmese does not use but Zawgyi uses for stacked and variant forms; and the vowel sign E
//! (U+1031) typed before its consonant, as Zawgyi stores it in visual order.

/// Why a piece of Burmese text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScriptProblem {
    Zawgyi { offset: usize, detail: &'static str },
    MixedScript { offset: usize, ch: char },
}

fn is_consonant_or_medial(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{102A}' | '\u{103B}'..='\u{103F}' | '\u{104E}')
}

fn is_myanmar(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{109F}' | '\u{AA60}'..='\u{AA7F}' | '\u{A9E0}'..='\u{A9FF}')
}

/// Checks one run of translated text. Offsets are byte offsets into `text`.
pub fn check_burmese(text: &str) -> Vec<ScriptProblem> {
    let mut problems = Vec::new();
    let mut previous: Option<char> = None;
    for (offset, c) in text.char_indices() {
        if ('\u{1060}'..='\u{1097}').contains(&c) {
            problems
                .push(ScriptProblem::Zawgyi { offset, detail: "a character Burmese Unicode does not use (Zawgyi?)" });
        } else if c == '\u{1031}' && !previous.is_some_and(is_consonant_or_medial) {
            problems
                .push(ScriptProblem::Zawgyi {
                    offset, detail: "vowel sign E (ေ) before its consonant (Zawgyi order)"
                });
        } else if c.is_alphabetic() && !c.is_ascii() && !is_myanmar(c) {
            problems.push(ScriptProblem::MixedScript { offset, ch: c });
        }
        previous = Some(c);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_burmese_passes() {
        // "Get help" and "Your rights", Unicode order; English brand words are allowed.
        assert!(check_burmese("အကူအညီ ရယူရန်").is_empty());
        assert!(check_burmese("သင့် အခွင့်အရေးများ — WhatsApp PIN").is_empty());
        assert!(check_burmese("မေး").is_empty(), "ေ after its consonant");
    }

    #[test]
    fn zawgyi_is_caught() {
        // ေ typed first (Zawgyi visual order) and a Zawgyi stacked form.
        assert!(matches!(check_burmese("ေမး")[0], ScriptProblem::Zawgyi { offset: 0, .. }));
        assert!(matches!(check_burmese("က\u{1060}")[0], ScriptProblem::Zawgyi { offset: 3, .. }));
    }

    #[test]
    fn other_scripts_are_caught() {
        assert_eq!(check_burmese("အကူ ช่วย")[0], ScriptProblem::MixedScript { offset: 10, ch: 'ช' });
    }
}
