//! The connectivity rules: from what each layer showed and Go's verdict to findings, with
//! fixes whose values come from this run's measurements.

use super::facts::{ConnectOutcome, ConnectivityFacts, Layer, Role, TargetFacts};
use super::facts::{Ranked, Verdict};
use super::messages::{self as msg, yes_no};
use super::problem::{self, Problem};
use crate::codes;
use crate::i18n::{Message, Value};
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
        // NO_PROXY (golang.org/x/net/http/httpproxy, per URL) may exempt every host Go needs
        // with these settings: then the dead proxy costs nothing today.
        let needed_through_it = facts
            .targets
            .iter()
            .any(|t| t.via_proxy.is_some() && on_go_path(facts, t));
        let severity = if needed_through_it {
            Severity::Error
        } else {
            Severity::Warning
        };
        findings.push(
            Finding::new(
                &codes::CONNECTIVITY_PROXY_ENV_UNREACHABLE,
                msg::proxy_env_unreachable(
                    &p.variable,
                    &p.url,
                    problem::phrase_or_no_answer(p.error.as_deref()),
                    yes_no(needed_through_it),
                ),
            )
            .severity(severity)
            .fix(Fix::manual(
                msg::fix_proxy_env_unreachable(&p.variable),
                vec![Action::shell("unset HTTPS_PROXY https_proxy")],
            )),
        );
    }
    findings.extend(verdicts(facts, cfg));
    for t in facts.targets.iter().filter(|t| matters(t)) {
        let mut layer = layer_findings(t);
        if !on_go_path(facts, t) {
            // Go does not contact it with these settings: true, without effect on Go.
            for f in &mut layer {
                f.severity = f.severity.min(Severity::Info);
            }
        } else if !breaks_go(facts, t) {
            // Passed by a fallback, or not where Go stops: a degradation at most.
            for f in &mut layer {
                f.severity = f.severity.min(Severity::Warning);
            }
        }
        findings.extend(layer);
    }
    for t in facts.targets.iter().filter(|t| t.role == Role::Goproxy) {
        if let Some(ms) = t
            .latency_ms
            .filter(|ms| t.serves_protocol && *ms > cfg.slow_ms)
        {
            findings.push(Finding::new(
                &codes::CONNECTIVITY_SLOW,
                msg::slow_protocol(&t.url, ms, cfg.slow_ms),
            ));
        }
    }
    findings.extend(waits(facts));
    findings
}

/// Targets whose layer failures the user needs to see: what Go really uses.
fn matters(t: &TargetFacts) -> bool {
    matches!(
        t.role,
        Role::Goproxy | Role::Sumdb | Role::Storage | Role::Origin
    )
}

/// Does Go contact this target for the probe module with the current settings: a GOPROXY
/// entry it reaches (up to the one that answers or stops it), the checksum database on the
/// chosen path, the origin when the verdict is `direct`?
fn on_go_path(facts: &ConnectivityFacts, t: &TargetFacts) -> bool {
    let verdict_at = |v: &Verdict| match v {
        Verdict::Works { via } => Some(via.clone()),
        Verdict::Fails { at, .. } => Some(at.clone()),
        _ => None,
    };
    let downloads_at = verdict_at(&facts.downloads);
    let sums_at = verdict_at(&facts.checksums);
    let under = |at: &Option<String>| {
        at.as_deref().is_some_and(|a| {
            a.eq_ignore_ascii_case(&t.url) || a.starts_with(&format!("{}/", t.url))
        })
    };
    match t.role {
        Role::Goproxy => {
            // Every entry before the one the download verdict names was tried too.
            let position = |url: &str| {
                facts
                    .targets
                    .iter()
                    .filter(|x| x.role == Role::Goproxy)
                    .position(|x| x.url.eq_ignore_ascii_case(url))
            };
            let stop = downloads_at
                .as_deref()
                .and_then(position)
                .unwrap_or(usize::MAX);
            position(&t.url).is_some_and(|i| i <= stop) || under(&sums_at)
        }
        Role::Sumdb | Role::SumdbAlternative => under(&sums_at),
        Role::Origin => downloads_at
            .as_deref()
            .is_some_and(|a| a.starts_with("direct")),
        // Go is redirected there only once proxy.golang.org has answered.
        Role::Storage => matches!(&facts.downloads,
            Verdict::Works { via } if via.contains("proxy.golang.org")),
        Role::Mirror => false,
    }
}

