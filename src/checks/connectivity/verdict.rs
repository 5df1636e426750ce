//! Go's verdict, computed with Go's own fallback rules over what the probes saw, and the
//! ranking of the mirrors. Pure.

use super::facts::{Layer, Ranked, Role, TargetFacts, Verdict};
use crate::go::goproxy::{self, Fallback, ProxyEntry};
use crate::go::gosumdb::{self, SumDb};
use crate::redact::redact;

fn target<'a>(targets: &'a [TargetFacts], url: &str, roles: &[Role]) -> Option<&'a TargetFacts> {
    let url = redact(url.trim_end_matches('/'));
    targets
        .iter()
        .find(|t| roles.contains(&t.role) && t.url.eq_ignore_ascii_case(&url))
}

/// A one-line account of where a target failed.
pub fn describe_failure(t: &TargetFacts) -> String {
    let error = t.error.clone().unwrap_or_default();
    match t.failed_at {
        Some(Layer::Resolve) => format!("does not resolve ({error})"),
        Some(Layer::Proxy) => format!("cannot be reached through the HTTP proxy ({error})"),
        Some(Layer::Tcp) => {
            let n = t.connects.len();
            let what = match t.connects.iter().map(|c| c.outcome).next() {
                Some(super::facts::ConnectOutcome::Timeout) => "TCP connections time out",
                Some(super::facts::ConnectOutcome::Refused) => "TCP connections are refused",
                _ => "TCP connections fail",
            };
            format!(
                "is unreachable: {what} ({n} address{})",
                if n == 1 { "" } else { "es" }
            )
        }
        Some(Layer::Tls) => format!("fails TLS: {error}"),
        Some(Layer::Http) => match t.requests.first().and_then(|r| r.status) {
            Some(status) => format!("answers HTTP {status} to {}", t.requests[0].url),
            None => format!("does not answer HTTP: {error}"),
        },
        None => "works".to_string(),
    }
}

fn is_not_found(t: &TargetFacts) -> bool {
    matches!(t.requests.first().and_then(|r| r.status), Some(404 | 410))
}

/// Module downloads, by GOPROXY's rules.
pub fn downloads(goproxy: &str, targets: &[TargetFacts]) -> Verdict {
    let Ok(list) = goproxy::parse(goproxy) else {
        return Verdict::Invalid;
    };
    let mut last = None;
    for entry in &list.entries {
        match entry {
            ProxyEntry::Off => {
                return match last {
                    None => Verdict::Disabled,
                    Some((at, reason)) => Verdict::Fails { at, reason },
                };
            }
            ProxyEntry::Direct => {
                return Verdict::Works {
                    via: "direct".into(),
                };
            }
            ProxyEntry::Url { url, fallback } => {
                let Some(t) = target(targets, url, &[Role::Goproxy]) else {
                    continue;
                };
                if t.serves_protocol {
                    return Verdict::Works { via: t.url.clone() };
                }
                let reason = describe_failure(t);
                if is_not_found(t) || *fallback == Fallback::OnAnyError {
                    last = Some((t.url.clone(), reason));
                    continue;
                }
                return Verdict::Fails {
                    at: t.url.clone(),
                    reason,
                };
            }
        }
    }
    match last {
        Some((at, reason)) => Verdict::Fails { at, reason },
        None => Verdict::Invalid,
    }
}

