//! The dns rules: pure functions from the query matrix to findings. They keep three things
//! apart: a resolver that does not answer, an answer that is forged, and answers that merely
//! differ.

use std::collections::BTreeSet;
use std::net::IpAddr;

use super::facts::{DnsFacts, QueryFacts, Role};
use crate::codes;
use crate::model::{Action, Finding, Fix, Location, Severity};
use crate::net::dns::{Outcome, QueryType};
use crate::net::forged;

/// What the rules need besides the facts.
#[derive(Debug, Clone)]
pub struct RuleConfig {
    pub slow_ms: u64,
}

/// Every dns finding, in a stable order.
pub fn evaluate(facts: &DnsFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    findings.extend(resolv_conf_unreadable(facts));
    findings.extend(unreachable(facts));
    findings.extend(poisoned(facts));
    findings.extend(fake_ip(facts));
    findings.extend(inconsistent(facts));
    findings.extend(slow(facts, cfg));
    findings
}

fn resolv_conf_unreadable(facts: &DnsFacts) -> Option<Finding> {
    let error = facts.resolv_conf_error.as_ref()?;
    let path = facts.resolv_conf.clone().unwrap_or_default();
    Some(
        Finding::new(
            &codes::DNS_RESOLV_CONF_UNREADABLE,
            format!(
                "could not read {path}: {error}; the system resolvers probed are Go's default, 127.0.0.1 and ::1"
            ),
        )
        .location(Location::file(path)),
    )
}

fn role_of(facts: &DnsFacts, address: &str) -> Role {
    facts
        .resolvers
        .iter()
        .find(|r| r.address == address)
        .map_or(Role::Reference, |r| r.role)
}

fn unreachable(facts: &DnsFacts) -> Vec<Finding> {
    // Go asks only the system resolver: a blocked reference resolver is context, without
    // effect on Go, while the system resolver answers.
    let system_answers = facts
        .resolvers
        .iter()
        .any(|r| r.role == Role::System && r.answered > 0);
    let context = if system_answers {
        Severity::Info
    } else {
        Severity::Warning
    };
    facts
        .resolvers
        .iter()
        .filter(|r| r.queries > 0 && r.answered == 0)
        // Not waited for at all (Go's path worked first): a fact, not a finding.
        .filter(|r| {
            facts
                .queries
                .iter()
                .any(|q| q.resolver == r.address && q.result.outcome != Outcome::NotWaited)
        })
        .map(|r| {
            let errors: BTreeSet<String> = facts
                .queries
                .iter()
                .filter(|q| q.resolver == r.address)
                .map(|q| match (&q.result.outcome, &q.result.error) {
                    (Outcome::Timeout, _) => format!("timeout after {} ms", facts.timeout_ms),
                    (_, Some(e)) => e.clone(),
                    (o, None) => o.to_string(),
                })
                .collect();
            // Something answered, but not in DNS: say that, not "blocked".
            let malformed = facts
                .queries
                .iter()
                .filter(|q| q.resolver == r.address)
                .all(|q| q.result.outcome == Outcome::Malformed);
            let (severity, consequence) = match r.role {
                Role::Reference if malformed => (
                    context,
                    "it answers with malformed DNS messages (a broken resolver, or a middlebox rewriting DNS)",
                ),
                Role::SystemUpstream if malformed => (
                    Severity::Warning,
                    "it answers with malformed DNS messages (a broken resolver, or a middlebox rewriting DNS)",
                ),
                Role::System if malformed => (
                    Severity::Error,
                    "it is the system resolver and answers with malformed DNS messages (a broken resolver, or a middlebox rewriting DNS), so Go cannot resolve any name the hosts file does not list",
                ),
                Role::System => (Severity::Error, "it is the system resolver, so Go cannot resolve any name the hosts file does not list"),
                Role::SystemUpstream => (Severity::Warning, "systemd-resolved cannot refresh its cache from it"),
                Role::Reference => (context, "UDP DNS to it is blocked or filtered on this network"),
                Role::Encrypted => (
                    context,
                    "encrypted DNS to it is blocked, or its certificate is not trusted here",
                ),
            };
            let mut f = Finding::new(
                &codes::DNS_RESOLVER_UNREACHABLE,
                format!("{} {} answered none of {} queries: {consequence}", r.role.describe(), r.address, r.queries),
            )
            .severity(severity);
            for e in errors.iter().take(3) {
                f = f.evidence(e.clone());
            }
            f
        })
        .collect()
}

