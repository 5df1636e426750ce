//! DNS probes: one query to one resolver with hickory-resolver (no cache, no retry, one
//! deadline), and a raw "hold-on" probe that keeps listening after the first reply to catch
//! on-path injection (a forged answer that races the real one).

use crate::model::millis;
use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;
use std::time::{Duration, Instant};

use hickory_resolver::TokioResolver;
use hickory_resolver::config::{NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
use hickory_resolver::proto::op::{Message, MessageType, OpCode, Query, ResponseCode};
use hickory_resolver::proto::rr::{Name, RecordType};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Record types the dns check asks for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum QueryType {
    A,
    #[allow(clippy::upper_case_acronyms)]
    AAAA,
}

impl QueryType {
    fn record_type(self) -> RecordType {
        match self {
            QueryType::A => RecordType::A,
            QueryType::AAAA => RecordType::AAAA,
        }
    }
}

/// How one query ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Answers arrived.
    Ok,
    /// The name does not exist.
    Nxdomain,
    /// The name exists but has no record of this type.
    Nodata,
    Servfail,
    Refused,
    /// Another error response code.
    OtherRcode,
    /// No answer before the deadline.
    Timeout,
    /// The request could not be sent or no reply arrived intact (unreachable network, a reply
    /// truncated over TCP too).
    NetworkError,
    /// No answer yet when Go's own path was known to work: a context query, not waited for.
    NotWaited,
    /// A reply to the query arrived (its id matched) but is not a DNS message that can be read:
    /// a broken resolver, or a middlebox rewriting DNS. Not "blocked": something answered.
    Malformed,
}

impl std::fmt::Display for Outcome {
    /// The JSON report's word (`network-error`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.keyword())
    }
}

impl Outcome {
    /// The JSON report's word (`network-error`), which is also the keyword the messages
    /// select their words on (`dns-outcome` in locales/*/dns.ftl).
    pub fn keyword(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Nxdomain => "nxdomain",
            Outcome::Nodata => "nodata",
            Outcome::Servfail => "servfail",
            Outcome::Refused => "refused",
            Outcome::OtherRcode => "other-rcode",
            Outcome::Timeout => "timeout",
            Outcome::NetworkError => "network-error",
            Outcome::NotWaited => "not-waited-for",
            Outcome::Malformed => "malformed",
        }
    }
}

impl Outcome {
    /// Did the resolver answer at all (even "no such name")? A malformed reply is no answer
    /// Go could use.
    pub fn answered(self) -> bool {
        !matches!(
            self,
            Outcome::Timeout | Outcome::NetworkError | Outcome::NotWaited | Outcome::Malformed
        )
    }
}

/// The result of one query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct QueryResult {
    pub outcome: Outcome,
    pub answers: Vec<IpAddr>,
    /// The smallest TTL among the answers.
    pub ttl: Option<u32>,
    pub rtt_ms: u64,
    /// The error, for `network-error` and other-rcode outcomes.
    pub error: Option<String>,
}

/// An encrypted DNS server: DNS over TLS or over HTTPS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encrypted {
    pub https: bool,
    pub addr: SocketAddr,
    /// The TLS server name (and certificate name).
    pub server_name: String,
    /// The DoH path, e.g. `/dns-query`.
    pub path: Option<String>,
}

impl Encrypted {
    /// Parses `tls://IP[:PORT]#NAME` or `https://IP[:PORT]/PATH#NAME`.
    pub fn parse(text: &str) -> Result<Encrypted, String> {
        let bad = || {
            format!(
                "{text:?} is not an encrypted resolver; expected tls://IP[:PORT]#NAME or https://IP[:PORT]/PATH#NAME"
            )
        };
        let (url, name) = text.split_once('#').ok_or_else(bad)?;
        let (scheme, rest) = url.split_once("://").ok_or_else(bad)?;
        let https = match scheme {
            "tls" => false,
            "https" => true,
            _ => return Err(bad()),
        };
        let (hostport, path) = match rest.find('/') {
            Some(i) => (&rest[..i], Some(rest[i..].to_string())),
            None => (rest, None),
        };
        let default_port = if https { 443 } else { 853 };
        let addr = match hostport.parse::<SocketAddr>() {
            Ok(a) => a,
            Err(_) => SocketAddr::new(
                hostport
                    .trim_matches(['[', ']'])
                    .parse()
                    .map_err(|_| bad())?,
                default_port,
            ),
        };
        if name.is_empty() {
            return Err(bad());
        }
        Ok(Encrypted {
            https,
            addr,
            server_name: name.to_string(),
            path: if https {
                path.or(Some("/dns-query".into()))
            } else {
                None
            },
        })
    }

