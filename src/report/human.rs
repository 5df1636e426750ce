//! The human report: one block per check, then the diagnosis and the fix commands.
//! Quiet by default; `--verbose` adds every fact.

use std::fmt::Write as _;

use owo_colors::{OwoColorize, Style};

use crate::model::{Finding, Severity};
use crate::redact::redact;
use crate::results::{CheckResult, CheckStatus, Report};

/// How to render.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub color: bool,
    pub verbose: bool,
}

/// Applies styles only when color is on.
pub(crate) struct Painter {
    pub(crate) color: bool,
}

impl Painter {
    pub(crate) fn paint(&self, text: &str, style: Style) -> String {
        if self.color {
            text.style(style).to_string()
        } else {
            text.to_string()
        }
    }
    pub(crate) fn severity(&self, severity: Severity, text: &str) -> String {
        self.paint(text, severity_style(severity))
    }
    pub(crate) fn dim(&self, text: &str) -> String {
        self.paint(text, Style::new().dimmed())
    }
    pub(crate) fn bold(&self, text: &str) -> String {
        self.paint(text, Style::new().bold())
    }
}

fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => Style::new().red().bold(),
        Severity::Warning => Style::new().yellow().bold(),
        Severity::Info => Style::new().cyan(),
    }
}

fn severity_marker(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

pub(crate) fn status_marker(p: &Painter, status: CheckStatus) -> String {
    match status {
        CheckStatus::Ok => p.paint("✓", Style::new().green().bold()),
        CheckStatus::Warning => p.severity(Severity::Warning, "!"),
        CheckStatus::Error => p.severity(Severity::Error, "✗"),
        CheckStatus::Skipped => p.dim("-"),
    }
}

/// Renders the whole report.
pub fn render(report: &Report, opts: Options) -> String {
    // Values from the user's files and programs reach the terminal escaped.
    let report = &super::scrub::scrub_report(report);
    let p = Painter { color: opts.color };
    let mut out = String::new();
    let ran = report
        .checks
        .iter()
        .filter(|c| c.status != CheckStatus::Skipped)
        .count();
    let _ = writeln!(
        out,
        "{} {} — {ran} {} in {} ms",
        p.bold("godiag"),
        report.godiag_version,
        if ran == 1 { "check" } else { "checks" },
        report.duration_ms
    );
    for check in &report.checks {
        out.push('\n');
        render_check(&mut out, &p, check, opts.verbose);
    }

    if !report.diagnosis.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold("Diagnosis"));
        for d in &report.diagnosis {
            let severity = report
                .findings()
                .filter(|f| d.codes.contains(&f.code))
                .map(|f| f.severity)
                .max()
                .unwrap_or(Severity::Warning);
            let _ = writeln!(
                out,
                "  {} {}",
                p.severity(severity, severity_marker(severity)),
                redact(&d.headline)
            );
        }
    }

    if !report.fixes.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold("Suggested fixes"));
        let shell = crate::platform::user_shell(crate::platform::Os::current());
        for line in super::script::render_fix_script(&report.fixes, shell, &|t| p.dim(t)) {
            let _ = writeln!(out, "  {line}");
        }
    }

    let _ = writeln!(out, "\n{}", closing_line(report, &p));
    out
}

fn render_check(out: &mut String, p: &Painter, check: &CheckResult, verbose: bool) {
    let _ = writeln!(
        out,
        "{} {}  {}",
        status_marker(p, check.status),
        p.bold(check.id.as_str()),
        check.title
    );
    let _ = writeln!(out, "  {}", p.dim(&redact(&check.summary)));
    for finding in &check.findings {
        render_finding(out, p, finding);
    }
    if let Some(facts) = check.facts.as_ref().filter(|_| verbose) {
        for line in facts.lines() {
            let _ = writeln!(out, "  {}", p.dim(&redact(&line)));
        }
    }
}

fn render_finding(out: &mut String, p: &Painter, f: &Finding) {
    let _ = writeln!(
        out,
        "  {} {}",
        p.severity(f.severity, severity_marker(f.severity)),
        redact(&f.message)
    );
    let mut tail = f.code.clone();
    if let Some(loc) = &f.location {
        tail.push_str(" · ");
        tail.push_str(&loc.file);
        if let Some(line) = loc.line {
            let _ = write!(tail, ":{line}");
            if let Some(col) = loc.column {
                let _ = write!(tail, ":{col}");
            }
        }
    }
    let _ = writeln!(out, "    {}", p.dim(&redact(&tail)));
    for line in &f.evidence {
        let _ = writeln!(out, "    {}", p.dim(&redact(line)));
    }
}

fn closing_line(report: &Report, p: &Painter) -> String {
    let count = |s: Severity| report.findings().filter(|f| f.severity == s).count();
    let (errors, warnings, infos) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    if errors + warnings + infos == 0 {
        return p.paint("No problems found.", Style::new().green().bold());
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = Vec::new();
    if errors > 0 {
        parts.push(p.severity(Severity::Error, &plural(errors, "error", "errors")));
    }
    if warnings > 0 {
        parts.push(p.severity(Severity::Warning, &plural(warnings, "warning", "warnings")));
    }
    if infos > 0 {
        parts.push(plural(infos, "note", "notes"));
    }
    format!(
        "{}. `godiag explain CODE` explains any code above.",
        parts.join(", ")
    )
}
