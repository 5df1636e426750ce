//! The human report: one block per check, then the diagnosis and the fix commands.
//! Quiet by default; `--verbose` adds every fact.

use std::fmt::Write as _;

use owo_colors::{OwoColorize, Style};

use super::messages as msg;
use crate::i18n::{self, Lang, in_lang};
use crate::model::{Applicability, Finding, Severity};
use crate::redact::redact;
use crate::results::{CheckResult, CheckStatus, Report};

/// How to render.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub color: bool,
    pub verbose: bool,
    /// Columns to wrap text to.
    pub width: usize,
    /// The language to speak.
    pub lang: Lang,
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

/// Renders the whole report: the verdict, the diagnosis, the checks with problems (fine ones
/// one line each), the fixes, and the counts. `--verbose` adds notes, evidence and facts.
pub fn render(report: &Report, opts: Options) -> String {
    in_lang(opts.lang, || render_in_lang(report, opts))
}

fn render_in_lang(report: &Report, opts: Options) -> String {
    // Values from the user's files and programs reach the terminal escaped.
    let report = &super::scrub::scrub_report(report);
    let p = Painter { color: opts.color };
    let wrap = Wrap { width: opts.width };
    let mut out = String::new();

    let (worst, sentence) = super::verdict::verdict(report);
    let marker = match worst {
        Some(s) => p.severity(s, severity_marker(s)),
        None => p.paint("✓", Style::new().green().bold()),
    };
    wrap.push(
        &mut out,
        &marker,
        "",
        &redact(&sentence.to_string()),
        None,
        &p,
    );

    let diagnosis: Vec<_> = report
        .diagnosis
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .collect();
    // The diagnosis hangs under the verdict: the causes, most fundamental first.
    for d in &diagnosis {
        wrap.push(
            &mut out,
            &p.severity(d.severity, severity_marker(d.severity)),
            "  ",
            &redact(&d.headline.to_string()),
            Some(&d.cause),
            &p,
        );
    }

    let covered = |check: &CheckResult, index: usize| {
        diagnosis
            .iter()
            .any(|d| d.covers.contains(&(check.id, index)))
    };
    let shown = |check: &CheckResult, index: usize, f: &Finding| {
        opts.verbose || (f.severity >= Severity::Warning && !covered(check, index))
    };
    let width = report
        .checks
        .iter()
        .map(|c| c.id.as_str().len())
        .max()
        .unwrap_or(0);
    let with_findings: Vec<&CheckResult> = report
        .checks
        .iter()
        .filter(|c| c.status != CheckStatus::Skipped)
        .filter(|c| opts.verbose || c.findings.iter().enumerate().any(|(i, f)| shown(c, i, f)))
        .collect();
    let quiet: Vec<&CheckResult> = report
        .checks
        .iter()
        .filter(|c| c.status != CheckStatus::Skipped)
        .filter(|c| !with_findings.iter().any(|w| w.id == c.id))
        .collect();
    out.push('\n');
    for check in &with_findings {
        check_header(&mut out, &p, &wrap, check, width);
        for (i, f) in check.findings.iter().enumerate() {
            if shown(check, i, f) {
                render_finding(&mut out, &p, &wrap, f, opts.verbose);
            }
        }
        if let Some(facts) = check.facts.as_ref().filter(|_| opts.verbose) {
            for line in facts.lines() {
                let _ = writeln!(out, "    {}", p.dim(&redact(&line)));
            }
        }
    }
    for check in &quiet {
        check_line(&mut out, &p, &wrap, check, width);
    }
    skipped_line(&mut out, &p, report);

    fixes_block(&mut out, &p, &wrap, report);

    let _ = writeln!(
        out,
        "{}",
        closing_line(report, &p, opts.verbose, opts.width)
    );
    out
}

/// The "Suggested fixes" block: a script for the user's shell, pasted as it is.
fn fixes_block(out: &mut String, p: &Painter, wrap: &Wrap, report: &Report) {
    if report.fixes.is_empty() {
        return;
    }
    let shell = crate::platform::user_shell(crate::platform::Os::current());
    let shell_name = match shell {
        crate::platform::Shell::Posix => "sh",
        crate::platform::Shell::PowerShell => "PowerShell",
    };
    let note = if report
        .fixes
        .iter()
        .any(|f| f.applicability == Applicability::Safe)
    {
        msg::fixes_note_apply(shell_name)
    } else {
        msg::fixes_note(shell_name)
    };
    let _ = writeln!(
        out,
        "\n{}{}",
        p.bold(&msg::fixes_heading().to_string()),
        p.dim(&note.to_string())
    );
    // Comments wrap to the width, each line a comment still; commands never wrap.
    let comment = |text: &str| {
        let body = text.strip_prefix("# ").unwrap_or(text);
        i18n::wrap(body, wrap.width.saturating_sub(4).max(20))
            .iter()
            .map(|l| p.dim(&format!("# {l}")))
            .collect::<Vec<_>>()
            .join("\n  ")
    };
    for line in super::script::render_fix_script(&report.fixes, shell, &comment) {
        let _ = writeln!(out, "  {line}");
    }
    out.push('\n');
}

/// Wraps text to the terminal's width with a hanging indent; words longer than the width
/// (URLs, paths) stay whole.
struct Wrap {
    width: usize,
}

