//! A pack's sections as a signed publisher might send them: the signature is fine, the content
//! is anything. Input: one byte choosing the section, then its body. Seeds: the default
//! content's section files.
#![no_main]

use harbour_core::content::import;
use libfuzzer_sys::fuzz_target;

const SECTIONS: [&str; 6] = ["helplines", "rights", "resources", "screening", "translations/ar", "unknown"];

fuzz_target!(|data: &[u8]| {
    let Some((&which, body)) = data.split_first() else { return };
    let name = SECTIONS[usize::from(which) % SECTIONS.len()];
    let _ = import::parse_sections(std::iter::once((name, body)));
});
