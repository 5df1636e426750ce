//! The go-env facts as text, for `godiag check --verbose`.

use std::fmt::Write as _;

use super::facts::{GoBinarySource, GoEnvFacts, Source};

/// The facts as indented `name: value` lines, for `--verbose`.
pub fn fact_lines(f: &GoEnvFacts) -> Vec<String> {
    let mut lines = vec!["facts:".to_string()];
    if let Some(go) = &f.go_binary {
        let from = f.go_binary_from.unwrap_or(GoBinarySource::Path);
        lines.push(format!("  go binary   {go} ({from})"));
    }
    for call in &f.invocations {
        lines.push(format!(
            "  ran         {} -> {} in {} ms",
            call.command,
            call.outcome.describe(),
            call.duration_ms
        ));
    }
    if let Some(file) = &f.env_file {
        lines.push(format!(
            "  env file    {} ({}{})",
            file.path.as_deref().unwrap_or("none"),
            file.status.describe(),
            file.error
                .as_deref()
                .map(|e| format!(": {e}"))
                .unwrap_or_default()
        ));
    }
    if let Some(path) = &f.goroot_env_file {
        lines.push(format!("  go.env      {path}"));
    }
    if !f.variables.is_empty() {
        let width = f.variables.iter().map(|v| v.name.len()).max().unwrap_or(0);
        lines.push("  variables:".to_string());
        for v in &f.variables {
            let value = if v.value.is_empty() {
                "(empty)"
            } else {
                &v.value
            };
            let mut source = v.source.describe().to_string();
            if let Some(line) = v.file_line.filter(|_| v.source == Source::EnvFile) {
                let _ = write!(source, " line {line}");
            }
            lines.push(format!("    {:width$}  {value}  [{source}]", v.name));
        }
        for (name, effect) in [
            ("GONOPROXY", "fetched directly with git, bypassing GOPROXY"),
            ("GONOSUMDB", "not verified against the checksum database"),
            ("GOINSECURE", "may be fetched over plain HTTP"),
        ] {
            let value = f.value(name);
            if !value.is_empty() {
                lines.push(format!("  modules matching {value} are {effect} ({name})"));
            }
        }
    }
    for var in &f.proxy_env {
        lines.push(format!("  proxy env   {}={}", var.name, var.value));
    }
    if let Some(ws) = &f.workspace {
        let mut text = format!("  workspace   {}", ws.dir);
        if let Some(file) = &ws.file {
            let _ = write!(text, "; {file}");
        }
        if let Some(d) = &ws.go_directive {
            let _ = write!(text, "; go {} (line {})", d.value, d.line);
        }
        if let Some(d) = &ws.toolchain_directive {
            let _ = write!(text, "; toolchain {} (line {})", d.value, d.line);
        }
        lines.push(text);
    }
    lines
}
