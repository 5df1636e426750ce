//! The first line of the human report: can Go download modules, verify checksums, and do the
//! editor's tools work — in one sentence, from the facts of the run. Pure.

use super::messages as msg;
use crate::checks::connectivity::facts::{ConnectivityFacts, Verdict};
use crate::checks::{CheckId, Facts};
use crate::i18n::Message;
use crate::model::Severity;
use crate::results::{CheckStatus, Report};

/// The verdict sentence and the severity its marker takes (`None`: all is well).
pub(crate) fn verdict(report: &Report) -> (Option<Severity>, Message) {
    let worst = report.worst().filter(|s| *s >= Severity::Warning);
    let sentence = match connectivity(report) {
        Some(conn) => go_path(conn),
        None => without_network(report, worst),
    };
    let sentence = if editor_fails(report) {
        msg::verdict_editor_fails(sentence)
    } else {
        sentence
    };
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

/// What happens to downloads and checksums, in Go's words of the run: `Ok` when that part
/// works, `Err` when it does not.
fn go_path(conn: &ConnectivityFacts) -> Message {
    let downloads = match &conn.downloads {
        Verdict::Works { via } if via.starts_with("direct") => Ok(msg::verdict_direct()),
        Verdict::Works { via } => Ok(match latency(conn, via) {
            Some(ms) => msg::verdict_via(via.as_str(), ms),
            None => msg::verdict_via_unmeasured(via.as_str()),
        }),
        Verdict::Fails { at, .. } => Err(msg::verdict_download_stops(at.as_str())),
        Verdict::Disabled => Err(msg::verdict_goproxy_off()),
        Verdict::Invalid => Err(msg::verdict_goproxy_invalid()),
        Verdict::Unknown { reason } => Err(msg::verdict_downloads_untested(reason.clone())),
        Verdict::Skipped { reason } => Ok(msg::verdict_downloads_skipped(reason.clone())),
    };
    let via_download = match &conn.downloads {
        Verdict::Works { via } => Some(via.as_str()),
        _ => None,
    };
    let checksums = match &conn.checksums {
        Verdict::Works { via } => Ok(match via_download {
            Some(d) if via.starts_with(&format!("{d}/sumdb/")) => msg::verdict_sums_through_it(),
            _ => msg::verdict_sums_via(via.as_str()),
        }),
        Verdict::Fails { at, .. } => Err(msg::verdict_sums_stop(at.as_str())),
        Verdict::Disabled => Ok(msg::verdict_sums_off()),
        Verdict::Skipped { reason } => Ok(msg::verdict_sums_skipped(reason.clone())),
        Verdict::Invalid => Err(msg::verdict_gosumdb_invalid()),
        Verdict::Unknown { reason } => Err(msg::verdict_sums_untested(reason.clone())),
    };
    match (downloads, checksums) {
        (Ok(d), Ok(c)) => msg::verdict_and(d, c),
        (Ok(d), Err(c)) => msg::verdict_but(d, c),
        // The same stop for both is said once.
        (Err(_), Err(_))
            if matches!((&conn.downloads, &conn.checksums),
                (Verdict::Fails { at: a, .. }, Verdict::Fails { at: b, .. }) if a == b) =>
        {
            let at = match &conn.downloads {
                Verdict::Fails { at, .. } => at.as_str(),
                _ => "",
            };
            msg::verdict_both_stop(at)
        }
        (Err(d), Err(c)) => msg::verdict_and(d, c),
        (Err(d), Ok(_)) => d,
    }
}

/// Without the connectivity check: what the checks that ran say.
fn without_network(report: &Report, worst: Option<Severity>) -> Message {
    let ran = report
        .checks
        .iter()
        .filter(|c| c.status != CheckStatus::Skipped)
        .count();
    let worst = match worst {
        Some(Severity::Error) => "error",
        Some(_) => "warning",
        None => "none",
    };
    if ran == 0 {
        return msg::verdict_nothing_ran(worst);
    }
    msg::verdict_offline(worst)
}

/// Whether the editor fails: its tools run with their own settings.
fn editor_fails(report: &Report) -> bool {
    report
        .checks
        .iter()
        .find(|c| c.id == CheckId::Vscode)
        .is_some_and(|vscode| {
            vscode
                .findings
                .iter()
                .any(|f| f.severity == Severity::Error)
        })
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
            go_path(&c).render(crate::i18n::Lang::En),
            "Go downloads modules via https://goproxy.cn (48 ms); checksums through it too"
        );
    }

    #[test]
    fn one_stop_for_both_is_said_once() {
        let fails = serde_json::json!({"result": "fails", "at": "https://proxy.golang.org", "reason": "is unreachable"});
        let c = conn(fails.clone(), fails);
        assert_eq!(
            go_path(&c).render(crate::i18n::Lang::En),
            "Go cannot download modules or verify checksums: it stops at https://proxy.golang.org"
        );
        let c = conn(
            serde_json::json!({"result": "works", "via": "https://goproxy.cn"}),
            serde_json::json!({"result": "fails", "at": "https://sum.golang.org", "reason": "is unreachable"}),
        );
        assert_eq!(
            go_path(&c).render(crate::i18n::Lang::En),
            "Go downloads modules via https://goproxy.cn (48 ms), but checksum verification stops at https://sum.golang.org"
        );
    }
}
