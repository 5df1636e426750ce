//! Go's verdict, computed with Go's own fallback rules over what the probes saw, and the
//! ranking of the mirrors. Pure.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::facts::{Layer, Role, TargetFacts};
use crate::go::goproxy::{self, Fallback, ProxyEntry};
use crate::go::gosumdb::{self, SumDb};
use crate::redact::redact;

/// Will module downloads work, and through which entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "result", rename_all = "kebab-case")]
pub enum Verdict {
    /// Through this proxy URL, or `direct` (origin servers with git; not probed).
    Works { via: String },
    /// Go stops at this entry with this reason.
    Fails { at: String, reason: String },
    /// GOPROXY=off / GOSUMDB=off: disabled on purpose.
    Disabled,
    /// The setting is invalid (go-env reports it).
    Invalid,
    /// Not known: the settings could not be read.
    Unknown { reason: String },
}

fn target<'a>(targets: &'a [TargetFacts], url: &str, roles: &[Role]) -> Option<&'a TargetFacts> {
    let url = redact(url.trim_end_matches('/'));
    targets
        .iter()
        .find(|t| roles.contains(&t.role) && t.url.eq_ignore_ascii_case(&url))
}

/// A one-line account of where a target failed.
pub fn describe_failure(t: &TargetFacts) -> String {
    let error = t.error.clone().unwrap_or_default();
    match t.failed_at {
        Some(Layer::Resolve) => format!("does not resolve ({error})"),
        Some(Layer::Proxy) => format!("cannot be reached through the HTTP proxy ({error})"),
        Some(Layer::Tcp) => {
            let n = t.connects.len();
            let what = match t.connects.iter().map(|c| c.outcome).next() {
                Some(super::facts::ConnectOutcome::Timeout) => "TCP connections time out",
                Some(super::facts::ConnectOutcome::Refused) => "TCP connections are refused",
                _ => "TCP connections fail",
            };
            format!(
                "is unreachable: {what} ({n} address{})",
                if n == 1 { "" } else { "es" }
            )
        }
        Some(Layer::Tls) => format!("fails TLS: {error}"),
        Some(Layer::Http) => match t.requests.first().and_then(|r| r.status) {
            Some(status) => format!("answers HTTP {status} to {}", t.requests[0].url),
            None => format!("does not answer HTTP: {error}"),
        },
        None => "works".to_string(),
    }
}

fn is_not_found(t: &TargetFacts) -> bool {
    matches!(t.requests.first().and_then(|r| r.status), Some(404 | 410))
}

/// Module downloads, by GOPROXY's rules.
pub fn downloads(goproxy: &str, targets: &[TargetFacts]) -> Verdict {
    let Ok(list) = goproxy::parse(goproxy) else {
        return Verdict::Invalid;
    };
    let mut last = None;
    for entry in &list.entries {
        match entry {
            ProxyEntry::Off => {
                return match last {
                    None => Verdict::Disabled,
                    Some((at, reason)) => Verdict::Fails { at, reason },
                };
            }
            ProxyEntry::Direct => {
                return Verdict::Works {
                    via: "direct".into(),
                };
            }
            ProxyEntry::Url { url, fallback } => {
                let Some(t) = target(targets, url, &[Role::Goproxy]) else {
                    continue;
                };
                if t.serves_protocol {
                    return Verdict::Works { via: t.url.clone() };
                }
                let reason = describe_failure(t);
                if is_not_found(t) || *fallback == Fallback::OnAnyError {
                    last = Some((t.url.clone(), reason));
                    continue;
                }
                return Verdict::Fails {
                    at: t.url.clone(),
                    reason,
                };
            }
        }
    }
    match last {
        Some((at, reason)) => Verdict::Fails { at, reason },
        None => Verdict::Invalid,
    }
}

/// Checksum verification, by GOSUMDB's and GOPROXY's rules.
pub fn sumdb(goproxy: &str, gosumdb: &str, targets: &[TargetFacts]) -> Verdict {
    let db = match gosumdb::parse(gosumdb) {
        Ok(SumDb::Off) => return Verdict::Disabled,
        Err(_) => return Verdict::Invalid,
        Ok(db) => db,
    };
    let direct = |url: &str| match target(targets, url, &[Role::Sumdb, Role::SumdbAlternative]) {
        Some(t) if t.serves_protocol => Verdict::Works { via: t.url.clone() },
        Some(t) => Verdict::Fails {
            at: t.url.clone(),
            reason: describe_failure(t),
        },
        None => Verdict::Invalid,
    };
    let name = match db {
        SumDb::Database { url: Some(url), .. } => return direct(&url),
        SumDb::Database { name, url: None } => name,
        SumDb::Off => return Verdict::Disabled,
    };
    if let Ok(list) = goproxy::parse(goproxy) {
        for entry in &list.entries {
            let ProxyEntry::Url { url, fallback } = entry else {
                break;
            };
            let Some(t) = target(targets, url, &[Role::Goproxy]) else {
                continue;
            };
            match t.proxies_sumdb {
                Some(true) => {
                    return Verdict::Works {
                        via: format!("{}/sumdb/{name}", t.url),
                    };
                }
                Some(false) => continue,
                None if *fallback == Fallback::OnAnyError => continue,
                None => {
                    let reason = match t.requests.get(1) {
                        Some(r) => match (r.status, &r.error) {
                            (Some(s), _) => format!("reading {}: {s}", r.url),
                            (None, Some(e)) => format!("reading {}: {e}", r.url),
                            _ => describe_failure(t),
                        },
                        None => describe_failure(t),
                    };
                    return Verdict::Fails {
                        at: t.url.clone(),
                        reason,
                    };
                }
            }
        }
    }
    direct(&format!("https://{name}"))
}

/// One ranked candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Ranked {
    pub url: String,
    pub latency_ms: u64,
    pub proxies_sumdb: bool,
}

/// Every proxy or mirror that served the protocol, best first: those that proxy the checksum
/// database first when it is not reachable directly (one setting that works beats two), then
/// by latency.
pub fn ranking(targets: &[TargetFacts], sumdb_direct_works: bool) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = targets
        .iter()
        .filter(|t| matches!(t.role, Role::Goproxy | Role::Mirror) && t.serves_protocol)
        .map(|t| Ranked {
            url: t.url.clone(),
            latency_ms: t.latency_ms.unwrap_or(u64::MAX),
            proxies_sumdb: t.proxies_sumdb == Some(true),
        })
        .collect();
    ranked.sort_by_key(|r| (!sumdb_direct_works && !r.proxies_sumdb, r.latency_ms));
    ranked
}
