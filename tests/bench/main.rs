//! `cargo bench -p harbour-tests --bench harbour`: Harbour's performance report.
//!
//! Every row measures our figure and its baseline in the same run, interleaved, so the
//! ratio means something on a noisy machine; the output is a Markdown table (SPEC §5).
//! Pass a filter word (e.g. `unlock`) to run only matching rows, `--quick` for fewer
//! iterations.

mod content_rows;
mod disguise_rows;
mod journal_rows;
mod report;
mod size_rows;
mod store_rows;
mod vault_rows;

use report::Report;

/// As in the phone library: every freed block wiped (its cost is part of what is measured).
#[global_allocator]
static ALLOCATOR: harbour_core::wiping_alloc::WipingAllocator = harbour_core::wiping_alloc::WipingAllocator;

fn main() {
    if std::env::var("HARBOUR_BENCH_CHILD").as_deref() == Ok("import") {
        let args: Vec<String> = std::env::args().skip(1).collect();
        content_rows::child_main(&args);
        return;
    }
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let quick = args.iter().any(|a| a == "--quick");
    let filter: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    let scale = if quick { 1 } else { 4 };

    let mut report = Report::default();
    if wanted("store") {
        store_rows::run(&mut report, scale);
    }
    if wanted("content") || wanted("helplines") || wanted("search") || wanted("import") {
        content_rows::run(&mut report, scale);
    }
    if wanted("journal") {
        journal_rows::run(&mut report, scale);
    }
    if wanted("disguise") || wanted("quick") || wanted("duress") {
        disguise_rows::run(&mut report, scale);
    }
    if wanted("unlock") || wanted("vault") {
        vault_rows::run(&mut report, scale);
    }
    if wanted("size") || wanted("cdylib") {
        size_rows::run(&mut report);
    }
    println!("{}", report.markdown());
    if report.any_failed() {
        eprintln!("Some budgets were missed (see the table).");
        std::process::exit(1);
    }
}