    /// How the report names it: `tls://223.5.5.5:853#dns.alidns.com`.
    pub fn label(&self) -> String {
        let scheme = if self.https { "https" } else { "tls" };
        format!(
            "{scheme}://{}{}#{}",
            self.addr,
            self.path.as_deref().unwrap_or(""),
            self.server_name
        )
    }
}

/// A resolver for one server: no cache, no retries, no hosts file, one deadline. UDP, and TCP
/// only for a reply that comes back truncated (TC bit), as Go's stub resolver does
/// (`net/dnsclient_unix.go`, `Resolver.exchange`: "if h.Truncated { continue }" moves from udp
/// to tcp); hickory's name-server pool does the same when the server has a TCP connection.
pub fn resolver_for(server: SocketAddr, timeout: Duration) -> Result<TokioResolver, NetError> {
    build(
        NameServerConfig::udp_and_tcp(server.ip()),
        server.port(),
        timeout,
        None,
    )
}

/// A resolver for an encrypted server, trusting `roots` (Go's roots, see [`crate::net::tls`]).
pub fn encrypted_resolver_for(
    e: &Encrypted,
    timeout: Duration,
    roots: &rustls::RootCertStore,
) -> Result<TokioResolver, NetError> {
    let name: std::sync::Arc<str> = e.server_name.clone().into();
    let ns = if e.https {
        NameServerConfig::https(e.addr.ip(), name, e.path.clone().map(Into::into))
    } else {
        NameServerConfig::tls(e.addr.ip(), name)
    };
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| NetError::Msg(e.to_string()))?
        .with_root_certificates(roots.clone())
        .with_no_client_auth();
    build(ns, e.addr.port(), timeout, Some(tls))
}

fn build(
    mut ns: NameServerConfig,
    port: u16,
    timeout: Duration,
    tls: Option<rustls::ClientConfig>,
) -> Result<TokioResolver, NetError> {
    for c in &mut ns.connections {
        c.port = port;
    }
    let config = ResolverConfig::from_parts(None, vec![], vec![ns]);
    let mut builder = TokioResolver::builder_with_config(config, TokioRuntimeProvider::default());
    if let Some(tls) = tls {
        builder = builder.with_tls_config(tls);
    }
    let opts: &mut ResolverOpts = builder.options_mut();
    opts.timeout = timeout;
    opts.attempts = 0;
    opts.cache_size = 0;
    opts.use_hosts_file = ResolveHosts::Never;
    opts.num_concurrent_reqs = 1;
    opts.try_tcp_on_error = false;
    opts.ndots = 0;
    builder.build()
}

fn fqdn(name: &str) -> Result<Name, String> {
    let text = if name.ends_with('.') {
        name.to_string()
    } else {
        format!("{name}.")
    };
    Name::from_str(&text).map_err(|e| format!("{name:?} is not a DNS name: {e}"))
}

