//! The dns probe: every resolver x every Go host x A and AAAA (x samples), plus the injection
//! probes, all at once under one deadline.

use crate::model::millis;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::task::JoinSet;

use super::facts::{DnsFacts, InjectionFacts, QueryFacts, ResolverFacts, Role};
use super::messages as msg;
use crate::config::Inputs;
use crate::net::dns::{self, Outcome, QueryResult, QueryType};
use crate::readcap::{self, caps};

/// The address of systemd-resolved's stub listener.
const SYSTEMD_STUB: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(127, 0, 0, 53));

/// The nameservers of a resolv.conf, parsed by the crate hickory itself uses on Linux (its own
/// wrapper, `system_conf::parse_resolv_conf`, exists only on non-Apple Unix; this one works on
/// every OS, so a `--resolv-conf` file is read the same everywhere). Lines that do not parse are
/// skipped, as hickory and Go skip them. An empty list is Go's default (127.0.0.1 and ::1).
pub fn nameservers(resolv_conf: &[u8]) -> Vec<IpAddr> {
    let (config, _errors) = resolv_conf::Config::parse_with_errors(resolv_conf);
    let mut ips: Vec<IpAddr> = config.nameservers.iter().map(IpAddr::from).collect();
    ips.dedup();
    ips
}

/// resolv.conf is a side lookup of the dns check: it gets a small budget of its own (a quarter
/// of the probe timeout, at most 1 s), so a FIFO or a hung mount costs a finding, not the check.
/// `Err((missing, why))`: a missing file is Go's default, not a problem of its own.
async fn read_resolv_conf(path: &Path, timeout: Duration) -> Result<Vec<u8>, (bool, String)> {
    let budget = (timeout / 4).min(Duration::from_secs(1));
    match readcap::read_async(path, caps::SMALL_CONFIG, budget).await {
        Ok(read) => match read.truncation_note() {
            None => Ok(read.data),
            Some(note) => Err((false, note)),
        },
        Err(e) => Err((e == readcap::ReadError::NotFound, e.to_string())),
    }
}

/// The system resolvers Go asks, in order (resolv.conf, or Go's default 127.0.0.1 and ::1).
pub async fn system_servers(inputs: &Inputs) -> Vec<SocketAddr> {
    let mut scratch = DnsFacts {
        resolv_conf: None,
        resolv_conf_note: None,
        resolv_conf_why: None,
        resolv_conf_error: None,
        resolvers: Vec::new(),
        names: Vec::new(),
        samples: 1,
        timeout_ms: 0,
        hold_on_ms: 0,
        queries: Vec::new(),
        injection_probes: Vec::new(),
    };
    let system = system_ips(inputs, &mut scratch).await;
    system
        .into_iter()
        .map(|ip| SocketAddr::new(ip, inputs.dns.system_port))
        .collect()
}

/// The system resolvers' addresses, noting in `facts` where they came from.
async fn system_ips(inputs: &Inputs, facts: &mut DnsFacts) -> Vec<IpAddr> {
    let cfg = &inputs.dns;
    let mut system: Vec<IpAddr> = Vec::new();
    match &cfg.resolv_conf {
        Some(path) => {
            facts.resolv_conf = Some(path.display().to_string());
            match read_resolv_conf(path, cfg.timeout).await {
                Ok(data) => {
                    system = nameservers(&data);
                    if system.is_empty() {
                        facts.note(msg::resolv_conf_no_nameserver(path.display().to_string()));
                    }
                }
                Err((missing, e)) => {
                    if !missing {
                        facts.resolv_conf_error = Some(e.clone());
                    }
                    facts.note(msg::resolv_conf_cannot_read(path.display().to_string(), e));
                }
            }
        }
        None => match hickory_resolver::system_conf::read_system_conf() {
            Ok((config, _)) => system = config.name_servers().iter().map(|ns| ns.ip).collect(),
            Err(e) => {
                facts.note(msg::system_conf_unreadable(e.to_string()));
            }
        },
    }
    if system.is_empty() {
        system = vec![
            IpAddr::from([127, 0, 0, 1]),
            IpAddr::from(std::net::Ipv6Addr::LOCALHOST),
        ];
    }
    system
}

