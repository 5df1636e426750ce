//! The first line of the human report: can Go download modules, verify checksums, and do the
//! editor's tools work — in one sentence, from the facts of the run. Pure.

use crate::checks::connectivity::facts::{ConnectivityFacts, Verdict};
use crate::checks::{CheckId, Facts};
use crate::model::Severity;
use crate::results::{CheckStatus, Report};

/// The verdict sentence and the severity its marker takes (`None`: all is well).
pub(crate) fn verdict(report: &Report) -> (Option<Severity>, String) {
    let worst = report.worst().filter(|s| *s >= Severity::Warning);
    let mut sentence = match connectivity(report) {
        Some(conn) => go_path(conn),
        None => without_network(report, worst),
    };
    if let Some(editor) = editor(report) {
        sentence.push_str("; ");
        sentence.push_str(&editor);
    }
    (worst, sentence)
}

fn connectivity(report: &Report) -> Option<&ConnectivityFacts> {
    report.checks.iter().find_map(|c| match &c.facts {
        Some(Facts::Connectivity(f)) if c.status != CheckStatus::Skipped => Some(f),
        _ => None,
    })
}

/// How long the protocol answer of `url` took, when it was measured.
fn latency(conn: &ConnectivityFacts, url: &str) -> Option<u64> {
    conn.targets
        .iter()
        .find(|t| t.url.eq_ignore_ascii_case(url))
        .and_then(|t| t.latency_ms)
}

/// What happens to downloads and checksums, in Go's words of the run.
fn go_path(conn: &ConnectivityFacts) -> String {
    let downloads = match &conn.downloads {
        Verdict::Works { via } if via.starts_with("direct") => {
            Ok("Go downloads modules directly from their origin".to_string())
        }
        Verdict::Works { via } => Ok(match latency(conn, via) {
            Some(ms) => format!("Go downloads modules via {via} ({ms} ms)"),
            None => format!("Go downloads modules via {via}"),
        }),
        Verdict::Fails { at, .. } => Err(format!("Go cannot download modules: it stops at {at}")),
        Verdict::Disabled => Err("Go downloads no module: GOPROXY=off".to_string()),
        Verdict::Invalid => Err("Go rejects its GOPROXY setting".to_string()),
        Verdict::Unknown { reason } => Err(format!("module downloads were not tested: {reason}")),
        Verdict::Skipped { reason } => Ok(format!("module downloads are skipped: {reason}")),
    };
    let via_download = match &conn.downloads {
        Verdict::Works { via } => Some(via.as_str()),
        _ => None,
    };
    let checksums = match &conn.checksums {
        Verdict::Works { via } => Ok(match via_download {
            Some(d) if via.starts_with(&format!("{d}/sumdb/")) => {
                "verifies checksums through it".to_string()
            }
            _ => format!("verifies checksums via {via}"),
        }),
        Verdict::Fails { at, .. } => Err(format!("cannot verify checksums: it stops at {at}")),
        Verdict::Disabled => Ok("checks no checksum (GOSUMDB=off)".to_string()),
        Verdict::Skipped { reason } => Ok(format!("skips checksum lookups ({reason})")),
        Verdict::Invalid => Err("rejects its GOSUMDB setting".to_string()),
        Verdict::Unknown { reason } => Err(format!("checksums were not tested: {reason}")),
    };
    match (downloads, checksums) {
        (Ok(d), Ok(c)) => format!("{d} and {c}"),
        (Ok(d), Err(c)) => format!("{d} but {c}"),
        // The same stop for both is said once.
        (Err(d), Err(_))
            if matches!((&conn.downloads, &conn.checksums),
                (Verdict::Fails { at: a, .. }, Verdict::Fails { at: b, .. }) if a == b) =>
        {
            d.replacen(
                "cannot download modules",
                "cannot download modules or verify checksums",
                1,
            )
        }
        (Err(d), Err(c)) => format!("{d}, and {c}"),
        (Err(d), Ok(_)) => d,
    }
}

/// Without the connectivity check: what the checks that ran say.
fn without_network(report: &Report, worst: Option<Severity>) -> String {
    let ran: Vec<&str> = report
        .checks
        .iter()
        .filter(|c| c.status != CheckStatus::Skipped)
        .map(|c| c.id.as_str())
        .collect();
    let what = match worst {
        Some(Severity::Error) => "A Go operation will fail",
        Some(_) => "Go works, with warnings",
        None => "No problem found",
    };
    if ran.is_empty() {
        return format!("{what}: no check ran");
    }
    format!(
        "{what} ({} checked; downloads were not tried: the connectivity check did not run)",
        ran.join(", ")
    )
}

/// The editor's part, only when it fails: its tools run with their own settings.
fn editor(report: &Report) -> Option<String> {
    let vscode = report.checks.iter().find(|c| c.id == CheckId::Vscode)?;
    vscode
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error)
        .then(|| "VS Code's Go tools will fail".to_string())
}
