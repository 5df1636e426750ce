//! The hosts probe: read the hosts file, nsswitch.conf and host.conf (concurrently, each with
//! a deadline), then analyse the hosts file off the async workers.

use std::io::ErrorKind;
use std::path::Path;
use std::time::Duration;

use super::facts::{
    BlockFacts, ConfigFileFacts, EntryFacts, FileStatus, GoHostFacts, HostsFacts, Truncation,
};
use crate::config::Inputs;
use crate::hosts::analyze::{Analysis, analyze};
use crate::hosts::blocks::days_from_civil;
use crate::hosts::nsswitch::{self, LookupOrder};
use crate::readcap::{self, caps};

/// What the probe hands to the rules.
#[derive(Debug, Clone)]
pub struct Probed {
    pub facts: HostsFacts,
    /// None when the file could not be read.
    pub analysis: Option<Analysis>,
    /// The file's bytes, for lookups of names outside the Go host list (the connectivity
    /// check's proxy hosts). Shared, never copied.
    pub data: Option<std::sync::Arc<Vec<u8>>>,
    /// The names `analysis` watches (the Go hosts and the mirror hosts).
    pub watched: Vec<String>,
}

impl Probed {
    /// An analysis that watches `names` too, for resolving them as Go would; `None` when
    /// `analysis` already watches them all (the usual case: no second pass over the file).
    /// Runs on the blocking pool: a huge file costs tens of milliseconds.
    pub async fn analysis_for(&self, names: &[String]) -> Option<Analysis> {
        let known = |n: &String| {
            self.watched
                .iter()
                .any(|w| w.eq_ignore_ascii_case(n.trim_end_matches('.')))
        };
        if names.iter().all(known) {
            return None;
        }
        let data = std::sync::Arc::clone(self.data.as_ref()?);
        let names = names.to_vec();
        tokio::task::spawn_blocking(move || analyze(&data, &names))
            .await
            .ok()
    }
}

/// Reads a file with a deadline and a cap; `Err` carries the kind and a message that names what
/// the path is when it is not a regular file.
async fn read_bounded(
    path: &Path,
    cap: u64,
    timeout: Duration,
) -> Result<readcap::Capped, (ErrorKind, String)> {
    readcap::read_async(path, cap, timeout)
        .await
        .map_err(|e| (e.kind(), e.to_string()))
}

/// An oversized file cut at the cap ends in a partial line: drop it, so that the cut never
/// reads as a syntax error or a wrong address, and say where the check stopped.
fn cut_at_last_line(read: &mut readcap::Capped) -> Option<Truncation> {
    if !read.truncated {
        return None;
    }
    let keep = memchr::memrchr(b'\n', &read.data).map_or(0, |i| i + 1);
    read.data.truncate(keep);
    let lines = memchr::memchr_iter(b'\n', &read.data).count();
    Some(Truncation {
        cap_bytes: read.cap,
        checked_bytes: keep as u64,
        last_line: u32::try_from(lines).unwrap_or(u32::MAX),
    })
}

/// Today as days since 1970-01-01, for block ages.
pub fn today_days() -> i64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    i64::try_from(secs / 86_400).unwrap_or(0)
}

