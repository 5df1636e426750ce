//! The `go-env` check: the go binary, its version and the settings that decide how modules are
//! downloaded, with where each value comes from.

pub mod facts;
pub mod probe;
pub mod registry;
pub mod rules;

use crate::checks::CheckOutcome;
use crate::config::Inputs;
use crate::facts::Facts;

/// Probes, then judges.
pub async fn run(inputs: &Inputs) -> CheckOutcome {
    let facts = inputs.shared.go_env(inputs).await.clone();
    let findings = rules::evaluate(&facts, &inputs.go_env.rules);
    CheckOutcome {
        summary: summary(&facts),
        findings,
        facts: Facts::GoEnv(facts),
    }
}

/// One line: which go, and the two settings that matter most.
fn summary(facts: &facts::GoEnvFacts) -> String {
    let Some(go) = &facts.go_binary else {
        return "go not found".to_string();
    };
    let version = facts.go_version.as_deref().unwrap_or("unknown version");
    if facts.variables.is_empty() {
        return format!("{version} at {go}; settings unreadable");
    }
    format!(
        "{version} at {go}; GOPROXY={} GOSUMDB={}",
        facts.value("GOPROXY"),
        facts.value("GOSUMDB")
    )
}
