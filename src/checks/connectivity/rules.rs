//! The connectivity rules: from what each layer showed and Go's verdict to findings, with
//! fixes whose values come from this run's measurements.

use super::facts::{ConnectOutcome, ConnectivityFacts, Layer, Role, TargetFacts};
use super::verdict::{Ranked, Verdict};
use crate::codes;
use crate::model::{Action, Finding, Fix, Severity};

/// What the rules need besides the facts.
#[derive(Debug, Clone)]
pub struct RuleConfig {
    pub slow_ms: u64,
    /// `go env GOMODCACHE`, for the offline fallback.
    pub gomodcache: Option<String>,
}

/// Every connectivity finding, in a stable order.
pub fn evaluate(facts: &ConnectivityFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(p) = facts.https_proxy.as_ref().filter(|p| !p.reachable) {
        findings.push(
            Finding::new(
                &codes::CONNECTIVITY_PROXY_ENV_UNREACHABLE,
                format!("{}={} does not accept connections ({}): every https request of the go command goes through it and fails", p.variable, p.url, p.error.as_deref().unwrap_or("no answer")),
            )
            .fix(Fix::manual(
                format!("start the proxy, or remove {} from the environment", p.variable),
                vec![Action::shell("unset HTTPS_PROXY https_proxy")],
            )),
        );
    }
    findings.extend(verdicts(facts, cfg));
    for t in facts.targets.iter().filter(|t| matters(t)) {
        findings.extend(layer_findings(t));
    }
    for t in facts.targets.iter().filter(|t| t.role == Role::Goproxy) {
        if let Some(ms) = t
            .latency_ms
            .filter(|ms| t.serves_protocol && *ms > cfg.slow_ms)
        {
            findings.push(Finding::new(
                &codes::CONNECTIVITY_SLOW,
                format!(
                    "{} took {ms} ms to answer the module-proxy protocol (threshold {} ms)",
                    t.url, cfg.slow_ms
                ),
            ));
        }
    }
    findings
}

/// Targets whose layer failures the user needs to see: what Go really uses.
fn matters(t: &TargetFacts) -> bool {
    matches!(t.role, Role::Goproxy | Role::Sumdb | Role::Storage)
}

fn best(ranking: &[Ranked]) -> Option<&Ranked> {
    ranking.first()
}

fn offline_fix(cfg: &RuleConfig) -> Fix {
    let cache = cfg
        .gomodcache
        .clone()
        .unwrap_or_else(|| "$(go env GOMODCACHE)".into());
    Fix::manual(
        "no proxy or mirror served the module protocol in this run: use an HTTPS_PROXY that can reach one, or work from what is already on this machine",
        vec![
            Action::shell(format!(
                "go env -w GOPROXY=file://{cache}/cache/download   # only modules already in the module cache"
            )),
            Action::shell("go env -w GOFLAGS=-mod=vendor   # in a module with a vendor folder"),
        ],
    )
}

