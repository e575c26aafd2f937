//! Hostile translation files: a "billion laughs" of nested message references must format
//! quickly, in little memory, and never hang. Memory is measured by counting allocations.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use harbour_core::l10n::Localizer;

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(now, Ordering::SeqCst);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn billion_laughs() -> String {
    let mut ftl = String::from("lol0 = LOL\n");
    for i in 1..=9 {
        let refs = vec![format!("{{ lol{} }}", i - 1); 10].join(" ");
        ftl.push_str(&format!("lol{i} = {refs}\n"));
    }
    ftl.push_str("safe = still here\n");
    ftl
}

#[test]
fn a_billion_laughs_formats_fast_and_small() {
    let hostile = billion_laughs();
    let localizer = Localizer::from_sources([("en".parse().unwrap(), vec![("lol.ftl".to_owned(), hostile)])], None);
    let baseline = LIVE.load(Ordering::SeqCst);
    PEAK.store(baseline, Ordering::SeqCst);
    let started = Instant::now();
    let text = localizer.format("lol9", &[]);
    let elapsed = started.elapsed();
    let peak = PEAK.load(Ordering::SeqCst) - baseline;
    println!("lol9: {} chars in {elapsed:?}, peak {peak} bytes", text.len());
    assert!(elapsed < Duration::from_millis(100), "took {elapsed:?}");
    assert!(peak < 10 * 1024 * 1024, "peak {peak} bytes");
    assert!(text.len() < 1024 * 1024, "expansion was not bounded");
    assert_eq!(localizer.format("safe", &[]), "still here");
    // The caller is told the text was cut, with what was produced.
    let err = localizer.format_checked("lol9", &[]).unwrap_err();
    assert!(matches!(err, harbour_core::l10n::FormatError::TooManyPlaceables { .. }), "{err:?}");
    assert!(err.partial().is_some_and(|p| p.starts_with("LOL")));
}

#[test]
fn a_reference_cycle_terminates() {
    let ftl = "a = { b }\nb = { a }\nc = ok\n".to_owned();
    let localizer = Localizer::from_sources([("en".parse().unwrap(), vec![("cycle.ftl".to_owned(), ftl)])], None);
    let started = Instant::now();
    let _ = localizer.format("a", &[]);
    assert!(started.elapsed() < Duration::from_millis(100));
    assert_eq!(localizer.format("c", &[]), "ok");
}
