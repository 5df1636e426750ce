//! Resolution "as Go would": the hosts file in the order nsswitch.conf gives, then the system
//! resolver. Other checks (connectivity) call this to dial exactly what Go would dial.

use std::net::IpAddr;

use crate::config::Inputs;
use crate::hosts::analyze::Analysis;
use crate::hosts::nsswitch::LookupOrder;
use crate::net::dns::{self, Outcome, QueryType};

/// Where an answer came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The hosts file (Go read it before, or instead of, DNS).
    HostsFile,
    /// A DNS query to the system resolver.
    Dns,
}

/// What Go's resolver would get for a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoResolution {
    pub source: Option<Source>,
    pub addresses: Vec<IpAddr>,
    /// Why there are no addresses, when there are none.
    pub error: Option<String>,
}

/// Resolves `name` as Go's own resolver would: the hosts file first or last per `order`, the
/// system resolvers (`system`, asked in order) for A and AAAA at once, each query bounded by
/// the DNS timeout.
pub async fn resolve_as_go(
    inputs: &Inputs,
    hosts: Option<&Analysis>,
    order: LookupOrder,
    system: &[std::net::SocketAddr],
    name: &str,
) -> GoResolution {
    let from_hosts = || -> Option<GoResolution> {
        let answer = hosts?.go_answer(name);
        (!answer.is_empty()).then(|| GoResolution {
            source: Some(Source::HostsFile),
            addresses: answer.entries.iter().map(|e| e.ip).collect(),
            error: None,
        })
    };
    if order.hosts_first()
        && let Some(r) = from_hosts()
    {
        return r;
    }
    let mut last_error = None;
    if order != LookupOrder::Files {
        for server in system {
            let resolver = match dns::resolver_for(*server, inputs.dns.timeout) {
                Ok(r) => r,
                Err(e) => {
                    last_error = Some(e.to_string());
                    continue;
                }
            };
            let (a, aaaa) = tokio::join!(
                dns::query(&resolver, name, QueryType::A, inputs.dns.timeout),
                dns::query(&resolver, name, QueryType::AAAA, inputs.dns.timeout)
            );
            let addresses: Vec<IpAddr> = a.answers.iter().chain(&aaaa.answers).copied().collect();
            if !addresses.is_empty() {
                return GoResolution {
                    source: Some(Source::Dns),
                    addresses,
                    error: None,
                };
            }
            // Go moves to the next server only when this one did not answer.
            let answered = a.outcome.answered() || aaaa.outcome.answered();
            last_error = Some(format!("{server}: A {}, AAAA {}", a.outcome, aaaa.outcome));
            if answered && a.outcome != Outcome::Servfail {
                break;
            }
        }
    }
    if order == LookupOrder::DnsFiles
        && let Some(r) = from_hosts()
    {
        return r;
    }
    GoResolution {
        source: None,
        addresses: Vec::new(),
        error: last_error.or_else(|| Some("no answer".into())),
    }
}
