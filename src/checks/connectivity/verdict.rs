//! Go's verdict, computed with Go's own fallback rules over what the probes saw, and the
//! ranking of the mirrors. Pure.

use super::facts::{ConnectOutcome, Layer, Ranked, RequestFacts, Role, TargetFacts, Verdict};
use super::messages as msg;
use super::problem;
use crate::go::goproxy::{self, Fallback, ProxyEntry, ProxyList};
use crate::go::gosumdb::{self, SumDb};
use crate::i18n::Message;
use crate::redact::redact;

/// The settings that decide Go's path for the probe module (`go env` values, effective).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pub goproxy: String,
    pub gosumdb: String,
    /// Effective GONOPROXY (go env prints GOPRIVATE's value when GONOPROXY is unset).
    pub gonoproxy: String,
    /// Effective GONOSUMDB (likewise).
    pub gonosumdb: String,
    pub module: String,
}

fn target<'a>(targets: &'a [TargetFacts], url: &str, roles: &[Role]) -> Option<&'a TargetFacts> {
    let url = redact(url.trim_end_matches('/'));
    targets
        .iter()
        .find(|t| roles.contains(&t.role) && t.url.eq_ignore_ascii_case(&url))
}

/// A one-line account of where a target failed, after the target's name ("does not resolve
/// (...)", "is unreachable: no TCP answer (2 addresses)").
pub fn describe_failure(t: &TargetFacts) -> Message {
    let error = t.error.as_deref().unwrap_or_default();
    match t.failed_at {
        Some(Layer::Resolve) => msg::failure_resolve(problem::phrase(error)),
        Some(Layer::Proxy) => msg::failure_proxy(problem::phrase(error)),
        Some(Layer::Tcp) => {
            let outcome = match t.connects.iter().map(|c| c.outcome).next() {
                Some(ConnectOutcome::Timeout) => "timeout",
                Some(ConnectOutcome::Refused) => "refused",
                _ => "other",
            };
            msg::failure_tcp(outcome, t.connects.len())
        }
        Some(Layer::Tls) => msg::failure_tls(problem::phrase(error)),
        Some(Layer::Http) => match t
            .requests
            .iter()
            .find(|r| r.status.is_some_and(|s| s != 200))
        {
            Some(r) => msg::failure_http_status(r.status.unwrap_or_default(), &r.url),
            None => msg::failure_http(problem::phrase(error)),
        },
        None => msg::failure_none(),
    }
}

/// One entry of the list Go walks for a module: `proxySpec` of
/// cmd/go/internal/modfetch/proxy.go.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    /// The implicit first entry when GONOPROXY is set: direct for matching modules only.
    NoProxy,
    Direct,
    Off,
    Url(String),
}

/// cmd/go/internal/modfetch/proxy.go `proxyList`: "noproxy" first when GONOPROXY is set and
/// GOPROXY is not "direct"; `fallBackOnError` from the separator after an entry.
fn steps(list: &ProxyList, goproxy: &str, gonoproxy: &str) -> Vec<(Step, bool)> {
    let mut out = Vec::new();
    if !gonoproxy.is_empty() && goproxy != "direct" {
        out.push((Step::NoProxy, false));
    }
    for entry in &list.entries {
        out.push(match entry {
            ProxyEntry::Off => (Step::Off, false),
            ProxyEntry::Direct => (Step::Direct, false),
            ProxyEntry::Url { url, fallback } => {
                (Step::Url(url.clone()), *fallback == Fallback::OnAnyError)
            }
        });
    }
    out
}

/// What one step answered, in Go's error classes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Attempt {
    Ok(String),
    /// Equivalent to fs.ErrNotExist: 404/410, errProxyOff, errNoproxy, errUseProxy
    /// (`use_proxy`: the latter, which never counts as the "direct" error).
    NotExist {
        at: String,
        reason: Message,
        use_proxy: bool,
    },
    Error {
        at: String,
        reason: Message,
    },
}

