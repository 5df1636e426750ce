//! The hosts rules: pure functions from the facts and the analysis to findings.

use std::net::IpAddr;

use super::facts::{FileStatus, HostsFacts};
use super::messages as msg;
use crate::codes;
use crate::hosts::addr::{self, AddressKind};
use crate::hosts::analyze::{Analysis, Encoding, HostEntry, SyntaxIssue, SyntaxKind, normalize};
use crate::hosts::blocks::{Block, BlockTool, days_from_civil};
use crate::i18n::{Message, Value};
use crate::model::{Action, Finding, Fix, Location, Severity};

/// Findings of one kind beyond this many are summed up in one finding.
const MAX_PER_KIND: usize = 5;
/// Lines shown (as evidence and as fix actions) for one aggregated finding.
const SAMPLE: usize = 10;

/// What the rules need besides the facts.
#[derive(Debug, Clone)]
pub struct RuleConfig {
    pub go_hosts: Vec<String>,
    pub max_block_age_days: i64,
    /// Today, as days since 1970-01-01.
    pub today: i64,
    /// Whose words the manual steps use (root or administrator).
    pub os: crate::platform::Os,
}

impl RuleConfig {
    fn is_go_host(&self, name: &str) -> bool {
        let key = normalize(name.as_bytes());
        self.go_hosts.iter().any(|h| normalize(h.as_bytes()) == key)
    }
}

/// Every hosts finding, in a stable order.
pub fn evaluate(facts: &HostsFacts, analysis: Option<&Analysis>, cfg: &RuleConfig) -> Vec<Finding> {
    let Some(a) = analysis else {
        return vec![unreadable(facts)];
    };
    let mut findings = Vec::new();
    findings.extend(truncated(facts));
    findings.extend(encoding(facts, a));
    if a.encoding == Encoding::Utf16 {
        return findings;
    }
    findings.extend(go_host_entries(facts, a, cfg));
    findings.extend(conflicts(facts, a, cfg));
    findings.extend(long_lines(facts, a, cfg));
    findings.extend(stale_blocks(facts, a, cfg));
    // In a binary file every other line is garbage: the encoding finding says it all.
    if a.encoding != Encoding::Binary {
        findings.extend(syntax(facts, a, cfg));
    }
    findings
}

fn unreadable(facts: &HostsFacts) -> Finding {
    let status = match facts.status {
        FileStatus::Missing => "missing",
        FileStatus::PermissionDenied => "permission-denied",
        FileStatus::NotAFile => "not-a-file",
        FileStatus::Unreadable | FileStatus::Read => "unreadable",
    };
    let mut finding = Finding::new(
        &codes::HOSTS_UNREADABLE,
        msg::unreadable(facts.path.as_str(), status),
    );
    if let Some(error) = &facts.error {
        finding = finding.evidence(error.clone());
    }
    finding.location(Location::file(facts.path.clone()))
}

fn truncated(facts: &HostsFacts) -> Option<Finding> {
    let t = facts.truncated.as_ref()?;
    let cap = crate::readcap::human_size(t.cap_bytes);
    Some(
        Finding::new(
            &codes::HOSTS_TRUNCATED,
            msg::truncated(facts.path.as_str(), cap, t.last_line, t.checked_bytes),
        )
        .location(Location::line(facts.path.clone(), t.last_line)),
    )
}

fn encoding(facts: &HostsFacts, a: &Analysis) -> Vec<Finding> {
    let file = || Location::file(facts.path.clone());
    match a.encoding {
        Encoding::Utf16 => vec![
            Finding::new(
                &codes::HOSTS_ENCODING,
                msg::encoding_utf16(facts.path.as_str()),
            )
            .severity(Severity::Error)
            .location(file()),
        ],
        Encoding::Binary => vec![
            Finding::new(
                &codes::HOSTS_ENCODING,
                msg::encoding_binary(facts.path.as_str()),
            )
            .severity(Severity::Error)
            .location(file()),
        ],
        Encoding::Utf8Bom => {
            // The mark only hurts when the first line is an entry.
            let first_is_entry = a.first_line.as_deref().is_some_and(|l| {
                l.trim_start_matches('\u{feff}')
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(|c| c != '#')
            });
            if !first_is_entry {
                return Vec::new();
            }
            let line = a.first_line.clone().unwrap_or_default();
            vec![
                Finding::new(
                    &codes::HOSTS_ENCODING,
                    msg::encoding_bom(
                        facts.path.as_str(),
                        line.trim_start_matches('\u{feff}').trim(),
                    ),
                )
                .location(Location::line(facts.path.clone(), 1)),
            ]
        }
        Encoding::Utf8 => Vec::new(),
    }
}

