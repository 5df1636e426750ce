//! The dns facts as text, for `godiag check --verbose`, in the language of the current
//! rendering.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::facts::DnsFacts;
use super::messages as msg;

/// `text` padded with spaces to `width` terminal columns (a Chinese character takes two).
fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

/// The resolver x name matrix as an aligned table: resolvers as columns, one row per name and
/// record type, each cell the first answer (+N more) or what went wrong.
pub fn fact_lines(f: &DnsFacts) -> Vec<String> {
    use crate::net::dns::{Outcome, QueryType};
    let mut lines = vec![msg::fact_heading().to_string()];
    if let Some(path) = &f.resolv_conf {
        lines.push(format!("  {}", msg::fact_resolv_conf(path)));
    }
    match (&f.resolv_conf_why, &f.resolv_conf_note) {
        (Some(why), _) => lines.push(format!("  {}", msg::fact_note(why.clone()))),
        (None, Some(note)) => lines.push(format!("  {}", msg::fact_note(note))),
        (None, None) => {}
    }
    for r in &f.resolvers {
        let rtt = match (r.rtt_median_ms, r.rtt_max_ms) {
            (Some(m), Some(x)) => msg::fact_rtt(m, x),
            _ => msg::fact_no_answer(),
        };
        let percent = format!("{:.0}", r.success_rate * 100.0);
        lines.push(format!(
            "  {:<24} {} {}",
            r.address,
            pad(&msg::role(r.role.keyword()).to_string(), 26),
            msg::fact_resolver(r.answered, r.queries, percent, rtt),
        ));
    }
    let cell = |resolver: &str, name: &str, qtype: QueryType| -> String {
        let q = f.queries.iter().find(|q| {
            q.resolver == resolver && q.name == name && q.qtype == qtype && q.sample == 0
        });
        match q {
            None => "-".into(),
            Some(q) => match q.result.outcome {
                Outcome::Ok => match q.result.answers.len() {
                    1 => q.result.answers[0].to_string(),
                    n => format!("{} +{}", q.result.answers[0], n - 1),
                },
                other => msg::outcome(other.keyword()).to_string(),
            },
        }
    };
    let name_heading = msg::fact_name_column().to_string();
    let name_width = f
        .names
        .iter()
        .map(|n| n.len() + 5)
        .max()
        .unwrap_or(4)
        .max(name_heading.width());
    let widths: Vec<usize> = f
        .resolvers
        .iter()
        .map(|r| {
            f.names
                .iter()
                .flat_map(|n| {
                    [
                        cell(&r.address, n, QueryType::A),
                        cell(&r.address, n, QueryType::AAAA),
                    ]
                })
                .map(|c| c.width())
                .chain(std::iter::once(r.address.len()))
                .max()
                .unwrap_or(8)
        })
        .collect();
    let mut header = format!("  {}", pad(&name_heading, name_width));
    for (r, w) in f.resolvers.iter().zip(&widths) {
        let _ = write!(header, "  {}", pad(&r.address, *w));
    }
    lines.push(header.trim_end().to_string());
    for name in &f.names {
        for (qtype, label) in [(QueryType::A, "A"), (QueryType::AAAA, "AAAA")] {
            let mut row = format!("  {}", pad(&format!("{name} {label}"), name_width));
            for (r, w) in f.resolvers.iter().zip(&widths) {
                let _ = write!(row, "  {}", pad(&cell(&r.address, name, qtype), *w));
            }
            lines.push(row.trim_end().to_string());
        }
    }
    for p in f.injection_probes.iter().filter(|p| p.replies.len() > 1) {
        lines.push(format!(
            "  {}",
            msg::fact_injection(p.resolver.as_str(), p.name.as_str(), p.replies.len())
        ));
    }
    lines
}
