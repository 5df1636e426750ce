//! The hosts facts as text, for `godiag check --verbose`, in the language of the current
//! rendering.

use super::facts::HostsFacts;
use super::messages as msg;
use super::rules::answer;

/// The facts as indented `name: value` lines, for `--verbose`.
pub fn fact_lines(f: &HostsFacts) -> Vec<String> {
    let mut lines = vec![msg::fact_heading().to_string()];
    let encoding = f
        .encoding
        .map_or_else(|| "none".to_string(), |e| e.to_string());
    lines.push(format!(
        "  {}",
        msg::fact_file(
            f.path.as_str(),
            f.size,
            f.line_count,
            f.entry_count,
            encoding
        )
    ));
    if let Some(error) = &f.error {
        lines.push(format!("  {}", msg::fact_error(error)));
    }
    let nss = match &f.nsswitch {
        Some(n) if n.read => match n.line.as_deref() {
            Some(line) => msg::fact_nsswitch(n.path.as_str(), line),
            None => msg::fact_nsswitch_no_line(n.path.as_str()),
        },
        Some(n) => msg::fact_nsswitch_unreadable(n.path.as_str()),
        None => msg::fact_nsswitch_none(),
    };
    lines.push(format!(
        "  {}",
        msg::fact_order(msg::lookup_order(f.lookup_order.keyword()), nss)
    ));
    lines.push(format!(
        "  {}",
        msg::fact_glibc_multi(if f.glibc_multi { "on" } else { "off" })
    ));
    if f.malformed_lines > 0 {
        lines.push(format!("  {}", msg::fact_malformed(f.malformed_lines)));
    }
    for b in &f.blocks {
        let tool = msg::block_tool(b.tool.keyword());
        let line = match b.date.as_deref() {
            Some(date) => msg::fact_block_dated(tool, b.start_line, b.end_line, date),
            None => msg::fact_block(tool, b.start_line, b.end_line),
        };
        lines.push(format!("  {line}"));
    }
    for h in &f.go_hosts {
        let entries: Vec<_> = h
            .entries
            .iter()
            .map(|e| msg::fact_entry(e.line, e.address.as_str()))
            .collect();
        lines.push(format!("  {}", msg::fact_host(h.name.as_str(), entries)));
        lines.push(format!(
            "    {}",
            msg::fact_answers(answer(&h.go_answer), answer(&h.glibc_answer))
        ));
    }
    lines
}
