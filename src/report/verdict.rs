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
                "checksums through it too".to_string()
            }
            _ => format!("checksums via {via}"),
        }),
        Verdict::Fails { at, .. } => Err(format!("checksum verification stops at {at}")),
        Verdict::Disabled => Ok("no checksum verification (GOSUMDB=off)".to_string()),
        Verdict::Skipped { reason } => Ok(format!("checksum lookups skipped ({reason})")),
        Verdict::Invalid => Err("Go rejects its GOSUMDB setting".to_string()),
        Verdict::Unknown { reason } => Err(format!("checksums were not tested: {reason}")),
    };
    match (downloads, checksums) {
        (Ok(d), Ok(c)) => format!("{d}; {c}"),
        (Ok(d), Err(c)) => format!("{d}, but {c}"),
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
        (Err(d), Err(c)) => format!("{d}; {c}"),
        (Err(d), Ok(_)) => d,
    }
}

/// Without the connectivity check: what the checks that ran say.
fn without_network(report: &Report, worst: Option<Severity>) -> String {
    let ran = report
        .checks
        .iter()
        .filter(|c| c.status != CheckStatus::Skipped)
        .count();
    let what = match worst {
        Some(Severity::Error) => "A Go operation will fail",
        Some(_) => "Go works, with warnings",
        None => "No problem found",
    };
    if ran == 0 {
        return format!("{what}: no check ran");
    }
    format!("{what}; downloads were not tried (the connectivity check did not run)")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn conn(downloads: serde_json::Value, checksums: serde_json::Value) -> ConnectivityFacts {
        serde_json::from_value(serde_json::json!({
            "probe_module": "golang.org/x/text", "trust_roots": "system",
            "goproxy": "https://goproxy.cn,direct", "gosumdb": "sum.golang.org",
            "https_proxy": null, "ranking": [], "downloads": downloads, "checksums": checksums,
            "targets": [{
                "url": "https://goproxy.cn", "role": "goproxy", "host": "goproxy.cn", "port": 443,
                "via_proxy": null, "resolved_from": "dns", "addresses": [], "error": null,
                "tls": null, "requests": [], "failed_at": null, "connects": [],
                "serves_protocol": true, "proxies_sumdb": true, "latency_ms": 48
            }]
        }))
        .expect("connectivity facts")
    }

    #[test]
    fn a_working_mirror_that_proxies_the_database_is_one_sentence() {
        let c = conn(
            serde_json::json!({"result": "works", "via": "https://goproxy.cn"}),
            serde_json::json!({"result": "works", "via": "https://goproxy.cn/sumdb/sum.golang.org"}),
        );
        assert_eq!(
            go_path(&c),
            "Go downloads modules via https://goproxy.cn (48 ms); checksums through it too"
        );
    }

    #[test]
    fn one_stop_for_both_is_said_once() {
        let fails = serde_json::json!({"result": "fails", "at": "https://proxy.golang.org", "reason": "is unreachable"});
        let c = conn(fails.clone(), fails);
        assert_eq!(
            go_path(&c),
            "Go cannot download modules or verify checksums: it stops at https://proxy.golang.org"
        );
        let c = conn(
            serde_json::json!({"result": "works", "via": "https://goproxy.cn"}),
            serde_json::json!({"result": "fails", "at": "https://sum.golang.org", "reason": "is unreachable"}),
        );
        assert_eq!(
            go_path(&c),
            "Go downloads modules via https://goproxy.cn (48 ms), but checksum verification stops at https://sum.golang.org"
        );
    }
}
