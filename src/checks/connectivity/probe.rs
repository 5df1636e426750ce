//! The connectivity probe: for every target, the path Go walks (name -> addresses -> TCP ->
//! TLS -> the module-proxy protocol), all targets at once, each under one deadline.

use crate::model::millis;
use std::net::{IpAddr, SocketAddr};
use std::time::Instant;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

use super::facts::{
    AddressSource, ConnectFacts, ConnectOutcome, ConnectivityFacts, Layer, ProxyFacts,
    RequestFacts, Role, TargetFacts, TlsFacts,
};
use super::targets::{Target, targets};
use crate::checks::Shared;
use crate::checks::dns::resolve::{Source, resolve_as_go};
use crate::config::Inputs;
use crate::hosts::analyze::Analysis;
use crate::hosts::nsswitch::LookupOrder;
use crate::net::proxyenv::{self, ProxyUrl};
use crate::net::{http, tls};
use crate::redact::redact;

/// A stream the HTTP client can use: plain TCP or TLS over it.
trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// What every target probe shares.
struct Env<'a> {
    inputs: &'a Inputs,
    hosts: Option<&'a Analysis>,
    order: LookupOrder,
    system: Vec<SocketAddr>,
    roots: tls::Roots,
}

/// Runs the probe.
pub async fn probe(inputs: &Inputs, shared: &Shared) -> ConnectivityFacts {
    let deadline = Instant::now() + inputs.connectivity.timeout;
    let cfg = &inputs.connectivity;
    let hosts = shared.hosts(inputs).await;
    // Watch every target's host (and the proxy's) in the hosts file, not just the Go hosts.
    let early = targets("", "off", &cfg.mirrors, &cfg.probe_module);
    let mut watch: Vec<String> = inputs.go_hosts.clone();
    watch.extend(early.iter().map(|t| t.host.clone()));
    if let Some(Ok(p)) = proxyenv::proxy_for_https(&inputs.env, "proxy.golang.org", 443) {
        watch.push(p.host);
    }
    let hosts_view = hosts.analysis_for(&watch).await;
    let env = Env {
        inputs,
        hosts: hosts_view.as_ref().or(hosts.analysis.as_ref()),
        order: hosts.facts.lookup_order,
        system: crate::checks::dns::probe::system_servers(inputs).await,
        roots: tls::load_roots(),
    };
    // Mirrors do not depend on go env: they start at once, while go env answers (or hangs:
    // the run stays within one timeout). The checksum database's targets wait for GOSUMDB.
    let early_probes = crate::net::join_all(early.iter().map(|t| probe_target(&env, t, deadline)));
    let late_probes = async {
        let go_env = tokio::time::timeout_at(deadline.into(), shared.go_env(inputs))
            .await
            .ok()?;
        if go_env.variables.is_empty() {
            return None;
        }
        let goproxy = go_env.value("GOPROXY").to_string();
        let gosumdb = go_env.value("GOSUMDB").to_string();
        let all = targets(&goproxy, &gosumdb, &cfg.mirrors, &cfg.probe_module);
        let extra: Vec<&Target> = all
            .iter()
            .filter(|t| !early.iter().any(|e| e.base == t.base))
            .collect();
        // The GOPROXY hosts are known only now: look them up in the hosts file too.
        let mut late_watch = watch.clone();
        late_watch.extend(extra.iter().map(|t| t.host.clone()));
        let late_view = if extra.is_empty() {
            None
        } else {
            hosts.analysis_for(&late_watch).await
        };
        let late_env = Env {
            hosts: late_view.as_ref().or(env.hosts),
            system: env.system.clone(),
            roots: env.roots.clone(),
            ..env
        };
        let facts = crate::net::join_all(
            extra
                .into_iter()
                .map(|t| probe_target(&late_env, t, deadline)),
        )
        .await;
        Some((goproxy, gosumdb, all, facts))
    };
    let https_proxy = match proxyenv::proxy_for_https(&inputs.env, "proxy.golang.org", 443) {
        Some(Ok(p)) => Some(p),
        _ => None,
    };
    let proxy_probe = async {
        match &https_proxy {
            Some(p) => Some(probe_proxy(&env, p, deadline).await),
            None => None,
        }
    };
    let (proxy_facts, early_facts, late) = tokio::join!(proxy_probe, early_probes, late_probes);

    let (goproxy, gosumdb, targets, downloads, checksums) = match late {
        Some((goproxy, gosumdb, all, late_facts)) => {
            // In GOPROXY order, each target under the role go env gives it.
            let mut pool: Vec<TargetFacts> = early_facts.into_iter().chain(late_facts).collect();
            let targets: Vec<TargetFacts> = all
                .iter()
                .filter_map(|t| {
                    let i = pool
                        .iter()
                        .position(|f| f.url.eq_ignore_ascii_case(&redact(&t.base)))?;
                    let mut f = pool.swap_remove(i);
                    f.role = t.role;
                    Some(f)
                })
                .collect();
            let downloads = super::verdict::downloads(&goproxy, &targets);
            let checksums = super::verdict::sumdb(&goproxy, &gosumdb, &targets);
            (goproxy, gosumdb, targets, downloads, checksums)
        }
        None => {
            let unknown = super::facts::Verdict::Unknown {
                reason: "go env did not report GOPROXY and GOSUMDB in time".into(),
            };
            let targets: Vec<TargetFacts> = early_facts
                .into_iter()
                .filter(|t| t.role != Role::Storage)
                .collect();
            (
                String::new(),
                String::new(),
                targets,
                unknown.clone(),
                unknown,
            )
        }
    };
    let sumdb_direct_works = matches!(
        checksums,
        super::facts::Verdict::Works { .. } | super::facts::Verdict::Disabled
    );
    let ranking = super::verdict::ranking(&targets, sumdb_direct_works);
    ConnectivityFacts {
        downloads,
        checksums,
        ranking,
        probe_module: cfg.probe_module.clone(),
        trust_roots: env.roots.source.clone(),
        goproxy: crate::go::goproxy::redact_proxy_list(&goproxy),
        gosumdb: redact(&gosumdb),
        https_proxy: proxy_facts,
        targets,
    }
}

