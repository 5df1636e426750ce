//! The connectivity check through the real binary, against module proxies, TLS servers and an
//! HTTP CONNECT proxy on loopback that the tests start. No public address is ever contacted:
//! names resolve through a hosts file written by the test, and the hermetic config keeps every
//! other target on loopback.

use crate::common;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::http::{
    Handler, blackhole, connect_proxy, module_proxy, pki, refused_port, server, status, write_ca,
};
use common::{Sandbox, assert_matches_schema, codes, finding, json_report};

const NO_DELAY: Duration = Duration::ZERO;

/// A config: hosts file pinning `names` to 127.0.0.1, and extra TOML.
fn config(sb: &Sandbox, names: &[&str], extra: &str) -> PathBuf {
    let hosts = sb.dir.path().join("hosts");
    let mut text = String::from("127.0.0.1 localhost\n");
    for n in names {
        text.push_str(&format!("127.0.0.1 {n}\n"));
    }
    std::fs::write(&hosts, text).unwrap();
    let path = sb.dir.path().join("conn.toml");
    std::fs::write(
        &path,
        format!(
            "[hosts]\nfile = {hosts:?}\nnsswitch = {:?}\n[dns]\ntimeout = \"300ms\"\nresolvers = []\nencrypted = []\nresolv_conf = {:?}\nsystem_port = 9\nsystemd_resolv_conf = \"\"\n[connectivity]\ntimeout = \"800ms\"\nmirrors = []\n{extra}\n",
            common::fixtures().join("nsswitch/files-dns"),
            common::fixtures().join("resolv/loopback")
        ),
    )
    .unwrap();
    path
}

fn http_url(addr: SocketAddr) -> String {
    format!("http://{addr}")
}

/// Runs `check --only connectivity` with GOPROXY/GOSUMDB in the environment.
fn run(
    sb: &Sandbox,
    cfg: &std::path::Path,
    goproxy: &str,
    gosumdb: &str,
    env: &[(&str, &str)],
    mirrors: &[String],
) -> (serde_json::Value, i32) {
    let mut cmd = sb.godiag(Some("fake"));
    cmd.env("GOPROXY", goproxy).env("GOSUMDB", gosumdb);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.args(["check", "--json", "--only", "connectivity", "--config"])
        .arg(cfg);
    for m in mirrors {
        cmd.arg("--mirror").arg(m);
    }
    json_report(&mut cmd)
}

fn facts(report: &serde_json::Value) -> &serde_json::Value {
    &report["checks"][3]["facts"]
}

fn healthy(proxies_sumdb: bool) -> SocketAddr {
    server(module_proxy(proxies_sumdb), None, NO_DELAY)
}

#[test]
fn healthy_proxy_works_and_proxies_the_checksum_database() {
    let sb = Sandbox::new();
    let proxy = healthy(true);
    let cfg = config(&sb, &[], "");
    let (report, code) = run(
        &sb,
        &cfg,
        &format!("{},direct", http_url(proxy)),
        "sum.golang.org",
        &[],
        &[],
    );
    assert_eq!(code, 0, "{report}");
    let f = facts(&report);
    assert_eq!(
        f["downloads"],
        serde_json::json!({"result": "works", "via": http_url(proxy)})
    );
    assert_eq!(f["checksums"]["result"], "works");
    assert!(
        f["checksums"]["via"]
            .as_str()
            .unwrap()
            .ends_with("/sumdb/sum.golang.org")
    );
    assert_eq!(f["targets"][0]["serves_protocol"], true);
    assert_eq!(f["targets"][0]["proxies_sumdb"], true);
    assert_eq!(f["ranking"][0]["url"], http_url(proxy));
    assert!(
        !codes(&report)
            .iter()
            .any(|c| c.starts_with("connectivity.")),
        "{report}"
    );
    assert_matches_schema(&report);
}