/// Asks `resolver` for `name`, bounded by `deadline` (hickory's own timeout is the same, this
/// is the outer guarantee).
pub async fn query(
    resolver: &TokioResolver,
    name: &str,
    qtype: QueryType,
    deadline: Duration,
) -> QueryResult {
    let start = Instant::now();
    let mut result = QueryResult {
        outcome: Outcome::Ok,
        answers: vec![],
        ttl: None,
        rtt_ms: 0,
        error: None,
    };
    let name = match fqdn(name) {
        Ok(n) => n,
        Err(e) => {
            result.outcome = Outcome::NetworkError;
            result.error = Some(e);
            return result;
        }
    };
    let lookup = tokio::time::timeout(deadline, resolver.lookup(name, qtype.record_type())).await;
    result.rtt_ms = millis(start.elapsed());
    match lookup {
        Err(_) => result.outcome = Outcome::Timeout,
        Ok(Ok(lookup)) => {
            for record in lookup.answers() {
                if let Some(ip) = record.data.ip_addr() {
                    result.answers.push(ip);
                    result.ttl = Some(result.ttl.map_or(record.ttl, |t: u32| t.min(record.ttl)));
                }
            }
            if result.answers.is_empty() {
                result.outcome = Outcome::Nodata;
            }
        }
        Ok(Err(e)) => classify_error(&e, &mut result),
    }
    result
}

fn classify_error(e: &NetError, result: &mut QueryResult) {
    result.outcome = match e {
        NetError::Timeout => Outcome::Timeout,
        NetError::Dns(DnsError::NoRecordsFound(no)) => {
            if no.response_code == ResponseCode::NXDomain {
                Outcome::Nxdomain
            } else {
                Outcome::Nodata
            }
        }
        NetError::Dns(DnsError::ResponseCode(ResponseCode::ServFail)) => Outcome::Servfail,
        NetError::Dns(DnsError::ResponseCode(ResponseCode::Refused)) => Outcome::Refused,
        NetError::Dns(DnsError::ResponseCode(code)) => {
            result.error = Some(format!("response code {code}"));
            Outcome::OtherRcode
        }
        // hickory reads a reply whose id matches the query; failing that is a reply that is not
        // DNS (replies with another id are ignored, as Go ignores them, until the deadline).
        NetError::Proto(e) => {
            result.error = Some(format!(
                "the resolver answered with a malformed DNS message: {e}"
            ));
            Outcome::Malformed
        }
        NetError::Truncated => {
            result.error =
                Some("the reply was truncated (TC bit) over UDP and again over TCP".into());
            Outcome::NetworkError
        }
        other => {
            // hickory folds a socket that could not be opened into "no connections available"
            // (or an I/O error): ask the OS whether descriptors ran out.
            if matches!(other, NetError::NoConnections | NetError::Io(_)) {
                crate::fdlimit::probe_now();
            }
            result.error = Some(other.to_string());
            Outcome::NetworkError
        }
    };
}

/// A reply's response code, by its mnemonic (RFC 1035 section 4.1.1, RFC 6895).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Rcode {
    /// NOERROR.
    NoError,
    /// FORMERR: the server could not read the query.
    FormErr,
    /// SERVFAIL.
    ServFail,
    /// NXDOMAIN: the name does not exist.
    NxDomain,
    /// NOTIMP.
    NotImp,
    /// REFUSED.
    Refused,
    /// Any other code, by number.
    Other(u16),
}

impl From<ResponseCode> for Rcode {
    fn from(code: ResponseCode) -> Rcode {
        match code {
            ResponseCode::NoError => Rcode::NoError,
            ResponseCode::FormErr => Rcode::FormErr,
            ResponseCode::ServFail => Rcode::ServFail,
            ResponseCode::NXDomain => Rcode::NxDomain,
            ResponseCode::NotImp => Rcode::NotImp,
            ResponseCode::Refused => Rcode::Refused,
            other => Rcode::Other(u16::from(other)),
        }
    }
}

impl std::fmt::Display for Rcode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rcode::NoError => f.write_str("NOERROR"),
            Rcode::FormErr => f.write_str("FORMERR"),
            Rcode::ServFail => f.write_str("SERVFAIL"),
            Rcode::NxDomain => f.write_str("NXDOMAIN"),
            Rcode::NotImp => f.write_str("NOTIMP"),
            Rcode::Refused => f.write_str("REFUSED"),
            Rcode::Other(n) => write!(f, "RCODE {n}"),
        }
    }
}

