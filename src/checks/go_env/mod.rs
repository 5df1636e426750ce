//! The `go-env` check: the go binary, its version and the settings that decide how modules are
//! downloaded, with where each value comes from.

pub mod facts;
pub mod messages;
pub mod probe;
pub mod registry;
pub mod render;
pub mod rules;

use std::time::Duration;

use crate::checks::{Check, Outcome, Shared};
use crate::config::Inputs;
use crate::i18n::{Message, Value};
use crate::model::CodeInfo;

/// The `go-env` check in the registry.
pub struct GoEnvCheck;

impl Check for GoEnvCheck {
    type Facts = facts::GoEnvFacts;
    const NEEDS_NETWORK: bool = false;

    fn internal_error() -> &'static CodeInfo {
        &crate::codes::GO_ENV_INTERNAL_ERROR
    }

    fn budget(inputs: &Inputs) -> Duration {
        inputs.go_env.timeout + Duration::from_millis(500)
    }

    async fn run(inputs: &Inputs, shared: &Shared) -> Outcome<Self::Facts> {
        let facts = shared.go_env(inputs).await.clone();
        let cfg = rules::RuleConfig {
            os: inputs.os,
            min_version: inputs.go_env.min_version.clone(),
            public_modules: inputs.go_env.public_modules.clone(),
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

/// One line: which go, and the two settings that matter most.
fn summary(facts: &facts::GoEnvFacts) -> Message {
    let Some(go) = &facts.go_binary else {
        return messages::summary_no_go();
    };
    let version = match facts.go_version.as_deref() {
        Some(v) => Value::from(v),
        None => messages::unknown_version().into(),
    };
    if facts.variables.is_empty() {
        return messages::summary_unreadable(version, go);
    }
    messages::summary(version, go, facts.value("GOPROXY"), facts.value("GOSUMDB"))
}