fn verdicts(facts: &ConnectivityFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    let best = best(&facts.ranking);
    let alt_sumdb = facts
        .targets
        .iter()
        .find(|t| t.role == Role::SumdbAlternative && t.serves_protocol)
        .map(|t| t.url.clone());
    if let Verdict::Fails { at, reason } = &facts.downloads {
        let mut message = format!(
            "module downloads will fail: GOPROXY entry {at} {reason}, and Go does not fall back past it"
        );
        let fix = match best {
            Some(b) => {
                message.push_str(&format!(
                    "; {} works ({} ms){}",
                    b.url,
                    b.latency_ms,
                    if b.proxies_sumdb {
                        " and proxies the checksum database"
                    } else {
                        ""
                    }
                ));
                let mut actions = vec![Action::go_env_set("GOPROXY", &format!("{},direct", b.url))];
                let sumdb_after = !b.proxies_sumdb
                    && !matches!(facts.checksums, Verdict::Works { .. } | Verdict::Disabled);
                // The checksum database stays unreachable through this mirror: add its
                // mainland-China address, when this run saw it answer.
                if sumdb_after && alt_sumdb.is_some() {
                    actions.push(Action::go_env_set("GOSUMDB", "sum.golang.google.cn"));
                }
                Fix::safe(
                    format!(
                        "use {}, the fastest mirror that served the module protocol in this run",
                        b.url
                    ),
                    actions,
                )
            }
            None => {
                message.push_str("; no other proxy or mirror worked either");
                offline_fix(cfg)
            }
        };
        findings.push(Finding::new(&codes::CONNECTIVITY_GOPROXY_UNREACHABLE, message).fix(fix));
    }
    if let Verdict::Fails { at, reason } = &facts.checksums {
        let mut message = format!("checksum verification will fail: {at} {reason}");
        let fix = if let Some(b) = best.filter(|b| b.proxies_sumdb) {
            message.push_str(&format!("; {} proxies the checksum database", b.url));
            Some(Fix::safe(
                format!(
                    "use {}, which serves both modules and the checksum database",
                    b.url
                ),
                vec![Action::go_env_set("GOPROXY", &format!("{},direct", b.url))],
            ))
        } else if let Some(alt) = &alt_sumdb {
            message.push_str(&format!("; {alt} answers"));
            Some(Fix::safe(
                "use the checksum database's mainland-China address (never GOSUMDB=off)",
                vec![Action::go_env_set("GOSUMDB", "sum.golang.google.cn")],
            ))
        } else {
            None
        };
        let mut f = Finding::new(&codes::CONNECTIVITY_SUMDB_UNREACHABLE, message);
        if let Some(fix) = fix {
            f = f.fix(fix);
        }
        findings.push(f);
    }
    findings
}

