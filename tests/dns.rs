//! The dns check through the real binary against DNS servers on loopback that the tests start.
//! godiag never sees a public address: the system resolver comes from a fixture resolv.conf
//! (127.0.0.1 on the test server's port) and the references from --resolver.

use crate::common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::dns::{Behaviour, clean_server, responder};
use common::{Sandbox, assert_matches_schema, codes, finding, json_report};
use hickory_server::proto::op::ResponseCode;

const NAMES: [(&str, &str); 2] = [
    ("proxy.golang.org", "142.250.72.17"),
    ("sum.golang.org", "142.250.72.18"),
];

/// A config whose system resolver is `system` and whose Go hosts are the two NAMES.
fn config(sb: &Sandbox, system: SocketAddr, timeout: &str, extra: &str) -> std::path::PathBuf {
    let resolv = sb.dir.path().join("resolv.conf");
    std::fs::write(&resolv, format!("nameserver {}\n", system.ip())).unwrap();
    let path = sb.dir.path().join("dns.toml");
    let hosts = common::fixtures().join("hosts/clean");
    let nss = common::fixtures().join("nsswitch/files-dns");
    // Never the public encrypted defaults: only what the test gives.
    let encrypted = if extra.contains("encrypted") {
        ""
    } else {
        "encrypted = []\n"
    };
    std::fs::write(
        &path,
        format!(
            "go_hosts = [\"proxy.golang.org\", \"sum.golang.org\"]\n[hosts]\nfile = {hosts:?}\nnsswitch = {nss:?}\n[connectivity]\nmirrors = [\"http://127.0.0.1:9/\"]\n[dns]\ntimeout = {timeout:?}\nresolv_conf = {resolv:?}\nsystem_port = {}\nsystemd_resolv_conf = \"\"\nresolvers = []\n{encrypted}{extra}\n",
            system.port()
        ),
    )
    .unwrap();
    path
}

fn run(sb: &Sandbox, cfg: &std::path::Path, references: &[SocketAddr]) -> (serde_json::Value, i32) {
    let mut cmd = sb.godiag(Some("fake"));
    cmd.args(["check", "--json", "--only", "dns", "--config"])
        .arg(cfg);
    for r in references {
        cmd.arg("--resolver").arg(r.to_string());
    }
    json_report(&mut cmd)
}

fn dns_facts(report: &serde_json::Value) -> &serde_json::Value {
    &report["checks"][2]["facts"]
}

