//! The dns facts as text, for `godiag check --verbose`.

use std::fmt::Write as _;

use super::facts::DnsFacts;

/// The resolver x name matrix as an aligned table: resolvers as columns, one row per name and
/// record type, each cell the first answer (+N more) or what went wrong.
pub fn fact_lines(f: &DnsFacts) -> Vec<String> {
    use crate::net::dns::{Outcome, QueryType};
    let mut lines = vec!["facts:".to_string()];
    if let Some(path) = &f.resolv_conf {
        lines.push(format!("  resolv.conf {path}"));
    }
    if let Some(note) = &f.resolv_conf_note {
        lines.push(format!("  note        {note}"));
    }
    for r in &f.resolvers {
        let rtt = match (r.rtt_median_ms, r.rtt_max_ms) {
            (Some(m), Some(x)) => format!("rtt median {m} ms, max {x} ms"),
            _ => "no answer".to_string(),
        };
        lines.push(format!(
            "  {:<24} {:<26} answered {}/{} ({:.0}%), {rtt}",
            r.address,
            r.role.describe(),
            r.answered,
            r.queries,
            r.success_rate * 100.0
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
                other => other.to_string(),
            },
        }
    };
    let name_width = f.names.iter().map(|n| n.len() + 5).max().unwrap_or(4);
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
                .map(|c| c.chars().count())
                .chain(std::iter::once(r.address.len()))
                .max()
                .unwrap_or(8)
        })
        .collect();
    let mut header = format!("  {:<name_width$}", "name");
    for (r, w) in f.resolvers.iter().zip(&widths) {
        let _ = write!(header, "  {:<w$}", r.address);
    }
    lines.push(header.trim_end().to_string());
    for name in &f.names {
        for (qtype, label) in [(QueryType::A, "A"), (QueryType::AAAA, "AAAA")] {
            let mut row = format!("  {:<name_width$}", format!("{name} {label}"));
            for (r, w) in f.resolvers.iter().zip(&widths) {
                let _ = write!(row, "  {:<w$}", cell(&r.address, name, qtype));
            }
            lines.push(row.trim_end().to_string());
        }
    }
    for p in f.injection_probes.iter().filter(|p| p.replies.len() > 1) {
        lines.push(format!(
            "  injection probe {} {}: {} replies",
            p.resolver,
            p.name,
            p.replies.len()
        ));
    }
    lines
}