/// Why an answer is believed forged, if it is.
fn forged_signal(q: &QueryFacts, ip: IpAddr) -> Option<String> {
    let fake = forged::is_fake_ip(ip) && q.result.ttl.is_some_and(|t| t <= forged::FAKE_IP_MAX_TTL);
    if fake {
        return None;
    }
    if forged::in_forged_pool(ip) {
        Some(format!("{ip} is a known forged address"))
    } else if q.qtype == QueryType::AAAA && forged::is_teredo(ip) {
        Some(format!(
            "{ip} is a Teredo (2001::/32) address, a known forgery pattern"
        ))
    } else if forged::is_non_global(ip) {
        Some(format!(
            "{ip} is not a public address, but {} is a public name",
            q.name
        ))
    } else {
        None
    }
}

/// (resolver, name) -> the signals that fired.
fn poison_signals(facts: &DnsFacts) -> Vec<(String, String, Vec<String>)> {
    let mut out: Vec<(String, String, Vec<String>)> = Vec::new();
    let mut push = |resolver: &str, name: &str, signal: String| match out
        .iter_mut()
        .find(|(r, n, _)| r == resolver && n == name)
    {
        Some((_, _, signals)) => {
            if !signals.contains(&signal) {
                signals.push(signal);
            }
        }
        None => out.push((resolver.to_string(), name.to_string(), vec![signal])),
    };
    for p in &facts.injection_probes {
        let distinct: BTreeSet<BTreeSet<IpAddr>> = p
            .replies
            .iter()
            .map(|r| r.answers.iter().copied().collect())
            .collect();
        if distinct.len() >= 2 {
            let sets: Vec<String> = p
                .replies
                .iter()
                .map(|r| format!("[{}] after {} ms", join_ips(&r.answers), r.after_ms))
                .collect();
            push(
                &p.resolver,
                &p.name,
                format!(
                    "two different replies to one query: {}",
                    sets.join(", then ")
                ),
            );
        }
    }
    for q in &facts.queries {
        for ip in &q.result.answers {
            if let Some(signal) = forged_signal(q, *ip) {
                push(&q.resolver, &q.name, signal);
            }
        }
    }
    // The same operator over UDP and over an encrypted transport: only a tampered path makes
    // the answers share nothing.
    for enc in facts.resolvers.iter().filter(|r| r.role == Role::Encrypted) {
        let Some(enc_ip) = encrypted_ip(&enc.address) else {
            continue;
        };
        for udp in facts.resolvers.iter().filter(|r| r.role != Role::Encrypted) {
            if udp
                .address
                .parse::<std::net::SocketAddr>()
                .map(|a| a.ip())
                .ok()
                != Some(enc_ip)
            {
                continue;
            }
            for name in &facts.names {
                let (Some(truth), Some(plain)) = (
                    answer_set(facts, &enc.address, name),
                    answer_set(facts, &udp.address, name),
                ) else {
                    continue;
                };
                if truth.is_disjoint(&plain) {
                    push(
                        &udp.address,
                        name,
                        format!(
                            "[{}] over UDP shares nothing with [{}] from the same operator over {}",
                            join_set(&plain),
                            join_set(&truth),
                            if enc.address.starts_with("https") {
                                "HTTPS"
                            } else {
                                "TLS"
                            }
                        ),
                    );
                }
            }
        }
    }
    out
}

/// The IP of an encrypted resolver's label (`tls://223.5.5.5:853#name`).
fn encrypted_ip(label: &str) -> Option<IpAddr> {
    let rest = label.split_once("://")?.1;
    let hostport = rest.split(['/', '#']).next()?;
    hostport
        .parse::<std::net::SocketAddr>()
        .ok()
        .map(|a| a.ip())
}

/// The A answers of one resolver for one name that `keep` accepts, when there are some.
fn a_answers(
    facts: &DnsFacts,
    resolver: &str,
    name: &str,
    keep: impl Fn(&QueryFacts, IpAddr) -> bool,
) -> Option<BTreeSet<IpAddr>> {
    let set: BTreeSet<IpAddr> = facts
        .queries
        .iter()
        .filter(|q| {
            q.resolver == resolver
                && q.name == name
                && q.qtype == QueryType::A
                && q.result.outcome == Outcome::Ok
        })
        .flat_map(|q| q.result.answers.iter().filter(|ip| keep(q, **ip)).copied())
        .collect();
    (!set.is_empty()).then_some(set)
}