/// Resolves a host as Go would, within `deadline`.
async fn resolve(
    env: &Env<'_>,
    host: &str,
    deadline: Instant,
) -> Result<(Vec<IpAddr>, AddressSource), String> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok((vec![ip], AddressSource::Literal));
    }
    let remaining = deadline.saturating_duration_since(Instant::now());
    let fut = resolve_as_go(env.inputs, env.hosts, env.order, &env.system, host);
    match tokio::time::timeout(remaining, fut).await {
        Err(_) => Err(format!("no answer for {host} within the deadline")),
        Ok(r) if r.addresses.is_empty() => Err(r.error.unwrap_or_else(|| "no address".into())),
        Ok(r) => Ok((
            r.addresses,
            if r.source == Some(Source::HostsFile) {
                AddressSource::HostsFile
            } else {
                AddressSource::Dns
            },
        )),
    }
}

async fn connect(addr: SocketAddr, deadline: Instant) -> (ConnectFacts, Option<TcpStream>) {
    let start = Instant::now();
    let remaining = deadline.saturating_duration_since(start);
    let result = tokio::time::timeout(remaining, TcpStream::connect(addr)).await;
    let rtt_ms = millis(start.elapsed());
    let (outcome, error, stream) = match result {
        Err(_) => (
            ConnectOutcome::Timeout,
            Some(format!("no TCP answer within {} ms", remaining.as_millis())),
            None,
        ),
        Ok(Ok(s)) => (ConnectOutcome::Ok, None, Some(s)),
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => (
            ConnectOutcome::Refused,
            Some("connection refused".into()),
            None,
        ),
        Ok(Err(e)) => (ConnectOutcome::Error, Some(e.to_string()), None),
    };
    (
        ConnectFacts {
            address: addr.to_string(),
            outcome,
            rtt_ms,
            error,
        },
        stream,
    )
}

