//! The vscode facts as text, for `godiag check --verbose`, in the language of the report.

use super::facts::VscodeFacts;
use super::messages as msg;

/// The facts as indented `name: value` lines, for `--verbose`.
pub fn fact_lines(f: &VscodeFacts) -> Vec<String> {
    let mut lines = vec![msg::facts_heading().to_string()];
    for file in f.files.iter().filter(|x| x.exists) {
        let state = if file.unreadable.is_some() {
            "unreadable"
        } else if file.error.is_some() {
            "does-not-parse"
        } else {
            "read"
        };
        lines.push(format!(
            "  {}",
            msg::facts_file(
                &file.path,
                msg::product(&file.product),
                file.scope.to_string(),
                state
            )
        ));
        for k in &file.keys {
            lines.push(format!(
                "    {}",
                msg::facts_key(
                    k.line,
                    " ".repeat(4usize.saturating_sub(k.line.to_string().len())),
                    &k.key,
                    &k.value
                )
            ));
        }
    }
    for e in &f.extensions {
        lines.push(format!(
            "  {}",
            msg::facts_extension(&e.version, msg::product(&e.product))
        ));
    }
    for w in &f.windows {
        lines.push(format!("  {}", msg::facts_window(msg::product(&w.product))));
        for v in &w.variables {
            let from = match (&v.setting, v.line) {
                (Some(s), Some(l)) => msg::facts_from_setting(s, &v.file, l).into(),
                // The editor's own environment: the file is a label, not a path.
                _ if v.setting.is_none() && v.file == crate::vscode::env::PROCESS_ENVIRONMENT => {
                    msg::facts_from_process().into()
                }
                _ => crate::i18n::Value::from(&v.file),
            };
            lines.push(format!(
                "    {}",
                msg::facts_variable(&v.name, &v.value, from)
            ));
        }
    }
    for p in &f.processes {
        let env: Vec<String> = p.env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        lines.push(format!("  {}", msg::facts_gopls(p.pid, env.join(" "))));
    }
    lines
}
