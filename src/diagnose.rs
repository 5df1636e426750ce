//! Diagnosis: from all findings of all checks, the one to three root causes worth reading
//! first. Pure.

use crate::codes;
use crate::model::{Finding, Severity};
use crate::results::{CheckResult, Diagnosis};

/// The most headlines a report starts with.
const MAX_HEADLINES: usize = 3;

/// Codes in the order of how fundamental they are: a missing go explains everything after it;
/// a shadowing OS variable explains why a "fixed" GOPROXY is still wrong.
const ROOT_CAUSE_ORDER: &[&str] = &[
    codes::GO_ENV_GO_MISSING.code,
    codes::GO_ENV_GO_TIMEOUT.code,
    codes::GO_ENV_GO_FAILED.code,
    codes::GO_ENV_GO_TOO_OLD.code,
    codes::GO_ENV_GOPROXY_INVALID.code,
    // Module mode off: nothing about the network matters until it is on again.
    codes::GO_ENV_MODULES_OFF.code,
    codes::GO_ENV_GOPROXY_OFF.code,
    // Through an HTTP proxy Go resolves nothing itself: a dead proxy explains everything.
    codes::CONNECTIVITY_PROXY_ENV_UNREACHABLE.code,
    // Name resolution comes before connections.
    codes::DNS_RESOLVER_UNREACHABLE.code,
    codes::HOSTS_SINKHOLE.code,
    codes::DNS_LOOKUP_FAILED.code,
    codes::DNS_POISONED.code,
    codes::CONNECTIVITY_TLS_INTERCEPTED.code,
    codes::CONNECTIVITY_GOPROXY_UNREACHABLE.code,
    codes::CONNECTIVITY_SUMDB_UNREACHABLE.code,
    codes::GO_ENV_INSECURE_FLAG.code,
    codes::GO_ENV_GOSUMDB_INVALID.code,
    codes::HOSTS_ENCODING.code,
    codes::HOSTS_CONFLICT.code,
    codes::HOSTS_LONG_LINE.code,
    codes::GO_ENV_TOOLCHAIN_DOWNLOAD.code,
    codes::GO_ENV_OS_ENV_OVERRIDE.code,
    codes::GO_ENV_PRIVATE_MATCHES_PUBLIC.code,
    codes::GO_ENV_GOSUMDB_OFF.code,
    codes::GO_ENV_UNKNOWN_VARIABLE.code,
];

fn rank(finding: &Finding) -> (std::cmp::Reverse<Severity>, usize) {
    let position = ROOT_CAUSE_ORDER
        .iter()
        .position(|c| *c == finding.code)
        .unwrap_or(ROOT_CAUSE_ORDER.len());
    (std::cmp::Reverse(finding.severity), position)
}

/// Names the root causes: the most severe, most fundamental findings (warnings and errors
/// only), each once.
pub fn diagnose(checks: &[CheckResult]) -> Vec<Diagnosis> {
    let mut candidates: Vec<&Finding> = checks
        .iter()
        .flat_map(|c| &c.findings)
        .filter(|f| f.severity >= Severity::Warning)
        .collect();
    candidates.sort_by_key(|f| rank(f));
    let mut headlines: Vec<Diagnosis> = Vec::new();
    for finding in candidates {
        if headlines.len() == MAX_HEADLINES {
            break;
        }
        if headlines.iter().any(|h| h.headline == finding.message) {
            continue;
        }
        headlines.push(Diagnosis {
            headline: finding.message.clone(),
            codes: vec![finding.code.clone()],
        });
    }
    headlines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::CheckId;

    fn check(findings: Vec<Finding>) -> CheckResult {
        CheckResult::with_findings(CheckId::GoEnv, findings)
    }

    #[test]
    fn errors_first_then_most_fundamental() {
        let c = check(vec![
            Finding::new(&codes::GO_ENV_GOSUMDB_OFF, "sumdb off"),
            Finding::new(&codes::GO_ENV_GOPROXY_COMMA_FALLBACK, "comma"),
            Finding::new(&codes::GO_ENV_OS_ENV_OVERRIDE, "shadowed"),
            Finding::new(&codes::GO_ENV_GOPROXY_OFF, "proxy off"),
        ]);
        let d = diagnose(&[c]);
        let heads: Vec<&str> = d.iter().map(|h| h.headline.as_str()).collect();
        assert_eq!(heads, ["proxy off", "shadowed", "sumdb off"]);
        assert_eq!(d[0].codes, ["go-env.goproxy-off"]);
    }

    #[test]
    fn info_alone_is_no_diagnosis() {
        let c = check(vec![Finding::new(
            &codes::GO_ENV_GOPROXY_COMMA_FALLBACK,
            "comma",
        )]);
        assert!(diagnose(&[c]).is_empty());
    }
}