#[test]
fn unreachable_goproxy_proposes_the_fastest_working_mirror() {
    let sb = Sandbox::new();
    let dead = refused_port();
    let mirror = healthy(true);
    let cfg = config(&sb, &[], "");
    let (report, code) = run(
        &sb,
        &cfg,
        &format!("{},direct", http_url(dead)),
        "sum.golang.org",
        &[],
        &[http_url(mirror)],
    );
    assert_eq!(code, 1);
    let f = finding(&report, "connectivity.goproxy-unreachable");
    let message = f["message"].as_str().unwrap();
    assert!(message.contains("TCP connections are refused"), "{message}");
    assert!(message.contains("does not fall back past it"), "{message}");
    assert_eq!(f["fix"]["applicability"], "safe");
    assert_eq!(
        f["fix"]["actions"][0]["command"],
        format!("go env -w GOPROXY={},direct", http_url(mirror))
    );
    assert!(codes(&report).contains(&"connectivity.refused".to_string()));
    assert!(
        report["fixes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| !x.to_string().contains("GOSUMDB=off"))
    );
}

#[test]
fn pipe_falls_back_on_errors_comma_only_on_404() {
    let sb = Sandbox::new();
    let dead = refused_port();
    let not_found = server(status(404), None, NO_DELAY);
    let good = healthy(true);
    let cfg = config(&sb, &[], "");
    let (report, _) = run(
        &sb,
        &cfg,
        &format!("{}|{}", http_url(dead), http_url(good)),
        "sum.golang.org",
        &[],
        &[],
    );
    assert_eq!(facts(&report)["downloads"]["via"], http_url(good));
    let (report, _) = run(
        &sb,
        &cfg,
        &format!("{},{}", http_url(not_found), http_url(good)),
        "sum.golang.org",
        &[],
        &[],
    );
    assert_eq!(
        facts(&report)["downloads"]["via"],
        http_url(good),
        "404 moves on after a comma"
    );
    let (report, _) = run(
        &sb,
        &cfg,
        &format!("{},{}", http_url(dead), http_url(good)),
        "sum.golang.org",
        &[],
        &[],
    );
    assert_eq!(facts(&report)["downloads"]["result"], "fails");
}

#[test]
fn error_statuses_are_http_status_findings() {
    let sb = Sandbox::new();
    let cfg = config(&sb, &[], "");
    for (code, severity) in [(403, "error"), (418, "warning")] {
        let s = server(status(code), None, NO_DELAY);
        let (report, _) = run(
            &sb,
            &cfg,
            &format!("{},direct", http_url(s)),
            "sum.golang.org",
            &[],
            &[],
        );
        let f = finding(&report, "connectivity.http-status");
        assert!(
            f["message"]
                .as_str()
                .unwrap()
                .contains(&format!("answers HTTP {code}")),
            "{f}"
        );
        assert_eq!(f["severity"], severity);
    }
}

#[test]
fn sumdb_supported_504_is_fatal_after_a_comma() {
    let sb = Sandbox::new();
    let handler: Handler = std::sync::Arc::new(|path: &str| match path {
        p if p.ends_with("/@v/list") => (200, "v0.14.0\n".into()),
        p if p.ends_with("/supported") => (504, "upstream timeout".into()),
        _ => (404, String::new()),
    });
    let s = server(handler, None, NO_DELAY);
    let cfg = config(&sb, &[], "");
    let (report, code) = run(
        &sb,
        &cfg,
        &format!("{},direct", http_url(s)),
        "sum.golang.org",
        &[],
        &[],
    );
    assert_eq!(code, 1);
    let f = finding(&report, "connectivity.sumdb-unreachable");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("/sumdb/sum.golang.org/supported: 504"),
        "{f}"
    );
    assert_eq!(facts(&report)["downloads"]["result"], "works");
}

