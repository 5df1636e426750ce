//! Diagnosis: from all findings of all checks, the one to three root causes worth reading
//! first. Pure.

use crate::checks::connectivity::facts::ConnectivityFacts;
use crate::checks::go_env::facts::GoEnvFacts;
use crate::checks::{CheckId, Facts};
use crate::codes;
use crate::i18n::{Message, Value};
use crate::model::{Finding, Severity};
use crate::redact::redact;
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
        .position(|c| finding.code == *c)
        .unwrap_or(ROOT_CAUSE_ORDER.len());
    (std::cmp::Reverse(finding.severity), position)
}

/// A finding and where it sits in the report.
#[derive(Clone, Copy)]
struct At<'a> {
    check: CheckId,
    index: usize,
    finding: &'a Finding,
}

/// The codes that say "Go stops here": their subject is the URL where it stops.
const VERDICTS: &[&str] = &[
    codes::CONNECTIVITY_GOPROXY_UNREACHABLE.code,
    codes::CONNECTIVITY_SUMDB_UNREACHABLE.code,
];

/// Names the root causes: the most severe, most fundamental findings (warnings and errors
/// only), each once, with the findings they explain. A failed download or checksum path is
/// linked to the layer failures at the same URL, and to the cause upstream of it when one
/// was promoted by the cross-check (a hosts pin, an OS variable shadowing `go env -w`).
pub fn diagnose(checks: &[CheckResult]) -> Vec<Diagnosis> {
    let all: Vec<At> = checks
        .iter()
        .flat_map(|c| {
            c.findings.iter().enumerate().map(|(index, finding)| At {
                check: c.id,
                index,
                finding,
            })
        })
        .filter(|a| a.finding.severity >= Severity::Warning)
        .collect();
    let conn = checks.iter().find_map(|c| match &c.facts {
        Some(Facts::Connectivity(f)) => Some(f),
        _ => None,
    });
    let go_env = checks.iter().find_map(|c| match &c.facts {
        Some(Facts::GoEnv(f)) => Some(f),
        _ => None,
    });
    let mut entries: Vec<(At, Vec<At>)> = Vec::new();
    for verdict in all
        .iter()
        .filter(|a| VERDICTS.contains(&a.finding.code.as_str()))
    {
        let Some(url) = verdict.finding.subject.as_deref() else {
            continue;
        };
        let mut symptoms = vec![*verdict];
        symptoms.extend(all.iter().copied().filter(|a| {
            a.check == CheckId::Connectivity
                && !VERDICTS.contains(&a.finding.code.as_str())
                && a.finding.subject.as_deref() == Some(url)
        }));
        let cause = upstream_cause(&all, conn, verdict.finding, url);
        match cause {
            Some(cause) => entries.push((cause, symptoms)),
            None => {
                let first = symptoms.remove(0);
                entries.push((first, symptoms));
            }
        }
    }
    let covered = |a: &At, entries: &[(At, Vec<At>)]| {
        entries.iter().any(|(c, s)| {
            std::iter::once(c)
                .chain(s)
                .any(|x| x.check == a.check && x.index == a.index)
        })
    };
    for a in &all {
        if !covered(a, &entries) {
            entries.push((*a, Vec::new()));
        }
    }
    entries.sort_by_key(|(cause, symptoms)| {
        let worst = symptoms
            .iter()
            .map(|s| s.finding.severity)
            .fold(cause.finding.severity, Severity::max);
        (std::cmp::Reverse(worst), rank(cause.finding).1)
    });
    let mut headlines: Vec<Diagnosis> = Vec::new();
    for (cause, symptoms) in entries {
        if headlines.len() == MAX_HEADLINES {
            break;
        }
        let headline = headline(cause.finding, &symptoms, conn, go_env);
        if headlines.iter().any(|h| h.headline == headline) {
            continue;
        }
        let mut symptom_codes: Vec<String> = Vec::new();
        for s in &symptoms {
            let code = s.finding.code.as_str();
            if s.finding.code != cause.finding.code && !symptom_codes.iter().any(|c| c == code) {
                symptom_codes.push(code.to_string());
            }
        }
        headlines.push(Diagnosis {
            headline,
            severity: symptoms
                .iter()
                .map(|s| s.finding.severity)
                .fold(cause.finding.severity, Severity::max),
            cause: cause.finding.code.to_string(),
            codes: std::iter::once(cause.finding.code.to_string())
                .chain(symptom_codes.iter().cloned())
                .collect(),
            symptoms: symptom_codes,
            covers: std::iter::once(&cause)
                .chain(&symptoms)
                .map(|a| (a.check, a.index))
                .collect(),
        });
    }
    headlines
}

