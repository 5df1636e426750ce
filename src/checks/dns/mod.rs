//! The `dns` check: the system resolver (and systemd's upstreams) and reference resolvers,
//! queried in parallel for every Go host; unreachable resolvers, forged answers, fake-IP
//! proxies, disagreement and slowness, each with evidence.

pub mod facts;
pub mod probe;
pub mod resolve;
pub mod rules;

use crate::checks::CheckOutcome;
use crate::config::Inputs;
use crate::facts::Facts;

/// Probes, then judges.
pub async fn run(inputs: &Inputs) -> CheckOutcome {
    let facts = probe::probe(inputs).await;
    let cfg = rules::RuleConfig {
        slow_ms: u64::try_from(inputs.dns.slow.as_millis()).unwrap_or(u64::MAX),
    };
    let findings = rules::evaluate(&facts, &cfg);
    CheckOutcome {
        summary: summary(&facts),
        findings,
        facts: Facts::Dns(facts),
    }
}

fn summary(f: &facts::DnsFacts) -> String {
    let answering = f.resolvers.iter().filter(|r| r.answered > 0).count();
    format!(
        "{answering} of {} resolvers answered; {} names x A/AAAA{}",
        f.resolvers.len(),
        f.names.len(),
        if f.samples > 1 {
            format!(" x {} samples", f.samples)
        } else {
            String::new()
        }
    )
}