/// The resolvers to probe: the system ones (and systemd's upstreams), then the references.
async fn resolvers(inputs: &Inputs, facts: &mut DnsFacts) -> Vec<(Role, SocketAddr)> {
    let cfg = &inputs.dns;
    let port = cfg.system_port;
    let system = system_ips(inputs, facts).await;
    let mut out: Vec<(Role, SocketAddr)> = system
        .iter()
        .map(|ip| (Role::System, SocketAddr::new(*ip, port)))
        .collect();
    if system.contains(&SYSTEMD_STUB)
        && let Some(path) = &cfg.systemd_resolv_conf
        && let Ok(data) = read_resolv_conf(path, cfg.timeout).await
    {
        for ip in nameservers(&data)
            .into_iter()
            .filter(|ip| *ip != SYSTEMD_STUB)
        {
            out.push((Role::SystemUpstream, SocketAddr::new(ip, port)));
        }
    }
    for r in &cfg.resolvers {
        if !out.iter().any(|(_, a)| a == r) {
            out.push((Role::Reference, *r));
        }
    }
    out
}

/// How a resolver is reached.
enum Endpoint<'a> {
    Udp(SocketAddr),
    Encrypted(&'a crate::net::dns::Encrypted),
}

enum Done {
    Query(usize, String, QueryType, u32, QueryResult),
    Injection(usize, String, Result<Vec<dns::Reply>, String>),
}