#[test]
fn test_ca_through_ssl_cert_file_is_trusted() {
    let sb = Sandbox::new();
    let pki = pki("godiag test CA", &["goproxy.test"]);
    let ca = write_ca(&pki, sb.dir.path());
    let s = server(module_proxy(true), Some(pki.server), NO_DELAY);
    let cfg = config(&sb, &["goproxy.test"], "");
    let url = format!("https://goproxy.test:{}", s.port());
    let (report, code) = run(
        &sb,
        &cfg,
        &format!("{url},direct"),
        "sum.golang.org",
        &[("SSL_CERT_FILE", ca.to_str().unwrap())],
        &[],
    );
    assert_eq!(code, 0, "{report}");
    let t = &facts(&report)["targets"][0];
    assert_eq!(t["resolved_from"], "hosts-file");
    assert_eq!(t["tls"]["ok"], true);
    assert!(
        t["tls"]["issuer"]
            .as_str()
            .unwrap()
            .contains("godiag test CA")
    );
    assert!(
        facts(&report)["trust_roots"]
            .as_str()
            .unwrap()
            .starts_with("SSL_CERT_FILE=")
    );
    // Trusted, but only through a private root: said, as info.
    assert_eq!(
        finding(&report, "connectivity.tls-intercepted")["severity"],
        "info"
    );
}

#[test]
fn untrusted_issuer_is_interception_and_named() {
    let sb = Sandbox::new();
    let trusted = pki("godiag test CA", &["goproxy.test"]);
    let ca = write_ca(&trusted, sb.dir.path());
    let mitm = pki("Corp Inspection CA", &["goproxy.test"]);
    let s = server(module_proxy(true), Some(mitm.server), NO_DELAY);
    let mirror = healthy(true);
    let cfg = config(&sb, &["goproxy.test"], "");
    let url = format!("https://goproxy.test:{}", s.port());
    let (report, code) = run(
        &sb,
        &cfg,
        &format!("{url},direct"),
        "sum.golang.org",
        &[("SSL_CERT_FILE", ca.to_str().unwrap())],
        &[http_url(mirror)],
    );
    assert_eq!(code, 1);
    let f = finding(&report, "connectivity.tls-intercepted");
    assert_eq!(f["severity"], "error");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("Corp Inspection CA"),
        "{f}"
    );
    assert!(
        finding(&report, "connectivity.goproxy-unreachable")["message"]
            .as_str()
            .unwrap()
            .contains("fails TLS")
    );
}

#[test]
fn blackholed_proxy_times_out_within_the_deadline() {
    let sb = Sandbox::new();
    let hole = blackhole();
    let cfg = config(&sb, &[], "");
    let start = Instant::now();
    let (report, code) = run(
        &sb,
        &cfg,
        &format!("{},direct", http_url(hole)),
        "off",
        &[],
        &[http_url(blackhole())],
    );
    let elapsed = start.elapsed();
    assert_eq!(code, 1);
    assert!(
        codes(&report).contains(&"connectivity.timeout".to_string()),
        "{report}"
    );
    // connectivity.timeout is 800 ms in this config.
    assert!(
        elapsed < Duration::from_millis(800 + 300),
        "took {elapsed:?}"
    );
}

#[test]
fn slow_proxy_is_reported_and_ranked_last() {
    let sb = Sandbox::new();
    let slow = server(module_proxy(true), None, Duration::from_millis(300));
    let fast = healthy(true);
    let cfg = config(&sb, &[], "slow = \"100ms\"");
    let (report, _) = run(
        &sb,
        &cfg,
        &format!("{},direct", http_url(slow)),
        "sum.golang.org",
        &[],
        &[http_url(fast)],
    );
    assert!(
        finding(&report, "connectivity.slow")["message"]
            .as_str()
            .unwrap()
            .contains("threshold 100 ms")
    );
    let ranking = facts(&report)["ranking"].as_array().unwrap();
    assert_eq!(ranking[0]["url"], http_url(fast));
    assert_eq!(ranking[1]["url"], http_url(slow));
}

