//! The connectivity probe: for every target, the path Go walks (name -> addresses -> TCP ->
//! TLS -> the module-proxy protocol), all targets at once, each under one deadline.

use crate::model::millis;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

use super::facts::{
    AddressSource, ConnectFacts, ConnectOutcome, ConnectivityFacts, DnsAlternative, Layer,
    ProxyFacts, RequestFacts, Role, SumdbReads, TargetFacts, TlsFacts,
};
use super::targets::{Target, escape_module_path, file_entries, targets};
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
    let progress = Progress::default();
    let started = Instant::now();
    let early_probes = crate::net::join_all(early.iter().map(|t| {
        tracked(
            probe_target(&env, t, deadline),
            t,
            shared,
            &progress,
            started,
        )
    }));
    let late_probes = async {
        let go_env = tokio::time::timeout_at(deadline.into(), shared.go_env(inputs))
            .await
            .ok()?;
        if go_env.variables.is_empty() {
            return None;
        }
        let settings = super::verdict::Settings {
            goproxy: go_env.value("GOPROXY").to_string(),
            gosumdb: go_env.value("GOSUMDB").to_string(),
            gonoproxy: go_env.value("GONOPROXY").to_string(),
            gonosumdb: go_env.value("GONOSUMDB").to_string(),
            module: cfg.probe_module.clone(),
        };
        let all = targets(
            &settings.goproxy,
            &settings.gosumdb,
            &cfg.mirrors,
            &cfg.probe_module,
        );
        // Probed again when the early probe asked another database name than GOSUMDB's.
        let extra: Vec<&Target> = all
            .iter()
            .filter(|t| {
                !early
                    .iter()
                    .any(|e| e.base == t.base && e.sumdb_name == t.sumdb_name)
            })
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
        let _ = progress.settings.set((settings.clone(), all.clone()));
        progress.changed.notify_one();
        // `direct` is probed when Go can reach it for the probe module.
        let reaches_direct = crate::go::goproxy::parse(&settings.goproxy)
            .is_ok_and(|l| l.entries.contains(&crate::go::goproxy::ProxyEntry::Direct))
            || crate::go::pattern::match_prefix_patterns(&settings.gonoproxy, &settings.module);
        let origin = async {
            if !reaches_direct {
                return None;
            }
            let probe = probe_origin(&late_env, &settings.module, deadline);
            Some(
                match Target::for_url(&format!("https://{}", settings.module), Role::Origin) {
                    Some(origin) => tracked(probe, &origin, shared, &progress, started).await,
                    None => probe.await,
                },
            )
        };
        let (mut facts, origin) = tokio::join!(
            crate::net::join_all(extra.iter().map(|t| tracked(
                probe_target(&late_env, t, deadline),
                t,
                shared,
                &progress,
                started
            ))),
            origin
        );
        // Late facts replace early ones probed with another database name.
        let replaced: Vec<String> = extra.iter().map(|t| t.base.clone()).collect();
        facts.extend(
            file_entries(&settings.goproxy)
                .iter()
                .map(|u| probe_file_entry(u, &settings.module)),
        );
        Some((settings, all, facts, origin, replaced))
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
    let probes = async { tokio::join!(proxy_probe, early_probes, late_probes) };
    tokio::pin!(probes);
    // Once Go's path is known to work, what is still running is context: it gets a grace
    // period (the dns check's reference resolvers too), then it is cut short.
    let (proxy_facts, early_facts, late) = tokio::select! {
        r = &mut probes => r,
        () = progress.decide(shared) => probes.await,
    };

    let (settings, targets, downloads, checksums) = match late {
        Some((settings, all, late_facts, origin, replaced)) => {
            // In GOPROXY order, each target under the role go env gives it.
            let mut pool: Vec<TargetFacts> = early_facts
                .into_iter()
                .filter(|f| {
                    !replaced
                        .iter()
                        .any(|b| f.url.eq_ignore_ascii_case(&redact(b)))
                })
                .chain(late_facts)
                .collect();
            let files = file_entries(&settings.goproxy);
            let mut targets: Vec<TargetFacts> = all
                .iter()
                .map(|t| t.base.clone())
                .chain(files)
                .filter_map(|base| {
                    let i = pool.iter().position(|f| {
                        f.url
                            .eq_ignore_ascii_case(&redact(base.trim_end_matches('/')))
                    })?;
                    let mut f = pool.swap_remove(i);
                    if let Some(t) = all.iter().find(|t| t.base == base) {
                        f.role = t.role;
                    }
                    Some(f)
                })
                .collect();
            let (downloads, checksums) = verdicts(&settings, &targets, origin.as_ref());
            targets.extend(origin);
            (settings, targets, downloads, checksums)
        }
        None => {
            let unknown = super::facts::Verdict::Unknown {
                reason: super::messages::reason_no_settings(),
            };
            let targets: Vec<TargetFacts> = early_facts
                .into_iter()
                .filter(|t| t.role != Role::Storage)
                .collect();
            (
                super::verdict::Settings::default(),
                targets,
                unknown.clone(),
                unknown,
            )
        }
    };
    let sumdb_direct_works = matches!(
        checksums,
        super::facts::Verdict::Works { .. }
            | super::facts::Verdict::Disabled
            | super::facts::Verdict::Skipped { .. }
    );
    let ranking = super::verdict::ranking(&targets, sumdb_direct_works);
    ConnectivityFacts {
        downloads,
        checksums,
        ranking,
        probe_module: cfg.probe_module.clone(),
        trust_roots: env.roots.source.clone(),
        goproxy: crate::go::goproxy::redact_proxy_list(&settings.goproxy),
        gosumdb: redact(&settings.gosumdb),
        https_proxy: proxy_facts,
        targets,
    }
}

