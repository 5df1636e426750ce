//! The dns rules: pure functions from the query matrix to findings. They keep three things
//! apart: a resolver that does not answer, an answer that is forged, and answers that merely
//! differ.

use std::collections::BTreeSet;
use std::net::IpAddr;

use super::facts::{DnsFacts, QueryFacts, Role};
use super::messages as msg;
use crate::codes;
use crate::i18n::{Message, Value};
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
            msg::resolv_conf_unreadable(path.as_str(), error),
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
            // Keyed by the raw data (an outcome's keyword, the OS's error text): one line each,
            // in a stable order.
            let errors: std::collections::BTreeMap<String, Value> = facts
                .queries
                .iter()
                .filter(|q| q.resolver == r.address)
                .map(|q| match (&q.result.outcome, &q.result.error) {
                    (Outcome::Timeout, _) => (
                        Outcome::Timeout.keyword().to_string(),
                        msg::timeout_after(facts.timeout_ms).into(),
                    ),
                    (Outcome::NotWaited, _) => (
                        Outcome::NotWaited.keyword().to_string(),
                        msg::not_waited(q.result.rtt_ms).into(),
                    ),
                    (_, Some(e)) => (e.clone(), Value::from(e)),
                    (o, None) => (o.keyword().to_string(), msg::outcome(o.keyword()).into()),
                })
                .collect();
            // Something answered, but not in DNS: say that, not "blocked".
            let malformed = facts
                .queries
                .iter()
                .filter(|q| q.resolver == r.address)
                .all(|q| q.result.outcome == Outcome::Malformed);
            let (severity, reason) = match r.role {
                Role::Reference if malformed => (context, "malformed"),
                Role::SystemUpstream if malformed => (Severity::Warning, "malformed"),
                Role::System if malformed => (Severity::Error, "system-malformed"),
                Role::System => (Severity::Error, "system"),
                Role::SystemUpstream => (Severity::Warning, "system-upstream"),
                Role::Reference => (context, "blocked"),
                Role::Encrypted => (context, "encrypted"),
            };
            let mut f = Finding::new(
                &codes::DNS_RESOLVER_UNREACHABLE,
                msg::resolver_unreachable(
                    msg::role(r.role.keyword()),
                    r.address.as_str(),
                    r.queries,
                    reason,
                ),
            )
            .severity(severity);
            for e in errors.into_values().take(3) {
                f = f.evidence(e);
            }
            f
        })
        .collect()
}

/// Why an answer is believed forged, if it is.
fn forged_signal(q: &QueryFacts, ip: IpAddr) -> Option<Message> {
    let fake = forged::is_fake_ip(ip) && q.result.ttl.is_some_and(|t| t <= forged::FAKE_IP_MAX_TTL);
    if fake {
        return None;
    }
    if forged::in_forged_pool(ip) {
        Some(msg::signal_forged_pool(ip.to_string()))
    } else if q.qtype == QueryType::AAAA && forged::is_teredo(ip) {
        Some(msg::signal_teredo(ip.to_string()))
    } else if forged::is_non_global(ip) {
        Some(msg::signal_non_global(ip.to_string(), q.name.as_str()))
    } else {
        None
    }
}