fn block_of(a: &Analysis, line: u32) -> Option<&Block> {
    a.blocks.iter().find(|b| b.contains(line))
}

fn block_label(block: &Block) -> Message {
    let tool = msg::block_tool(block.tool.keyword());
    match &block.date {
        Some((y, m, d)) => msg::block_dated(tool, format!("{y:04}-{m:02}-{d:02}")),
        None => tool,
    }
}

/// The consequence of an entry given the lookup order.
fn order_note(facts: &HostsFacts) -> Message {
    msg::order_note(if !facts.lookup_order.uses_hosts() {
        "dns-only"
    } else if !facts.lookup_order.hosts_first() {
        "dns-first"
    } else {
        "hosts-first"
    })
}

/// Who may edit the hosts file, as the fixes' keyword.
fn rights(os: crate::platform::Os) -> &'static str {
    match os {
        crate::platform::Os::Windows => "administrator",
        crate::platform::Os::Linux | crate::platform::Os::MacOs => "root",
    }
}

/// A list of addresses, or "nothing".
pub(super) fn answer(addrs: &[String]) -> Value {
    if addrs.is_empty() {
        msg::nothing().into()
    } else {
        addrs.to_vec().into()
    }
}

fn go_host_entries(facts: &HostsFacts, a: &Analysis, cfg: &RuleConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    for name in &cfg.go_hosts {
        let entries = a.entries(name);
        if entries.is_empty() {
            continue;
        }
        let (sinkholes, pins): (Vec<_>, Vec<_>) = entries
            .iter()
            .partition(|e| addr::kind(e.ip) == AddressKind::Sinkhole);
        let severity_for = |default: Severity| {
            if facts.lookup_order.uses_hosts() {
                default
            } else {
                Severity::Info
            }
        };
        // One finding per address: a block list repeating one line is one problem.
        let mut by_address: Vec<(String, Vec<&HostEntry>)> = Vec::new();
        for e in &sinkholes {
            let address = e.address();
            match by_address.iter_mut().find(|(a, _)| *a == address) {
                Some((_, list)) => list.push(e),
                None => by_address.push((address, vec![e])),
            }
        }
        for (address, group) in by_address {
            let first = group[0];
            let count: u64 = group.iter().map(|e| u64::from(e.count())).sum();
            let last = group
                .iter()
                .map(|e| e.last_line)
                .max()
                .unwrap_or(first.line);
            let sample: Vec<&HostEntry> = group.iter().take(SAMPLE).copied().collect();
            let mut actions: Vec<Action> = sample
                .iter()
                .map(|e| Action::remove_line(&facts.path, e.line, &e.text))
                .collect();
            if count > sample.len() as u64 {
                actions.push(Action::note(msg::note_other_lines(
                    count - sample.len() as u64,
                    name.as_str(),
                    address.as_str(),
                )));
            }
            let mut finding = Finding::new(
                &codes::HOSTS_SINKHOLE,
                msg::sinkhole(
                    name.as_str(),
                    address.as_str(),
                    count,
                    first.line,
                    last,
                    order_note(facts),
                ),
            )
            .severity(severity_for(Severity::Error))
            .subject(name.clone())
            .location(Location::line(facts.path.clone(), first.line))
            .fix(Fix::manual(
                msg::fix_sinkhole(count, rights(cfg.os)),
                actions,
            ));
            for e in &sample {
                finding = finding.evidence(msg::evidence_line(e.line, e.text.as_str()));
            }
            if count > 1 {
                finding = finding.occurrences(count, first.line, last);
            }
            if let Some(block) = block_of(a, first.line) {
                finding = finding.evidence(msg::evidence_block(block_label(block)));
            }
            findings.push(finding);
        }
        if pins.is_empty() {
            continue;
        }
        let lines: Vec<Message> = pins
            .iter()
            .take(SAMPLE)
            .map(|e| msg::pin(e.line, e.address(), e.repeats, e.last_line))
            .collect();
        let count: u64 = pins.iter().map(|e| u64::from(e.count())).sum();
        let more = pins.len().saturating_sub(SAMPLE);
        let origin =
            block_of(a, pins[0].line).map_or_else(msg::empty, |b| msg::origin(block_label(b)));
        let mut finding = Finding::new(
            &codes::HOSTS_PINNED,
            msg::pinned(
                name.as_str(),
                facts.path.as_str(),
                lines,
                more,
                origin,
                order_note(facts),
            ),
        )
        .severity(severity_for(Severity::Warning))
        .subject(name.clone())
        .location(Location::line(facts.path.clone(), pins[0].line))
        .fix(Fix::manual(
            msg::fix_pinned(rights(cfg.os)),
            pins.iter()
                .take(SAMPLE)
                .map(|e| Action::remove_line(&facts.path, e.line, &e.text))
                .collect(),
        ));
        for e in pins.iter().take(SAMPLE) {
            finding = finding.evidence(msg::evidence_line(e.line, e.text.as_str()));
        }
        if count > 1 {
            let last = pins
                .iter()
                .map(|e| e.last_line)
                .max()
                .unwrap_or(pins[0].line);
            finding = finding.occurrences(count, pins[0].line, last);
        }
        findings.push(finding);
    }
    findings
}