/// Checksum verification, by GOSUMDB's and GOPROXY's rules.
pub fn sumdb(goproxy: &str, gosumdb: &str, targets: &[TargetFacts]) -> Verdict {
    let db = match gosumdb::parse(gosumdb) {
        Ok(SumDb::Off) => return Verdict::Disabled,
        Err(_) => return Verdict::Invalid,
        Ok(db) => db,
    };
    let direct = |url: &str| match target(targets, url, &[Role::Sumdb, Role::SumdbAlternative]) {
        Some(t) if t.serves_protocol => Verdict::Works { via: t.url.clone() },
        Some(t) => Verdict::Fails {
            at: t.url.clone(),
            reason: describe_failure(t),
        },
        None => Verdict::Invalid,
    };
    let name = match db {
        SumDb::Database { url: Some(url), .. } => return direct(&url),
        SumDb::Database { name, url: None } => name,
        SumDb::Off => return Verdict::Disabled,
    };
    if let Ok(list) = goproxy::parse(goproxy) {
        for entry in &list.entries {
            let ProxyEntry::Url { url, fallback } = entry else {
                break;
            };
            let Some(t) = target(targets, url, &[Role::Goproxy]) else {
                continue;
            };
            match t.proxies_sumdb {
                Some(true) => {
                    return Verdict::Works {
                        via: format!("{}/sumdb/{name}", t.url),
                    };
                }
                Some(false) => continue,
                None if *fallback == Fallback::OnAnyError => continue,
                None => {
                    let reason = match t.requests.get(1) {
                        Some(r) => match (r.status, &r.error) {
                            (Some(s), _) => format!("reading {}: {s}", r.url),
                            (None, Some(e)) => format!("reading {}: {e}", r.url),
                            _ => describe_failure(t),
                        },
                        None => describe_failure(t),
                    };
                    return Verdict::Fails {
                        at: t.url.clone(),
                        reason,
                    };
                }
            }
        }
    }
    direct(&format!("https://{name}"))
}

