//! Timing helpers and the Markdown table.

use std::time::{Duration, Instant};

pub struct Row {
    pub what: String,
    pub ours: Duration,
    /// Shown instead of `ours` when the figure is not a time (memory, size).
    pub ours_text: Option<String>,
    pub baseline: Option<(String, Duration)>,
    pub budget: Budget,
}

pub enum Budget {
    /// ours / baseline must not exceed this.
    Ratio(f64),
    /// ours must not exceed this.
    Absolute(Duration),
    /// Reported, with nothing to pass or fail.
    Info,
    /// Checked outside the timing (e.g. memory): the budget text and whether it was met.
    Pass(String, bool),
}

#[derive(Default)]
pub struct Report {
    rows: Vec<Row>,
}

impl Row {
    fn ratio(&self) -> Option<f64> {
        self.baseline.as_ref().map(|(_, b)| self.ours.as_secs_f64() / b.as_secs_f64())
    }

    fn passed(&self) -> Option<bool> {
        match self.budget {
            Budget::Ratio(max) => Some(self.ratio()? <= max),
            Budget::Absolute(max) => Some(self.ours <= max),
            Budget::Info => None,
            Budget::Pass(_, ok) => Some(ok),
        }
    }
}

impl Report {
    pub fn push(&mut self, row: Row) {
        eprintln!("measured: {}", row.what);
        self.rows.push(row);
    }

    pub fn any_failed(&self) -> bool {
        self.rows.iter().any(|r| r.passed() == Some(false))
    }

    pub fn markdown(&self) -> String {
        let mut out = String::from(
            "| what | ours (median) | baseline (median) | ratio | budget | result |\n|---|---|---|---|---|---|\n",
        );
        for row in &self.rows {
            let baseline = row.baseline.as_ref().map_or("—".into(), |(name, d)| format!("{} ({name})", fmt(*d)));
            let ratio = row.ratio().map_or("—".into(), |r| format!("{r:.2}×"));
            let budget = match row.budget {
                Budget::Ratio(max) => format!("≤ {max}×"),
                Budget::Absolute(max) => format!("≤ {}", fmt(max)),
                Budget::Info => "—".into(),
                Budget::Pass(ref text, _) => text.clone(),
            };
            let result = match row.passed() {
                Some(true) => "pass",
                Some(false) => "**FAIL**",
                None => "info",
            };
            let ours = row.ours_text.clone().unwrap_or_else(|| fmt(row.ours));
            out.push_str(&format!("| {} | {ours} | {baseline} | {ratio} | {budget} | {result} |\n", row.what));
        }
        out
    }
}

pub fn fmt(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us < 1000.0 {
        format!("{us:.1} µs")
    } else if us < 1e6 {
        format!("{:.2} ms", us / 1e3)
    } else {
        format!("{:.2} s", us / 1e6)
    }
}

pub fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Times `a` and `b` alternately, `rounds` times each, and returns both medians.
pub fn paired(rounds: usize, mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    let (mut ta, mut tb) = (Vec::with_capacity(rounds), Vec::with_capacity(rounds));
    for _ in 0..rounds {
        let t = Instant::now();
        a();
        ta.push(t.elapsed());
        let t = Instant::now();
        b();
        tb.push(t.elapsed());
    }
    (median(ta), median(tb))
}

pub fn time(rounds: usize, mut f: impl FnMut()) -> Duration {
    median(
        (0..rounds)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}