fn layer_findings(t: &TargetFacts) -> Vec<Finding> {
    let mut findings = Vec::new();
    let what = match t.role {
        Role::Goproxy => "GOPROXY entry",
        Role::Sumdb => "checksum database",
        Role::Storage => "storage.googleapis.com (proxy.golang.org's .zip downloads)",
        Role::Origin => "the module's origin (direct)",
        Role::Mirror | Role::SumdbAlternative => "mirror",
    };
    match t.failed_at {
        Some(Layer::Tcp) => {
            let timeouts = t
                .connects
                .iter()
                .filter(|c| c.outcome == ConnectOutcome::Timeout)
                .count();
            let refused = t
                .connects
                .iter()
                .filter(|c| c.outcome == ConnectOutcome::Refused)
                .count();
            let addrs: Vec<&str> = t.connects.iter().map(|c| c.address.as_str()).collect();
            let (code, words) = if timeouts >= refused && timeouts > 0 {
                (&codes::CONNECTIVITY_TIMEOUT, "TCP connections time out")
            } else if refused > 0 {
                (&codes::CONNECTIVITY_REFUSED, "TCP connections are refused")
            } else {
                (&codes::CONNECTIVITY_TIMEOUT, "TCP connections fail")
            };
            let mut f = Finding::new(
                code,
                format!("{what} {}: {words} ({})", t.url, addrs.join(", ")),
            );
            if let Some(from) = &t.resolved_from {
                f = f.evidence(format!("addresses from {from}"));
            }
            for c in &t.connects {
                if let Some(e) = &c.error {
                    f = f.evidence(format!("{}: {e}", c.address));
                }
            }
            findings.push(f);
        }
        Some(Layer::Tls) => {
            let tls = t.tls.as_ref();
            let issuer = tls
                .and_then(|x| x.issuer.clone())
                .unwrap_or_else(|| "unknown".into());
            if tls.is_some_and(|x| x.unknown_issuer) {
                findings.push(Finding::new(
                    &codes::CONNECTIVITY_TLS_INTERCEPTED,
                    format!("{what} {}: the certificate is issued by \"{issuer}\", which this machine does not trust: HTTPS is being intercepted (corporate proxy or antivirus)", t.url),
                ));
            } else {
                findings.push(
                    Finding::new(
                        &codes::CONNECTIVITY_TLS,
                        format!(
                            "{what} {}: {}",
                            t.url,
                            t.error.as_deref().unwrap_or("TLS failed")
                        ),
                    )
                    .evidence(format!("certificate issuer: {issuer}")),
                );
            }
        }
        Some(Layer::Http) => {
            if let Some(r) = t.requests.first() {
                let text = match (r.status, &r.error) {
                    (Some(s), _) => format!("{what} {} answers HTTP {s} to {}", t.url, r.url),
                    (None, Some(e)) => {
                        format!("{what} {}: no HTTP answer to {}: {e}", t.url, r.url)
                    }
                    _ => format!("{what} {}: no HTTP answer", t.url),
                };
                let mut f = Finding::new(&codes::CONNECTIVITY_HTTP_STATUS, text);
                if r.status.is_some_and(|s| s >= 500) || r.status == Some(403) {
                    f = f.severity(Severity::Error);
                }
                findings.push(f);
            }
        }
        _ => {}
    }
    // Trusted, but only through a root that is not publicly trusted: someone inspects TLS.
    if let Some(tls) = t
        .tls
        .as_ref()
        .filter(|x| x.ok && x.public_root == Some(false))
    {
        findings.push(
            Finding::new(
                &codes::CONNECTIVITY_TLS_INTERCEPTED,
                format!(
                    "{what} {}: the certificate chain ends at \"{}\", a root installed on this machine but not publicly trusted: a corporate proxy or antivirus may be inspecting HTTPS",
                    t.url,
                    tls.top_issuer.as_deref().unwrap_or("?")
                ),
            )
            .severity(Severity::Info),
        );
    }
    // IPv6 addresses all fail while IPv4 works.
    let v6: Vec<_> = t
        .connects
        .iter()
        .filter(|c| c.address.starts_with('['))
        .collect();
    let v4_ok = t
        .connects
        .iter()
        .any(|c| !c.address.starts_with('[') && c.outcome == ConnectOutcome::Ok);
    if !v6.is_empty() && v4_ok && v6.iter().all(|c| c.outcome != ConnectOutcome::Ok) {
        findings.push(Finding::new(
            &codes::CONNECTIVITY_IPV6_BROKEN,
            format!(
                "{what} {}: IPv6 connections fail ({}) while IPv4 works",
                t.url,
                v6.iter()
                    .map(|c| c.address.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::connectivity::facts::{ConnectFacts, ProxyFacts, RequestFacts, TlsFacts};

    fn target(url: &str, role: Role) -> TargetFacts {
        TargetFacts {
            url: url.into(),
            role,
            host: "h".into(),
            port: 443,
            via_proxy: None,
            resolved_from: Some("dns".into()),
            addresses: vec![],
            error: None,
            connects: vec![],
            tls: None,
            requests: vec![RequestFacts {
                url: format!("{url}/x/@v/list"),
                status: Some(200),
                rtt_ms: Some(5),
                ..RequestFacts::default()
            }],
            failed_at: None,
            serves_protocol: true,
            proxies_sumdb: Some(true),
            sumdb_name: None,
            sumdb_reads: None,
            latency_ms: Some(20),
        }
    }

    fn facts(targets: Vec<TargetFacts>) -> ConnectivityFacts {
        ConnectivityFacts {
            probe_module: "golang.org/x/text".into(),
            trust_roots: "system".into(),
            goproxy: "https://a.example,direct".into(),
            gosumdb: "sum.golang.org".into(),
            https_proxy: None,
            targets,
            downloads: Verdict::Works {
                via: "https://a.example".into(),
            },
            checksums: Verdict::Works {
                via: "https://a.example/sumdb/sum.golang.org".into(),
            },
            ranking: vec![],
        }
    }

    fn cfg() -> RuleConfig {
        RuleConfig {
            slow_ms: 2000,
            gomodcache: Some("/home/u/go/pkg/mod".into()),
        }
    }

    fn codes_of(f: &[Finding]) -> Vec<&str> {
        f.iter().map(|f| f.code.as_str()).collect()
    }

    fn connect(address: &str, outcome: ConnectOutcome) -> ConnectFacts {
        ConnectFacts {
            address: address.into(),
            outcome,
            rtt_ms: 1,
            error: (outcome != ConnectOutcome::Ok).then(|| "x".into()),
        }
    }

    #[test]
    fn healthy_has_no_findings() {
        assert!(
            evaluate(
                &facts(vec![target("https://a.example", Role::Goproxy)]),
                &cfg()
            )
            .is_empty()
        );
    }

    #[test]
    fn ipv6_broken_when_only_v6_fails() {
        let mut t = target("https://a.example", Role::Goproxy);
        t.connects = vec![
            connect("[2404:6800::1]:443", ConnectOutcome::Timeout),
            connect("142.250.72.17:443", ConnectOutcome::Ok),
        ];
        assert_eq!(
            codes_of(&evaluate(&facts(vec![t.clone()]), &cfg())),
            ["connectivity.ipv6-broken"]
        );
        t.connects[1].outcome = ConnectOutcome::Timeout;
        assert!(
            !codes_of(&evaluate(&facts(vec![t]), &cfg())).contains(&"connectivity.ipv6-broken")
        );
    }

    #[test]
    fn dead_https_proxy() {
        let mut f = facts(vec![]);
        f.https_proxy = Some(ProxyFacts {
            variable: "HTTPS_PROXY".into(),
            url: "http://127.0.0.1:7890".into(),
            reachable: false,
            error: Some("connection refused".into()),
            rtt_ms: Some(0),
        });
        let findings = evaluate(&f, &cfg());
        assert_eq!(codes_of(&findings), ["connectivity.proxy-env-unreachable"]);
        assert!(findings[0].message.contains(
            "HTTPS_PROXY=http://127.0.0.1:7890 does not accept connections (connection refused)"
        ));
    }

    #[test]
    fn nothing_works_offers_offline_fallbacks() {
        let mut t = target("https://a.example", Role::Goproxy);
        t.failed_at = Some(Layer::Tcp);
        t.serves_protocol = false;
        t.connects = vec![connect("142.250.72.17:443", ConnectOutcome::Timeout)];
        let mut f = facts(vec![t]);
        f.downloads = Verdict::Fails {
            at: "https://a.example".into(),
            reason: "is unreachable".into(),
        };
        let findings = evaluate(&f, &cfg());
        assert_eq!(
            codes_of(&findings),
            ["connectivity.goproxy-unreachable", "connectivity.timeout"]
        );
        let fix = findings[0].fix.as_ref().unwrap();
        assert_eq!(fix.applicability, crate::model::Applicability::Manual);
        assert!(
            fix.actions[0]
                .command()
                .starts_with("go env -w GOPROXY=file:///home/u/go/pkg/mod/cache/download")
        );
    }

    #[test]
    fn sumdb_fix_prefers_a_proxy_then_the_china_alias_never_off() {
        let mut alt = target("https://sum.golang.google.cn", Role::SumdbAlternative);
        alt.proxies_sumdb = None;
        let mut f = facts(vec![alt]);
        f.checksums = Verdict::Fails {
            at: "https://sum.golang.org".into(),
            reason: "is unreachable".into(),
        };
        let findings = evaluate(&f, &cfg());
        let fix = findings[0].fix.as_ref().unwrap();
        assert_eq!(
            fix.actions[0].command(),
            "go env -w GOSUMDB=sum.golang.google.cn"
        );
        f.ranking = vec![Ranked {
            url: "https://goproxy.cn".into(),
            latency_ms: 30,
            proxies_sumdb: true,
        }];
        let findings = evaluate(&f, &cfg());
        assert_eq!(
            findings[0].fix.as_ref().unwrap().actions[0].command(),
            "go env -w GOPROXY=https://goproxy.cn,direct"
        );
    }

    #[test]
    fn private_root_is_info_unknown_issuer_is_error() {
        let mut t = target("https://a.example", Role::Goproxy);
        t.tls = Some(TlsFacts {
            ok: true,
            error: None,
            unknown_issuer: false,
            issuer: Some("CN=Corp".into()),
            top_issuer: Some("CN=Corp Root".into()),
            public_root: Some(false),
            rtt_ms: 3,
        });
        let findings = evaluate(&facts(vec![t.clone()]), &cfg());
        assert_eq!(findings[0].severity, Severity::Info);
        t.tls = Some(TlsFacts {
            ok: false,
            error: Some("unknown authority".into()),
            unknown_issuer: true,
            issuer: Some("CN=Fortinet".into()),
            top_issuer: None,
            public_root: None,
            rtt_ms: 3,
        });
        t.failed_at = Some(Layer::Tls);
        let findings = evaluate(&facts(vec![t]), &cfg());
        assert_eq!(codes_of(&findings), ["connectivity.tls-intercepted"]);
        assert_eq!(findings[0].severity, Severity::Error);
        assert!(findings[0].message.contains("CN=Fortinet"));
    }
}
