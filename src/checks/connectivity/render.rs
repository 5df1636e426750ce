//! The connectivity facts as text, for `godiag check --verbose`.

use std::fmt::Write as _;

use super::facts::ConnectivityFacts;

/// The facts as indented `name: value` lines, for `--verbose`.
pub fn fact_lines(f: &ConnectivityFacts) -> Vec<String> {
    use crate::checks::connectivity::verdict::describe_failure;
    let mut lines = vec!["facts:".to_string()];
    lines.push(format!("  trust roots {}", f.trust_roots));
    if let Some(p) = &f.https_proxy {
        lines.push(format!(
            "  {}  {} ({})",
            p.variable,
            p.url,
            if p.reachable {
                "reachable"
            } else {
                "unreachable"
            }
        ));
    }
    for t in &f.targets {
        let mut line = format!("  {:<40} {:<20}", t.url, t.role.describe());
        if let Some(ms) = t.cut_short_ms {
            let _ = write!(
                line,
                " no answer within {ms} ms; not waited for, as Go's path already worked"
            );
            lines.push(line);
            continue;
        }
        match t.failed_at {
            None => {
                let _ = write!(line, " ok");
                if let Some(ms) = t.latency_ms {
                    let _ = write!(line, " {ms} ms");
                }
                if t.proxies_sumdb == Some(true) {
                    let _ = write!(line, ", proxies sumdb");
                }
            }
            Some(_) => {
                let _ = write!(line, " {}", describe_failure(t));
            }
        }
        lines.push(line);
    }
    if !f.ranking.is_empty() {
        lines.push("  ranking (fastest working first):".to_string());
        for (i, r) in f.ranking.iter().enumerate() {
            lines.push(format!(
                "    {}. {} {} ms{}",
                i + 1,
                r.url,
                r.latency_ms,
                if r.proxies_sumdb {
                    ", proxies sumdb"
                } else {
                    ""
                }
            ));
        }
    }
    lines
}
