//! The human report: one block per check, then the diagnosis and the fix commands.
//! Quiet by default; `--verbose` adds every fact.

use std::fmt::Write as _;

use owo_colors::{OwoColorize, Style};

use crate::checks::connectivity::facts::ConnectivityFacts;
use crate::checks::dns::facts::DnsFacts;
use crate::checks::go_env::facts::{GoEnvFacts, Source};
use crate::checks::hosts::facts::HostsFacts;
use crate::checks::vscode::facts::VscodeFacts;
use crate::facts::Facts;
use crate::model::{Applicability, CheckResult, CheckStatus, Finding, Report, Severity};
use crate::redact::redact;

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
        for fix in &report.fixes {
            let label = match fix.applicability {
                Applicability::Safe => String::new(),
                Applicability::Manual => p.dim("(by hand) "),
            };
            let _ = writeln!(
                out,
                "  {label}{}",
                p.dim(&format!("# {}", redact(&fix.description)))
            );
            for action in &fix.actions {
                let _ = writeln!(out, "  {}", redact(action.command()));
            }
        }
        if report
            .fixes
            .iter()
            .any(|f| f.applicability == Applicability::Safe)
        {
            let _ = writeln!(
                out,
                "  {}",
                p.dim("# `godiag fix` shows these as diffs; `godiag fix --apply` makes the ones not marked (by hand), with backups")
            );
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
        for line in facts_lines(facts) {
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

/// The facts of a check as `name: value` lines, for `--verbose`.
fn facts_lines(facts: &Facts) -> Vec<String> {
    match facts {
        Facts::GoEnv(f) => go_env_lines(f),
        Facts::Hosts(f) => hosts_lines(f),
        Facts::Dns(f) => dns_lines(f),
        Facts::Connectivity(f) => connectivity_lines(f),
        Facts::Vscode(f) => vscode_lines(f),
    }
}

fn go_env_lines(f: &GoEnvFacts) -> Vec<String> {
    let mut lines = vec!["facts:".to_string()];
    if let Some(go) = &f.go_binary {
        let from = match f.go_binary_from.as_deref() {
            Some("flag") => "given with --go",
            Some("known-location") => "not on PATH; found where its installer puts it",
            _ => "found on PATH",
        };
        lines.push(format!("  go binary   {go} ({from})"));
    }
    for call in &f.invocations {
        lines.push(format!(
            "  ran         {} -> {} in {} ms",
            call.command,
            call.outcome.describe(),
            call.duration_ms
        ));
    }
    if let Some(file) = &f.env_file {
        lines.push(format!(
            "  env file    {} ({}{})",
            file.path.as_deref().unwrap_or("none"),
            file.status.describe(),
            file.error
                .as_deref()
                .map(|e| format!(": {e}"))
                .unwrap_or_default()
        ));
    }
    if let Some(path) = &f.goroot_env_file {
        lines.push(format!("  go.env      {path}"));
    }
    if !f.variables.is_empty() {
        let width = f.variables.iter().map(|v| v.name.len()).max().unwrap_or(0);
        lines.push("  variables:".to_string());
        for v in &f.variables {
            let value = if v.value.is_empty() {
                "(empty)"
            } else {
                &v.value
            };
            let mut source = v.source.describe().to_string();
            if let Some(line) = v.file_line.filter(|_| v.source == Source::EnvFile) {
                let _ = write!(source, " line {line}");
            }
            lines.push(format!("    {:width$}  {value}  [{source}]", v.name));
        }
        for (name, effect) in [
            ("GONOPROXY", "fetched directly with git, bypassing GOPROXY"),
            ("GONOSUMDB", "not verified against the checksum database"),
            ("GOINSECURE", "may be fetched over plain HTTP"),
        ] {
            let value = f.value(name);
            if !value.is_empty() {
                lines.push(format!("  modules matching {value} are {effect} ({name})"));
            }
        }
    }
    for var in &f.proxy_env {
        lines.push(format!("  proxy env   {}={}", var.name, var.value));
    }
    if let Some(ws) = &f.workspace {
        let mut text = format!("  workspace   {}", ws.dir);
        if let Some(file) = &ws.file {
            let _ = write!(text, "; {file}");
        }
        if let Some(d) = &ws.go_directive {
            let _ = write!(text, "; go {} (line {})", d.value, d.line);
        }
        if let Some(d) = &ws.toolchain_directive {
            let _ = write!(text, "; toolchain {} (line {})", d.value, d.line);
        }
        lines.push(text);
    }
    lines
}

fn hosts_lines(f: &HostsFacts) -> Vec<String> {
    let mut lines = vec!["facts:".to_string()];
    lines.push(format!(
        "  file        {} ({} bytes, {} lines, {} entries{})",
        f.path,
        f.size,
        f.line_count,
        f.entry_count,
        f.encoding
            .map(|e| format!(", {e:?}").to_lowercase())
            .unwrap_or_default()
    ));
    if let Some(error) = &f.error {
        lines.push(format!("  error       {error}"));
    }
    let nss = match &f.nsswitch {
        Some(n) if n.read => format!(
            "{} ({})",
            n.path,
            n.line.as_deref().unwrap_or("no hosts: line")
        ),
        Some(n) => format!("{} (not readable: defaults)", n.path),
        None => "none (platform resolver)".to_string(),
    };
    lines.push(format!(
        "  order       {} — from {nss}",
        f.lookup_order.describe()
    ));
    lines.push(format!(
        "  glibc multi {}",
        if f.glibc_multi { "on" } else { "off" }
    ));
    if f.malformed_lines > 0 {
        lines.push(format!("  malformed   {} lines", f.malformed_lines));
    }
    for b in &f.blocks {
        let date = b
            .date
            .as_deref()
            .map(|d| format!(", dated {d}"))
            .unwrap_or_default();
        lines.push(format!(
            "  block       {} lines {}-{}{date}",
            b.tool.describe(),
            b.start_line,
            b.end_line
        ));
    }
    for h in &f.go_hosts {
        let entries: Vec<String> = h
            .entries
            .iter()
            .map(|e| format!("line {} {}", e.line, e.address))
            .collect();
        lines.push(format!("  {}: {}", h.name, entries.join(", ")));
        lines.push(format!(
            "    Go takes {}; glibc takes {}",
            if h.go_answer.is_empty() {
                "nothing".to_string()
            } else {
                h.go_answer.join(", ")
            },
            if h.glibc_answer.is_empty() {
                "nothing".to_string()
            } else {
                h.glibc_answer.join(", ")
            }
        ));
    }
    lines
}

/// The resolver x name matrix as an aligned table: resolvers as columns, one row per name and
/// record type, each cell the first answer (+N more) or what went wrong.
fn dns_lines(f: &DnsFacts) -> Vec<String> {
    use crate::net::dns::{Outcome, QueryType};
    let mut lines = vec!["facts:".to_string()];
    if let Some(path) = &f.resolv_conf {
        lines.push(format!("  resolv.conf {path}"));
    }
    if let Some(note) = &f.resolv_conf_note {
        lines.push(format!("  note        {note}"));
    }
    for r in &f.resolvers {
        let rtt = match (r.rtt_median_ms, r.rtt_max_ms) {
            (Some(m), Some(x)) => format!("rtt median {m} ms, max {x} ms"),
            _ => "no answer".to_string(),
        };
        lines.push(format!(
            "  {:<24} {:<26} answered {}/{} ({:.0}%), {rtt}",
            r.address,
            r.role.describe(),
            r.answered,
            r.queries,
            r.success_rate * 100.0
        ));
    }
    let cell = |resolver: &str, name: &str, qtype: QueryType| -> String {
        let q = f.queries.iter().find(|q| {
            q.resolver == resolver && q.name == name && q.qtype == qtype && q.sample == 0
        });
        match q {
            None => "-".into(),
            Some(q) => match q.result.outcome {
                Outcome::Ok => match q.result.answers.len() {
                    1 => q.result.answers[0].to_string(),
                    n => format!("{} +{}", q.result.answers[0], n - 1),
                },
                other => format!("{other:?}").to_lowercase(),
            },
        }
    };
    let name_width = f.names.iter().map(|n| n.len() + 5).max().unwrap_or(4);
    let widths: Vec<usize> = f
        .resolvers
        .iter()
        .map(|r| {
            f.names
                .iter()
                .flat_map(|n| {
                    [
                        cell(&r.address, n, QueryType::A),
                        cell(&r.address, n, QueryType::AAAA),
                    ]
                })
                .map(|c| c.chars().count())
                .chain(std::iter::once(r.address.len()))
                .max()
                .unwrap_or(8)
        })
        .collect();
    let mut header = format!("  {:<name_width$}", "name");
    for (r, w) in f.resolvers.iter().zip(&widths) {
        let _ = write!(header, "  {:<w$}", r.address);
    }
    lines.push(header.trim_end().to_string());
    for name in &f.names {
        for (qtype, label) in [(QueryType::A, "A"), (QueryType::AAAA, "AAAA")] {
            let mut row = format!("  {:<name_width$}", format!("{name} {label}"));
            for (r, w) in f.resolvers.iter().zip(&widths) {
                let _ = write!(row, "  {:<w$}", cell(&r.address, name, qtype));
            }
            lines.push(row.trim_end().to_string());
        }
    }
    for p in f.injection_probes.iter().filter(|p| p.replies.len() > 1) {
        lines.push(format!(
            "  injection probe {} {}: {} replies",
            p.resolver,
            p.name,
            p.replies.len()
        ));
    }
    lines
}

fn connectivity_lines(f: &ConnectivityFacts) -> Vec<String> {
    use crate::checks::connectivity::verdict::describe_failure;
    let mut lines = vec!["facts:".to_string()];
    lines.push(format!("  trust roots {}", f.trust_roots));
    if let Some(p) = &f.https_proxy {
        lines.push(format!(
            "  {}  {} ({})",
            p.variable,
            p.url,
            if p.reachable {
                "reachable"
            } else {
                "unreachable"
            }
        ));
    }
    for t in &f.targets {
        let mut line = format!("  {:<40} {:<20}", t.url, t.role.describe());
        match t.failed_at {
            None => {
                let _ = write!(line, " ok");
                if let Some(ms) = t.latency_ms {
                    let _ = write!(line, " {ms} ms");
                }
                if t.proxies_sumdb == Some(true) {
                    let _ = write!(line, ", proxies sumdb");
                }
            }
            Some(_) => {
                let _ = write!(line, " {}", describe_failure(t));
            }
        }
        lines.push(line);
    }
    if !f.ranking.is_empty() {
        lines.push("  ranking (fastest working first):".to_string());
        for (i, r) in f.ranking.iter().enumerate() {
            lines.push(format!(
                "    {}. {} {} ms{}",
                i + 1,
                r.url,
                r.latency_ms,
                if r.proxies_sumdb {
                    ", proxies sumdb"
                } else {
                    ""
                }
            ));
        }
    }
    lines
}

fn vscode_lines(f: &VscodeFacts) -> Vec<String> {
    let mut lines = vec!["facts:".to_string()];
    for file in f.files.iter().filter(|x| x.exists) {
        let state = if file.error.is_some() {
            "does not parse"
        } else {
            "read"
        };
        lines.push(format!(
            "  {} ({}, {:?}): {state}",
            file.path, file.product, file.scope
        ));
        for k in &file.keys {
            lines.push(format!("    line {:<4} {} = {}", k.line, k.key, k.value));
        }
    }
    for e in &f.extensions {
        lines.push(format!(
            "  extension   golang.go {} ({})",
            e.version, e.product
        ));
    }
    for w in &f.windows {
        lines.push(format!("  {} window gives gopls and the tools:", w.product));
        for v in &w.variables {
            let from = match (&v.setting, v.line) {
                (Some(s), Some(l)) => format!("{s}, {}:{l}", v.file),
                _ => v.file.clone(),
            };
            lines.push(format!("    {}={}  [{from}]", v.name, v.value));
        }
    }
    for p in &f.processes {
        let env: Vec<String> = p.env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        lines.push(format!("  gopls pid {}: {}", p.pid, env.join(" ")));
    }
    lines
}