/// cmd/go/internal/modfetch/proxy.go `TryProxies`: the first success, else the most helpful
/// error (direct/noproxy errors, then proxy errors, then not-found), stopping at an error that
/// is not "not found" on an entry without `|`.
fn try_proxies(steps: &[(Step, bool)], mut f: impl FnMut(&Step) -> Attempt) -> Attempt {
    const NOT_EXIST: u8 = 0;
    const PROXY: u8 = 1;
    const DIRECT: u8 = 2;
    let mut best: Option<Attempt> = None;
    let mut rank = NOT_EXIST;
    for (step, fallback_on_error) in steps {
        let a = f(step);
        let (is_not_exist, use_proxy) = match &a {
            Attempt::Ok(_) => return a,
            Attempt::NotExist { use_proxy, .. } => (true, *use_proxy),
            Attempt::Error { .. } => (false, false),
        };
        if *step == Step::Direct || (*step == Step::NoProxy && !use_proxy) {
            best = Some(a);
            rank = DIRECT;
        } else if rank <= PROXY && !is_not_exist {
            best = Some(a);
            rank = PROXY;
        } else if rank == NOT_EXIST {
            best = Some(a);
        }
        if !fallback_on_error && !is_not_exist {
            break;
        }
    }
    best.unwrap_or(Attempt::NotExist {
        at: String::new(),
        reason: msg::reason_empty_list(),
        use_proxy: false,
    })
}

/// A response the budget ran out waiting for, after connect and TLS worked: Go has no
/// response timeout (cmd/go/internal/web uses net/http's client without one), so it waits.
fn pending(t: &TargetFacts) -> bool {
    // The request that decides: a proxy's version list comes first; an origin's git request
    // comes after its discovery page.
    let decisive = if t.role == Role::Origin {
        t.requests.last()
    } else {
        t.requests.first()
    };
    t.failed_at == Some(Layer::Http) && decisive.is_some_and(|r| r.waited_ms.is_some())
}

fn not_found(status: Option<u16>) -> bool {
    matches!(status, Some(404 | 410))
}

/// The origin (`direct`) as the probe saw it.
fn direct_attempt(direct: Option<&TargetFacts>) -> Attempt {
    match direct {
        Some(t) if t.serves_protocol || pending(t) => Attempt::Ok("direct".into()),
        Some(t) => Attempt::Error {
            at: format!("direct ({})", t.host),
            reason: msg::reason_target(&t.url, describe_failure(t)),
        },
        None => Attempt::Error {
            at: "direct".into(),
            reason: msg::reason_origin_not_probed(),
        },
    }
}

/// Module downloads of the probe module, by GOPROXY's, GONOPROXY's and GOPRIVATE's rules:
/// cmd/go/internal/modfetch/repo.go `lookup` inside `TryProxies`.
pub fn downloads(s: &Settings, targets: &[TargetFacts], direct: Option<&TargetFacts>) -> Verdict {
    let Ok(list) = goproxy::parse(&s.goproxy) else {
        return Verdict::Invalid;
    };
    let private = crate::go::pattern::match_prefix_patterns(&s.gonoproxy, &s.module);
    let steps = steps(&list, &s.goproxy, &s.gonoproxy);
    let outcome = try_proxies(&steps, |step| match step {
        // repo.go lookup: a GONOPROXY match goes direct on "noproxy" and "direct", and is
        // refused by every proxy (errNoproxy).
        Step::NoProxy | Step::Direct if private => direct_attempt(direct),
        Step::NoProxy => Attempt::NotExist {
            at: String::new(),
            reason: msg::reason_not_private(),
            use_proxy: true,
        },
        Step::Direct => direct_attempt(direct),
        Step::Url(url) if private => Attempt::NotExist {
            at: url.clone(),
            reason: msg::reason_private(),
            use_proxy: false,
        },
        Step::Off => Attempt::NotExist {
            at: "off".into(),
            reason: msg::reason_off(),
            use_proxy: false,
        },
        Step::Url(url) => match target(targets, url, &[Role::Goproxy]) {
            Some(t) if t.serves_protocol || pending(t) => Attempt::Ok(t.url.clone()),
            Some(t) if not_found(t.requests.first().and_then(|r| r.status)) => Attempt::NotExist {
                at: t.url.clone(),
                reason: describe_failure(t),
                use_proxy: false,
            },
            Some(t) => Attempt::Error {
                at: t.url.clone(),
                reason: describe_failure(t),
            },
            None => Attempt::Error {
                at: redact(url),
                reason: msg::reason_not_probed(),
            },
        },
    });
    match outcome {
        Attempt::Ok(via) => Verdict::Works { via },
        // Only "off" was left: downloads are disabled on purpose.
        Attempt::NotExist { at, .. } if at == "off" && list.urls().next().is_none() => {
            Verdict::Disabled
        }
        Attempt::NotExist { at, reason, .. } | Attempt::Error { at, reason } => {
            Verdict::Fails { at, reason }
        }
    }
}