async fn probe_proxy(env: &Env<'_>, proxy: &ProxyUrl, deadline: Instant) -> ProxyFacts {
    let mut facts = ProxyFacts {
        variable: proxy.variable.clone(),
        url: proxy.display(),
        reachable: false,
        error: None,
        rtt_ms: None,
    };
    match resolve(env, &proxy.host, deadline).await {
        Err(e) => facts.error = Some(format!("cannot resolve {}: {e}", proxy.host)),
        Ok((addrs, _)) => {
            let (c, _) = connect(SocketAddr::new(addrs[0], proxy.port), deadline).await;
            facts.reachable = c.outcome == ConnectOutcome::Ok;
            facts.rtt_ms = Some(c.rtt_ms);
            facts.error = c.error;
        }
    }
    facts
}

/// Opens a stream to the target's host: through HTTPS_PROXY (CONNECT) when Go would use it,
/// else directly to `addr`.
async fn open(
    env: &Env<'_>,
    t: &Target,
    addr: SocketAddr,
    via: Option<&ProxyUrl>,
    deadline: Instant,
) -> Result<Box<dyn Io>, (Layer, String)> {
    let tcp: Box<dyn Io> = match via {
        Some(proxy) => {
            let (paddrs, _) = resolve(env, &proxy.host, deadline)
                .await
                .map_err(|e| (Layer::Proxy, e))?;
            let (c, stream) = connect(SocketAddr::new(paddrs[0], proxy.port), deadline).await;
            let mut stream = stream.ok_or((
                Layer::Proxy,
                format!("proxy {}: {}", proxy.display(), c.error.unwrap_or_default()),
            ))?;
            let remaining = deadline.saturating_duration_since(Instant::now());
            let target = format!("{}:{}", t.host_for_connect(), t.port);
            http::connect_tunnel(
                &mut stream,
                &target,
                proxy.basic_auth().as_deref(),
                remaining,
            )
            .await
            .map_err(|e| (Layer::Proxy, format!("proxy {}: {e}", proxy.display())))?;
            Box::new(stream)
        }
        None => {
            let (c, stream) = connect(addr, deadline).await;
            Box::new(stream.ok_or((Layer::Tcp, c.error.unwrap_or_default()))?)
        }
    };
    if !t.https {
        return Ok(tcp);
    }
    let remaining = deadline.saturating_duration_since(Instant::now());
    let (hs, stream) = tls::handshake(tcp, &t.host, &env.roots, remaining).await;
    stream
        .map(|s| Box::new(s) as Box<dyn Io>)
        .ok_or((Layer::Tls, hs.error.unwrap_or_default()))
}