/// The finding upstream of a failed path at `url`: a hosts line pinning its host, or the OS
/// variable that put it in Go's settings — each promoted to an error by the cross-check only
/// when it is why Go stops there.
fn upstream_cause<'a>(
    all: &[At<'a>],
    conn: Option<&ConnectivityFacts>,
    verdict: &Finding,
    url: &str,
) -> Option<At<'a>> {
    let host = conn
        .and_then(|c| c.targets.iter().find(|t| t.url.eq_ignore_ascii_case(url)))
        .map(|t| t.host.as_str());
    let variable = if verdict.code == codes::CONNECTIVITY_GOPROXY_UNREACHABLE.code {
        "GOPROXY"
    } else {
        "GOSUMDB"
    };
    all.iter().copied().find(|a| {
        a.finding.severity == Severity::Error
            && match a.finding.code.as_str() {
                c if c == codes::HOSTS_PINNED.code || c == codes::HOSTS_SINKHOLE.code => {
                    host.is_some() && a.finding.subject.as_deref() == host
                }
                c if c == codes::GO_ENV_OS_ENV_OVERRIDE.code => {
                    a.finding.subject.as_deref() == Some(variable)
                }
                _ => false,
            }
    })
}

/// The line a diagnosis opens with: for a linked cause, what fails because of what.
fn headline(
    cause: &Finding,
    symptoms: &[At],
    conn: Option<&ConnectivityFacts>,
    go_env: Option<&GoEnvFacts>,
) -> Message {
    let Some(verdict) = symptoms
        .iter()
        .find(|s| VERDICTS.contains(&s.finding.code.as_str()))
        .filter(|_| !VERDICTS.contains(&cause.code.as_str()))
    else {
        return cause.message.clone();
    };
    let what = if verdict.finding.code == codes::CONNECTIVITY_GOPROXY_UNREACHABLE.code {
        "downloads"
    } else {
        "checksums"
    };
    let url = verdict.finding.subject.as_deref().unwrap_or_default();
    let target = conn.and_then(|c| c.targets.iter().find(|t| t.url.eq_ignore_ascii_case(url)));
    let failure: Value = match target {
        Some(t) => crate::checks::connectivity::verdict::describe_failure(t).into(),
        None => msg::does_not_work().into(),
    };
    if cause.code == codes::GO_ENV_OS_ENV_OVERRIDE.code {
        let variable = cause.subject.as_deref().unwrap_or_default();
        let var = go_env.and_then(|g| g.variable(variable));
        let places: Vec<String> = go_env
            .into_iter()
            .flat_map(|g| &g.shell_assignments)
            .filter(|a| a.name == variable)
            .map(|a| format!("{}:{}", a.file, a.line))
            .collect();
        return match var.and_then(|v| Some((v.os_value.as_deref()?, v.file_value.as_deref()?))) {
            Some((os, file)) if places.is_empty() => {
                msg::override_breaks(what, variable, redact(os), redact(file), url, failure)
            }
            Some((os, file)) => msg::override_breaks_at(
                what,
                variable,
                redact(os),
                places,
                redact(file),
                url,
                failure,
            ),
            None => msg::cause_breaks(what, cause.message.clone(), url, failure),
        };
    }
    // A hosts line.
    let Some(t) = target else {
        return msg::fails_with(what, cause.message.clone());
    };
    let place = match cause.location.as_ref() {
        Some(l) => match l.line {
            Some(line) => msg::place_line(l.file.as_str(), line),
            None => msg::place_file(l.file.as_str()),
        },
        None => msg::place_hosts_file(),
    };
    let failure = crate::checks::connectivity::verdict::describe_failure(t);
    match &t.dns_alternative {
        Some(alt) => msg::pin_breaks_dns_works(
            what,
            place,
            t.host.as_str(),
            t.addresses.clone(),
            failure,
            alt.message(),
        ),
        None => msg::pin_breaks(what, place, t.host.as_str(), t.addresses.clone(), failure),
    }
}