/// Is this target where a verdict says Go fails?
fn breaks_go(facts: &ConnectivityFacts, t: &TargetFacts) -> bool {
    [&facts.downloads, &facts.checksums]
        .into_iter()
        .any(|v| match v {
            Verdict::Fails { at, .. } => {
                at.eq_ignore_ascii_case(&t.url)
                    || at.starts_with(&format!("{}/", t.url))
                    || (t.role == Role::Origin && at.starts_with("direct"))
            }
            _ => false,
        })
}

/// Requests Go waits out: an answer slower than the run's budget (Go has no response timeout),
/// and `|` entries that time out before Go falls back to the next one.
fn waits(facts: &ConnectivityFacts) -> Vec<Finding> {
    let mut findings = Vec::new();
    for t in facts.targets.iter().filter(|t| on_go_path(facts, t)) {
        if let Some(r) = t.requests.iter().find(|r| r.waited_ms.is_some()) {
            let ms = r.waited_ms.unwrap_or(0);
            findings.push(Finding::new(
                &codes::CONNECTIVITY_SLOW,
                msg::slow_no_answer(&t.url, &r.url, ms),
            ));
        }
    }
    if let Verdict::Works { via } = &facts.downloads {
        let timed_out: Vec<&TargetFacts> = facts
            .targets
            .iter()
            .filter(|t| t.role == Role::Goproxy && !t.url.eq_ignore_ascii_case(via))
            .filter(|t| on_go_path(facts, t))
            .filter(|t| {
                t.connects
                    .iter()
                    .any(|c| c.outcome == ConnectOutcome::Timeout)
                    && t.failed_at == Some(Layer::Tcp)
            })
            .collect();
        for t in timed_out {
            findings.push(Finding::new(
                &codes::CONNECTIVITY_SLOW,
                msg::slow_pipe_timeout(&t.url, via),
            ));
        }
    }
    findings
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
        msg::fix_offline(),
        vec![
            Action::shell_with_note(
                format!("go env -w GOPROXY=file://{cache}/cache/download"),
                msg::note_cache_only(),
            ),
            Action::shell_with_note("go env -w GOFLAGS=-mod=vendor", msg::note_vendor()),
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
        let (message, fix) = match best {
            Some(b) => {
                let message =
                    msg::goproxy_unreachable_mirror(at, reason.clone(), &b.url, b.latency_ms);
                let mut actions = vec![Action::go_env_set("GOPROXY", &format!("{},direct", b.url))];
                let sumdb_after = !b.proxies_sumdb
                    && !matches!(facts.checksums, Verdict::Works { .. } | Verdict::Disabled);
                // The checksum database stays unreachable through this mirror: add its
                // mainland-China address, when this run saw it answer.
                if sumdb_after && alt_sumdb.is_some() {
                    actions.push(Action::go_env_set("GOSUMDB", "sum.golang.google.cn"));
                }
                let fix = Fix::safe(
                    msg::fix_use_mirror(&b.url, yes_no(b.proxies_sumdb)),
                    actions,
                );
                (message, fix)
            }
            None => (
                msg::goproxy_unreachable_alone(at, reason.clone()),
                offline_fix(cfg),
            ),
        };
        findings.push(
            Finding::new(&codes::CONNECTIVITY_GOPROXY_UNREACHABLE, message)
                .subject(at.clone())
                .fix(fix),
        );
    }
    // The same entry stopping downloads and the database path is one cause: it is named once,
    // by the download finding, which already proposes a mirror that serves both.
    let same_cause = matches!(
        (&facts.downloads, &facts.checksums),
        (Verdict::Fails { at: d, .. }, Verdict::Fails { at: c, .. }) if c == d
    );
    if let Verdict::Fails { at, reason } = &facts.checksums
        && !same_cause
    {
        let (message, fix) = if let Some(b) = best.filter(|b| b.proxies_sumdb) {
            (
                msg::sumdb_unreachable_proxy(at, reason.clone(), &b.url),
                Some(Fix::safe(
                    msg::fix_sumdb_proxy(&b.url),
                    vec![Action::go_env_set("GOPROXY", &format!("{},direct", b.url))],
                )),
            )
        } else if let Some(alt) = &alt_sumdb {
            (
                msg::sumdb_unreachable_alias(at, reason.clone(), alt),
                Some(Fix::safe(
                    msg::fix_sumdb_alias(),
                    vec![Action::go_env_set("GOSUMDB", "sum.golang.google.cn")],
                )),
            )
        } else {
            (msg::sumdb_unreachable(at, reason.clone()), None)
        };
        let mut f =
            Finding::new(&codes::CONNECTIVITY_SUMDB_UNREACHABLE, message).subject(at.clone());
        if let Some(fix) = fix {
            f = f.fix(fix);
        }
        findings.push(f);
    }
    findings
}

