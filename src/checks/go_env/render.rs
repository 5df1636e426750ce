//! The go-env facts as text, for `godiag check --verbose`, in the language of the current
//! rendering.

use std::fmt::Write as _;

use super::facts::{EnvFileStatus, GoBinarySource, GoEnvFacts, Source};
use super::messages as msg;
use super::rules::source_phrase;
use crate::go::command::InvocationOutcome;

/// The facts as indented `name: value` lines, for `--verbose`.
pub fn fact_lines(f: &GoEnvFacts) -> Vec<String> {
    let mut lines = vec![msg::fact_heading().to_string()];
    if let Some(go) = &f.go_binary {
        let from = match f.go_binary_from.unwrap_or(GoBinarySource::Path) {
            GoBinarySource::Flag => "flag",
            GoBinarySource::Path => "path",
            GoBinarySource::KnownLocation => "known-location",
        };
        lines.push(format!("  {}", msg::fact_go_binary(go, from)));
    }
    for call in &f.invocations {
        let outcome = match call.outcome {
            InvocationOutcome::Ok => "ok",
            InvocationOutcome::Timeout => "timeout",
            InvocationOutcome::SpawnFailed => "spawn-failed",
            InvocationOutcome::Failed => "failed",
            InvocationOutcome::BadOutput => "bad-output",
        };
        lines.push(format!(
            "  {}",
            msg::fact_ran(call.command.as_str(), outcome, call.duration_ms)
        ));
    }
    if let Some(file) = &f.env_file {
        let path: crate::i18n::Value = match &file.path {
            Some(p) => p.into(),
            None => msg::fact_none().into(),
        };
        let status = match file.status {
            EnvFileStatus::Read => "read",
            // GOENV is empty: go found no user config folder to keep the file in.
            EnvFileStatus::Missing if file.path.is_none() => "no-config-dir",
            EnvFileStatus::Missing => "missing",
            EnvFileStatus::Disabled => "disabled",
            EnvFileStatus::Unreadable => "unreadable",
        };
        let line = match &file.error {
            Some(e) => msg::fact_env_file_error(path, status, e),
            None => msg::fact_env_file(path, status),
        };
        lines.push(format!("  {line}"));
    }
    if let Some(path) = &f.goroot_env_file {
        lines.push(format!("  {}", msg::fact_goroot_env(path)));
    }
    if !f.variables.is_empty() {
        let width = f.variables.iter().map(|v| v.name.len()).max().unwrap_or(0);
        lines.push(format!("  {}", msg::fact_variables()));
        for v in &f.variables {
            let value = if v.value.is_empty() {
                msg::fact_empty().to_string()
            } else {
                v.value.clone()
            };
            let source = match v.file_line.filter(|_| v.source == Source::EnvFile) {
                Some(line) => msg::fact_source_line(source_phrase(v.source), line),
                None => source_phrase(v.source),
            };
            lines.push(format!("    {:width$}  {value}  [{source}]", v.name));
        }
        for name in ["GONOPROXY", "GONOSUMDB", "GOINSECURE"] {
            let value = f.value(name);
            if !value.is_empty() {
                lines.push(format!("  {}", msg::fact_pattern_effect(name, value)));
            }
        }
    }
    for var in &f.proxy_env {
        lines.push(format!(
            "  {}",
            msg::fact_proxy_env(var.name.as_str(), var.value.as_str())
        ));
    }
    if let Some(ws) = &f.workspace {
        let mut text = format!("  {}", msg::fact_workspace(ws.dir.as_str()));
        if let Some(file) = &ws.file {
            let _ = write!(text, "; {file}");
        }
        for (directive, d) in [
            ("go", &ws.go_directive),
            ("toolchain", &ws.toolchain_directive),
        ] {
            if let Some(d) = d {
                let _ = write!(
                    text,
                    "; {}",
                    msg::fact_directive(directive, d.value.as_str(), d.line)
                );
            }
        }
        lines.push(text);
    }
    lines
}
