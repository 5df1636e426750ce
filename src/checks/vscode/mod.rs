//! The `vscode` check: every VS Code-family settings file that shapes gopls' environment, read
//! like VS Code reads it; the environment gopls and the tools get; the Go extension; and the
//! running gopls processes.

pub mod facts;
pub mod probe;
pub mod rules;

use crate::checks::CheckOutcome;
use crate::config::Inputs;
use crate::facts::Facts;

/// Probes, then judges.
pub async fn run(inputs: &Inputs) -> CheckOutcome {
    let facts = probe::probe(inputs).await;
    let cfg = rules::RuleConfig {
        min_extension: inputs.vscode.min_extension.clone(),
    };
    let findings = rules::evaluate(&facts, &cfg);
    CheckOutcome {
        summary: summary(&facts, inputs.os),
        findings,
        facts: Facts::Vscode(facts),
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
    format!("{found} settings files found; {ext}; {gopls}")
}