#[test]
fn clean_resolvers_agree_and_nothing_is_wrong() {
    let sb = Sandbox::new();
    let system = clean_server(&NAMES);
    let reference = clean_server(&NAMES);
    let cfg = config(&sb, system, "2s", "");
    let (report, code) = run(&sb, &cfg, &[reference]);
    assert_eq!(codes(&report), Vec::<String>::new(), "{report}");
    assert_eq!(code, 0);
    let facts = dns_facts(&report);
    assert_eq!(facts["resolvers"].as_array().unwrap().len(), 2);
    assert_eq!(facts["resolvers"][0]["role"], "system");
    assert_eq!(facts["resolvers"][0]["success_rate"], 1.0);
    let q = facts["queries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["name"] == "proxy.golang.org" && q["type"] == "A")
        .unwrap();
    assert_eq!(q["answers"][0], "142.250.72.17");
    assert_eq!(q["ttl"], 300);
    // AAAA of a name with only an A record: the zone has the name, not the type.
    let aaaa = facts["queries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["name"] == "proxy.golang.org" && q["type"] == "AAAA")
        .unwrap();
    assert_eq!(aaaa["outcome"], "nodata");
    // Loopback resolvers cannot be injected on-path: no hold-on probe unless asked for.
    assert_eq!(facts["injection_probes"], serde_json::json!([]));
    assert_matches_schema(&report);
}

#[test]
fn verbose_table_snapshot() {
    let sb = Sandbox::new();
    let system = clean_server(&NAMES);
    let reference = responder(Behaviour::Rcode(ResponseCode::ServFail));
    let cfg = config(&sb, system, "2s", "");
    let output = sb
        .godiag(Some("fake"))
        .args(["check", "--only", "dns", "--verbose", "--resolver"])
        .arg(reference.to_string())
        .arg("--config")
        .arg(&cfg)
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout)
        .unwrap()
        .replace(&sb.dir.path().display().to_string(), "[SANDBOX]");
    insta::with_settings!({filters => vec![
        (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
        (r"\d+ ms", "[N] ms"),
        (r"\d+\.\d s\.", "[N] s."),
        (r"-{2,}", "--"),
    ]}, {
        insta::assert_snapshot!("dns_verbose", text);
    });
}

#[test]
fn forged_then_real_reply_is_injection() {
    let sb = Sandbox::new();
    let system = clean_server(&NAMES);
    let injected = responder(Behaviour::ForgedThenReal {
        forged: "243.185.187.39".parse().unwrap(),
        real: "142.250.72.17".parse().unwrap(),
        delay: Duration::from_millis(50),
    });
    let cfg = config(
        &sb,
        system,
        "2s",
        "hold_on = \"300ms\"\nhold_on_private = true",
    );
    let (report, code) = run(&sb, &cfg, &[injected]);
    let f = finding(&report, "dns.poisoned");
    assert_eq!(
        f["severity"], "warning",
        "a poisoned reference is evidence, not Go's problem: {f}"
    );
    let evidence = f["evidence"].to_string();
    assert!(evidence.contains("two different replies"), "{evidence}");
    assert!(
        evidence.contains("243.185.187.39 is a known forged address"),
        "{evidence}"
    );
    assert_eq!(code, 0);
    let probe = &dns_facts(&report)["injection_probes"][0];
    assert_eq!(probe["replies"].as_array().unwrap().len(), 2);
}

#[test]
fn poisoned_system_resolver_is_an_error() {
    let sb = Sandbox::new();
    let system = responder(Behaviour::Answer(vec!["10.10.34.34".parse().unwrap()]));
    let cfg = config(&sb, system, "2s", "");
    let (report, code) = run(&sb, &cfg, &[]);
    let f = finding(&report, "dns.poisoned");
    assert_eq!(f["severity"], "error");
    assert!(
        f["evidence"]
            .to_string()
            .contains("10.10.34.34 is not a public address")
    );
    assert_eq!(code, 1);
}

#[test]
fn error_codes_are_told_apart() {
    let sb = Sandbox::new();
    let system = clean_server(&NAMES);
    let servfail = responder(Behaviour::Rcode(ResponseCode::ServFail));
    let refused = responder(Behaviour::Rcode(ResponseCode::Refused));
    let nxdomain = responder(Behaviour::Rcode(ResponseCode::NXDomain));
    let cfg = config(&sb, system, "2s", "");
    let (report, _) = run(&sb, &cfg, &[servfail, refused, nxdomain]);
    let outcome = |server: SocketAddr| {
        dns_facts(&report)["queries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["resolver"] == server.to_string() && q["type"] == "A")
            .map(|q| q["outcome"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(outcome(servfail), "servfail");
    assert_eq!(outcome(refused), "refused");
    assert_eq!(outcome(nxdomain), "nxdomain");
    // They answered: not unreachable.
    assert!(
        !codes(&report).contains(&"dns.resolver-unreachable".to_string()),
        "{report}"
    );
}

#[test]
fn nxdomain_from_the_system_resolver_means_go_cannot_resolve() {
    let sb = Sandbox::new();
    let system = responder(Behaviour::Rcode(ResponseCode::NXDomain));
    let cfg = config(&sb, system, "2s", "");
    let (report, code) = run(&sb, &cfg, &[]);
    let f = finding(&report, "dns.lookup-failed");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("no address for proxy.golang.org (the first GOPROXY proxy): nxdomain"),
        "{f}"
    );
    assert_eq!(code, 1);
}

#[test]
fn fake_ip_is_a_local_proxy_not_poisoning() {
    let sb = Sandbox::new();
    let system = responder(Behaviour::FakeIp);
    let cfg = config(&sb, system, "2s", "");
    let (report, code) = run(&sb, &cfg, &[]);
    assert_eq!(codes(&report), ["dns.fake-ip"], "{report}");
    assert!(
        finding(&report, "dns.fake-ip")["message"]
            .as_str()
            .unwrap()
            .contains("fake-ip filter")
    );
    assert_eq!(code, 0);
}

#[test]
fn disagreement_without_forgery_is_inconsistent() {
    let sb = Sandbox::new();
    let system = responder(Behaviour::Answer(vec![
        "20.205.243.166".parse().unwrap(),
        "140.82.114.4".parse().unwrap(),
    ]));
    let reference = clean_server(&NAMES);
    let cfg = config(&sb, system, "2s", "");
    let (report, _) = run(&sb, &cfg, &[reference]);
    let f = finding(&report, "dns.inconsistent");
    assert_eq!(f["severity"], "warning");
    assert!(f["evidence"].to_string().contains("142.250.72.17"), "{f}");
}

#[test]
fn garbage_replies_do_not_break_anything() {
    let sb = Sandbox::new();
    let system = clean_server(&NAMES);
    let garbage = responder(Behaviour::Garbage);
    let cfg = config(&sb, system, "1s", "");
    let (report, _) = run(&sb, &cfg, &[garbage]);
    let f = finding(&report, "dns.resolver-unreachable");
    // A reference resolver: Go asks the system resolver, which answers.
    assert_eq!(f["severity"], "info");
    // Something answered: plain words, not "blocked", and no raw library error alone.
    let message = f["message"].as_str().unwrap();
    assert!(
        message.contains("answers with malformed DNS messages"),
        "{f}"
    );
    assert!(!message.contains("blocked"), "{f}");
    assert!(
        f["evidence"][0]
            .as_str()
            .unwrap()
            .starts_with("the resolver answered with a malformed DNS message: "),
        "{f}"
    );
    let outcomes: Vec<&serde_json::Value> = dns_facts(&report)["queries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["resolver"] == garbage.to_string())
        .map(|q| &q["outcome"])
        .collect();
    assert!(!outcomes.is_empty());
    assert!(outcomes.iter().all(|o| *o == "malformed"), "{outcomes:?}");
    assert_matches_schema(&report);
}

#[test]
fn a_truncated_udp_reply_is_asked_again_over_tcp_as_go_does() {
    let sb = Sandbox::new();
    let system = clean_server(&NAMES);
    let big = common::dns::truncating_server("142.250.72.17".parse().unwrap());
    let cfg = config(&sb, system, "2s", "");
    let (report, _) = run(&sb, &cfg, &[big]);
    assert!(
        !codes(&report).contains(&"dns.resolver-unreachable".to_string()),
        "{report:#}"
    );
    let answered: Vec<&serde_json::Value> = dns_facts(&report)["queries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["resolver"] == big.to_string() && q["type"] == "A")
        .collect();
    assert!(!answered.is_empty());
    for q in answered {
        assert_eq!(q["outcome"], "ok", "{q}");
        assert_eq!(q["answers"][0], "142.250.72.17", "{q}");
    }
}

#[test]
fn slow_resolver_is_reported() {
    let sb = Sandbox::new();
    let system = responder(Behaviour::Slow {
        delay: Duration::from_millis(400),
        answer: "142.250.72.17".parse().unwrap(),
    });
    let cfg = config(&sb, system, "2s", "slow = \"300ms\"");
    let (report, _) = run(&sb, &cfg, &[]);
    let f = finding(&report, "dns.slow");
    assert!(
        f["message"].as_str().unwrap().contains("above 300 ms"),
        "{f}"
    );
}

#[test]
fn samples_measure_success_rate() {
    let sb = Sandbox::new();
    let system = clean_server(&NAMES);
    let cfg = config(&sb, system, "2s", "");
    let mut cmd = sb.godiag(Some("fake"));
    cmd.args([
        "check",
        "--json",
        "--only",
        "dns",
        "--samples",
        "5",
        "--config",
    ])
    .arg(&cfg);
    let (report, _) = json_report(&mut cmd);
    let r = &dns_facts(&report)["resolvers"][0];
    assert_eq!(r["queries"], 2 * 2 * 5);
    assert_eq!(r["answered"], 20);
}

#[test]
fn every_resolver_blackholed_ends_within_the_timeout() {
    let sb = Sandbox::new();
    let system = responder(Behaviour::Silent);
    let references: Vec<SocketAddr> = (0..5).map(|_| responder(Behaviour::Silent)).collect();
    let cfg = config(&sb, system, "1s", "");
    let start = Instant::now();
    let (report, code) = run(&sb, &cfg, &references);
    let elapsed = start.elapsed();
    assert_eq!(code, 1);
    let unreachable = codes(&report)
        .iter()
        .filter(|c| *c == "dns.resolver-unreachable")
        .count();
    assert_eq!(unreachable, 6, "{report}");
    assert!(
        elapsed < Duration::from_millis(1000 + 300),
        "took {elapsed:?}"
    );
}

#[test]
fn whole_check_with_everything_blackholed_ends_within_one_timeout() {
    // A hanging go, a silent system resolver and five silent references, all with --timeout
    // 1s: the checks run concurrently, so the run takes one timeout, not the sum.
    let sb = Sandbox::new();
    let system = responder(Behaviour::Silent);
    let references: Vec<SocketAddr> = (0..5).map(|_| responder(Behaviour::Silent)).collect();
    let cfg = config(&sb, system, "5s", "");
    // And two editors whose http.proxy is a TCP blackhole.
    for product in ["Code", "Cursor"] {
        let settings = sb
            .home()
            .join(format!(".config/{product}/User/settings.json"));
        std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
        std::fs::write(
            &settings,
            format!(
                "{{\"http.proxy\": \"http://{}\"}}",
                common::http::blackhole()
            ),
        )
        .unwrap();
    }
    let mut cmd = sb.godiag(Some("hang"));
    cmd.args(["check", "--json", "--timeout", "1s", "--config"])
        .arg(&cfg);
    for r in &references {
        cmd.arg("--resolver").arg(r.to_string());
    }
    let start = Instant::now();
    let (report, code) = json_report(&mut cmd);
    let elapsed = start.elapsed();
    assert_eq!(code, 1);
    assert!(codes(&report).contains(&"go-env.go-timeout".to_string()));
    assert!(codes(&report).contains(&"dns.resolver-unreachable".to_string()));
    assert!(
        codes(&report).contains(&"vscode.http-proxy-unreachable".to_string()),
        "{report}"
    );
    assert!(
        elapsed < Duration::from_millis(1000 + 300),
        "took {elapsed:?}"
    );
}

#[test]
fn udp_answer_contradicted_by_the_same_operator_over_tls() {
    let sb = Sandbox::new();
    let pki = common::http::pki("godiag test CA", &["dot.test"]);
    let ca = common::http::write_ca(&pki, sb.dir.path());
    // On loopback every server is 127.0.0.1, "the same operator": the system resolver agrees.
    let system = responder(Behaviour::Answer(vec!["142.250.72.17".parse().unwrap()]));
    let udp = responder(Behaviour::Answer(vec!["31.13.94.41".parse().unwrap()]));
    let dot = common::dns::dot_server(pki.server, "142.250.72.17".parse().unwrap());
    let cfg = config(
        &sb,
        system,
        "2s",
        &format!("encrypted = [\"tls://{dot}#dot.test\"]"),
    );
    let mut cmd = sb.godiag(Some("fake"));
    cmd.env("SSL_CERT_FILE", &ca)
        .args(["check", "--json", "--only", "dns", "--resolver"])
        .arg(udp.to_string())
        .arg("--config")
        .arg(&cfg);
    let (report, _) = json_report(&mut cmd);
    let enc = dns_facts(&report)["resolvers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["role"] == "encrypted")
        .unwrap()
        .clone();
    assert_eq!(enc["address"], format!("tls://{dot}#dot.test"));
    assert!(enc["answered"].as_u64().unwrap() > 0, "{enc}");
    let f = finding(&report, "dns.poisoned");
    let evidence = f["evidence"].to_string();
    assert!(evidence.contains("[31.13.94.41] over UDP shares nothing with [142.250.72.17] from the same operator over TLS"), "{evidence}");
    assert_matches_schema(&report);
}