#[test]
fn https_proxy_connect_tunnel_with_and_without_credentials() {
    let sb = Sandbox::new();
    let pki = pki("godiag test CA", &["goproxy.test"]);
    let ca = write_ca(&pki, sb.dir.path());
    let s = server(module_proxy(true), Some(pki.server), NO_DELAY);
    // No hosts entry: through a proxy, the proxy resolves the name.
    let cfg = config(&sb, &[], "");
    let url = format!("https://goproxy.test:{}", s.port());
    let open = connect_proxy(None);
    let env = [
        ("SSL_CERT_FILE", ca.to_str().unwrap().to_string()),
        ("HTTPS_PROXY", format!("http://{open}")),
    ];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (report, _) = run(&sb, &cfg, &format!("{url},direct"), "off", &env, &[]);
    let t = &facts(&report)["targets"][0];
    assert_eq!(t["serves_protocol"], true, "{t}");
    assert_eq!(t["via_proxy"], format!("http://{open}"));
    assert_eq!(facts(&report)["https_proxy"]["reachable"], true);

    let guarded = connect_proxy(Some("alice:s3cret"));
    for (userinfo, works) in [("alice:s3cret", true), ("alice:wrong", false)] {
        let env = [
            ("SSL_CERT_FILE", ca.to_str().unwrap().to_string()),
            ("HTTPS_PROXY", format!("http://{userinfo}@{guarded}")),
        ];
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let output = {
            let mut cmd = sb.godiag(Some("fake"));
            cmd.env("GOPROXY", format!("{url},direct"))
                .env("GOSUMDB", "off");
            for (k, v) in &env {
                cmd.env(k, v);
            }
            cmd.args(["check", "--json", "--only", "connectivity", "--config"])
                .arg(&cfg)
                .output()
                .unwrap()
        };
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(
            !text.contains("s3cret") && !text.contains("alice:wrong"),
            "credentials leaked:\n{text}"
        );
        let report: serde_json::Value = serde_json::from_str(&text).unwrap();
        let t = &facts(&report)["targets"][0];
        assert_eq!(t["serves_protocol"], works, "{userinfo}: {t}");
        if !works {
            assert_eq!(t["failed_at"], "proxy");
            assert!(t["error"].as_str().unwrap().contains("407"), "{t}");
        }
    }
}

#[test]
fn dead_https_proxy_is_reported() {
    let sb = Sandbox::new();
    let cfg = config(&sb, &[], "");
    let dead = refused_port();
    let (report, code) = run(
        &sb,
        &cfg,
        "https://goproxy.test,direct",
        "off",
        &[("HTTPS_PROXY", &format!("http://{dead}"))],
        &[],
    );
    assert_eq!(code, 1);
    let f = finding(&report, "connectivity.proxy-env-unreachable");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains(&format!("HTTPS_PROXY=http://{dead}")),
        "{f}"
    );
}

#[test]
fn a_dead_https_proxy_fix_names_the_startup_line_that_sets_it() {
    let sb = Sandbox::new();
    let cfg = config(&sb, &[], "");
    let dead = refused_port();
    let proxy = format!("http://{dead}");
    std::fs::write(
        sb.home().join(".profile"),
        format!("export PATH=$HOME/bin:$PATH\nexport HTTPS_PROXY={proxy}\n"),
    )
    .unwrap();
    let mut cmd = sb.godiag(Some("fake"));
    cmd.env("HTTPS_PROXY", &proxy)
        .args([
            "check",
            "--json",
            "--only",
            "go-env,connectivity",
            "--config",
        ])
        .arg(&cfg);
    let (report, code) = json_report(&mut cmd);
    assert_eq!(code, 1);
    let fix = &finding(&report, "connectivity.proxy-env-unreachable")["fix"];
    let profile = sb.home().join(".profile").display().to_string();
    assert_eq!(
        fix["actions"][1]["command"],
        format!("delete line 2 of {profile}: export HTTPS_PROXY={proxy}"),
        "{fix:#}"
    );
}
