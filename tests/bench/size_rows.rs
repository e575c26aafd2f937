//! The shipped library's size. `make bench` builds and strips it first (`bindings/size.sh`,
//! its own release build) and names the file in `HARBOUR_CDYLIB`: a nested cargo build from
//! inside the bench would wait on the lock this bench's build holds.

use std::time::Duration;

use crate::report::{Budget, Report, Row};

const BUDGET_BYTES: u64 = 6_000_000;

pub fn run(report: &mut Report) {
    let what = "release cdylib, stripped (x86_64, built as for the phones; `make size` breaks it down)".to_owned();
    let measured = std::env::var_os("HARBOUR_CDYLIB").and_then(|path| std::fs::metadata(path).ok());
    let row = match measured {
        Some(meta) => Row {
            what,
            ours: Duration::ZERO,
            ours_text: Some(format!("{:.2} MB", meta.len() as f64 / 1e6)),
            baseline: None,
            budget: Budget::Pass("≤ 6 MB".into(), meta.len() <= BUDGET_BYTES),
        },
        None => Row {
            what,
            ours: Duration::ZERO,
            ours_text: Some("not measured: run `make bench`".into()),
            baseline: None,
            budget: Budget::Pass("≤ 6 MB".into(), false),
        },
    };
    report.push(row);
}