/// (resolver, name) -> the signals that fired.
fn poison_signals(facts: &DnsFacts) -> Vec<(String, String, Vec<Message>)> {
    let mut out: Vec<(String, String, Vec<Message>)> = Vec::new();
    let mut push = |resolver: &str, name: &str, signal: Message| match out
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
            let replies: Vec<Message> = p
                .replies
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    msg::reply(
                        ips(&r.answers),
                        r.after_ms,
                        if i == 0 { "first" } else { "later" },
                    )
                })
                .collect();
            push(&p.resolver, &p.name, msg::signal_two_replies(replies));
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
                        msg::signal_transport_mismatch(
                            set_values(&plain),
                            set_values(&truth),
                            if enc.address.starts_with("https") {
                                "HTTPS"
                            } else {
                                "TLS"
                            },
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

/// Addresses as a list argument (joined with the language's separator).
fn set_values(set: &BTreeSet<IpAddr>) -> Vec<String> {
    set.iter().map(ToString::to_string).collect()
}

/// Addresses as a list argument, in the order given.
fn ips(ips: &[IpAddr]) -> Vec<String> {
    ips.iter().map(ToString::to_string).collect()
}

fn poisoned(facts: &DnsFacts) -> Vec<Finding> {
    let signals = poison_signals(facts);
    let mut findings = Vec::new();
    let mut resolvers: Vec<&str> = signals.iter().map(|(r, _, _)| r.as_str()).collect();
    resolvers.dedup();
    for resolver in resolvers {
        let mine: Vec<&(String, String, Vec<Message>)> =
            signals.iter().filter(|(r, _, _)| r == resolver).collect();
        let role = role_of(facts, resolver);
        let names: Vec<&str> = mine.iter().map(|(_, n, _)| n.as_str()).collect();
        let severity = if role == Role::Reference {
            Severity::Warning
        } else {
            Severity::Error
        };
        let effect = match role {
            Role::Reference => "censor",
            _ => "go",
        };
        let mut f = Finding::new(
            &codes::DNS_POISONED,
            msg::poisoned(msg::role(role.keyword()), resolver, names, effect),
        )
        .severity(severity);
        for (_, name, sigs) in &mine {
            for s in sigs {
                f = f.evidence(msg::poisoned_evidence(name.as_str(), s.clone()));
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
                msg::fake_ip_example(
                    q.name.as_str(),
                    ips(&q.result.answers),
                    q.result.ttl.unwrap_or(0),
                )
            });
        let mut f = Finding::new(
            &codes::DNS_FAKE_IP,
            msg::fake_ip(msg::role(r.role.keyword()), r.address.as_str(), names.len()),
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
        msg::fix_fake_ip(),
        vec![
            Action::note(msg::note_clash_filter(patterns.join(", "))),
            Action::note(msg::note_sing_box_rule(
                names.iter().copied().collect::<Vec<_>>().join(", "),
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
    for compared_to in [Role::Reference, Role::SystemUpstream] {
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
                // Addresses only (data): `resolver: a, b; resolver: c`.
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
                evidence.push(msg::inconsistent_evidence(
                    name.as_str(),
                    system,
                    set_values(&mine),
                    others_text.join("; "),
                ));
            }
        }
        if names.is_empty() {
            continue;
        }
        let mut f = Finding::new(
            &codes::DNS_INCONSISTENT,
            msg::inconsistent(names, compared_to.keyword()),
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
                    msg::slow(
                        msg::role(r.role.keyword()),
                        r.address.as_str(),
                        median,
                        r.rtt_max_ms.unwrap_or(median),
                        cfg.slow_ms,
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
    pub why: NeededWhy,
}

/// Why Go needs a host: the keyword the `dns.lookup-failed` message selects its words on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeededWhy {
    /// The first proxy of GOPROXY.
    FirstProxy,
    /// The checksum database at the URL GOSUMDB names.
    SumdbUrl,
    /// The checksum database, fetched from its own name (no proxy).
    SumdbDirect,
}

impl NeededWhy {
    /// The message's keyword.
    pub fn keyword(self) -> &'static str {
        match self {
            NeededWhy::FirstProxy => "first-proxy",
            NeededWhy::SumdbUrl => "sumdb-url",
            NeededWhy::SumdbDirect => "sumdb-direct",
        }
    }
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
            let outcomes: BTreeSet<&'static str> =
                queries.iter().map(|q| q.result.outcome.keyword()).collect();
            let outcomes: Vec<Message> = outcomes.into_iter().map(msg::outcome).collect();
            Some(
                Finding::new(
                    &codes::DNS_LOOKUP_FAILED,
                    msg::lookup_failed(h.name.as_str(), h.why.keyword(), outcomes),
                )
                .severity(Severity::Error),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests;
