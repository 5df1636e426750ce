//! The `dns` check: the system resolver (and systemd's upstreams) and reference resolvers,
//! queried in parallel for every Go host; unreachable resolvers, forged answers, fake-IP
//! proxies, disagreement and slowness, each with evidence.

pub mod facts;
pub mod messages;
pub mod probe;
pub mod render;
pub mod resolve;
pub mod rules;

use std::time::Duration;

use crate::checks::{Check, Outcome, Shared};
use crate::config::Inputs;
use crate::model::{CodeInfo, millis};

/// The `dns` check in the registry.
pub struct DnsCheck;

impl Check for DnsCheck {
    type Facts = facts::DnsFacts;
    const NEEDS_NETWORK: bool = true;

    fn internal_error() -> &'static CodeInfo {
        &crate::codes::DNS_INTERNAL_ERROR
    }

    /// Every query, sample and the hold-on window share one deadline.
    fn budget(inputs: &Inputs) -> Duration {
        inputs.dns.timeout + inputs.dns.hold_on + Duration::from_millis(500)
    }

    async fn run(inputs: &Inputs, shared: &Shared) -> Outcome<Self::Facts> {
        let facts = probe::probe(inputs, shared).await;
        let cfg = rules::RuleConfig {
            slow_ms: millis(inputs.dns.slow),
        };
        let findings = rules::evaluate(&facts, &cfg);
        Outcome {
            summary: summary(&facts),
            findings,
            facts,
        }
    }

    fn fact_lines(facts: &Self::Facts) -> Vec<String> {
        render::fact_lines(facts)
    }
}

fn summary(f: &facts::DnsFacts) -> crate::i18n::Message {
    let answering = f.resolvers.iter().filter(|r| r.answered > 0).count();
    // Resolvers Go does not ask, still silent when Go's path was known to work.
    let not_waited = f
        .resolvers
        .iter()
        .filter(|r| {
            r.answered == 0
                && f.queries.iter().any(|q| {
                    q.resolver == r.address
                        && q.result.outcome == crate::net::dns::Outcome::NotWaited
                })
        })
        .count();
    messages::summary(
        answering,
        f.resolvers.len(),
        not_waited,
        f.names.len(),
        f.samples,
    )
}
