//! The `connectivity` check: for each place the go command will contact, the path Go walks
//! (name -> addresses -> TCP -> TLS -> the module-proxy protocol), the layer where it breaks,
//! Go's verdict with its own fallback rules, and the fastest mirror that works.

pub mod facts;
pub mod probe;
pub mod rules;
pub mod targets;
pub mod verdict;

use crate::checks::CheckOutcome;
use crate::config::Inputs;
use crate::facts::Facts;

/// Probes, then judges.
pub async fn run(inputs: &Inputs) -> CheckOutcome {
    let facts = probe::probe(inputs).await;
    let gomodcache = inputs
        .shared
        .go_env(inputs)
        .await
        .variable("GOMODCACHE")
        .map(|v| v.value.clone())
        .filter(|v| !v.is_empty());
    let cfg = rules::RuleConfig {
        slow_ms: u64::try_from(inputs.connectivity.slow.as_millis()).unwrap_or(u64::MAX),
        gomodcache,
    };
    let findings = rules::evaluate(&facts, &cfg);
    CheckOutcome {
        summary: summary(&facts),
        findings,
        facts: Facts::Connectivity(facts),
    }
}

fn summary(f: &facts::ConnectivityFacts) -> String {
    use verdict::Verdict;
    let downloads = match &f.downloads {
        Verdict::Works { via } => format!("downloads work via {via}"),
        Verdict::Fails { at, .. } => format!("downloads fail at {at}"),
        Verdict::Disabled => "downloads disabled (GOPROXY=off)".into(),
        Verdict::Invalid => "GOPROXY invalid".into(),
        Verdict::Unknown { reason } => format!("verdict unknown: {reason}"),
        Verdict::Skipped { .. } => "downloads not needed".into(),
    };
    let sums = match &f.checksums {
        Verdict::Works { via } => format!("checksums via {via}"),
        Verdict::Fails { at, .. } => format!("checksums fail at {at}"),
        Verdict::Disabled => "checksums off (GOSUMDB=off)".into(),
        Verdict::Invalid => "GOSUMDB invalid".into(),
        Verdict::Unknown { .. } => "checksums unknown".into(),
        Verdict::Skipped { .. } => "checksum lookups skipped (GONOSUMDB)".into(),
    };
    let working = f.ranking.len();
    format!(
        "{downloads}; {sums}; {working} working {}",
        if working == 1 { "proxy" } else { "proxies" }
    )
}
