//! The `hosts` check: read the hosts file like Go and glibc do, find the lines that hurt Go,
//! and say what each resolver takes for the Go hosts.

pub mod facts;
pub mod probe;
pub mod rules;

use crate::checks::CheckOutcome;
use crate::config::Inputs;
use crate::facts::Facts;

/// Probes, then judges.
pub async fn run(inputs: &Inputs) -> CheckOutcome {
    let probed = inputs.shared.hosts(inputs).await.clone();
    let cfg = rules::RuleConfig {
        go_hosts: inputs.go_hosts.clone(),
        max_block_age_days: i64::try_from(inputs.hosts.max_block_age.as_secs() / 86_400)
            .unwrap_or(i64::MAX),
        today: probe::today_days(),
        os: inputs.os,
    };
    let findings = rules::evaluate(&probed.facts, probed.analysis.as_ref(), &cfg);
    CheckOutcome {
        summary: summary(&probed.facts),
        findings,
        facts: Facts::Hosts(probed.facts),
    }
}

fn summary(f: &facts::HostsFacts) -> String {
    if f.status != facts::FileStatus::Read {
        return format!("{}: not read", f.path);
    }
    let go = match f.go_hosts.len() {
        0 => "no Go host".to_string(),
        1 => "1 Go host".to_string(),
        n => format!("{n} Go hosts"),
    };
    let entries = if f.entry_count == 1 {
        "1 entry".to_string()
    } else {
        format!("{} entries", f.entry_count)
    };
    format!(
        "{}: {entries}, {go}; lookup order: {}",
        f.path,
        f.lookup_order.describe()
    )
}