/// The probes finished so far, and the settings that say which of them decide Go's path.
#[derive(Default)]
struct Progress {
    done: Mutex<Vec<TargetFacts>>,
    settings: std::sync::OnceLock<(super::verdict::Settings, Vec<Target>)>,
    changed: tokio::sync::Notify,
}

impl Progress {
    /// Returns once downloads and checksums are known to work from the probes finished so
    /// far (every GOPROXY entry among them), after telling the other checks; never otherwise.
    async fn decide(&self, shared: &Shared) {
        loop {
            self.changed.notified().await;
            if self.go_path_works() {
                shared.go_path_works();
                return;
            }
        }
    }

    fn go_path_works(&self) -> bool {
        let Some((settings, all)) = self.settings.get() else {
            return false;
        };
        let Ok(done) = self.done.lock() else {
            return false;
        };
        let mut targets = Vec::new();
        for t in all {
            match done.iter().find(|f| {
                f.url
                    .eq_ignore_ascii_case(&redact(t.base.trim_end_matches('/')))
            }) {
                Some(f) => targets.push(TargetFacts {
                    role: t.role,
                    ..f.clone()
                }),
                // A GOPROXY entry still running can change everything.
                None if t.role == Role::Goproxy => return false,
                None => {}
            }
        }
        targets.extend(
            file_entries(&settings.goproxy)
                .iter()
                .map(|u| probe_file_entry(u, &settings.module)),
        );
        let origin = done.iter().find(|f| f.role == Role::Origin);
        let (downloads, checksums) = verdicts(settings, &targets, origin);
        matches!(downloads, super::facts::Verdict::Works { .. })
            && matches!(
                checksums,
                super::facts::Verdict::Works { .. }
                    | super::facts::Verdict::Disabled
                    | super::facts::Verdict::Skipped { .. }
            )
    }
}

/// Go's verdicts from the targets that were probed to the end (a probe cut short says
/// nothing about its target).
fn verdicts(
    settings: &super::verdict::Settings,
    targets: &[TargetFacts],
    origin: Option<&TargetFacts>,
) -> (super::facts::Verdict, super::facts::Verdict) {
    let measured: Vec<TargetFacts> = targets
        .iter()
        .filter(|t| t.cut_short_ms.is_none())
        .cloned()
        .collect();
    let origin = origin.filter(|o| o.cut_short_ms.is_none());
    (
        super::verdict::downloads(settings, &measured, origin),
        super::verdict::sumdb(settings, &measured),
    )
}