/// Every A answer of one resolver for one name.
fn answer_set(facts: &DnsFacts, resolver: &str, name: &str) -> Option<BTreeSet<IpAddr>> {
    a_answers(facts, resolver, name, |_, _| true)
}

fn join_set(set: &BTreeSet<IpAddr>) -> String {
    set.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn join_ips(ips: &[IpAddr]) -> String {
    ips.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn poisoned(facts: &DnsFacts) -> Vec<Finding> {
    let signals = poison_signals(facts);
    let mut findings = Vec::new();
    let mut resolvers: Vec<&str> = signals.iter().map(|(r, _, _)| r.as_str()).collect();
    resolvers.dedup();
    for resolver in resolvers {
        let mine: Vec<&(String, String, Vec<String>)> =
            signals.iter().filter(|(r, _, _)| r == resolver).collect();
        let role = role_of(facts, resolver);
        let names: Vec<&str> = mine.iter().map(|(_, n, _)| n.as_str()).collect();
        let severity = if role == Role::Reference {
            Severity::Warning
        } else {
            Severity::Error
        };
        let consequence = match role {
            Role::Reference => {
                "the path to this resolver is tampered with (an on-path censor), a strong hint that these names are blocked here"
            }
            _ => "Go uses this resolver and will connect to the forged addresses",
        };
        let mut f = Finding::new(
            &codes::DNS_POISONED,
            format!(
                "{} {resolver} gave forged answers for {}: {consequence}",
                role.describe(),
                names.join(", ")
            ),
        )
        .severity(severity);
        for (_, name, sigs) in &mine {
            for s in sigs {
                f = f.evidence(format!("{name}: {s}"));
            }
        }
        findings.push(f);
    }
    findings
}

fn fake_ip(facts: &DnsFacts) -> Vec<Finding> {
    let mut findings = Vec::new();
    for r in &facts.resolvers {
        let names: BTreeSet<&str> = facts
            .queries
            .iter()
            .filter(|q| q.resolver == r.address)
            .filter(|q| {
                q.result.answers.iter().any(|ip| forged::is_fake_ip(*ip))
                    && q.result.ttl.is_some_and(|t| t <= forged::FAKE_IP_MAX_TTL)
            })
            .map(|q| q.name.as_str())
            .collect();
        if names.is_empty() {
            continue;
        }
        let example = facts
            .queries
            .iter()
            .find(|q| {
                q.resolver == r.address && q.result.answers.iter().any(|ip| forged::is_fake_ip(*ip))
            })
            .map(|q| {
                format!(
                    "{} -> {} (TTL {})",
                    q.name,
                    join_ips(&q.result.answers),
                    q.result.ttl.unwrap_or(0)
                )
            });
        let mut f = Finding::new(
            &codes::DNS_FAKE_IP,
            format!(
                "{} {} answers {} names from the fake-IP range 198.18.0.0/15 or fc00::/18: a local proxy (Clash, mihomo, sing-box) is resolving; keep direct names such as goproxy.cn in its fake-ip filter",
                r.role.describe(),
                r.address,
                names.len()
            ),
        );
        if let Some(example) = example {
            f = f.evidence(example);
        }
        findings.push(f.fix(fake_ip_filter_fix(&names)));
    }
    findings
}

/// The proxy tool's own setting, for the user to edit: godiag does not touch a proxy's config.
fn fake_ip_filter_fix(names: &BTreeSet<&str>) -> Fix {
    let patterns: Vec<String> = names.iter().map(|n| format!("'+.{n}'")).collect();
    Fix::manual(
        "keep the Go hosts out of the proxy's fake-IP range, so that Go gets their real addresses",
        vec![
            Action::shell(format!(
                "# Clash / mihomo config.yaml, under dns: fake-ip-filter: [{}]",
                patterns.join(", ")
            )),
            Action::shell(format!(
                "# sing-box: a dns rule sending {} to a real (non-fakeip) server",
                names.iter().copied().collect::<Vec<_>>().join(", ")
            )),
        ],
    )
}

/// The addresses a resolver gave for `name` (A), if it answered with some and they are not
/// forged or fake.
fn clean_answers(facts: &DnsFacts, resolver: &str, name: &str) -> Option<BTreeSet<IpAddr>> {
    a_answers(facts, resolver, name, |q, ip| {
        forged_signal(q, ip).is_none() && !forged::is_fake_ip(ip)
    })
}

fn inconsistent(facts: &DnsFacts) -> Vec<Finding> {
    let mut findings = Vec::new();
    let by_role = |role: Role| {
        facts
            .resolvers
            .iter()
            .filter(move |r| r.role == role)
            .map(|r| r.address.as_str())
    };
    let poisoned: BTreeSet<(String, String)> = poison_signals(facts)
        .into_iter()
        .map(|(r, n, _)| (r, n))
        .collect();
    for (compared_to, label, why) in [
        (
            Role::Reference,
            "every reference resolver",
            "CDN geography, or a polluted or hijacked system resolver",
        ),
        (
            Role::SystemUpstream,
            "systemd-resolved's own upstream servers",
            "a stale or polluted cache in the systemd-resolved stub",
        ),
    ] {
        let mut evidence = Vec::new();
        let mut names = Vec::new();
        for system in by_role(Role::System) {
            for name in &facts.names {
                if poisoned.contains(&(system.to_string(), name.clone())) {
                    continue;
                }
                let Some(mine) = clean_answers(facts, system, name) else {
                    continue;
                };
                let others: Vec<(&str, BTreeSet<IpAddr>)> = by_role(compared_to)
                    .filter_map(|r| clean_answers(facts, r, name).map(|a| (r, a)))
                    .collect();
                if others.is_empty() || others.iter().any(|(_, a)| !a.is_disjoint(&mine)) {
                    continue;
                }
                names.push(name.clone());
                let mine_text = mine
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                let others_text: Vec<String> = others
                    .iter()
                    .map(|(r, a)| {
                        format!(
                            "{r}: {}",
                            a.iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    })
                    .collect();
                evidence.push(format!(
                    "{name}: system {system} says {mine_text}; {}",
                    others_text.join("; ")
                ));
            }
        }
        if names.is_empty() {
            continue;
        }
        let mut f = Finding::new(
            &codes::DNS_INCONSISTENT,
            format!(
                "the system resolver's answers for {} share no address with {label}: {why}",
                names.join(", ")
            ),
        );
        for e in evidence {
            f = f.evidence(e);
        }
        findings.push(f);
    }
    findings
}

fn slow(facts: &DnsFacts, cfg: &RuleConfig) -> Vec<Finding> {
    facts
        .resolvers
        .iter()
        .filter_map(|r| {
            let median = r.rtt_median_ms?;
            (median > cfg.slow_ms).then(|| {
                Finding::new(
                    &codes::DNS_SLOW,
                    format!(
                        "{} {} takes {median} ms per answer (median; max {} ms), above {} ms",
                        r.role.describe(),
                        r.address,
                        r.rtt_max_ms.unwrap_or(median),
                        cfg.slow_ms
                    ),
                )
                .severity(if r.role == Role::System {
                    Severity::Warning
                } else {
                    Severity::Info
                })
            })
        })
        .collect()
}

/// A host the current Go settings need, and why.
#[derive(Debug, Clone)]
pub struct NeededHost {
    pub name: String,
    pub why: String,
}

/// `dns.lookup-failed`: the system resolver gives no address for a host Go needs. Hosts that
/// the hosts file answers first are skipped (Go never asks DNS for them).
pub fn lookup_failed(
    facts: &DnsFacts,
    needed: &[NeededHost],
    answered_by_hosts: impl Fn(&str) -> bool,
) -> Vec<Finding> {
    let system: Vec<&str> = facts
        .resolvers
        .iter()
        .filter(|r| r.role == Role::System)
        .map(|r| r.address.as_str())
        .collect();
    needed
        .iter()
        .filter(|h| !answered_by_hosts(&h.name))
        .filter_map(|h| {
            let queries: Vec<&QueryFacts> = facts
                .queries
                .iter()
                .filter(|q| system.contains(&q.resolver.as_str()) && q.name == h.name)
                .collect();
            if queries.is_empty() || queries.iter().any(|q| q.result.outcome == Outcome::Ok) {
                return None;
            }
            let outcomes: BTreeSet<String> = queries
                .iter()
                .map(|q| q.result.outcome.to_string())
                .collect();
            Some(
                Finding::new(
                    &codes::DNS_LOOKUP_FAILED,
                    format!(
                        "the system resolver has no address for {} ({}): {}",
                        h.name,
                        h.why,
                        outcomes.into_iter().collect::<Vec<_>>().join(", ")
                    ),
                )
                .severity(Severity::Error),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests;