fn conflicts(facts: &HostsFacts, a: &Analysis, cfg: &RuleConfig) -> Vec<Finding> {
    let (go, other): (Vec<_>, Vec<_>) = a.conflicts.iter().partition(|c| cfg.is_go_host(&c.name));
    let mut findings = Vec::new();
    for (i, c) in go.iter().chain(other.iter()).enumerate() {
        let is_go = cfg.is_go_host(&c.name);
        if !is_go && i >= go.len() + MAX_PER_KIND {
            let rest = other.len() - MAX_PER_KIND;
            let names: Vec<&str> = other[MAX_PER_KIND..]
                .iter()
                .take(10)
                .map(|c| c.name.as_str())
                .collect();
            findings.push(
                Finding::new(
                    &codes::HOSTS_CONFLICT,
                    msg::conflict_more(rest, facts.path.as_str()),
                )
                .evidence(msg::evidence_among(names))
                .location(Location::file(facts.path.clone())),
            );
            break;
        }
        let lines: Vec<Message> = c
            .lines
            .iter()
            .map(|(l, ip)| msg::line_address(*l, ip.to_string()))
            .collect();
        let go_answer = a.go_answer(&c.name);
        let (go, glibc) = if go_answer.is_empty() {
            // Not a watched name: Go's view is every line, glibc's the first per family.
            let go_all: Vec<String> = c.lines.iter().map(|(_, ip)| ip.to_string()).collect();
            (go_all, first_per_family(&c.lines, facts.glibc_multi))
        } else {
            (
                go_answer.addresses(),
                a.glibc_answer(&c.name, facts.glibc_multi).addresses(),
            )
        };
        findings.push(
            Finding::new(
                &codes::HOSTS_CONFLICT,
                msg::conflict(c.name.as_str(), lines, answer(&go), answer(&glibc)),
            )
            .severity(if is_go {
                Severity::Error
            } else {
                Severity::Warning
            })
            .location(Location::line(facts.path.clone(), c.lines[0].0)),
        );
    }
    findings
}

fn first_per_family(lines: &[(u32, IpAddr)], multi: bool) -> Vec<String> {
    if multi {
        return lines.iter().map(|(_, ip)| ip.to_string()).collect();
    }
    let v4 = lines.iter().find(|(_, ip)| ip.is_ipv4());
    let v6 = lines.iter().find(|(_, ip)| ip.is_ipv6());
    let mut both: Vec<&(u32, IpAddr)> = v4.into_iter().chain(v6).collect();
    both.sort_by_key(|(l, _)| *l);
    both.iter().map(|(_, ip)| ip.to_string()).collect()
}

fn long_lines(facts: &HostsFacts, a: &Analysis, cfg: &RuleConfig) -> Vec<Finding> {
    let Some(first) = a.long_lines.first() else {
        return Vec::new();
    };
    let hidden: Vec<String> = cfg
        .go_hosts
        .iter()
        .filter(|name| a.entries(name).iter().any(|e| !e.go_reads))
        .cloned()
        .collect();
    let ignored = a.line_count.saturating_sub(first.line);
    let mut finding = Finding::new(
        &codes::HOSTS_LONG_LINE,
        msg::long_line(first.line, first.bytes, ignored),
    )
    .location(Location::line(facts.path.clone(), first.line));
    if !hidden.is_empty() {
        finding = finding
            .severity(Severity::Error)
            .evidence(msg::evidence_hidden(hidden));
    }
    vec![finding]
}