/// Where the checksum database is read from, by cmd/go/internal/modfetch/sumdb.go `dbDial`
/// and `(*dbClient).initBase`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SumdbPath {
    /// Checksums are off, or the probe module is exempt; the reason.
    None(Verdict),
    /// `<proxy>/sumdb/<name>`: the proxy answered 200 to `supported`; no fallback after this.
    Proxy { proxy: String, name: String },
    /// The database's own URL (`https://<name>` or GOSUMDB's explicit URL).
    Direct { url: String },
    /// `initBase` failed: Go reports this error for every lookup.
    Fails { at: String, reason: Message },
}

/// The path Go takes to the checksum database for the probe module.
pub fn sumdb_path(s: &Settings, targets: &[TargetFacts]) -> SumdbPath {
    let db = match gosumdb::parse(&s.gosumdb) {
        Ok(SumDb::Off) => return SumdbPath::None(Verdict::Disabled),
        Err(_) => return SumdbPath::None(Verdict::Invalid),
        Ok(db) => db,
    };
    // sumdb.go useSumDB: GONOSUMDB (defaulting to GOPRIVATE) exempts the module.
    let exempt = crate::go::pattern::matching_patterns(&s.gonosumdb, &s.module);
    if let Some(p) = exempt.first() {
        return SumdbPath::None(Verdict::Skipped {
            reason: msg::reason_gonosumdb(&s.module, *p),
        });
    }
    let name = match db {
        // dbDial: an explicit URL bypasses the default URL derivation and every proxy.
        SumDb::Database { url: Some(url), .. } => return SumdbPath::Direct { url },
        SumDb::Database { name, url: None } => name,
        SumDb::Off => return SumdbPath::None(Verdict::Disabled),
    };
    let Ok(list) = goproxy::parse(&s.goproxy) else {
        return SumdbPath::None(Verdict::Invalid);
    };
    let steps = steps(&list, &s.goproxy, &s.gonoproxy);
    let outcome = try_proxies(&steps, |step| match step {
        Step::NoProxy => Attempt::NotExist {
            at: String::new(),
            reason: msg::reason_not_private(),
            use_proxy: true,
        },
        Step::Direct | Step::Off => Attempt::NotExist {
            at: String::new(),
            reason: msg::reason_direct(),
            use_proxy: false,
        },
        Step::Url(url) => {
            let Some(t) = target(targets, url, &[Role::Goproxy]) else {
                return Attempt::Error {
                    at: redact(url),
                    reason: msg::reason_not_probed(),
                };
            };
            match supported_request(t, &name) {
                Some(r) if r.status == Some(200) || r.waited_ms.is_some() => {
                    Attempt::Ok(t.url.clone())
                }
                Some(r) if not_found(r.status) => Attempt::NotExist {
                    at: t.url.clone(),
                    reason: msg::reason_reading_status(&r.url, r.status.unwrap_or_default()),
                    use_proxy: false,
                },
                Some(r) => Attempt::Error {
                    at: t.url.clone(),
                    reason: match (r.status, &r.error) {
                        (Some(s), _) => msg::reason_reading_status(&r.url, s),
                        (None, Some(e)) => msg::reason_reading_error(&r.url, problem::phrase(e)),
                        _ => describe_failure(t),
                    },
                },
                // The connection failed before any request: the same error for `supported`.
                None => Attempt::Error {
                    at: t.url.clone(),
                    reason: describe_failure(t),
                },
            }
        }
    });
    match outcome {
        Attempt::Ok(proxy) => SumdbPath::Proxy { proxy, name },
        Attempt::NotExist { .. } => SumdbPath::Direct {
            url: format!("https://{name}"),
        },
        Attempt::Error { at, reason } => SumdbPath::Fails { at, reason },
    }
}

/// The `<proxy>/sumdb/<name>/supported` request of a GOPROXY target.
fn supported_request<'a>(t: &'a TargetFacts, name: &str) -> Option<&'a RequestFacts> {
    let suffix = format!("/sumdb/{name}/supported");
    t.requests.iter().find(|r| r.url.ends_with(&suffix))
}

