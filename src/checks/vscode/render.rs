//! The vscode facts as text, for `godiag check --verbose`.

use super::facts::VscodeFacts;

/// The facts as indented `name: value` lines, for `--verbose`.
pub fn fact_lines(f: &VscodeFacts) -> Vec<String> {
    let mut lines = vec!["facts:".to_string()];
    for file in f.files.iter().filter(|x| x.exists) {
        let state = if file.unreadable.is_some() {
            "could not be read"
        } else if file.error.is_some() {
            "does not parse"
        } else {
            "read"
        };
        lines.push(format!(
            "  {} ({}, {}): {state}",
            file.path, file.product, file.scope
        ));
        for k in &file.keys {
            lines.push(format!("    line {:<4} {} = {}", k.line, k.key, k.value));
        }
    }
    for e in &f.extensions {
        lines.push(format!(
            "  extension   golang.go {} ({})",
            e.version, e.product
        ));
    }
    for w in &f.windows {
        lines.push(format!("  {} window gives gopls and the tools:", w.product));
        for v in &w.variables {
            let from = match (&v.setting, v.line) {
                (Some(s), Some(l)) => format!("{s}, {}:{l}", v.file),
                _ => v.file.clone(),
            };
            lines.push(format!("    {}={}  [{from}]", v.name, v.value));
        }
    }
    for p in &f.processes {
        let env: Vec<String> = p.env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        lines.push(format!("  gopls pid {}: {}", p.pid, env.join(" ")));
    }
    lines
}
