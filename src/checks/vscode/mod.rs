//! The `vscode` check: every VS Code-family settings file that shapes gopls' environment, read
//! like VS Code reads it; the environment gopls and the tools get; the Go extension; and the
//! running gopls processes.

pub mod facts;
pub mod messages;
pub mod probe;
pub mod render;
pub mod rules;

use std::time::Duration;

use crate::checks::{Check, Outcome, Shared};
use crate::config::Inputs;
use crate::i18n::Message;
use crate::model::CodeInfo;

/// The `vscode` check in the registry.
pub struct VscodeCheck;

impl Check for VscodeCheck {
    type Facts = facts::VscodeFacts;
    const NEEDS_NETWORK: bool = false;

    fn internal_error() -> &'static CodeInfo {
        &crate::codes::VSCODE_INTERNAL_ERROR
    }

    /// go env's values, local files, and one TCP connect to http.proxy.
    fn budget(inputs: &Inputs) -> Duration {
        inputs.go_env.timeout + inputs.connectivity.timeout + Duration::from_secs(1)
    }

    async fn run(inputs: &Inputs, shared: &Shared) -> Outcome<Self::Facts> {
        let facts = probe::probe(inputs, shared).await;
        let cfg = rules::RuleConfig {
            min_extension: inputs.vscode.min_extension.clone(),
        };
        let findings = rules::evaluate(&facts, &cfg);
        Outcome {
            summary: summary(&facts, inputs.os),
            findings,
            facts,
        }
    }

    fn fact_lines(facts: &Self::Facts) -> Vec<String> {
        render::fact_lines(facts)
    }
}

fn summary(f: &facts::VscodeFacts, os: crate::platform::Os) -> Message {
    let found = f.files.iter().filter(|x| x.exists).count();
    let ext = match f.extensions.first() {
        Some(e) => messages::summary_extension(&e.version),
        None => messages::summary_no_extension(),
    };
    let gopls = if crate::platform::can_read_process_env(os) {
        messages::summary_gopls(f.processes.len())
    } else {
        messages::summary_gopls_unknown()
    };
    messages::summary(found, ext, gopls)
}
