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
            summary: summary(&facts, inputs.os).into(),
            findings,
            facts,
        }
    }

    fn fact_lines(facts: &Self::Facts) -> Vec<String> {
        render::fact_lines(facts)
    }
}

fn summary(f: &facts::VscodeFacts, os: crate::platform::Os) -> String {
    let found = f.files.iter().filter(|x| x.exists).count();
    let ext = match f.extensions.first() {
        Some(e) => format!("Go extension {}", e.version),
        None => "no Go extension".to_string(),
    };
    let gopls = if crate::platform::can_read_process_env(os) {
        format!("{} gopls running", f.processes.len())
    } else {
        "running gopls not inspected (another process's environment cannot be read here)".into()
    };
    let files = if found == 1 { "file" } else { "files" };
    format!("{found} settings {files} found; {ext}; {gopls}")
}
