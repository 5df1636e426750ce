//! Findings that become causes: a hosts pin or an OS variable is harmless by itself, and the
//! reason Go fails when the connectivity facts show Go stopping exactly where it points.
//! Their severity is then the failure's (`error`), and their evidence says what the
//! alternative gives.

use crate::checks::connectivity::facts::{AddressSource, ConnectivityFacts, Layer, Verdict};
use crate::checks::go_env::facts::GoEnvFacts;
use crate::codes;
use crate::model::Severity;
use crate::results::{CheckResult, CheckStatus};

/// The verdicts that fail, with what they are about.
fn failing(conn: &ConnectivityFacts) -> impl Iterator<Item = (&'static str, &str)> {
    [("GOPROXY", &conn.downloads), ("GOSUMDB", &conn.checksums)]
        .into_iter()
        .filter_map(|(variable, v)| match v {
            Verdict::Fails { at, .. } => Some((variable, at.as_str())),
            _ => None,
        })
}

/// Whether `at` (a verdict's stopping point) is `url` or a path under it.
fn stops_at(at: &str, url: &str) -> bool {
    at.eq_ignore_ascii_case(url) || at.starts_with(&format!("{url}/"))
}

/// A hosts line that sends a Go host where nothing answers, at the entry where Go stops: the
/// pin is why Go fails. What DNS gives instead goes into the evidence.
pub(super) fn pins_that_break_go(checks: &mut [CheckResult], conn: &ConnectivityFacts) {
    let Some(hosts) = checks
        .iter_mut()
        .find(|c| c.id == crate::checks::CheckId::Hosts)
    else {
        return;
    };
    let mut changed = false;
    for t in conn.targets.iter().filter(|t| {
        t.resolved_from == Some(AddressSource::HostsFile)
            && matches!(t.failed_at, Some(Layer::Tcp | Layer::Tls))
            && failing(conn).any(|(_, at)| stops_at(at, &t.url))
    }) {
        for f in hosts.findings.iter_mut().filter(|f| {
            (f.code == codes::HOSTS_PINNED.code || f.code == codes::HOSTS_SINKHOLE.code)
                && f.subject.as_deref() == Some(t.host.as_str())
        }) {
            f.severity = Severity::Error;
            f.evidence.push(
                super::msg::go_stops_at(
                    t.url.as_str(),
                    crate::checks::connectivity::verdict::describe_failure(t),
                )
                .into(),
            );
            if let Some(alt) = &t.dns_alternative {
                f.evidence.push(alt.message().into());
            }
            changed = true;
        }
    }
    if changed {
        hosts.status = CheckStatus::from_findings(&hosts.findings);
    }
}

/// An OS variable that shadows the `go env -w` value is the cause when the value it imposes
/// is where Go stops.
pub(super) fn overrides_that_break_go(
    checks: &mut [CheckResult],
    go_env: &GoEnvFacts,
    conn: &ConnectivityFacts,
) {
    let Some(check) = checks
        .iter_mut()
        .find(|c| c.id == crate::checks::CheckId::GoEnv)
    else {
        return;
    };
    let mut changed = false;
    for (variable, at) in failing(conn) {
        let Some(var) = go_env.variable(variable) else {
            continue;
        };
        let (Some(os_value), Some(file_value)) = (&var.os_value, &var.file_value) else {
            continue;
        };
        for f in check.findings.iter_mut().filter(|f| {
            f.code == codes::GO_ENV_OS_ENV_OVERRIDE.code && f.subject.as_deref() == Some(variable)
        }) {
            f.severity = Severity::Error;
            f.evidence
                .push(super::msg::override_stops_go(variable, os_value, at, file_value).into());
            changed = true;
        }
    }
    if changed {
        check.status = CheckStatus::from_findings(&check.findings);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::CheckId;
    use crate::model::Finding;

    fn conn(resolved_from: &str) -> ConnectivityFacts {
        crate::checks::connectivity::facts::fixtures::dead_pinned_goproxy_cn(resolved_from)
    }

    fn hosts() -> Vec<CheckResult> {
        vec![CheckResult::with_findings(
            CheckId::Hosts,
            vec![Finding::new(&codes::HOSTS_PINNED, "pinned").subject("goproxy.cn")],
        )]
    }

    #[test]
    fn a_pin_where_go_stops_becomes_the_error() {
        let mut checks = hosts();
        pins_that_break_go(&mut checks, &conn("hosts-file"));
        let f = &checks[0].findings[0];
        assert_eq!(f.severity, Severity::Error);
        assert_eq!(checks[0].status, CheckStatus::Error);
        assert!(
            f.evidence.iter().any(|e| e.render(crate::i18n::Lang::En)
                == "DNS gives 118.184.169.35, which accepts connections (30 ms)"),
            "{:?}",
            f.evidence
        );
    }

    #[test]
    fn a_pin_go_does_not_use_stays_a_warning() {
        // The addresses came from DNS: the pin is not on Go's path.
        let mut checks = hosts();
        pins_that_break_go(&mut checks, &conn("dns"));
        assert_eq!(checks[0].findings[0].severity, Severity::Warning);
    }
}
