//! Fluent text as a translator or a pack could bring it: loaded, then every message in it
//! formatted with arguments taken from the input. Input: FTL, a NUL, then argument bytes.
//! Seeds: the English locale's files.
#![no_main]

use harbour_core::l10n::{Arg, Localizer};
use libfuzzer_sys::fuzz_target;
use unic_langid::langid;

fuzz_target!(|data: &[u8]| {
    let (ftl, rest) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let source = String::from_utf8_lossy(ftl).into_owned();
    let ids: Vec<String> = source
        .lines()
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .filter(|id| !id.is_empty() && !id.starts_with('#'))
        .collect();
    let localizer = Localizer::from_sources([(langid!("ar"), vec![("fuzz.ftl".to_owned(), source)])], None);
    let number = rest.iter().fold(0f64, |n, &b| n * 7.0 + f64::from(b) - 100.0);
    let text = String::from_utf8_lossy(rest).into_owned();
    let args = [("count", Arg::Number(number)), ("name", Arg::Text(text.clone())), ("n", Arg::Text(text))];
    for id in &ids {
        let _ = localizer.try_format(id, &args);
        let _ = localizer.try_format_attribute(id, "prompt", &args);
    }
});
