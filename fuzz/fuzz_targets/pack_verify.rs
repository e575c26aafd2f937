//! Any bytes as a content pack: `verify` (format, limits, manifest, signature) and, for what
//! verifies, the parser. Seeds: the embedded default pack, so mutations start from a real one.
#![no_main]

use harbour_core::content::{embedded, import, pack};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let trusted = [embedded::publisher()];
    if let Ok(verified) = pack::verify(data, &trusted) {
        let _ = import::parse(&verified);
    }
});
