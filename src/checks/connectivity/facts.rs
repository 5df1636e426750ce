//! What the connectivity probe saw, layer by layer, per target.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::messages as msg;
use super::problem;
use crate::i18n::Message;

/// Every target the go command may contact, and how far each got.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ConnectivityFacts {
    /// The module whose version list proves a proxy speaks the protocol.
    pub probe_module: String,
    /// Where the TLS trust roots came from (as Go: SSL_CERT_FILE / SSL_CERT_DIR / system).
    pub trust_roots: String,
    pub goproxy: String,
    pub gosumdb: String,
    /// HTTPS_PROXY, when set, and whether it accepts connections.
    pub https_proxy: Option<ProxyFacts>,
    pub targets: Vec<TargetFacts>,
    /// Will `go mod download` work with the current settings, by Go's fallback rules.
    pub downloads: Verdict,
    /// Will checksum verification work.
    pub checksums: Verdict,
    /// Proxies and mirrors that served the protocol, best first.
    pub ranking: Vec<Ranked>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ProxyFacts {
    pub variable: String,
    /// Redacted URL.
    pub url: String,
    pub reachable: bool,
    pub error: Option<String>,
    pub rtt_ms: Option<u64>,
}

/// Why a target is probed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// An entry of the effective GOPROXY.
    Goproxy,
    /// A mirror candidate from the config.
    Mirror,
    /// The checksum database fetched directly (GOSUMDB's URL, or sum.golang.org).
    Sumdb,
    /// sum.golang.google.cn, the checksum database's mainland-China alias, as a candidate fix.
    SumdbAlternative,
    /// storage.googleapis.com, where proxy.golang.org redirects .zip downloads.
    Storage,
    /// The probe module's origin, for `direct`: the `?go-get=1` discovery page, then the
    /// repository it names (git over HTTPS).
    Origin,
}

impl Role {
    /// The catalogue keyword (`role` arguments), the same as the JSON value.
    pub fn keyword(self) -> &'static str {
        match self {
            Role::Goproxy => "goproxy",
            Role::Mirror => "mirror",
            Role::Sumdb => "sumdb",
            Role::SumdbAlternative => "sumdb-alternative",
            Role::Storage => "storage",
            Role::Origin => "origin",
        }
    }

    /// The role on its own ("GOPROXY entry", "zip storage"), for the `--verbose` table.
    pub fn message(self) -> Message {
        msg::role(self.keyword())
    }
}

/// The layer at which a target failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Layer {
    Resolve,
    Proxy,
    Tcp,
    Tls,
    Http,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct TargetFacts {
    /// Base URL (redacted).
    pub url: String,
    pub role: Role,
    pub host: String,
    pub port: u16,
    /// The HTTPS_PROXY this target is reached through, if any (redacted).
    pub via_proxy: Option<String>,
    /// Where the addresses came from, as Go resolves the name.
    pub resolved_from: Option<AddressSource>,
    pub addresses: Vec<String>,
    /// What went wrong at `failed_at` (redacted).
    pub error: Option<String>,
    pub connects: Vec<ConnectFacts>,
    pub tls: Option<TlsFacts>,
    pub requests: Vec<RequestFacts>,
    /// The layer where it stopped, if it did.
    pub failed_at: Option<Layer>,
    /// `GET <url>/<probe module>/@v/list` answered 200.
    pub serves_protocol: bool,
    /// `GET <url>/sumdb/<GOSUMDB name>/supported`: 200 yes, 404/410 no, otherwise unknown.
    pub proxies_sumdb: Option<bool>,
    /// The checksum database name `supported` was asked for (GOSUMDB's, else sum.golang.org).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sumdb_name: Option<String>,
    /// A real read of the checksum database through this proxy (`/latest`, then a tile), done
    /// when the proxy says it supports it: Go never falls back after that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sumdb_reads: Option<SumdbReads>,
    /// Time from the first connect to the protocol answer.
    pub latency_ms: Option<u64>,
    /// When the hosts file gave the addresses: what DNS gives instead and whether those
    /// accept connections, so a stale pin can be told from a dead host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_alternative: Option<DnsAlternative>,
    /// Not waited for: Go's own path was known to work, and this target (which Go does not
    /// contact with these settings) had not answered after this many ms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cut_short_ms: Option<u64>,
}

/// The addresses DNS gives for a host that the hosts file pins, dialed as Go would.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct DnsAlternative {
    pub addresses: Vec<String>,
    pub connects: Vec<ConnectFacts>,
    /// Why DNS gave no address, when it gave none.
    pub error: Option<String>,
}

impl DnsAlternative {
    /// The address that accepted a connection, if one did.
    pub fn working(&self) -> Option<&ConnectFacts> {
        self.connects
            .iter()
            .find(|c| c.outcome == ConnectOutcome::Ok)
    }
}

