//! `harbour-i18n-check`: the translators' checker. Prints findings as `file:line:col:
//! level: message`, then the completeness table; exits 1 on any error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Check every locale against the English reference.
#[derive(Parser)]
#[command(name = "harbour-i18n-check", version)]
struct Cli {
    /// The directory holding one folder per locale.
    #[arg(long, default_value = "i18n/locales")]
    locales: PathBuf,
    /// The help content whose translations to check (`translations/<locale>.ftl` against the
    /// English data files); `none` to skip.
    #[arg(long, default_value = "core/content/default")]
    content: PathBuf,
    /// Treat warnings (missing or obsolete messages) as errors too.
    #[arg(long)]
    strict: bool,
    /// Print errors only, not warnings.
    #[arg(long)]
    quiet: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let content = (cli.content.as_os_str() != "none").then_some(cli.content.as_path());
    let report = harbour_i18n::check_all(&cli.locales, content);
    let mut findings = report.findings.clone();
    findings.sort_by(|a, b| (a.severity, &a.file, a.line).cmp(&(b.severity, &b.file, b.line)));
    for f in &findings {
        if !(cli.quiet && f.severity == harbour_i18n::Severity::Warning) {
            println!("{f}");
        }
    }
    println!("\n{}", report.table());
    let errors = report.errors();
    let warnings = report.findings.len() - errors;
    println!("{errors} errors, {warnings} warnings");
    if errors > 0 || (cli.strict && warnings > 0) { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