impl Wrap {
    /// One item: `indent`, a marker, the text, and a dimmed code at the end when given.
    fn push(
        &self,
        out: &mut String,
        marker: &str,
        indent: &str,
        text: &str,
        code: Option<&str>,
        p: &Painter,
    ) {
        let body = match code {
            Some(code) => format!("{text} [{code}]"),
            None => text.to_string(),
        };
        let hang = format!("{indent}  ");
        // By display width: a Chinese character takes two columns, and Chinese breaks
        // between characters.
        for (i, line) in i18n::wrap(&body, self.width.saturating_sub(hang.len()).max(20))
            .iter()
            .enumerate()
        {
            let line = match code {
                Some(code) => {
                    let tag = format!("[{code}]");
                    match line.strip_suffix(&tag) {
                        Some(head) => format!("{head}{}", p.dim(&tag)),
                        None => line.to_string(),
                    }
                }
                None => line.to_string(),
            };
            if i == 0 {
                let _ = writeln!(out, "{indent}{marker} {line}");
            } else {
                let _ = writeln!(out, "{hang}{line}");
            }
        }
    }
}

/// A check whose findings follow: its status, id and whole summary, wrapped.
fn check_header(out: &mut String, p: &Painter, wrap: &Wrap, check: &CheckResult, width: usize) {
    let id = format!("{:width$}", check.id.as_str());
    let mut text = String::new();
    let marker = status_marker(p, check.status);
    let bare = check.id.as_str();
    wrap.push(
        &mut text,
        &marker,
        "",
        &format!("{bare} {}", redact(&check.summary.to_string())),
        None,
        p,
    );
    // Wrapped as plain text (which joins words with one space), then the id padded to the
    // column of the others and painted.
    let _ = write!(
        out,
        "{}",
        text.replacen(&format!("{bare} "), &format!("{}  ", p.bold(&id)), 1)
    );
}

/// A check on one line: its status, id and summary, cut to the width (`--verbose` has it all).
fn check_line(out: &mut String, p: &Painter, wrap: &Wrap, check: &CheckResult, width: usize) {
    let id = format!("{:width$}", check.id.as_str());
    let room = wrap.width.saturating_sub(width + 4);
    let _ = writeln!(
        out,
        "{} {}  {}",
        status_marker(p, check.status),
        p.bold(&id),
        p.dim(&cut(&redact(&check.summary.to_string()), room))
    );
}

/// `text` cut to `columns` display columns, with an ellipsis when cut.
fn cut(text: &str, columns: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= columns {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > columns {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Skipped checks, grouped by why, on one line each reason.
fn skipped_line(out: &mut String, p: &Painter, report: &Report) {
    let mut reasons: Vec<(String, Vec<&str>)> = Vec::new();
    for c in report
        .checks
        .iter()
        .filter(|c| c.status == CheckStatus::Skipped)
    {
        let reason = c.summary.to_string();
        match reasons.iter_mut().find(|(r, _)| *r == reason) {
            Some((_, ids)) => ids.push(c.id.as_str()),
            None => reasons.push((reason, vec![c.id.as_str()])),
        }
    }
    for (reason, ids) in reasons {
        let _ = writeln!(
            out,
            "{} {}",
            status_marker(p, CheckStatus::Skipped),
            p.dim(&msg::skipped(ids.join(&i18n::list_separator().to_string()), reason).to_string())
        );
    }
}

fn render_finding(out: &mut String, p: &Painter, wrap: &Wrap, f: &Finding, verbose: bool) {
    let mut tail = f.code.to_string();
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
    wrap.push(
        out,
        &p.severity(f.severity, severity_marker(f.severity)),
        "  ",
        &redact(&f.message.to_string()),
        Some(&redact(&tail)),
        p,
    );
    if verbose {
        for line in &f.evidence {
            let _ = writeln!(
                out,
                "      {}",
                p.dim(&redact(&line.render(crate::i18n::current())))
            );
        }
    }
}

/// The counts, the checks and the time, wrapped to the width; the counts painted after
/// wrapping, so that their color codes take no columns.
fn closing_line(report: &Report, p: &Painter, verbose: bool, width: usize) -> String {
    let count = |s: Severity| report.findings().filter(|f| f.severity == s).count();
    let (errors, warnings, infos) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    // (plain text, painted text)
    let mut parts: Vec<(String, String)> = Vec::new();
    if errors > 0 {
        let text = msg::errors(errors).to_string();
        parts.push((text.clone(), p.severity(Severity::Error, &text)));
    }
    if warnings > 0 {
        let text = msg::warnings(warnings).to_string();
        parts.push((text.clone(), p.severity(Severity::Warning, &text)));
    }
    if infos > 0 {
        let shown = if verbose { "yes" } else { "no" };
        let text = msg::notes(infos, shown).to_string();
        parts.push((text.clone(), text));
    }
    if parts.is_empty() {
        let text = msg::no_problems().to_string();
        parts.push((text.clone(), p.paint(&text, Style::new().green().bold())));
    }
    let ran = report
        .checks
        .iter()
        .filter(|c| c.status != CheckStatus::Skipped)
        .count();
    let counts = parts
        .iter()
        .map(|(plain, _)| plain.as_str())
        .collect::<Vec<_>>()
        .join(&i18n::list_separator().to_string());
    let seconds = format!("{:.1}", report.duration_ms as f64 / 1000.0);
    let line = if errors + warnings > 0 {
        msg::closing_explain(counts, ran, seconds)
    } else {
        msg::closing(counts, ran, seconds)
    };
    let mut text = i18n::wrap(&line.to_string(), width).join("\n");
    for (plain, painted) in &parts {
        text = text.replacen(plain.as_str(), painted, 1);
    }
    text
}