impl DnsAlternative {
    /// "DNS gives 1.2.3.4, which accepts connections (12 ms)", or why it does not help.
    pub fn message(&self) -> Message {
        if let Some(e) = &self.error {
            return msg::dns_alternative_none(problem::phrase(e));
        }
        let addresses = self.addresses.clone();
        match self.working() {
            Some(c) => msg::dns_alternative_works(addresses, c.rtt_ms),
            None => msg::dns_alternative_dead(addresses),
        }
    }
}

/// The [`message`](DnsAlternative::message) in the language of the current rendering.
impl std::fmt::Display for DnsAlternative {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ConnectFacts {
    pub address: String,
    pub outcome: ConnectOutcome,
    pub rtt_ms: u64,
    pub error: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ConnectOutcome {
    Ok,
    Timeout,
    Refused,
    /// Network or host unreachable, or another OS error.
    Error,
}

/// What the TLS handshake showed: verdict, issuer, and whether the root is public.
pub use crate::net::tls::Handshake as TlsFacts;

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct RequestFacts {
    /// Full URL (redacted).
    pub url: String,
    /// The final status, after redirects. For a `file://` entry: 200 when the file exists,
    /// 404 when it does not (Go treats a missing file as not found).
    pub status: Option<u16>,
    pub error: Option<String>,
    pub rtt_ms: Option<u64>,
    /// The request was sent over a working connection but the run's budget ended before the
    /// answer: Go, which has no response timeout, waits at least this long.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waited_ms: Option<u64>,
    /// Redirects followed (as Go's client does, up to 10), in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub redirects: Vec<String>,
}

/// A read of the checksum database: the signed tree note and a tile of the tree.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct SumdbReads {
    pub ok: bool,
    /// The tree size the signed note gave.
    pub tree_size: Option<u64>,
    pub error: Option<String>,
}

/// Will module downloads work, and through which entry. Reasons are messages as data
/// (`{"id": ..., "args": {...}}`), rendered in the report's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "result", rename_all = "kebab-case")]
pub enum Verdict {
    /// Through this proxy URL, or `direct` (the module's origin, probed as Go reaches it).
    Works { via: String },
    /// Go stops at this entry with this reason.
    Fails { at: String, reason: Message },
    /// GOPROXY=off / GOSUMDB=off: disabled on purpose.
    Disabled,
    /// The setting is invalid (go-env reports it).
    Invalid,
    /// Not known: the settings could not be read.
    Unknown { reason: Message },
    /// Go does not do this for the probe module (GONOSUMDB / GOPRIVATE match it).
    Skipped { reason: Message },
}

/// One ranked candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Ranked {
    pub url: String,
    pub latency_ms: u64,
    pub proxies_sumdb: bool,
}

/// Where a target's addresses came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AddressSource {
    /// The host is an IP address.
    Literal,
    /// A line of the hosts file (Go reads it first, or instead of DNS).
    HostsFile,
    /// The system resolver.
    Dns,
}

impl AddressSource {
    /// The catalogue keyword (`source` arguments), the same as the JSON value.
    pub fn keyword(self) -> &'static str {
        match self {
            AddressSource::Literal => "literal",
            AddressSource::HostsFile => "hosts-file",
            AddressSource::Dns => "dns",
        }
    }
}

/// Facts the rule tests across modules start from.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::ConnectivityFacts;

    /// One GOPROXY target, goproxy.cn, whose addresses came from `resolved_from`
    /// (`hosts-file`, `dns`): 121.40.200.18, which does not answer, while DNS alone gives
    /// 118.184.169.35, which does. Go stops there for downloads and checksums.
    pub fn dead_pinned_goproxy_cn(resolved_from: &str) -> ConnectivityFacts {
        serde_json::from_value(serde_json::json!({
            "probe_module": "golang.org/x/text", "trust_roots": "system",
            "goproxy": "https://goproxy.cn,direct", "gosumdb": "sum.golang.org",
            "https_proxy": null, "ranking": [],
            "downloads": {"result": "fails", "at": "https://goproxy.cn", "reason": "is unreachable"},
            "checksums": {"result": "fails", "at": "https://goproxy.cn", "reason": "is unreachable"},
            "targets": [{
                "url": "https://goproxy.cn", "role": "goproxy", "host": "goproxy.cn", "port": 443,
                "via_proxy": null, "resolved_from": resolved_from, "addresses": ["121.40.200.18"],
                "error": "no TCP answer", "tls": null, "requests": [], "failed_at": "tcp",
                "serves_protocol": false, "proxies_sumdb": null, "latency_ms": null,
                "connects": [{"address": "121.40.200.18:443", "outcome": "timeout", "rtt_ms": 3000, "error": "no TCP answer"}],
                "dns_alternative": {"addresses": ["118.184.169.35"], "error": null,
                    "connects": [{"address": "118.184.169.35:443", "outcome": "ok", "rtt_ms": 30, "error": null}]}
            }]
        }))
        .expect("connectivity facts")
    }
}
