//! The `hosts` check: read the hosts file like Go and glibc do, find the lines that hurt Go,
//! and say what each resolver takes for the Go hosts.

pub mod facts;
pub mod messages;
pub mod probe;
pub mod render;
pub mod rules;

use std::time::Duration;

use crate::checks::{Check, Outcome, Shared};
use crate::config::Inputs;
use crate::model::CodeInfo;

/// The `hosts` check in the registry.
pub struct HostsCheck;

impl Check for HostsCheck {
    type Facts = facts::HostsFacts;
    const NEEDS_NETWORK: bool = false;

    fn internal_error() -> &'static CodeInfo {
        &crate::codes::HOSTS_INTERNAL_ERROR
    }

    /// Three files read concurrently, then a CPU pass over a possibly huge file.
    fn budget(inputs: &Inputs) -> Duration {
        inputs.hosts.timeout + Duration::from_secs(2)
    }

    async fn run(inputs: &Inputs, shared: &Shared) -> Outcome<Self::Facts> {
        run(inputs, shared).await
    }

    fn fact_lines(facts: &Self::Facts) -> Vec<String> {
        render::fact_lines(facts)
    }
}

async fn run(inputs: &Inputs, shared: &Shared) -> Outcome<facts::HostsFacts> {
    let probed = shared.hosts(inputs).await.clone();
    let cfg = rules::RuleConfig {
        go_hosts: inputs.go_hosts.clone(),
        max_block_age_days: i64::try_from(inputs.hosts.max_block_age.as_secs() / 86_400)
            .unwrap_or(i64::MAX),
        today: probe::today_days(),
        os: inputs.os,
    };
    let findings = rules::evaluate(&probed.facts, probed.analysis.as_ref(), &cfg);
    Outcome {
        summary: summary(&probed.facts),
        findings,
        facts: probed.facts,
    }
}

fn summary(f: &facts::HostsFacts) -> crate::i18n::Message {
    if f.status != facts::FileStatus::Read {
        return messages::summary_unread(f.path.as_str());
    }
    messages::summary(
        f.path.as_str(),
        f.entry_count,
        f.go_hosts.len(),
        messages::lookup_order(f.lookup_order.keyword()),
    )
}