/// Runs the probe.
pub async fn probe(inputs: &Inputs) -> Probed {
    let cfg = &inputs.hosts;
    let optional = |path: Option<&Path>| {
        let path = path.map(Path::to_path_buf);
        async move {
            match path {
                Some(p) => Some((
                    read_bounded(&p, caps::SMALL_CONFIG, cfg.timeout)
                        .await
                        .ok()
                        .map(|r| r.data),
                    p,
                )),
                None => None,
            }
        }
    };
    let (hosts, nss, host_conf) = tokio::join!(
        read_bounded(&cfg.file, caps::HOSTS, cfg.timeout),
        optional(cfg.nsswitch.as_deref()),
        optional(cfg.host_conf.as_deref()),
    );

    let text = |data: &Option<Vec<u8>>| {
        data.as_ref()
            .map(|d| String::from_utf8_lossy(d).into_owned())
    };
    let (lookup_order, nsswitch_facts) = match &nss {
        None => (LookupOrder::System, None),
        Some((data, path)) => {
            let content = text(data);
            let (order, line) = nsswitch::lookup_order(content.as_deref());
            let facts = ConfigFileFacts {
                path: path.display().to_string(),
                read: data.is_some(),
                line,
            };
            (order, Some(facts))
        }
    };
    let (glibc_multi, host_conf_facts) = match &host_conf {
        None => (false, None),
        Some((data, path)) => {
            let content = text(data);
            let multi = nsswitch::multi_on(content.as_deref());
            let line = content.as_deref().and_then(|c| {
                c.lines()
                    .find(|l| l.trim_start().starts_with("multi"))
                    .map(|l| l.trim().to_string())
            });
            (
                multi,
                Some(ConfigFileFacts {
                    path: path.display().to_string(),
                    read: data.is_some(),
                    line,
                }),
            )
        }
    };

    let mut facts = HostsFacts {
        nsswitch: nsswitch_facts,
        glibc_multi,
        host_conf: host_conf_facts,
        ..HostsFacts::new(cfg.file.display().to_string(), lookup_order)
    };
    let data = match hosts {
        Ok(mut read) => {
            facts.truncated = cut_at_last_line(&mut read);
            read.data
        }
        Err((kind, message)) => {
            facts.status = match kind {
                ErrorKind::NotFound => FileStatus::Missing,
                ErrorKind::PermissionDenied => FileStatus::PermissionDenied,
                ErrorKind::InvalidInput => FileStatus::NotAFile,
                _ => FileStatus::Unreadable,
            };
            facts.error = Some(message);
            return Probed {
                facts,
                analysis: None,
                data: None,
                watched: Vec::new(),
            };
        }
    };

    // A quarter-million-line file takes tens of milliseconds of CPU: keep it off the async
    // workers so other checks' timers keep running.
    // The mirror hosts too: the connectivity check resolves them as Go would.
    let mut watch = inputs.go_hosts.clone();
    watch.extend(
        inputs
            .connectivity
            .mirrors
            .iter()
            .filter_map(|m| crate::go::goproxy::host_of(m))
            .map(str::to_string),
    );
    let watched = watch.clone();
    let data = std::sync::Arc::new(data);
    let shared = std::sync::Arc::clone(&data);
    let analysis = match tokio::task::spawn_blocking(move || analyze(&shared, &watch)).await {
        Ok(analysis) => analysis,
        // A panic in the analysis is a bug: hand it to the pipeline, which reports it as
        // hosts.internal-error.
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    };
    fill_facts(&mut facts, &analysis, &inputs.go_hosts, today_days());
    Probed {
        facts,
        analysis: Some(analysis),
        data: Some(data),
        watched,
    }
}

/// Copies what the report shows from the analysis into the facts.
pub fn fill_facts(facts: &mut HostsFacts, a: &Analysis, go_hosts: &[String], today: i64) {
    facts.size = a.size as u64;
    facts.line_count = a.line_count;
    facts.entry_count = a.entry_count;
    facts.encoding = Some(a.encoding);
    facts.malformed_lines = a.syntax_total;
    facts.long_lines = a.long_lines.iter().map(|l| l.line).collect();
    facts.blocks = a
        .blocks
        .iter()
        .map(|b| BlockFacts {
            tool: b.tool,
            name: b.name.clone(),
            start_line: b.start_line,
            end_line: b.end_line,
            date: b.date.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
            age_days: b.date.map(|date| today - days_from_civil(date)),
        })
        .collect();
    facts.go_hosts = go_hosts
        .iter()
        .filter(|name| !a.entries(name).is_empty())
        .map(|name| GoHostFacts {
            name: name.clone(),
            entries: a
                .entries(name)
                .iter()
                .map(|e| EntryFacts {
                    line: e.line,
                    address: e.address(),
                    written: e.written.clone(),
                    go_reads: e.go_reads,
                    glibc_reads: e.glibc_reads,
                    block: a.blocks.iter().find(|b| b.contains(e.line)).map(|b| b.tool),
                    repeats: e.repeats,
                    last_line: (e.repeats > 0).then_some(e.last_line),
                })
                .collect(),
            go_answer: a.go_answer(name).addresses(),
            glibc_answer: a.glibc_answer(name, facts.glibc_multi).addresses(),
        })
        .collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hosts::nsswitch::LookupOrder;

    #[tokio::test]
    async fn a_second_pass_only_for_names_not_watched() {
        let data = b"10.0.0.7 proxy.golang.org\n10.0.0.8 mirror.example\n".to_vec();
        let watched = vec!["proxy.golang.org".to_string()];
        let probed = Probed {
            facts: HostsFacts::new("/etc/hosts".into(), LookupOrder::FilesDns),
            analysis: Some(analyze(&data, &watched)),
            data: Some(std::sync::Arc::new(data)),
            watched,
        };
        assert!(
            probed
                .analysis_for(&["PROXY.golang.org.".to_string()])
                .await
                .is_none()
        );
        let view = probed
            .analysis_for(&["mirror.example".to_string()])
            .await
            .unwrap();
        assert_eq!(view.go_answer("mirror.example").addresses(), ["10.0.0.8"]);
    }
}