/// What a diagnosis says. The words are in `locales/<lang>/report.ftl`; `what` is `downloads`
/// or `checksums` throughout.
pub(crate) mod msg {
    crate::messages! {
        /// A target that failed without a probe to say how.
        does_not_work = "diagnosis-does-not-work" ();
        /// An OS variable shadows `go env -w`, and its value is where Go stops.
        override_breaks = "diagnosis-override-breaks" (what, variable, os_value, file_value, url, failure);
        /// The same, with the startup-file lines that set the variable.
        override_breaks_at = "diagnosis-override-breaks-at" (what, variable, os_value, places, file_value, url, failure);
        /// A cause whose details are its own message.
        cause_breaks = "diagnosis-cause-breaks" (what, cause, url, failure);
        /// A cause without a measured target.
        fails_with = "diagnosis-fails-with" (what, cause);
        /// A hosts line pins the host Go contacts to an address that fails.
        pin_breaks = "diagnosis-pin-breaks" (what, place, host, addresses, failure);
        /// The same, and what DNS gives instead.
        pin_breaks_dns_works = "diagnosis-pin-breaks-dns-works" (what, place, host, addresses, failure, alternative);
        /// Where a hosts line is.
        place_line = "diagnosis-place-line" (file, line);
        /// A hosts file, without a line.
        place_file = "diagnosis-place-file" (file);
        /// The hosts file, unnamed.
        place_hosts_file = "diagnosis-place-hosts-file" ();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let heads: Vec<String> = d.iter().map(|h| h.headline.to_string()).collect();
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

    fn pinned_conn() -> ConnectivityFacts {
        crate::checks::connectivity::facts::fixtures::dead_pinned_goproxy_cn("hosts-file")
    }

    #[test]
    fn a_dead_pin_is_the_cause_of_the_failed_download() {
        let pin = Finding::new(&codes::HOSTS_PINNED, "goproxy.cn is pinned")
            .severity(Severity::Error)
            .subject("goproxy.cn")
            .location(crate::model::Location::line("/etc/hosts", 5));
        let unreachable = Finding::new(&codes::CONNECTIVITY_GOPROXY_UNREACHABLE, "unreachable")
            .subject("https://goproxy.cn");
        let timeout = Finding::new(&codes::CONNECTIVITY_TIMEOUT, "timeout")
            .severity(Severity::Warning)
            .subject("https://goproxy.cn");
        let mut conn =
            CheckResult::with_findings(CheckId::Connectivity, vec![unreachable, timeout]);
        conn.facts = Some(Facts::Connectivity(pinned_conn()));
        let hosts = CheckResult::with_findings(CheckId::Hosts, vec![pin]);
        let d = diagnose(&[hosts, conn]);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].cause, "hosts.pinned");
        assert_eq!(
            d[0].symptoms,
            ["connectivity.goproxy-unreachable", "connectivity.timeout"]
        );
        assert_eq!(d[0].severity, Severity::Error);
        assert_eq!(
            d[0].headline,
            "module downloads fail because /etc/hosts line 5 pins goproxy.cn to 121.40.200.18, which is unreachable: no TCP answer (1 address); DNS gives 118.184.169.35, which accepts connections (30 ms)"
        );
        assert_eq!(
            d[0].covers,
            [
                (CheckId::Hosts, 0),
                (CheckId::Connectivity, 0),
                (CheckId::Connectivity, 1)
            ]
        );
    }

    #[test]
    fn a_pin_that_is_not_why_go_fails_stays_apart() {
        // A warning (the cross-check did not promote it): not the cause.
        let pin = Finding::new(&codes::HOSTS_PINNED, "goproxy.cn is pinned").subject("goproxy.cn");
        let unreachable = Finding::new(&codes::CONNECTIVITY_GOPROXY_UNREACHABLE, "unreachable")
            .subject("https://goproxy.cn");
        let mut conn = CheckResult::with_findings(CheckId::Connectivity, vec![unreachable]);
        conn.facts = Some(Facts::Connectivity(pinned_conn()));
        let hosts = CheckResult::with_findings(CheckId::Hosts, vec![pin]);
        let d = diagnose(&[hosts, conn]);
        assert_eq!(d[0].cause, "connectivity.goproxy-unreachable");
        assert_eq!(d[0].headline, "unreachable");
        assert_eq!(d[1].cause, "hosts.pinned");
    }
}