/// Runs every query and probe concurrently; the whole probe ends within the DNS timeout, or
/// sooner when Go's path is known to work (`shared`).
pub async fn probe(inputs: &Inputs, shared: &crate::checks::Shared) -> DnsFacts {
    let cfg = &inputs.dns;
    let mut facts = DnsFacts {
        resolv_conf: None,
        resolv_conf_note: None,
        resolv_conf_why: None,
        resolv_conf_error: None,
        resolvers: Vec::new(),
        names: inputs.go_hosts.clone(),
        samples: cfg.samples,
        timeout_ms: millis(cfg.timeout),
        hold_on_ms: millis(cfg.hold_on),
        queries: Vec::new(),
        injection_probes: Vec::new(),
    };
    // Every resolver under its label: `ip:port` for UDP, the URL for encrypted ones.
    let mut servers: Vec<(Role, String, Endpoint<'_>)> = resolvers(inputs, &mut facts)
        .await
        .into_iter()
        .map(|(role, addr)| (role, addr.to_string(), Endpoint::Udp(addr)))
        .collect();
    let roots = (!cfg.encrypted.is_empty()).then(crate::net::tls::load_roots);
    servers.extend(
        cfg.encrypted
            .iter()
            .map(|e| (Role::Encrypted, e.label(), Endpoint::Encrypted(e))),
    );
    let started = std::time::Instant::now();
    let mut tasks: JoinSet<Done> = JoinSet::new();
    let mut query_keys: Vec<(usize, String, QueryType, u32)> = Vec::new();
    let mut tasks_of_system = 0usize;
    for (index, (role, label, endpoint)) in servers.iter().enumerate() {
        let built = match endpoint {
            Endpoint::Udp(addr) => dns::resolver_for(*addr, cfg.timeout),
            Endpoint::Encrypted(e) => {
                let store = roots
                    .as_ref()
                    .map(|r| (*r.store).clone())
                    .unwrap_or_else(rustls::RootCertStore::empty);
                dns::encrypted_resolver_for(e, cfg.timeout, &store)
            }
        };
        let resolver = match built {
            Ok(r) => Arc::new(r),
            Err(e) => {
                // Recorded as a network error on every query of this resolver.
                for name in &facts.names {
                    for qtype in [QueryType::A, QueryType::AAAA] {
                        let result = QueryResult {
                            outcome: Outcome::NetworkError,
                            answers: vec![],
                            ttl: None,
                            rtt_ms: 0,
                            error: Some(e.to_string()),
                        };
                        facts.queries.push(QueryFacts {
                            resolver: label.clone(),
                            name: name.clone(),
                            qtype,
                            sample: 0,
                            result,
                        });
                    }
                }
                continue;
            }
        };
        for name in &facts.names {
            for qtype in [QueryType::A, QueryType::AAAA] {
                for sample in 0..cfg.samples {
                    query_keys.push((index, name.clone(), qtype, sample));
                    if *role == Role::System {
                        tasks_of_system += 1;
                    }
                    let resolver = Arc::clone(&resolver);
                    let name = name.clone();
                    let timeout = cfg.timeout;
                    tasks.spawn(async move {
                        let result = dns::query(&resolver, &name, qtype, timeout).await;
                        Done::Query(index, name, qtype, sample, result)
                    });
                }
            }
            let Endpoint::Udp(server) = endpoint else {
                continue;
            };
            let across_the_censor = cfg.hold_on_private
                || crate::hosts::addr::kind(server.ip()) == crate::hosts::addr::AddressKind::Public;
            if *role == Role::Reference && !cfg.hold_on.is_zero() && across_the_censor {
                let (server, name, hold_on, timeout) =
                    (*server, name.clone(), cfg.hold_on, cfg.timeout);
                tasks.spawn(async move {
                    let replies = dns::hold_on_probe(server, &name, hold_on, timeout).await;
                    Done::Injection(index, name, replies)
                });
            }
        }
    }
    // Go asks only the system resolvers: once they have answered and Go's path is known to
    // work, the reference resolvers get the grace period and no more.
    let mut system_left = tasks_of_system;
    let mut pending: Vec<(usize, String, QueryType, u32)> = query_keys;
    let cutoff = shared.context_cutoff();
    tokio::pin!(cutoff);
    let mut cutoff_passed = false;
    loop {
        if cutoff_passed && system_left == 0 {
            tasks.abort_all();
            let ms = millis(started.elapsed());
            for (i, name, qtype, sample) in pending.drain(..) {
                facts.queries.push(QueryFacts {
                    resolver: servers[i].1.clone(),
                    name,
                    qtype,
                    sample,
                    result: QueryResult {
                        outcome: Outcome::NotWaited,
                        answers: vec![],
                        ttl: None,
                        rtt_ms: ms,
                        error: Some(format!(
                            "no answer within {ms} ms; not waited for, as Go's own path already worked"
                        )),
                    },
                });
            }
            break;
        }
        let done = tokio::select! {
            done = tasks.join_next() => match done {
                Some(done) => done,
                None => break,
            },
            () = &mut cutoff, if !cutoff_passed => {
                cutoff_passed = true;
                continue;
            }
        };
        if let Ok(Done::Query(i, name, qtype, sample, _)) = &done {
            pending.retain(|k| !(k.0 == *i && k.1 == *name && k.2 == *qtype && k.3 == *sample));
            if servers[*i].0 == Role::System {
                system_left = system_left.saturating_sub(1);
            }
        }
        match done {
            Ok(Done::Query(i, name, qtype, sample, result)) => {
                facts.queries.push(QueryFacts {
                    resolver: servers[i].1.clone(),
                    name,
                    qtype,
                    sample,
                    result,
                });
            }
            Ok(Done::Injection(i, name, replies)) => {
                let (replies, error) = match replies {
                    Ok(r) => (r, None),
                    Err(e) => (Vec::new(), Some(e)),
                };
                facts.injection_probes.push(InjectionFacts {
                    resolver: servers[i].1.clone(),
                    name,
                    replies,
                    error,
                });
            }
            // A panicking query task is a bug; the pipeline reports panics of the check
            // itself, and a lost query only leaves a hole in the matrix.
            Err(_) => {}
        }
    }
    // Stable order for the report: resolver, name, type, sample.
    let order = |label: &str| {
        servers
            .iter()
            .position(|(_, l, _)| l == label)
            .unwrap_or(usize::MAX)
    };
    let name_order = |n: &str| {
        facts
            .names
            .iter()
            .position(|x| x == n)
            .unwrap_or(usize::MAX)
    };
    facts
        .queries
        .sort_by_key(|q| (order(&q.resolver), name_order(&q.name), q.qtype, q.sample));
    facts
        .injection_probes
        .sort_by_key(|p| (order(&p.resolver), name_order(&p.name)));
    facts.resolvers = servers
        .iter()
        .map(|(role, label, _)| summarize(*role, label, &facts.queries))
        .collect();
    facts
}

fn summarize(role: Role, label: &str, queries: &[QueryFacts]) -> ResolverFacts {
    let address = label.to_string();
    let mine: Vec<&QueryFacts> = queries.iter().filter(|q| q.resolver == address).collect();
    let answered: Vec<u64> = mine
        .iter()
        .filter(|q| q.result.outcome.answered())
        .map(|q| q.result.rtt_ms)
        .collect();
    let mut rtts = answered.clone();
    rtts.sort_unstable();
    let total = u32::try_from(mine.len()).unwrap_or(u32::MAX);
    let ok = u32::try_from(answered.len()).unwrap_or(u32::MAX);
    ResolverFacts {
        address,
        role,
        queries: total,
        answered: ok,
        success_rate: if total == 0 {
            0.0
        } else {
            f64::from(ok) / f64::from(total)
        },
        rtt_median_ms: rtts.get(rtts.len() / 2).copied(),
        rtt_max_ms: rtts.last().copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolv_conf_nameservers() {
        let conf = b"# generated\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch lan\n";
        assert_eq!(nameservers(conf), vec![SYSTEMD_STUB]);
        let two = b"nameserver 223.5.5.5\nnameserver 2400:3200::1\n";
        assert_eq!(nameservers(two).len(), 2);
        assert!(nameservers(b"").is_empty());
        assert!(nameservers(b"\xff\xfe garbage").is_empty());
    }
}