/// One reply seen by the hold-on probe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Reply {
    pub answers: Vec<IpAddr>,
    pub ttl: Option<u32>,
    pub rcode: Rcode,
    /// Milliseconds after the query was sent.
    pub after_ms: u64,
}

/// Sends one A query over UDP and collects every reply with the right id for `hold_on` after
/// the first one (never past `deadline`). Two different replies to one query are the
/// strongest sign of injection: a censor's forged answer arrives first, the real one later.
pub async fn hold_on_probe(
    server: SocketAddr,
    name: &str,
    hold_on: Duration,
    deadline: Duration,
) -> Result<Vec<Reply>, String> {
    let start = Instant::now();
    let name = fqdn(name)?;
    let bind: SocketAddr = if server.is_ipv4() {
        ([0, 0, 0, 0], 0).into()
    } else {
        ([0u16; 8], 0).into()
    };
    let socket = tokio::net::UdpSocket::bind(bind).await.map_err(|e| {
        crate::fdlimit::note(&e);
        format!("cannot open a UDP socket: {e}")
    })?;
    let id: u16 = rand_id();
    let mut msg = Message::new(id, MessageType::Query, OpCode::Query);
    msg.metadata.recursion_desired = true;
    msg.add_query(Query::query(name, RecordType::A));
    let bytes = msg
        .to_vec()
        .map_err(|e| format!("cannot encode the query: {e}"))?;
    socket
        .send_to(&bytes, server)
        .await
        .map_err(|e| format!("cannot send to {server}: {e}"))?;

    let mut replies = Vec::new();
    let mut stop_at = start + deadline;
    let mut buf = vec![0u8; 4096];
    loop {
        let now = Instant::now();
        if now >= stop_at {
            break;
        }
        let received = tokio::time::timeout(stop_at - now, socket.recv_from(&mut buf)).await;
        let Ok(Ok((len, from))) = received else { break };
        if from != server {
            continue;
        }
        let Ok(reply) = Message::from_vec(&buf[..len]) else {
            continue;
        };
        if reply.metadata.id != id || reply.metadata.message_type != MessageType::Response {
            continue;
        }
        let mut answers = Vec::new();
        let mut ttl: Option<u32> = None;
        for record in &reply.answers {
            if let Some(ip) = record.data.ip_addr() {
                answers.push(ip);
                ttl = Some(ttl.map_or(record.ttl, |t| t.min(record.ttl)));
            }
        }
        if replies.is_empty() {
            stop_at = stop_at.min(Instant::now() + hold_on);
        }
        replies.push(Reply {
            answers,
            ttl,
            rcode: Rcode::from(reply.metadata.response_code),
            after_ms: millis(start.elapsed()),
        });
    }
    Ok(replies)
}

/// A query id that is not predictable across runs.
fn rand_id() -> u16 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(Instant::now().elapsed().as_nanos());
    (h.finish() & 0xffff) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypted_resolver_syntax() {
        let t = Encrypted::parse("tls://223.5.5.5#dns.alidns.com").unwrap();
        assert_eq!(
            (t.https, t.addr.port(), t.server_name.as_str()),
            (false, 853, "dns.alidns.com")
        );
        let h = Encrypted::parse("https://1.1.1.1/dns-query#cloudflare-dns.com").unwrap();
        assert_eq!(
            (h.https, h.addr.port(), h.path.as_deref()),
            (true, 443, Some("/dns-query"))
        );
        assert_eq!(
            h.label(),
            "https://1.1.1.1:443/dns-query#cloudflare-dns.com"
        );
        assert_eq!(
            Encrypted::parse("tls://127.0.0.1:8853#dot.test")
                .unwrap()
                .addr
                .port(),
            8853
        );
        for bad in [
            "tls://223.5.5.5",
            "udp://1.1.1.1#x",
            "https://dns.google/dns-query#dns.google",
            "tls://1.1.1.1#",
        ] {
            assert!(Encrypted::parse(bad).is_err(), "{bad}");
        }
    }
}