fn stale_blocks(facts: &HostsFacts, a: &Analysis, cfg: &RuleConfig) -> Vec<Finding> {
    a.blocks
        .iter()
        .filter_map(|b| {
            let date = b.date?;
            let age = cfg.today - days_from_civil(date);
            if age <= cfg.max_block_age_days {
                return None;
            }
            let pins_go = cfg
                .go_hosts
                .iter()
                .any(|h| a.entries(h).iter().any(|e| b.contains(e.line)));
            // A dated block list only ages; a block of pins sends Go to old addresses.
            let severity = match b.tool {
                BlockTool::Github520 | BlockTool::Ineo6 => Severity::Warning,
                _ if pins_go => Severity::Warning,
                _ => Severity::Info,
            };
            let until = if b.end_line == a.line_count && b.tool == BlockTool::Stevenblack {
                "eof"
            } else {
                "line"
            };
            let kind = match b.tool {
                BlockTool::Stevenblack => "block-list",
                _ => "pins",
            };
            Some(
                Finding::new(
                    &codes::HOSTS_STALE_BLOCK,
                    msg::stale_block(
                        block_label(b),
                        b.start_line,
                        b.end_line,
                        facts.path.as_str(),
                        age,
                        b.date_text.as_deref().unwrap_or("?"),
                        kind,
                    ),
                )
                .severity(severity)
                .evidence(msg::evidence_block_range(b.start_line, b.end_line, until))
                .location(Location::line(facts.path.clone(), b.start_line)),
            )
        })
        .collect()
}

fn syntax_message(issue: &SyntaxIssue) -> Message {
    let (line, field) = (issue.line, issue.field.as_str());
    match issue.kind {
        SyntaxKind::BadAddress => msg::syntax_bad_address(line, field),
        SyntaxKind::Reversed => msg::syntax_reversed(line, issue.text.as_str()),
        SyntaxKind::MissingName => msg::syntax_missing_name(line, field),
        SyntaxKind::InvalidName => msg::syntax_invalid_name(line, field),
        SyntaxKind::InvalidUtf8 => msg::encoding_invalid_utf8(line, field),
        SyntaxKind::ZoneId => msg::syntax_zone_id(line, field),
    }
}

fn syntax(facts: &HostsFacts, a: &Analysis, cfg: &RuleConfig) -> Vec<Finding> {
    let mentions_go_host = |issue: &SyntaxIssue| {
        issue
            .text
            .split(|c: char| c.is_whitespace() || c == '/' || c == ':')
            .any(|w| !w.is_empty() && cfg.is_go_host(w))
    };
    let mut findings = Vec::new();
    let mut reported = 0usize;
    let mut left_out = Vec::new();
    for issue in &a.syntax {
        let go = mentions_go_host(issue);
        // Zone ids are normal (`fe80::1%lo0 localhost`); they matter only for Go hosts.
        if issue.kind == SyntaxKind::ZoneId {
            if go {
                findings.push(
                    Finding::new(&codes::HOSTS_SYNTAX, syntax_message(issue))
                        .severity(Severity::Info)
                        .location(Location::line(facts.path.clone(), issue.line)),
                );
            }
            continue;
        }
        if reported == MAX_PER_KIND {
            left_out.push(msg::evidence_line(issue.line, issue.text.as_str()));
            continue;
        }
        reported += 1;
        let code = if issue.kind == SyntaxKind::InvalidUtf8 {
            &codes::HOSTS_ENCODING
        } else {
            &codes::HOSTS_SYNTAX
        };
        findings.push(
            Finding::new(code, syntax_message(issue))
                .severity(if go {
                    Severity::Error
                } else {
                    Severity::Warning
                })
                .evidence(msg::evidence_line(issue.line, issue.text.as_str()))
                .location(Location::line(facts.path.clone(), issue.line)),
        );
    }
    let more = (a.syntax_total as usize).saturating_sub(reported);
    if more > 0 {
        let mut finding = Finding::new(
            &codes::HOSTS_SYNTAX,
            msg::syntax_more(more, facts.path.as_str()),
        )
        .location(Location::file(facts.path.clone()));
        for line in left_out.into_iter().take(MAX_PER_KIND) {
            finding = finding.evidence(line);
        }
        findings.push(finding);
    }
    findings
}

#[cfg(test)]
mod tests;
