//! The hosts facts as text, for `godiag check --verbose`.

use super::facts::HostsFacts;

/// The facts as indented `name: value` lines, for `--verbose`.
pub fn fact_lines(f: &HostsFacts) -> Vec<String> {
    let mut lines = vec!["facts:".to_string()];
    lines.push(format!(
        "  file        {} ({} bytes, {} lines, {} entries{})",
        f.path,
        f.size,
        f.line_count,
        f.entry_count,
        f.encoding.map(|e| format!(", {e}")).unwrap_or_default()
    ));
    if let Some(error) = &f.error {
        lines.push(format!("  error       {error}"));
    }
    let nss = match &f.nsswitch {
        Some(n) if n.read => format!(
            "{} ({})",
            n.path,
            n.line.as_deref().unwrap_or("no hosts: line")
        ),
        Some(n) => format!("{} (not readable: defaults)", n.path),
        None => "none (platform resolver)".to_string(),
    };
    lines.push(format!(
        "  order       {} — from {nss}",
        f.lookup_order.describe()
    ));
    lines.push(format!(
        "  glibc multi {}",
        if f.glibc_multi { "on" } else { "off" }
    ));
    if f.malformed_lines > 0 {
        lines.push(format!("  malformed   {} lines", f.malformed_lines));
    }
    for b in &f.blocks {
        let date = b
            .date
            .as_deref()
            .map(|d| format!(", dated {d}"))
            .unwrap_or_default();
        lines.push(format!(
            "  block       {} lines {}-{}{date}",
            b.tool.describe(),
            b.start_line,
            b.end_line
        ));
    }
    for h in &f.go_hosts {
        let entries: Vec<String> = h
            .entries
            .iter()
            .map(|e| format!("line {} {}", e.line, e.address))
            .collect();
        lines.push(format!("  {}: {}", h.name, entries.join(", ")));
        lines.push(format!(
            "    Go takes {}; glibc takes {}",
            if h.go_answer.is_empty() {
                "nothing".to_string()
            } else {
                h.go_answer.join(", ")
            },
            if h.glibc_answer.is_empty() {
                "nothing".to_string()
            } else {
                h.glibc_answer.join(", ")
            }
        ));
    }
    lines
}