async fn probe_target(env: &Env<'_>, t: &Target, deadline: Instant) -> TargetFacts {
    let start = Instant::now();
    let via = if t.https {
        proxyenv::proxy_for_https(&env.inputs.env, &t.host, t.port).and_then(Result::ok)
    } else {
        None
    };
    let mut facts = TargetFacts {
        url: redact(&t.base),
        role: t.role,
        host: t.host.clone(),
        port: t.port,
        via_proxy: via.as_ref().map(ProxyUrl::display),
        resolved_from: None,
        addresses: Vec::new(),
        error: None,
        connects: Vec::new(),
        tls: None,
        requests: Vec::new(),
        failed_at: None,
        serves_protocol: false,
        proxies_sumdb: None,
        latency_ms: None,
    };

    // Through a proxy, the proxy resolves and connects: godiag sees only the tunnel.
    let chosen: SocketAddr = if via.is_some() {
        SocketAddr::new(IpAddr::from([0, 0, 0, 0]), t.port)
    } else {
        let addrs = match resolve(env, &t.host, deadline).await {
            Ok((addrs, from)) => {
                facts.resolved_from = Some(from);
                facts.addresses = addrs.iter().map(ToString::to_string).collect();
                addrs
            }
            Err(e) => {
                facts.error = Some(e);
                facts.failed_at = Some(Layer::Resolve);
                return facts;
            }
        };
        // Every address, IPv4 and IPv6 apart, at once (at most four).
        let attempts = crate::net::join_all(
            addrs
                .iter()
                .take(4)
                .map(|ip| connect(SocketAddr::new(*ip, t.port), deadline)),
        )
        .await;
        let mut first_ok = None;
        for (c, stream) in attempts {
            if first_ok.is_none() && stream.is_some() {
                first_ok = c.address.parse::<SocketAddr>().ok();
            }
            facts.connects.push(c);
        }
        match first_ok {
            Some(a) => a,
            None => {
                facts.failed_at = Some(Layer::Tcp);
                facts.error = facts.connects.iter().find_map(|c| c.error.clone());
                return facts;
            }
        }
    };

    // TLS once on its own, to record what the server presented.
    if t.https {
        let tcp: Result<Box<dyn Io>, (Layer, String)> = match &via {
            Some(_) => {
                open(
                    env,
                    &Target {
                        https: false,
                        ..t.clone()
                    },
                    chosen,
                    via.as_ref(),
                    deadline,
                )
                .await
            }
            None => match connect(chosen, deadline).await {
                (_, Some(s)) => Ok(Box::new(s)),
                (c, None) => Err((Layer::Tcp, c.error.unwrap_or_default())),
            },
        };
        let tcp = match tcp {
            Ok(s) => s,
            Err((layer, e)) => {
                facts.failed_at = Some(layer);
                facts.error = Some(redact(&e));
                return facts;
            }
        };
        let remaining = deadline.saturating_duration_since(Instant::now());
        let (hs, _stream) = tls::handshake(tcp, &t.host, &env.roots, remaining).await;
        facts.tls = Some(TlsFacts {
            error: hs.error.as_deref().map(redact),
            ..hs.clone()
        });
        if !hs.ok {
            facts.failed_at = Some(Layer::Tls);
            facts.error = facts.tls.as_ref().and_then(|t| t.error.clone());
            return facts;
        }
    }

    // The protocol itself: each request on its own connection (`Connection: close`).
    for (path, primary) in t.paths() {
        let url = format!("{}{}", t.base.trim_end_matches('/'), path);
        let full_path = format!("{}{}", t.path_prefix(), path);
        let request = async {
            let mut stream = open(env, t, chosen, via.as_ref(), deadline)
                .await
                .map_err(|(_, e)| e)?;
            let remaining = deadline.saturating_duration_since(Instant::now());
            http::get(&mut stream, &t.host_header(), &full_path, remaining).await
        };
        let result = request.await;
        let mut rf = RequestFacts {
            url: redact(&url),
            status: None,
            error: None,
            rtt_ms: None,
        };
        match result {
            Ok(r) => {
                rf.status = Some(r.status);
                rf.rtt_ms = Some(r.rtt_ms);
                if primary {
                    facts.serves_protocol = r.status == 200;
                    facts.latency_ms = Some(millis(start.elapsed()));
                    if r.status != 200 {
                        facts.failed_at = Some(Layer::Http);
                    }
                } else {
                    facts.proxies_sumdb = match r.status {
                        200 => Some(true),
                        404 | 410 => Some(false),
                        _ => None,
                    };
                }
            }
            Err(e) => {
                rf.error = Some(redact(&e));
                if primary {
                    facts.failed_at = Some(Layer::Http);
                    facts.error = rf.error.clone();
                }
            }
        }
        facts.requests.push(rf);
        if primary && !facts.serves_protocol {
            break;
        }
    }
    facts
}