/// Checksum verification of the probe module: the path Go chooses, then whether a real read
/// (`/latest` and a tile) through it worked.
pub fn sumdb(s: &Settings, targets: &[TargetFacts]) -> Verdict {
    match sumdb_path(s, targets) {
        SumdbPath::None(v) => v,
        SumdbPath::Fails { at, reason } => Verdict::Fails { at, reason },
        SumdbPath::Proxy { proxy, name } => {
            let via = format!("{proxy}/sumdb/{name}");
            let Some(t) = target(targets, &proxy, &[Role::Goproxy]) else {
                return Verdict::Unknown {
                    reason: msg::reason_url_not_probed(&via),
                };
            };
            match t.sumdb_reads.as_ref() {
                Some(r) if r.ok => Verdict::Works { via },
                Some(r) => Verdict::Fails {
                    at: via,
                    reason: msg::reason_supported_only(problem::phrase_or_no_answer(
                        r.error.as_deref(),
                    )),
                },
                None => Verdict::Unknown {
                    reason: msg::reason_url_not_read(&via),
                },
            }
        }
        SumdbPath::Direct { url } => {
            match target(targets, &url, &[Role::Sumdb, Role::SumdbAlternative]) {
                Some(t) if t.serves_protocol || pending(t) => Verdict::Works { via: t.url.clone() },
                Some(t) => Verdict::Fails {
                    at: t.url.clone(),
                    reason: describe_failure(t),
                },
                None => Verdict::Unknown {
                    reason: msg::reason_url_not_probed(redact(&url)),
                },
            }
        }
    }
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
            // `supported` alone is a promise: only a proxy whose database read worked counts.
            proxies_sumdb: t.proxies_sumdb == Some(true)
                && t.sumdb_reads.as_ref().is_none_or(|r| r.ok),
        })
        .collect();
    ranked.sort_by_key(|r| (!sumdb_direct_works && !r.proxies_sumdb, r.latency_ms));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::connectivity::facts::{RequestFacts, SumdbReads};

    /// A GOPROXY target whose list request answered `status` (None: unreachable), and whose
    /// `supported` request (for sum.golang.org) answered `sumdb`.
    fn proxy(url: &str, status: Option<u16>, sumdb: Option<u16>) -> TargetFacts {
        proxy_for_db(url, status, sumdb, "sum.golang.org")
    }

    fn proxy_for_db(url: &str, status: Option<u16>, sumdb: Option<u16>, name: &str) -> TargetFacts {
        let mut requests = vec![RequestFacts {
            url: format!("{url}/golang.org/x/text/@v/list"),
            status,
            rtt_ms: Some(5),
            ..RequestFacts::default()
        }];
        if let Some(s) = sumdb {
            requests.push(RequestFacts {
                url: format!("{url}/sumdb/{name}/supported"),
                status: Some(s),
                rtt_ms: Some(5),
                ..RequestFacts::default()
            });
        }
        TargetFacts {
            url: url.into(),
            role: Role::Goproxy,
            host: String::new(),
            port: 443,
            via_proxy: None,
            resolved_from: None,
            addresses: vec![],
            error: status.is_none().then(|| "timeout".to_string()),
            connects: vec![],
            tls: None,
            requests: if status.is_some() { requests } else { vec![] },
            failed_at: match status {
                None => Some(Layer::Tcp),
                Some(200) => None,
                Some(_) => Some(Layer::Http),
            },
            serves_protocol: status == Some(200),
            proxies_sumdb: match sumdb {
                Some(200) => Some(true),
                Some(404 | 410) => Some(false),
                _ => None,
            },
            sumdb_name: Some(name.into()),
            sumdb_reads: (sumdb == Some(200)).then_some(SumdbReads {
                ok: true,
                tree_size: Some(1),
                error: None,
            }),
            latency_ms: Some(10),
            dns_alternative: None,
            cut_short_ms: None,
        }
    }

    fn sumdb_direct(url: &str, works: bool) -> TargetFacts {
        let mut t = proxy(url, if works { Some(200) } else { None }, None);
        t.role = Role::Sumdb;
        t
    }

    fn origin(works: bool) -> TargetFacts {
        let mut t = proxy(
            "https://go.googlesource.com/text",
            if works { Some(200) } else { None },
            None,
        );
        t.role = Role::Origin;
        t.host = "go.googlesource.com".into();
        t
    }

    const A: &str = "https://a.example";
    const B: &str = "https://b.example";

    fn via(v: &Verdict) -> &str {
        match v {
            Verdict::Works { via } => via,
            Verdict::Fails { .. } => "FAILS",
            Verdict::Disabled => "DISABLED",
            Verdict::Invalid => "INVALID",
            Verdict::Unknown { .. } => "UNKNOWN",
            Verdict::Skipped { .. } => "SKIPPED",
        }
    }

    fn settings(goproxy: &str, gosumdb: &str) -> Settings {
        Settings {
            goproxy: goproxy.into(),
            gosumdb: gosumdb.into(),
            module: "golang.org/x/text".into(),
            ..Settings::default()
        }
    }

    #[test]
    fn download_fallback_follows_go() {
        let down = proxy(A, None, None);
        let nf = proxy(A, Some(404), None);
        let forbidden = proxy(A, Some(403), None);
        let ok_b = proxy(B, Some(200), Some(200));
        let cases: &[(&str, &[&TargetFacts], &str)] = &[
            (
                "https://a.example,https://b.example",
                &[&down, &ok_b],
                "FAILS",
            ),
            ("https://a.example|https://b.example", &[&down, &ok_b], B),
            ("https://a.example,https://b.example", &[&nf, &ok_b], B),
            (
                "https://a.example,https://b.example",
                &[&forbidden, &ok_b],
                "FAILS",
            ),
            (
                "https://a.example|https://b.example",
                &[&forbidden, &ok_b],
                B,
            ),
            ("https://a.example,direct", &[&down], "FAILS"),
            ("https://a.example,off", &[&nf], "FAILS"),
            ("off", &[], "DISABLED"),
            ("goproxy", &[], "INVALID"),
        ];
        for (goproxy, targets, want) in cases {
            let targets: Vec<TargetFacts> = targets.iter().map(|t| (*t).clone()).collect();
            assert_eq!(
                via(&downloads(
                    &settings(goproxy, "sum.golang.org"),
                    &targets,
                    None
                )),
                *want,
                "GOPROXY={goproxy}"
            );
        }
    }

    #[test]
    fn direct_is_judged_by_the_origin_probe() {
        let down = proxy(A, None, None);
        let nf = proxy(A, Some(404), None);
        let s = |g: &str| settings(g, "sum.golang.org");
        let (up, blocked) = (origin(true), origin(false));
        assert_eq!(via(&downloads(&s("direct"), &[], Some(&up))), "direct");
        let v = downloads(&s("direct"), &[], Some(&blocked));
        assert!(
            matches!(&v, Verdict::Fails { at, .. } if at == "direct (go.googlesource.com)"),
            "{v:?}"
        );
        assert_eq!(
            via(&downloads(
                &s("https://a.example|direct"),
                std::slice::from_ref(&down),
                Some(&up)
            )),
            "direct"
        );
        assert_eq!(
            via(&downloads(
                &s("https://a.example,direct"),
                &[nf],
                Some(&blocked)
            )),
            "FAILS"
        );
        assert_eq!(
            via(&downloads(&s("direct"), &[], None)),
            "FAILS",
            "never assumed"
        );
    }

    #[test]
    fn gonoproxy_sends_the_module_direct_whatever_goproxy_says() {
        let ok_a = proxy(A, Some(200), Some(200));
        let mut s = settings("https://a.example,direct", "sum.golang.org");
        s.gonoproxy = "golang.org/x".into();
        let v = downloads(&s, std::slice::from_ref(&ok_a), Some(&origin(false)));
        assert!(
            matches!(&v, Verdict::Fails { at, .. } if at.starts_with("direct")),
            "{v:?}"
        );
        assert_eq!(
            via(&downloads(
                &s,
                std::slice::from_ref(&ok_a),
                Some(&origin(true))
            )),
            "direct"
        );
        // Even GOPROXY=off: "noproxy" comes first.
        s.goproxy = "off".into();
        assert_eq!(via(&downloads(&s, &[], Some(&origin(true)))), "direct");
        // Another module is not affected.
        s.goproxy = "https://a.example,direct".into();
        s.gonoproxy = "example.com/private".into();
        assert_eq!(via(&downloads(&s, &[ok_a], None)), A);
    }

    #[test]
    fn sumdb_goes_through_the_first_supporting_proxy_else_direct() {
        let a_supports = proxy(A, Some(200), Some(200));
        let a_no = proxy(A, Some(200), Some(404));
        let a_504 = proxy(A, Some(200), Some(504));
        let direct_ok = sumdb_direct("https://sum.golang.org", true);
        let direct_down = sumdb_direct("https://sum.golang.org", false);
        let run = |goproxy: &str, gosumdb: &str, targets: &[&TargetFacts]| {
            let targets: Vec<TargetFacts> = targets.iter().map(|t| (*t).clone()).collect();
            sumdb(&settings(goproxy, gosumdb), &targets)
        };
        assert_eq!(
            via(&run(
                "https://a.example,direct",
                "sum.golang.org",
                &[&a_supports, &direct_down]
            )),
            "https://a.example/sumdb/sum.golang.org"
        );
        assert_eq!(
            via(&run(
                "https://a.example,direct",
                "sum.golang.org",
                &[&a_no, &direct_ok]
            )),
            "https://sum.golang.org"
        );
        assert_eq!(
            via(&run(
                "https://a.example,direct",
                "sum.golang.org",
                &[&a_no, &direct_down]
            )),
            "FAILS"
        );
        // A 504 on `supported` after a comma is fatal, after a pipe Go moves on.
        let fatal = run(
            "https://a.example,direct",
            "sum.golang.org",
            &[&a_504, &direct_ok],
        );
        assert!(
            matches!(&fatal, Verdict::Fails { reason, .. } if reason.render(crate::i18n::Lang::En).contains("supported: 504")),
            "{fatal:?}"
        );
        assert_eq!(
            via(&run(
                "https://a.example|direct",
                "sum.golang.org",
                &[&a_504, &direct_ok]
            )),
            "https://sum.golang.org"
        );
        assert_eq!(
            via(&run("https://a.example,direct", "off", &[])),
            "DISABLED"
        );
        // An explicit URL bypasses the proxies.
        let china = sumdb_direct("https://sum.golang.google.cn", true);
        assert_eq!(
            via(&run(
                "https://a.example,direct",
                "sum.golang.google.cn",
                &[&a_supports, &china]
            )),
            "https://sum.golang.google.cn"
        );
    }

    /// Issue items 1 and 2: Go asks `supported` of every entry and passes 404/410 after a
    /// comma; the answer of `@v/list` is not the database's.
    #[test]
    fn sumdb_passes_not_found_after_a_comma_and_ignores_the_list_answer() {
        let a_404 = proxy(A, Some(404), Some(404));
        let b_sumdb = proxy(B, Some(200), Some(200));
        let down = sumdb_direct("https://sum.golang.org", false);
        let v = sumdb(
            &settings(
                "https://a.example,https://b.example,direct",
                "sum.golang.org",
            ),
            &[a_404, b_sumdb, down],
        );
        assert_eq!(via(&v), "https://b.example/sumdb/sum.golang.org");
        // `|` after an error, then a 404 at the end of the list: the error is Go's answer.
        let a_down = proxy(A, None, None);
        let b_404 = proxy(B, Some(200), Some(404));
        let ok = sumdb_direct("https://sum.golang.org", true);
        let v = sumdb(
            &settings("https://a.example|https://b.example", "sum.golang.org"),
            &[a_down, b_404, ok],
        );
        assert_eq!(via(&v), "FAILS", "TryProxies keeps the proxy error: {v:?}");
    }

    #[test]
    fn a_proxy_that_supports_but_does_not_serve_fails_without_fallback() {
        let mut a = proxy(A, Some(200), Some(200));
        a.sumdb_reads = Some(SumdbReads {
            ok: false,
            tree_size: None,
            error: Some("reading https://a.example/sumdb/sum.golang.org/latest: 502".into()),
        });
        let ok = sumdb_direct("https://sum.golang.org", true);
        let v = sumdb(
            &settings("https://a.example|direct", "sum.golang.org"),
            &[a, ok],
        );
        assert!(
            matches!(&v, Verdict::Fails { at, reason } if at == "https://a.example/sumdb/sum.golang.org" && reason.render(crate::i18n::Lang::En).contains("502")),
            "{v:?}"
        );
    }

    #[test]
    fn the_configured_database_name_is_asked() {
        const KEY: &str = "gosum.io+ce6e7565+AY5qEHUk/qmHc5btzW45JVoENfazw8LielDsaI+lEbq6";
        // The proxy supports sum.golang.org only: for gosum.io it answers 404.
        let a = proxy_for_db(A, Some(200), Some(404), "gosum.io");
        let direct = sumdb_direct("https://gosum.io", false);
        let v = sumdb(&settings("https://a.example,direct", KEY), &[a, direct]);
        assert!(
            matches!(&v, Verdict::Fails { at, .. } if at == "https://gosum.io"),
            "{v:?}"
        );
        let a_old = proxy(A, Some(200), Some(200));
        let v = sumdb(&settings("https://a.example,direct", KEY), &[a_old]);
        assert!(
            !matches!(v, Verdict::Works { .. }),
            "a `supported` for sum.golang.org says nothing about gosum.io: {v:?}"
        );
    }

    #[test]
    fn gonosumdb_skips_the_lookup() {
        let down = sumdb_direct("https://sum.golang.org", false);
        let mut s = settings("https://a.example,direct", "sum.golang.org");
        s.gonosumdb = "golang.org/x".into();
        assert_eq!(via(&sumdb(&s, &[down])), "SKIPPED");
    }

    #[test]
    fn a_slow_proxy_works_for_go() {
        let mut a = proxy(A, None, None);
        a.failed_at = Some(Layer::Http);
        a.requests = vec![RequestFacts {
            url: format!("{A}/golang.org/x/text/@v/list"),
            waited_ms: Some(3000),
            ..RequestFacts::default()
        }];
        assert_eq!(
            via(&downloads(
                &settings("https://a.example,direct", "off"),
                &[a],
                None
            )),
            A
        );
    }

    #[test]
    fn a_broken_sumdb_proxy_is_not_ranked_as_one() {
        let mut broken = proxy(A, Some(200), Some(200));
        broken.sumdb_reads = Some(SumdbReads {
            ok: false,
            tree_size: None,
            error: Some("502".into()),
        });
        assert!(!ranking(&[broken], false)[0].proxies_sumdb);
    }

    #[test]
    fn ranking_prefers_sumdb_proxies_only_when_needed() {
        let mut fast = proxy(A, Some(200), Some(404));
        fast.latency_ms = Some(10);
        let mut slow_sumdb = proxy(B, Some(200), Some(200));
        slow_sumdb.latency_ms = Some(80);
        let targets = vec![fast, slow_sumdb];
        assert_eq!(ranking(&targets, true)[0].url, A);
        assert_eq!(
            ranking(&targets, false)[0].url,
            B,
            "one setting that works beats two"
        );
    }

    /// Go's verdict says why in the report's language: the reasons are messages, not English.
    #[test]
    fn verdict_reasons_render_in_chinese() {
        use crate::i18n::Lang;
        let mut s = settings("https://a.example,direct", "sum.golang.org");
        s.gonosumdb = "golang.org/x".into();
        let Verdict::Skipped { reason } = sumdb(&s, &[]) else {
            panic!("skipped");
        };
        assert_eq!(
            reason.render(Lang::ZhCn),
            "golang.org/x/text 匹配 GONOSUMDB 模式 golang.org/x：Go 不会去校验和数据库查它"
        );
        let mut resolve = proxy(A, None, None);
        resolve.failed_at = Some(Layer::Resolve);
        resolve.error = Some("lookup a.example: no such host".into());
        let v = downloads(&settings("https://a.example", "off"), &[resolve], None);
        let Verdict::Fails { reason, .. } = &v else {
            panic!("{v:?}");
        };
        assert_eq!(reason.render(Lang::ZhCn), "无法解析（域名解析失败）");
        assert_eq!(
            reason.render(Lang::En),
            "does not resolve (lookup a.example: no such host)"
        );
        let v = downloads(&settings("direct", "off"), &[], None);
        let Verdict::Fails { reason, .. } = &v else {
            panic!("{v:?}");
        };
        assert_eq!(reason.render(Lang::ZhCn), "没有探测模块的源站");
    }
}