/// Runs one target's probe, cut short once Go's path is known to work and the grace period
/// is over, and records it for [`Progress`].
async fn tracked(
    probe: impl std::future::Future<Output = TargetFacts>,
    t: &Target,
    shared: &Shared,
    progress: &Progress,
    started: Instant,
) -> TargetFacts {
    let facts = tokio::select! {
        f = probe => f,
        () = shared.context_cutoff() => {
            let mut f = empty_facts(t);
            f.cut_short_ms = Some(millis(started.elapsed()));
            f
        }
    };
    if let Ok(mut done) = progress.done.lock() {
        done.push(facts.clone());
    }
    progress.changed.notify_one();
    facts
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
        // The kernel gave up on the handshake (ETIMEDOUT): a timeout, as the deadline is.
        Ok(Err(e)) if super::problem::Problem::of_io(&e) == super::problem::Problem::Timeout => {
            (ConnectOutcome::Timeout, Some(e.to_string()), None)
        }
        Ok(Err(e)) => {
            crate::fdlimit::note(&e);
            (ConnectOutcome::Error, Some(e.to_string()), None)
        }
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

/// net/dial.go `dialParallel`'s fallback delay (`Dialer.FallbackDelay` default, RFC 6555).
const FALLBACK_DELAY: Duration = Duration::from_millis(300);

/// net/dial.go `partialDeadline`'s floor: an address gets at least this much of the time left.
const SANE_MINIMUM: Duration = Duration::from_secs(2);

/// Addresses one after another until one connects, each with its share of the time left:
/// net/dial.go `dialSerial` and `partialDeadline`.
async fn dial_serial(
    addrs: Vec<SocketAddr>,
    deadline: Instant,
    log: Arc<Mutex<Vec<ConnectFacts>>>,
    in_flight: Arc<Mutex<Option<(SocketAddr, Instant)>>>,
) -> Option<(SocketAddr, TcpStream)> {
    let total = addrs.len();
    for (i, addr) in addrs.into_iter().enumerate() {
        let now = Instant::now();
        if let Ok(mut f) = in_flight.lock() {
            *f = Some((addr, now));
        }
        let remaining = deadline.saturating_duration_since(now);
        let share = remaining / u32::try_from(total - i).unwrap_or(1).max(1);
        let share = share.max(SANE_MINIMUM.min(remaining));
        let (c, stream) = connect(addr, now + share).await;
        if let Ok(mut f) = in_flight.lock() {
            *f = None;
        }
        if let Ok(mut l) = log.lock() {
            l.push(c);
        }
        if let Some(s) = stream {
            return Some((addr, s));
        }
        if Instant::now() >= deadline {
            break;
        }
    }
    None
}

/// Go's dialer: the addresses of the first address's family are tried in order; the other
/// family starts 300 ms later (or as soon as the first family has failed), and the first
/// connection wins (net/dial.go `dialParallel`, `partition`). Every attempt is recorded; an
/// attempt still running when the other family won is recorded as a timeout of that length.
async fn dial_go(
    addrs: &[IpAddr],
    port: u16,
    deadline: Instant,
) -> (Vec<ConnectFacts>, Option<(SocketAddr, TcpStream)>) {
    let Some(first) = addrs.first() else {
        return (Vec::new(), None);
    };
    let (primaries, fallbacks): (Vec<SocketAddr>, Vec<SocketAddr>) = addrs
        .iter()
        .map(|ip| SocketAddr::new(*ip, port))
        .partition(|a| a.is_ipv4() == first.is_ipv4());
    let log = Arc::new(Mutex::new(Vec::new()));
    let primary_flight = Arc::new(Mutex::new(None));
    let fallback_flight = Arc::new(Mutex::new(None));
    let winner = if fallbacks.is_empty() {
        dial_serial(primaries, deadline, log.clone(), primary_flight.clone()).await
    } else {
        let primary_failed = Arc::new(tokio::sync::Notify::new());
        let primary = {
            let failed = primary_failed.clone();
            let (log, flight) = (log.clone(), primary_flight.clone());
            async move {
                let r = dial_serial(primaries, deadline, log, flight).await;
                if r.is_none() {
                    failed.notify_one();
                }
                r
            }
        };
        // The fallback starts after the delay, or at once when the first family has failed.
        let fallback = async {
            tokio::select! {
                () = tokio::time::sleep(FALLBACK_DELAY) => {}
                () = primary_failed.notified() => {}
            }
            dial_serial(fallbacks, deadline, log.clone(), fallback_flight.clone()).await
        };
        tokio::pin!(primary);
        tokio::pin!(fallback);
        let (mut primary_done, mut fallback_done) = (false, false);
        loop {
            tokio::select! {
                r = &mut primary, if !primary_done => {
                    primary_done = true;
                    if r.is_some() || fallback_done { break r; }
                }
                r = &mut fallback, if !fallback_done => {
                    fallback_done = true;
                    if r.is_some() || primary_done { break r; }
                }
            }
        }
    };
    let mut facts = log.lock().map(|l| l.clone()).unwrap_or_default();
    for flight in [&primary_flight, &fallback_flight] {
        if let Some((addr, since)) = flight.lock().ok().and_then(|f| *f) {
            let ms = millis(since.elapsed());
            facts.push(ConnectFacts {
                address: addr.to_string(),
                outcome: ConnectOutcome::Timeout,
                rtt_ms: ms,
                error: Some(format!(
                    "no TCP answer after {ms} ms, when Go's dialer had connected to another address"
                )),
            });
        }
    }
    (facts, winner)
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

/// What dialing a target showed, layer by layer, and the stream when every layer worked.
struct Dialed {
    via: Option<ProxyUrl>,
    resolved_from: Option<AddressSource>,
    addresses: Vec<String>,
    connects: Vec<ConnectFacts>,
    tls: Option<TlsFacts>,
    failed: Option<(Layer, String)>,
    stream: Option<Box<dyn Io>>,
    dns_alternative: Option<DnsAlternative>,
}

/// The proxy Go uses for this target (golang.org/x/net/http/httpproxy, per URL).
fn proxy_for(env: &Env<'_>, t: &Target) -> Option<ProxyUrl> {
    if t.https {
        proxyenv::proxy_for_https(&env.inputs.env, &t.host, t.port).and_then(Result::ok)
    } else {
        None
    }
}

/// Resolve, connect (Go's dialer, or a CONNECT tunnel through HTTPS_PROXY), TLS.
async fn dial(env: &Env<'_>, t: &Target, deadline: Instant) -> Dialed {
    let via = proxy_for(env, t);
    let mut d = Dialed {
        via: via.clone(),
        resolved_from: None,
        addresses: Vec::new(),
        connects: Vec::new(),
        tls: None,
        failed: None,
        stream: None,
        dns_alternative: None,
    };
    let tcp: Box<dyn Io> = match &via {
        Some(proxy) => {
            let (paddrs, _) = match resolve(env, &proxy.host, deadline).await {
                Ok(a) => a,
                Err(e) => {
                    d.failed = Some((Layer::Proxy, format!("proxy {}: {e}", proxy.display())));
                    return d;
                }
            };
            let (_, stream) = dial_go(&paddrs, proxy.port, deadline).await;
            let Some((_, tcp)) = stream else {
                d.failed = Some((
                    Layer::Proxy,
                    format!("proxy {}: does not accept connections", proxy.display()),
                ));
                return d;
            };
            let remaining = deadline.saturating_duration_since(Instant::now());
            // net/http transport.go dialConn: an https:// proxy is reached over TLS first.
            let mut stream: Box<dyn Io> = if proxy.scheme == "https" {
                let (hs, s) = tls::handshake(tcp, &proxy.host, &env.roots, remaining).await;
                match s {
                    Some(s) => Box::new(s),
                    None => {
                        d.failed = Some((
                            Layer::Proxy,
                            format!(
                                "proxy {}: TLS to the proxy fails: {}",
                                proxy.display(),
                                hs.error.unwrap_or_default()
                            ),
                        ));
                        return d;
                    }
                }
            } else {
                Box::new(tcp)
            };
            let remaining = deadline.saturating_duration_since(Instant::now());
            let result = if proxy.scheme.starts_with("socks5") {
                let creds = proxy.credentials();
                crate::net::socks::connect(
                    &mut stream,
                    &t.host,
                    t.port,
                    creds.as_ref().map(|(u, p)| (u.as_str(), p.as_str())),
                    remaining,
                )
                .await
            } else {
                let target = format!("{}:{}", t.host_for_connect(), t.port);
                http::connect_tunnel(
                    &mut stream,
                    &target,
                    proxy.basic_auth().as_deref(),
                    remaining,
                )
                .await
            };
            if let Err(e) = result {
                d.failed = Some((Layer::Proxy, format!("proxy {}: {e}", proxy.display())));
                return d;
            }
            stream
        }
        None => {
            let addrs = match resolve(env, &t.host, deadline).await {
                Ok((addrs, from)) => {
                    d.resolved_from = Some(from);
                    d.addresses = addrs.iter().map(ToString::to_string).collect();
                    addrs
                }
                Err(e) => {
                    d.failed = Some((Layer::Resolve, e));
                    return d;
                }
            };
            let ((connects, stream), alternative) =
                if d.resolved_from == Some(AddressSource::HostsFile) {
                    dial_with_alternative(env, t, &addrs, deadline).await
                } else {
                    (dial_go(&addrs, t.port, deadline).await, None)
                };
            d.dns_alternative = alternative;
            d.connects = connects;
            match stream {
                Some((_, s)) => Box::new(s),
                None => {
                    let e = d
                        .connects
                        .iter()
                        .find_map(|c| c.error.clone())
                        .unwrap_or_else(|| "no address to connect to".into());
                    d.failed = Some((Layer::Tcp, e));
                    return d;
                }
            }
        }
    };
    if !t.https {
        d.stream = Some(tcp);
        return d;
    }
    let remaining = deadline.saturating_duration_since(Instant::now());
    let (hs, stream) = tls::handshake(tcp, &t.host, &env.roots, remaining).await;
    d.tls = Some(TlsFacts {
        error: hs.error.as_deref().map(redact),
        ..hs.clone()
    });
    match stream {
        Some(s) => d.stream = Some(Box::new(s)),
        None => d.failed = Some((Layer::Tls, redact(&hs.error.unwrap_or_default()))),
    }
    d
}

/// A GET as Go's client does it: redirects followed (net/http client.go, up to 10), each hop
/// dialed anew; `first` is a stream already open to `t`.
async fn fetch(
    env: &Env<'_>,
    t: &Target,
    path: &str,
    first: Option<Box<dyn Io>>,
    deadline: Instant,
) -> (RequestFacts, Option<http::Response>) {
    let url = format!("{}{}", t.base.trim_end_matches('/'), path);
    let mut rf = RequestFacts {
        url: redact(&url),
        ..RequestFacts::default()
    };
    let start = Instant::now();
    let mut current = t.clone();
    let mut current_path = format!("{}{}", t.path_prefix(), path);
    let mut stream = first;
    for _hop in 0..=10 {
        let mut s = match stream.take() {
            Some(s) => s,
            None => {
                let d = dial(env, &current, deadline).await;
                match d.stream {
                    Some(s) => s,
                    None => {
                        let (_, e) = d.failed.unwrap_or((Layer::Tcp, "cannot connect".into()));
                        rf.error = Some(redact(&format!("{}: {e}", current.host)));
                        return (rf, None);
                    }
                }
            }
        };
        let remaining = deadline.saturating_duration_since(Instant::now());
        match http::get(&mut s, &current.host_header(), &current_path, remaining).await {
            Err(http::GetError::NoAnswerYet { .. }) => {
                rf.waited_ms = Some(millis(start.elapsed()));
                rf.error = Some(format!(
                    "no answer within {} ms (Go has no response timeout and keeps waiting)",
                    millis(start.elapsed())
                ));
                return (rf, None);
            }
            Err(http::GetError::Failed(e)) => {
                rf.error = Some(redact(&e));
                return (rf, None);
            }
            Ok(r) => {
                let here = format!("{}{}", current.base_origin(), current_path);
                let Some(next) = http::redirect_target(&here, r.status, &r.headers) else {
                    rf.status = Some(r.status);
                    rf.rtt_ms = Some(millis(start.elapsed()));
                    return (rf, Some(r));
                };
                let Some(target) = Target::for_url(&next, t.role) else {
                    rf.status = Some(r.status);
                    rf.error = Some(format!(
                        "redirect to {} that Go cannot follow",
                        redact(&next)
                    ));
                    return (rf, None);
                };
                rf.redirects.push(redact(&next));
                current_path = next
                    .split_once("://")
                    .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
                    .unwrap_or_else(|| "/".into());
                current = Target {
                    base: target.base_origin(),
                    ..target
                };
            }
        }
    }
    rf.error = Some("stopped after 10 redirects".into());
    (rf, None)
}

/// Checks a signed tree note (golang.org/x/mod/sumdb/note and tlog.ParseTree): the text is
/// "go.sum database tree", the size, the hash; a signature line names the database. Returns
/// the tree size.
pub fn parse_tree_note(body: &[u8], name: &str) -> Result<u64, String> {
    let text = std::str::from_utf8(body).map_err(|_| "the signed note is not text".to_string())?;
    let Some((msg, sigs)) = text.split_once("\n\n") else {
        return Err("not a signed note (no signature block)".into());
    };
    let mut lines = msg.lines();
    if lines.next() != Some("go.sum database tree") {
        return Err("not a checksum database tree note".into());
    }
    let size: u64 = lines
        .next()
        .and_then(|l| l.parse().ok())
        .ok_or("the tree note has no size")?;
    let prefix = format!("\u{2014} {name} ");
    if !sigs.lines().any(|l| l.starts_with(&prefix)) {
        return Err(format!("the tree note is not signed by {name}"));
    }
    Ok(size)
}

/// The first tile of level 0 for a tree of `size` records (golang.org/x/mod/sumdb/tlog
/// `Tile.Path`): full when the tree has 256 records or more, else partial.
pub fn first_tile(size: u64) -> (String, usize) {
    if size >= 256 {
        ("/tile/8/0/000".to_string(), 256 * 32)
    } else {
        (
            format!("/tile/8/0/000.p/{size}"),
            usize::try_from(size).unwrap_or(0) * 32,
        )
    }
}

/// Reads the checksum database under `prefix` (`/sumdb/<name>` on a proxy, empty directly):
/// the signed tree note, then the first tile, as every lookup needs.
async fn read_sumdb(
    env: &Env<'_>,
    t: &Target,
    prefix: &str,
    deadline: Instant,
    requests: &mut Vec<RequestFacts>,
) -> SumdbReads {
    let (rf, r) = fetch(env, t, &format!("{prefix}/latest"), None, deadline).await;
    let waited = rf.waited_ms.is_some();
    requests.push(rf.clone());
    let fail = |e: String| SumdbReads {
        ok: waited,
        tree_size: None,
        error: Some(e),
    };
    let Some(r) = r else {
        return fail(rf.error.unwrap_or_default());
    };
    if r.status != 200 {
        return fail(format!("reading {}: {}", rf.url, r.status));
    }
    let size = match parse_tree_note(&r.body, &t.sumdb_name) {
        Ok(n) if n > 0 => n,
        Ok(_) => return fail("the tree is empty".into()),
        Err(e) => return fail(format!("{}: {e}", rf.url)),
    };
    let (tile, want) = first_tile(size);
    let (tf, tr) = fetch(env, t, &format!("{prefix}{tile}"), None, deadline).await;
    let waited = tf.waited_ms.is_some();
    requests.push(tf.clone());
    match tr {
        Some(r) if r.status == 200 && r.body.len() >= want.min(64 * 1024) => SumdbReads {
            ok: true,
            tree_size: Some(size),
            error: None,
        },
        Some(r) if r.status == 200 => SumdbReads {
            ok: false,
            tree_size: Some(size),
            error: Some(format!("{}: a short tile ({} bytes)", tf.url, r.body.len())),
        },
        Some(r) => SumdbReads {
            ok: false,
            tree_size: Some(size),
            error: Some(format!("reading {}: {}", tf.url, r.status)),
        },
        None => SumdbReads {
            ok: waited,
            tree_size: Some(size),
            error: tf.error,
        },
    }
}

fn empty_facts(t: &Target) -> TargetFacts {
    TargetFacts {
        url: redact(&t.base),
        role: t.role,
        host: t.host.clone(),
        port: t.port,
        via_proxy: None,
        resolved_from: None,
        addresses: Vec::new(),
        error: None,
        connects: Vec::new(),
        tls: None,
        requests: Vec::new(),
        failed_at: None,
        serves_protocol: false,
        proxies_sumdb: None,
        sumdb_name: None,
        sumdb_reads: None,
        latency_ms: None,
        dns_alternative: None,
        cut_short_ms: None,
    }
}

async fn probe_target(env: &Env<'_>, t: &Target, deadline: Instant) -> TargetFacts {
    let start = Instant::now();
    // One connection for the layer facts and the first request.
    let (mut facts, stream) = dial_facts(env, t, deadline).await;
    if facts.failed_at.is_some() {
        return facts;
    }
    match t.role {
        Role::Goproxy | Role::Mirror => {
            let list = format!("/{}/@v/list", escape_module_path(&t.probe_module));
            let supported = format!("/sumdb/{}/supported", t.sumdb_name);
            let ((lf, _), (sf, _)) = tokio::join!(
                fetch(env, t, &list, stream, deadline),
                fetch(env, t, &supported, None, deadline)
            );
            facts.serves_protocol = lf.status == Some(200);
            facts.latency_ms = Some(millis(start.elapsed()));
            if !facts.serves_protocol {
                facts.failed_at = Some(Layer::Http);
                facts.error = lf.error.clone();
            }
            facts.sumdb_name = Some(t.sumdb_name.clone());
            facts.proxies_sumdb = match sf.status {
                Some(200) => Some(true),
                Some(404 | 410) => Some(false),
                _ => None,
            };
            let supports = sf.status == Some(200);
            facts.requests.push(lf);
            facts.requests.push(sf);
            if supports {
                let prefix = format!("/sumdb/{}", t.sumdb_name);
                facts.sumdb_reads =
                    Some(read_sumdb(env, t, &prefix, deadline, &mut facts.requests).await);
            }
        }
        Role::Sumdb | Role::SumdbAlternative => {
            // The database's own `/latest` arrives on the first connection.
            drop(stream);
            let reads = read_sumdb(env, t, "", deadline, &mut facts.requests).await;
            facts.latency_ms = Some(millis(start.elapsed()));
            facts.serves_protocol = reads.ok && reads.error.is_none();
            if !facts.serves_protocol {
                facts.failed_at = Some(Layer::Http);
                facts.error = reads.error.clone();
            }
            facts.sumdb_reads = Some(reads);
        }
        Role::Storage | Role::Origin => {}
    }
    facts
}

/// A `file://` GOPROXY entry: Go reads `<path>/<module>/@v/list` from the file system, and a
/// missing file is "not found" (cmd/go/internal/web, file URLs).
fn probe_file_entry(url: &str, module: &str) -> TargetFacts {
    let path = url.get(7..).unwrap_or("").trim_end_matches('/').to_string();
    let list = format!("{path}/{}/@v/list", escape_module_path(module));
    let exists = std::fs::metadata(&list).is_ok_and(|m| m.is_file());
    TargetFacts {
        url: redact(url.trim_end_matches('/')),
        role: Role::Goproxy,
        host: String::new(),
        port: 0,
        via_proxy: None,
        resolved_from: None,
        addresses: Vec::new(),
        error: (!exists).then(|| format!("{list}: no such file")),
        connects: Vec::new(),
        tls: None,
        requests: vec![RequestFacts {
            url: format!("file://{list}"),
            status: Some(if exists { 200 } else { 404 }),
            ..RequestFacts::default()
        }],
        failed_at: (!exists).then_some(Layer::Http),
        serves_protocol: exists,
        proxies_sumdb: None,
        sumdb_name: None,
        sumdb_reads: None,
        latency_ms: Some(0),
        dns_alternative: None,
        cut_short_ms: None,
    }
}

/// The probe module's origin, as `direct` reaches it (cmd/go/internal/vcs `RepoRootForImportPath`):
/// github.com paths name their repository; any other path is discovered with
/// `https://<path>?go-get=1` and its `go-import` meta tag. Then git's smart-HTTP
/// `info/refs?service=git-upload-pack`. The facts are those of the host where it stopped.
async fn probe_origin(env: &Env<'_>, module: &str, deadline: Instant) -> TargetFacts {
    let start = Instant::now();
    let repo = if module.starts_with("github.com/") {
        let parts: Vec<&str> = module.split('/').take(3).collect();
        Some(format!("https://{}", parts.join("/")))
    } else {
        None
    };
    let mut requests = Vec::new();
    let repo = match repo {
        Some(r) => r,
        None => {
            let Some(t) = Target::for_url(&format!("https://{module}"), Role::Origin) else {
                return origin_unusable(module, format!("{module} is not a URL path"), requests);
            };
            let (mut facts, stream) = dial_facts(env, &t, deadline).await;
            let Some(stream) = stream else {
                return facts;
            };
            let (rf, r) = fetch(env, &t, "?go-get=1", Some(stream), deadline).await;
            let found = r
                .as_ref()
                .filter(|r| r.status == 200)
                .and_then(|r| go_import(&r.body, module));
            requests.push(rf.clone());
            match found {
                Some(repo) => repo,
                None => {
                    facts.requests = requests;
                    facts.failed_at = Some(Layer::Http);
                    facts.error = Some(match (rf.status, rf.error) {
                        (_, Some(e)) => e,
                        (Some(200), None) => {
                            format!("{}: no go-import meta tag for {module}", rf.url)
                        }
                        (Some(s), None) => format!("{} answers HTTP {s}", rf.url),
                        (None, None) => "no answer".into(),
                    });
                    return facts;
                }
            }
        }
    };
    let Some(t) = Target::for_url(&repo, Role::Origin) else {
        let why = format!("the repository URL {} is not http(s)", redact(&repo));
        return origin_unusable(module, why, requests);
    };
    let (mut facts, stream) = dial_facts(env, &t, deadline).await;
    facts.requests = requests;
    let Some(stream) = stream else {
        return facts;
    };
    let (rf, _) = fetch(
        env,
        &t,
        "/info/refs?service=git-upload-pack",
        Some(stream),
        deadline,
    )
    .await;
    facts.serves_protocol = rf.status == Some(200);
    facts.latency_ms = Some(millis(start.elapsed()));
    if !facts.serves_protocol {
        facts.failed_at = Some(Layer::Http);
        facts.error = rf.error.clone();
    }
    facts.requests.push(rf);
    facts
}

/// Facts for an origin godiag cannot even address (no URL to dial).
fn origin_unusable(module: &str, why: String, requests: Vec<RequestFacts>) -> TargetFacts {
    let t = Target {
        base: format!("https://{module}"),
        role: Role::Origin,
        https: true,
        host: module.split('/').next().unwrap_or(module).to_string(),
        port: 443,
        probe_module: module.to_string(),
        sumdb_name: String::new(),
    };
    let mut f = empty_facts(&t);
    f.error = Some(why);
    f.failed_at = Some(Layer::Resolve);
    f.requests = requests;
    f
}

/// Dials the pinned `addrs`; a pinned address goes stale, so what DNS gives is dialed at the
/// same time, and reported only when the pin fails (a working pin is not held up by DNS).
async fn dial_with_alternative(
    env: &Env<'_>,
    t: &Target,
    addrs: &[IpAddr],
    deadline: Instant,
) -> (
    (Vec<ConnectFacts>, Option<(SocketAddr, TcpStream)>),
    Option<DnsAlternative>,
) {
    let main = dial_go(addrs, t.port, deadline);
    let alternative = dns_alternative(env, t, deadline);
    tokio::pin!(main);
    tokio::pin!(alternative);
    let mut early: Option<DnsAlternative> = None;
    let dialed = loop {
        tokio::select! {
            dialed = &mut main => break dialed,
            alt = &mut alternative, if early.is_none() => early = Some(alt),
        }
    };
    if dialed.1.is_some() {
        return (dialed, None);
    }
    let alt = match early {
        Some(alt) => alt,
        None => alternative.await,
    };
    (dialed, Some(alt))
}

/// What DNS alone (the hosts file left out) gives for `t`'s host, and whether Go's dialer
/// connects to it. The connections are closed at once: only the TCP answer matters.
async fn dns_alternative(env: &Env<'_>, t: &Target, deadline: Instant) -> DnsAlternative {
    let remaining = deadline.saturating_duration_since(Instant::now());
    let lookup = resolve_as_go(env.inputs, None, LookupOrder::Dns, &env.system, &t.host);
    let addrs = match tokio::time::timeout(remaining, lookup).await {
        Ok(r) if !r.addresses.is_empty() => r.addresses,
        Ok(r) => {
            return DnsAlternative {
                addresses: Vec::new(),
                connects: Vec::new(),
                error: Some(r.error.unwrap_or_else(|| "no address".into())),
            };
        }
        Err(_) => {
            return DnsAlternative {
                addresses: Vec::new(),
                connects: Vec::new(),
                error: Some(format!("no DNS answer for {} within the deadline", t.host)),
            };
        }
    };
    let (connects, _) = dial_go(&addrs, t.port, deadline).await;
    DnsAlternative {
        addresses: addrs.iter().map(ToString::to_string).collect(),
        connects,
        error: None,
    }
}

/// Dials `t` and records the layers in fresh facts; the stream when every layer worked.
async fn dial_facts(
    env: &Env<'_>,
    t: &Target,
    deadline: Instant,
) -> (TargetFacts, Option<Box<dyn Io>>) {
    let mut facts = empty_facts(t);
    let d = dial(env, t, deadline).await;
    facts.via_proxy = d.via.as_ref().map(ProxyUrl::display);
    facts.resolved_from = d.resolved_from;
    facts.addresses = d.addresses;
    facts.connects = d.connects;
    facts.dns_alternative = d.dns_alternative;
    facts.tls = d.tls;
    if let Some((layer, e)) = d.failed {
        facts.failed_at = Some(layer);
        facts.error = Some(redact(&e));
        return (facts, None);
    }
    (facts, d.stream)
}

/// The repository URL of the `go-import` meta tag whose prefix covers `module`
/// (cmd/go/internal/vcs discovery.go `parseMetaGoImports`, git only).
pub fn go_import(html: &[u8], module: &str) -> Option<String> {
    let text = String::from_utf8_lossy(html);
    for tag in text.split("<meta").skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        if !tag.contains("go-import") {
            continue;
        }
        let content = tag.split("content=").nth(1)?;
        let quote = content.chars().next()?;
        let content = content[1..].split(quote).next()?;
        let fields: Vec<&str> = content.split_whitespace().collect();
        if let [prefix, vcs, repo] = fields.as_slice()
            && (module == *prefix || module.starts_with(&format!("{prefix}/")))
            && *vcs == "git"
        {
            return Some(repo.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_other_family_starts_at_once_when_the_first_fails() {
        let v4 = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = v4.local_addr().expect("addr").port();
        // Nothing listens on [::1]:port: refused at once (or unreachable without IPv6).
        let addrs: Vec<IpAddr> = vec!["::1".parse().unwrap(), "127.0.0.1".parse().unwrap()];
        let start = Instant::now();
        let (facts, winner) = dial_go(&addrs, port, start + Duration::from_secs(3)).await;
        let (addr, _) = winner.expect("IPv4 connects");
        assert!(addr.is_ipv4());
        assert!(
            start.elapsed() < FALLBACK_DELAY,
            "no 300 ms wait after a failure: {:?}",
            start.elapsed()
        );
        assert_eq!(facts.len(), 2, "{facts:?}");
        assert_ne!(facts[0].outcome, ConnectOutcome::Ok);
    }

    #[test]
    fn tree_notes_and_tiles() {
        let note = "go.sum database tree\n1234\nabc=\n\n\u{2014} sum.golang.org Az3g\n";
        assert_eq!(parse_tree_note(note.as_bytes(), "sum.golang.org"), Ok(1234));
        assert!(
            parse_tree_note(note.as_bytes(), "gosum.io")
                .unwrap_err()
                .contains("not signed by gosum.io")
        );
        assert!(parse_tree_note(b"<html>", "sum.golang.org").is_err());
        assert_eq!(first_tile(1), ("/tile/8/0/000.p/1".to_string(), 32));
        assert_eq!(first_tile(5000), ("/tile/8/0/000".to_string(), 8192));
    }

    #[test]
    fn go_import_meta_tags() {
        let html = br#"<html><head><meta name="go-import" content="golang.org/x/text git https://go.googlesource.com/text"></head></html>"#;
        assert_eq!(
            go_import(html, "golang.org/x/text").as_deref(),
            Some("https://go.googlesource.com/text")
        );
        assert_eq!(go_import(html, "golang.org/x/textual"), None);
        assert_eq!(
            go_import(html, "golang.org/x/text/encoding").as_deref(),
            Some("https://go.googlesource.com/text")
        );
    }
}