fn layer_findings(t: &TargetFacts) -> Vec<Finding> {
    let mut findings = Vec::new();
    let what = || msg::target(t.role.keyword(), &t.url);
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
            let (code, message) = if timeouts >= refused && timeouts > 0 {
                (
                    &codes::CONNECTIVITY_TIMEOUT,
                    msg::tcp_timeout(what(), addrs),
                )
            } else if refused > 0 {
                (
                    &codes::CONNECTIVITY_REFUSED,
                    msg::tcp_refused(what(), addrs),
                )
            } else {
                (&codes::CONNECTIVITY_TIMEOUT, msg::tcp_failed(what(), addrs))
            };
            let mut f = Finding::new(code, message);
            if let Some(from) = &t.resolved_from {
                f = f.evidence(msg::evidence_addresses_from(from.keyword()));
            }
            for c in &t.connects {
                if let Some(e) = &c.error {
                    let kind = match c.outcome {
                        ConnectOutcome::Timeout => Problem::Timeout,
                        ConnectOutcome::Refused => Problem::Refused,
                        _ => Problem::of_text(e),
                    };
                    f = f.evidence(msg::evidence_connect(&c.address, kind.keyword(), e));
                }
            }
            findings.push(f);
        }
        Some(Layer::Tls) => {
            let tls = t.tls.as_ref();
            let issuer: Value = match tls.and_then(|x| x.issuer.clone()) {
                Some(issuer) => issuer.into(),
                None => msg::issuer_unknown().into(),
            };
            if tls.is_some_and(|x| x.unknown_issuer) {
                findings.push(Finding::new(
                    &codes::CONNECTIVITY_TLS_INTERCEPTED,
                    msg::tls_unknown_issuer(what(), issuer),
                ));
            } else {
                let problem: Message = match t.error.as_deref() {
                    Some(e) => problem::phrase(e),
                    None => msg::tls_failed(),
                };
                findings.push(
                    Finding::new(&codes::CONNECTIVITY_TLS, msg::tls_failure(what(), problem))
                        .evidence(msg::evidence_issuer(issuer)),
                );
            }
        }
        Some(Layer::Http) => {
            if let Some(r) = t.requests.first() {
                let text = match (r.status, &r.error) {
                    (Some(s), _) => msg::http_status(what(), s, &r.url),
                    (None, Some(e)) => msg::http_no_answer(what(), &r.url, problem::phrase(e)),
                    _ => msg::http_nothing(what()),
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
                msg::tls_private_root(what(), tls.top_issuer.as_deref().unwrap_or("?")),
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
            msg::ipv6_broken(
                what(),
                v6.iter().map(|c| c.address.as_str()).collect::<Vec<_>>(),
            ),
        ));
    }
    for f in &mut findings {
        f.subject = Some(t.url.clone());
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::connectivity::facts::{
        AddressSource, ConnectFacts, ProxyFacts, RequestFacts, TlsFacts,
    };

    fn target(url: &str, role: Role) -> TargetFacts {
        TargetFacts {
            url: url.into(),
            role,
            host: "h".into(),
            port: 443,
            via_proxy: None,
            resolved_from: Some(AddressSource::Dns),
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
            dns_alternative: None,
            cut_short_ms: None,
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

    /// HTTPS_PROXY naming a proxy that does not accept connections, with the OS's words.
    fn refusing_https_proxy(error: &str) -> ProxyFacts {
        ProxyFacts {
            variable: "HTTPS_PROXY".into(),
            url: "http://127.0.0.1:7890".into(),
            reachable: false,
            error: Some(error.into()),
            rtt_ms: Some(0),
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
        f.https_proxy = Some(refusing_https_proxy("connection refused"));
        let findings = evaluate(&f, &cfg());
        assert_eq!(codes_of(&findings), ["connectivity.proxy-env-unreachable"]);
        assert!(findings[0].message.to_string().contains(
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
            reason: msg::failure_tcp("timeout", 1),
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
            reason: msg::failure_tcp("timeout", 1),
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
        t.serves_protocol = false;
        // The verdict stops at this entry: the interception is what breaks Go.
        let mut f = facts(vec![t]);
        f.downloads = Verdict::Fails {
            at: "https://a.example".into(),
            reason: msg::failure_tls(problem::phrase("unknown authority")),
        };
        let findings = evaluate(&f, &cfg());
        let tls = findings
            .iter()
            .find(|x| x.code == "connectivity.tls-intercepted")
            .expect("tls-intercepted");
        assert_eq!(tls.severity, Severity::Error);
        assert!(tls.message.to_string().contains("CN=Fortinet"));
        // Passed by a `|` fallback that works, the same interception only degrades.
        f.downloads = Verdict::Works {
            via: "https://b.example".into(),
        };
        let findings = evaluate(&f, &cfg());
        assert_eq!(codes_of(&findings), ["connectivity.tls-intercepted"]);
        assert_eq!(findings[0].severity, Severity::Warning);
    }

    #[test]
    fn a_dead_proxy_that_no_proxy_bypasses_is_a_warning() {
        let mut f = facts(vec![target("https://a.example", Role::Goproxy)]);
        f.https_proxy = Some(refusing_https_proxy("connection refused"));
        let findings = evaluate(&f, &cfg());
        assert_eq!(codes_of(&findings), ["connectivity.proxy-env-unreachable"]);
        assert_eq!(
            findings[0].severity,
            Severity::Warning,
            "{}",
            findings[0].message
        );
        f.targets[0].via_proxy = Some("http://127.0.0.1:7890".into());
        assert_eq!(evaluate(&f, &cfg())[0].severity, Severity::Error);
    }

    #[test]
    fn an_answer_slower_than_the_budget_is_slow_not_broken() {
        let mut t = target("https://a.example", Role::Goproxy);
        t.serves_protocol = false;
        t.failed_at = Some(Layer::Http);
        t.requests[0].status = None;
        t.requests[0].waited_ms = Some(3000);
        t.requests[0].error = Some("no answer within 3000 ms".into());
        let findings = evaluate(&facts(vec![t]), &cfg());
        let slow = findings
            .iter()
            .find(|f| f.code == "connectivity.slow")
            .expect("slow");
        assert!(
            slow.message.to_string().contains("3000 ms"),
            "{}",
            slow.message
        );
        assert!(
            findings.iter().all(|f| f.severity != Severity::Error),
            "{findings:?}"
        );
    }

    #[test]
    fn a_pipe_entry_that_times_out_before_the_fallback_is_slow() {
        let mut dead = target("https://dead.example", Role::Goproxy);
        dead.serves_protocol = false;
        dead.failed_at = Some(Layer::Tcp);
        dead.requests.clear();
        dead.connects = vec![connect("142.250.0.1:443", ConnectOutcome::Timeout)];
        let mut f = facts(vec![dead, target("https://a.example", Role::Goproxy)]);
        f.goproxy = "https://dead.example|https://a.example".into();
        let findings = evaluate(&f, &cfg());
        assert!(
            findings.iter().any(|x| x.code == "connectivity.slow"
                && x.message
                    .to_string()
                    .contains("https://dead.example times out before Go falls back")),
            "{findings:?}"
        );
        assert!(findings.iter().all(|x| x.severity != Severity::Error));
    }

    #[test]
    fn a_blocked_database_off_the_path_is_not_an_error() {
        let mut db = target("https://sum.golang.org", Role::Sumdb);
        db.serves_protocol = false;
        db.failed_at = Some(Layer::Tls);
        db.tls = Some(TlsFacts {
            ok: false,
            error: Some("unknown authority".into()),
            unknown_issuer: true,
            issuer: Some("CN=Sinkhole".into()),
            top_issuer: None,
            public_root: None,
            rtt_ms: 1,
        });
        // Checksums go through a.example's /sumdb: sum.golang.org itself is not contacted.
        let findings = evaluate(
            &facts(vec![target("https://a.example", Role::Goproxy), db]),
            &cfg(),
        );
        assert_eq!(codes_of(&findings), ["connectivity.tls-intercepted"]);
        assert_eq!(findings[0].severity, Severity::Info);
    }

    #[test]
    fn one_entry_stopping_both_paths_is_named_once() {
        let mut f = facts(vec![]);
        let fails = Verdict::Fails {
            at: "https://a.example".into(),
            reason: msg::failure_resolve(problem::phrase("no such host")),
        };
        f.downloads = fails.clone();
        f.checksums = fails;
        assert_eq!(
            codes_of(&evaluate(&f, &cfg())),
            ["connectivity.goproxy-unreachable"]
        );
    }

    /// The findings read in Chinese: the class of the error, not the OS's English, and every
    /// argument filled in (a missing one would show as `{$name}`).
    #[test]
    fn findings_render_in_chinese() {
        use crate::i18n::Lang;
        let mut f = facts(vec![]);
        f.https_proxy = Some(refusing_https_proxy("Connection refused (os error 111)"));
        let findings = evaluate(&f, &cfg());
        let zh = findings[0].message.render(Lang::ZhCn);
        assert_eq!(
            zh,
            "HTTPS_PROXY=http://127.0.0.1:7890 连不上（连接被拒绝）：当前设置下 Go 需要的主机都被 NO_PROXY 排除了，但其他 https 主机（换一个 GOPROXY、direct 直连源站）仍会经过它并失败"
        );
        assert_eq!(
            findings[0]
                .fix
                .as_ref()
                .unwrap()
                .description
                .render(Lang::ZhCn),
            "启动这个代理，或者从环境变量中删掉 HTTPS_PROXY"
        );

        let mut t = target("https://goproxy.cn", Role::Goproxy);
        t.failed_at = Some(Layer::Tcp);
        t.serves_protocol = false;
        t.resolved_from = Some(AddressSource::HostsFile);
        t.connects = vec![
            connect("121.40.200.18:443", ConnectOutcome::Timeout),
            connect("121.40.200.19:443", ConnectOutcome::Timeout),
        ];
        let mut f = facts(vec![t]);
        f.downloads = Verdict::Fails {
            at: "https://goproxy.cn".into(),
            reason: crate::checks::connectivity::verdict::describe_failure(&f.targets[0]),
        };
        f.checksums = Verdict::Disabled;
        f.ranking = vec![Ranked {
            url: "https://mirrors.aliyun.com/goproxy".into(),
            latency_ms: 42,
            proxies_sumdb: false,
        }];
        let findings = evaluate(&f, &cfg());
        assert_eq!(
            codes_of(&findings),
            ["connectivity.goproxy-unreachable", "connectivity.timeout"]
        );
        assert_eq!(
            findings[0].message.render(Lang::ZhCn),
            "GOPROXY 代理 https://goproxy.cn 连不上：TCP 连接超时无响应（共 2 个地址），Go 不会越过它回退；https://mirrors.aliyun.com/goproxy 可用（42 ms）"
        );
        assert_eq!(
            findings[0].message.render(Lang::En),
            "GOPROXY entry https://goproxy.cn is unreachable: no TCP answer (2 addresses), and Go does not fall back past it; https://mirrors.aliyun.com/goproxy works (42 ms)"
        );
        assert_eq!(
            findings[0]
                .fix
                .as_ref()
                .unwrap()
                .description
                .render(Lang::ZhCn),
            "改用 https://mirrors.aliyun.com/goproxy，本次测得最快的可用镜像"
        );
        assert_eq!(
            findings[1].message.render(Lang::ZhCn),
            "GOPROXY 代理 https://goproxy.cn：TCP 连接超时（121.40.200.18:443、121.40.200.19:443）"
        );
        let evidence: Vec<String> = findings[1]
            .evidence
            .iter()
            .map(|e| e.render(Lang::ZhCn))
            .collect();
        assert_eq!(
            evidence,
            [
                "地址来自 hosts 文件",
                "121.40.200.18:443：超时无响应（x）",
                "121.40.200.19:443：超时无响应（x）"
            ]
        );
    }

    #[test]
    fn tls_findings_render_in_chinese() {
        use crate::i18n::Lang;
        let mut t = target("https://sum.golang.org", Role::Sumdb);
        t.failed_at = Some(Layer::Tls);
        t.serves_protocol = false;
        t.error = Some("the certificate has expired (or this machine's clock is wrong)".into());
        t.tls = Some(TlsFacts {
            ok: false,
            error: t.error.clone(),
            unknown_issuer: false,
            issuer: None,
            top_issuer: None,
            public_root: None,
            rtt_ms: 3,
        });
        let findings = evaluate(&facts(vec![t]), &cfg());
        assert_eq!(codes_of(&findings), ["connectivity.tls"]);
        assert_eq!(
            findings[0].message.render(Lang::ZhCn),
            "校验和数据库 https://sum.golang.org：证书已过期（或本机时间不对）"
        );
        assert_eq!(
            findings[0].evidence[0].render(Lang::ZhCn),
            "证书签发者：未知"
        );
        assert_eq!(
            findings[0].evidence[0].render(Lang::En),
            "certificate issuer: unknown"
        );
    }
}