/// Every proxy or mirror that served the protocol, best first: those that proxy the checksum
/// database first when it is not reachable directly (one setting that works beats two), then
/// by latency.
pub fn ranking(targets: &[TargetFacts], sumdb_direct_works: bool) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = targets
        .iter()
        .filter(|t| matches!(t.role, Role::Goproxy | Role::Mirror) && t.serves_protocol)
        .map(|t| Ranked {
            url: t.url.clone(),
            latency_ms: t.latency_ms.unwrap_or(u64::MAX),
            proxies_sumdb: t.proxies_sumdb == Some(true),
        })
        .collect();
    ranked.sort_by_key(|r| (!sumdb_direct_works && !r.proxies_sumdb, r.latency_ms));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::connectivity::facts::RequestFacts;

    /// A GOPROXY target whose list request answered `status` (None: unreachable), and whose
    /// `supported` request answered `sumdb`.
    fn proxy(url: &str, status: Option<u16>, sumdb: Option<u16>) -> TargetFacts {
        let mut requests = vec![RequestFacts {
            url: format!("{url}/golang.org/x/text/@v/list"),
            status,
            error: None,
            rtt_ms: Some(5),
        }];
        if let Some(s) = sumdb {
            requests.push(RequestFacts {
                url: format!("{url}/sumdb/sum.golang.org/supported"),
                status: Some(s),
                error: None,
                rtt_ms: Some(5),
            });
        }
        TargetFacts {
            url: url.into(),
            role: Role::Goproxy,
            host: String::new(),
            port: 443,
            via_proxy: None,
            resolved_from: None,
            addresses: vec![],
            error: status.is_none().then(|| "timeout".to_string()),
            connects: vec![],
            tls: None,
            requests: if status.is_some() { requests } else { vec![] },
            failed_at: match status {
                None => Some(Layer::Tcp),
                Some(200) => None,
                Some(_) => Some(Layer::Http),
            },
            serves_protocol: status == Some(200),
            proxies_sumdb: match sumdb {
                Some(200) => Some(true),
                Some(404 | 410) => Some(false),
                _ => None,
            },
            latency_ms: Some(10),
        }
    }

    fn sumdb_direct(url: &str, works: bool) -> TargetFacts {
        let mut t = proxy(url, if works { Some(200) } else { None }, None);
        t.role = Role::Sumdb;
        t
    }

    const A: &str = "https://a.example";
    const B: &str = "https://b.example";

    fn via(v: &Verdict) -> &str {
        match v {
            Verdict::Works { via } => via,
            Verdict::Fails { .. } => "FAILS",
            Verdict::Disabled => "DISABLED",
            Verdict::Invalid => "INVALID",
            Verdict::Unknown { .. } => "UNKNOWN",
        }
    }

    #[test]
    fn download_fallback_follows_go() {
        let down = proxy(A, None, None);
        let nf = proxy(A, Some(404), None);
        let forbidden = proxy(A, Some(403), None);
        let ok_b = proxy(B, Some(200), Some(200));
        let cases: &[(&str, &[&TargetFacts], &str)] = &[
            (
                "https://a.example,https://b.example",
                &[&down, &ok_b],
                "FAILS",
            ),
            ("https://a.example|https://b.example", &[&down, &ok_b], B),
            ("https://a.example,https://b.example", &[&nf, &ok_b], B),
            (
                "https://a.example,https://b.example",
                &[&forbidden, &ok_b],
                "FAILS",
            ),
            (
                "https://a.example|https://b.example",
                &[&forbidden, &ok_b],
                B,
            ),
            ("https://a.example,direct", &[&down], "FAILS"),
            ("https://a.example|direct", &[&down], "direct"),
            ("https://a.example,direct", &[&nf], "direct"),
            ("direct", &[], "direct"),
            ("off", &[], "DISABLED"),
            ("https://a.example,off", &[&nf], "FAILS"),
            ("goproxy", &[], "INVALID"),
        ];
        for (goproxy, targets, want) in cases {
            let targets: Vec<TargetFacts> = targets.iter().map(|t| (*t).clone()).collect();
            assert_eq!(
                via(&downloads(goproxy, &targets)),
                *want,
                "GOPROXY={goproxy}"
            );
        }
    }

    #[test]
    fn sumdb_goes_through_the_first_supporting_proxy_else_direct() {
        let a_supports = proxy(A, Some(200), Some(200));
        let a_no = proxy(A, Some(200), Some(404));
        let a_504 = proxy(A, Some(200), Some(504));
        let direct_ok = sumdb_direct("https://sum.golang.org", true);
        let direct_down = sumdb_direct("https://sum.golang.org", false);
        let run = |goproxy: &str, gosumdb: &str, targets: &[&TargetFacts]| {
            let targets: Vec<TargetFacts> = targets.iter().map(|t| (*t).clone()).collect();
            sumdb(goproxy, gosumdb, &targets)
        };
        assert_eq!(
            via(&run(
                "https://a.example,direct",
                "sum.golang.org",
                &[&a_supports, &direct_down]
            )),
            "https://a.example/sumdb/sum.golang.org"
        );
        assert_eq!(
            via(&run(
                "https://a.example,direct",
                "sum.golang.org",
                &[&a_no, &direct_ok]
            )),
            "https://sum.golang.org"
        );
        assert_eq!(
            via(&run(
                "https://a.example,direct",
                "sum.golang.org",
                &[&a_no, &direct_down]
            )),
            "FAILS"
        );
        // A 504 on `supported` after a comma is fatal, after a pipe Go moves on.
        let fatal = run(
            "https://a.example,direct",
            "sum.golang.org",
            &[&a_504, &direct_ok],
        );
        assert!(
            matches!(&fatal, Verdict::Fails { reason, .. } if reason.contains("supported: 504")),
            "{fatal:?}"
        );
        assert_eq!(
            via(&run(
                "https://a.example|direct",
                "sum.golang.org",
                &[&a_504, &direct_ok]
            )),
            "https://sum.golang.org"
        );
        assert_eq!(
            via(&run("https://a.example,direct", "off", &[])),
            "DISABLED"
        );
        // An explicit URL bypasses the proxies.
        let china = sumdb_direct("https://sum.golang.google.cn", true);
        assert_eq!(
            via(&run(
                "https://a.example,direct",
                "sum.golang.google.cn",
                &[&a_supports, &china]
            )),
            "https://sum.golang.google.cn"
        );
    }

    #[test]
    fn ranking_prefers_sumdb_proxies_only_when_needed() {
        let mut fast = proxy(A, Some(200), Some(404));
        fast.latency_ms = Some(10);
        let mut slow_sumdb = proxy(B, Some(200), Some(200));
        slow_sumdb.latency_ms = Some(80);
        let targets = vec![fast, slow_sumdb];
        assert_eq!(ranking(&targets, true)[0].url, A);
        assert_eq!(
            ranking(&targets, false)[0].url,
            B,
            "one setting that works beats two"
        );
    }
}
