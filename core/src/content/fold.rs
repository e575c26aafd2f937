//! Folding text for search: the indexed text and the query go through the same steps, so a
//! person finds a word however their keyboard spells it.
//!
//! 1. Unicode NFD, so accents and hamza are separate marks whatever form was typed (a
//!    Vietnamese keyboard may send precomposed or decomposed letters).
//! 2. Dropped: the marks that are diacritics — Latin, Greek and Cyrillic combining marks
//!    (Vietnamese tones, Romanian comma-below, Albanian ë), Arabic short vowels, shadda,
//!    sukun, hamza above and below, madda and superscript alef, Hebrew points — and format
//!    characters (ZWNJ and ZWJ, bidi marks, soft hyphen, BOM) and the Arabic tatweel. The
//!    vowel signs of Thai, Burmese, Khmer and Indic scripts are letters there and are kept.
//! 3. Letter variants made one: Arabic alef wasla, alef maksura and Persian yeh → yeh,
//!    Persian kaf → kaf, teh marbuta → heh; Vietnamese đ → d.
//! 4. Lower case, then NFC.

use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};

fn is_dropped(c: char) -> bool {
    matches!(c,
        // Combining diacritics for Latin, Greek, Cyrillic.
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        // Hebrew points and accents.
        | '\u{0591}'..='\u{05C7}'
        // Arabic: harakat, hamza above/below, madda, superscript alef, Quranic marks, tatweel.
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}'
        // Format characters: soft hyphen, Arabic letter mark, Mongolian vowel separator,
        // zero-width space, ZWNJ, ZWJ, LRM, RLM, bidi embeddings and isolates, word joiner,
        // invisible operators, BOM.
        | '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}'
    )
}

fn variant(c: char) -> char {
    match c {
        // Alef wasla → alef (hamza and madda forms become alef by NFD and step 2).
        '\u{0671}' => '\u{0627}',
        // Alef maksura, Persian yeh, Farsi yeh with marks → Arabic yeh.
        '\u{0649}' | '\u{06CC}' | '\u{06D0}' => '\u{064A}',
        // Persian keheh → Arabic kaf.
        '\u{06A9}' => '\u{0643}',
        // Teh marbuta → heh; Persian heh goal and ae → heh.
        '\u{0629}' | '\u{06C1}' | '\u{06D5}' => '\u{0647}',
        'đ' | 'Đ' => 'd',
        other => other,
    }
}

/// `text` folded for search.
pub fn fold(text: &str) -> String {
    let decomposed = DecomposingNormalizerBorrowed::new_nfd().normalize(text);
    let mut out = String::with_capacity(decomposed.len());
    for c in decomposed.chars().filter(|&c| !is_dropped(c)).map(variant) {
        out.extend(c.to_lowercase());
    }
    ComposingNormalizerBorrowed::new_nfc().normalize(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_in_any_form_and_without_marks_folds_alike() {
        let nfc = "Hộ chiếu của bạn";
        let nfd: String = DecomposingNormalizerBorrowed::new_nfd().normalize(nfc).into_owned();
        assert_ne!(nfc, nfd);
        assert_eq!(fold(nfc), fold(&nfd));
        assert_eq!(fold(nfc), "ho chieu cua ban");
        assert_eq!(fold("Đường dây nóng"), "duong day nong");
    }

    #[test]
    fn arabic_hamza_vowels_and_letter_variants_fold() {
        // إِنَّ / ان, أجر / اجر, مستشفى / مستشفي, tatweel.
        assert_eq!(fold("إِنَّ"), fold("ان"));
        assert_eq!(fold("أجر"), fold("اجر"));
        assert_eq!(fold("آمن"), fold("امن"));
        assert_eq!(fold("مستشفى"), fold("مستشفي"));
        assert_eq!(fold("جـــواز"), fold("جواز"));
        assert_eq!(fold("مسؤول"), fold("مسوول"));
    }

    #[test]
    fn persian_kaf_yeh_and_zwnj_fold() {
        // کارفرما typed with Arabic kaf and yeh, with and without ZWNJ.
        assert_eq!(fold("کارفرمای"), fold("كارفرماي"));
        assert_eq!(fold("می\u{200C}توانید"), fold("میتوانید"));
        assert_eq!(fold("می\u{200C}توانید"), fold("مي‌توانيد"));
    }

    #[test]
    fn thai_burmese_and_ethiopic_keep_their_letters() {
        assert_eq!(fold("หนังสือเดินทาง"), "หนังสือเดินทาง");
        assert_eq!(fold("နိုင်ငံကူးလက်မှတ်"), "နိုင်ငံကူးလက်မှတ်");
        assert_eq!(fold("ፓስፖርት"), "ፓስፖርት");
    }

    #[test]
    fn case_and_latin_accents() {
        assert_eq!(fold("SÉCURITÉ"), "securite");
        assert_eq!(fold("Drepturile țării"), "drepturile tarii");
        assert_eq!(fold("Të drejtat"), "te drejtat");
    }
}
