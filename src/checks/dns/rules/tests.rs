//! dns rule tests on query matrices built here: no network.

use super::*;
use crate::checks::dns::facts::{InjectionFacts, ResolverFacts};
use crate::net::dns::{QueryResult, Reply};

const SYSTEM: &str = "127.0.0.53:53";
const REF: &str = "8.8.8.8:53";

fn resolver(address: &str, role: Role, answered: u32) -> ResolverFacts {
    ResolverFacts {
        address: address.into(),
        role,
        queries: 2,
        answered,
        success_rate: f64::from(answered) / 2.0,
        rtt_median_ms: (answered > 0).then_some(20),
        rtt_max_ms: (answered > 0).then_some(30),
    }
}

fn q(resolver: &str, name: &str, outcome: Outcome, answers: &[&str], ttl: u32) -> QueryFacts {
    QueryFacts {
        resolver: resolver.into(),
        name: name.into(),
        qtype: QueryType::A,
        sample: 0,
        result: QueryResult {
            outcome,
            answers: answers.iter().map(|a| a.parse().unwrap()).collect(),
            ttl: Some(ttl),
            rtt_ms: 20,
            error: None,
        },
    }
}

fn facts(resolvers: Vec<ResolverFacts>, queries: Vec<QueryFacts>) -> DnsFacts {
    DnsFacts {
        resolv_conf: None,
        resolv_conf_note: None,
        resolv_conf_why: None,
        resolv_conf_error: None,
        resolvers,
        names: vec!["proxy.golang.org".into()],
        samples: 1,
        timeout_ms: 2000,
        hold_on_ms: 300,
        queries,
        injection_probes: vec![],
    }
}

/// The reference resolver's one query answered twice: a forged reply first, then the real one.
fn two_replies() -> InjectionFacts {
    let reply = |ip: &str, after| Reply {
        answers: vec![ip.parse().unwrap()],
        ttl: Some(60),
        rcode: crate::net::dns::Rcode::NoError,
        after_ms: after,
    };
    InjectionFacts {
        resolver: REF.into(),
        name: "proxy.golang.org".into(),
        replies: vec![reply("31.13.94.41", 3), reply("142.250.72.17", 180)],
        error: None,
    }
}

fn cfg() -> RuleConfig {
    RuleConfig { slow_ms: 300 }
}

fn codes_of(f: &[Finding]) -> Vec<&str> {
    f.iter().map(|f| f.code.as_str()).collect()
}

#[test]
fn healthy_matrix_has_no_findings() {
    let f = facts(
        vec![
            resolver(SYSTEM, Role::System, 2),
            resolver(REF, Role::Reference, 2),
        ],
        vec![
            q(
                SYSTEM,
                "proxy.golang.org",
                Outcome::Ok,
                &["142.250.72.17"],
                300,
            ),
            q(
                REF,
                "proxy.golang.org",
                Outcome::Ok,
                &["142.250.72.17", "142.250.72.49"],
                300,
            ),
        ],
    );
    assert!(evaluate(&f, &cfg()).is_empty());
}

#[test]
fn unreachable_system_is_error_reference_warning() {
    let f = facts(
        vec![
            resolver(SYSTEM, Role::System, 0),
            resolver(REF, Role::Reference, 0),
        ],
        vec![
            q(SYSTEM, "proxy.golang.org", Outcome::Timeout, &[], 0),
            q(REF, "proxy.golang.org", Outcome::Timeout, &[], 0),
        ],
    );
    let findings = evaluate(&f, &cfg());
    assert_eq!(
        codes_of(&findings),
        ["dns.resolver-unreachable", "dns.resolver-unreachable"]
    );
    assert_eq!(findings[0].severity, Severity::Error);
    assert_eq!(findings[1].severity, Severity::Warning);
    assert!(
        findings[0].evidence[0]
            .to_string()
            .contains("timeout after 2000 ms")
    );
}

#[test]
fn poison_signals_each_fire() {
    for (answer, signal) in [
        ("243.185.187.39", "known forged address"),
        ("10.0.0.1", "not a public address"),
        ("127.0.0.1", "not a public address"),
    ] {
        let f = facts(
            vec![resolver(SYSTEM, Role::System, 2)],
            vec![q(SYSTEM, "proxy.golang.org", Outcome::Ok, &[answer], 300)],
        );
        let findings = evaluate(&f, &cfg());
        assert_eq!(codes_of(&findings), ["dns.poisoned"], "{answer}");
        assert!(
            findings[0].evidence[0].to_string().contains(signal),
            "{answer}: {:?}",
            findings[0].evidence
        );
    }
    let mut teredo = q(SYSTEM, "proxy.golang.org", Outcome::Ok, &["2001::1"], 300);
    teredo.qtype = QueryType::AAAA;
    let findings = evaluate(
        &facts(vec![resolver(SYSTEM, Role::System, 2)], vec![teredo]),
        &cfg(),
    );
    assert!(findings[0].evidence[0].to_string().contains("Teredo"));
}

#[test]
fn two_replies_is_the_strongest_signal() {
    let mut f = facts(
        vec![
            resolver(SYSTEM, Role::System, 2),
            resolver(REF, Role::Reference, 2),
        ],
        vec![q(
            SYSTEM,
            "proxy.golang.org",
            Outcome::Ok,
            &["142.250.72.17"],
            300,
        )],
    );
    f.injection_probes.push(two_replies());
    let findings = evaluate(&f, &cfg());
    assert_eq!(codes_of(&findings), ["dns.poisoned"]);
    assert_eq!(findings[0].severity, Severity::Warning);
    assert!(findings[0].evidence[0].to_string().contains("two different replies to one query: [31.13.94.41] after 3 ms, then [142.250.72.17] after 180 ms"));
}

#[test]
fn fake_ip_needs_the_range_and_a_tiny_ttl() {
    let fake = facts(
        vec![resolver(SYSTEM, Role::System, 2)],
        vec![q(
            SYSTEM,
            "proxy.golang.org",
            Outcome::Ok,
            &["198.18.0.5"],
            1,
        )],
    );
    let findings = evaluate(&fake, &cfg());
    assert_eq!(codes_of(&findings), ["dns.fake-ip"]);
    let fix = findings[0].fix.as_ref().expect("a manual fix");
    assert_eq!(fix.applicability, crate::model::Applicability::Manual);
    let crate::model::Action::Shell {
        note: Some(note), ..
    } = &fix.actions[0]
    else {
        panic!("a note: {fix:?}");
    };
    assert!(
        note.render(crate::i18n::Lang::En)
            .contains("fake-ip-filter: ['+.proxy.golang.org']"),
    );
    // The same range with a long TTL is not a proxy tool: a private answer for a public name.
    let odd = facts(
        vec![resolver(SYSTEM, Role::System, 2)],
        vec![q(
            SYSTEM,
            "proxy.golang.org",
            Outcome::Ok,
            &["198.18.0.5"],
            3600,
        )],
    );
    assert_eq!(codes_of(&evaluate(&odd, &cfg())), ["dns.poisoned"]);
}

#[test]
fn inconsistency_only_when_no_reference_agrees() {
    let disjoint = facts(
        vec![
            resolver(SYSTEM, Role::System, 2),
            resolver(REF, Role::Reference, 2),
        ],
        vec![
            q(
                SYSTEM,
                "proxy.golang.org",
                Outcome::Ok,
                &["20.205.243.166"],
                300,
            ),
            q(
                REF,
                "proxy.golang.org",
                Outcome::Ok,
                &["142.250.72.17"],
                300,
            ),
        ],
    );
    let findings = evaluate(&disjoint, &cfg());
    assert_eq!(codes_of(&findings), ["dns.inconsistent"]);
    assert!(
        findings[0].evidence[0]
            .to_string()
            .contains("system 127.0.0.53:53 says 20.205.243.166; 8.8.8.8:53: 142.250.72.17")
    );

    let overlap = facts(
        vec![
            resolver(SYSTEM, Role::System, 2),
            resolver(REF, Role::Reference, 2),
        ],
        vec![
            q(
                SYSTEM,
                "proxy.golang.org",
                Outcome::Ok,
                &["20.205.243.166", "142.250.72.17"],
                300,
            ),
            q(
                REF,
                "proxy.golang.org",
                Outcome::Ok,
                &["142.250.72.17"],
                300,
            ),
        ],
    );
    assert!(evaluate(&overlap, &cfg()).is_empty());
}

#[test]
fn stub_and_upstream_disagreement() {
    let up = "192.168.1.1:53";
    let f = facts(
        vec![
            resolver(SYSTEM, Role::System, 2),
            resolver(up, Role::SystemUpstream, 2),
        ],
        vec![
            q(
                SYSTEM,
                "proxy.golang.org",
                Outcome::Ok,
                &["20.205.243.166"],
                300,
            ),
            q(up, "proxy.golang.org", Outcome::Ok, &["142.250.72.17"], 300),
        ],
    );
    let findings = evaluate(&f, &cfg());
    assert_eq!(codes_of(&findings), ["dns.inconsistent"]);
    assert!(
        findings[0]
            .message
            .to_string()
            .contains("stale or polluted cache")
    );
}

#[test]
fn slow_median() {
    let mut r = resolver(SYSTEM, Role::System, 2);
    r.rtt_median_ms = Some(450);
    r.rtt_max_ms = Some(900);
    let f = facts(
        vec![r],
        vec![q(
            SYSTEM,
            "proxy.golang.org",
            Outcome::Ok,
            &["142.250.72.17"],
            300,
        )],
    );
    let findings = evaluate(&f, &cfg());
    assert_eq!(codes_of(&findings), ["dns.slow"]);
    assert!(
        findings[0]
            .message
            .to_string()
            .contains("450 ms per answer (median; max 900 ms)")
    );
}

#[test]
fn lookup_failed_respects_the_hosts_file() {
    let f = facts(
        vec![resolver(SYSTEM, Role::System, 2)],
        vec![q(SYSTEM, "proxy.golang.org", Outcome::Nxdomain, &[], 0)],
    );
    let needed = vec![NeededHost {
        name: "proxy.golang.org".into(),
        why: NeededWhy::FirstProxy,
    }];
    let findings = lookup_failed(&f, &needed, |_| false);
    assert_eq!(codes_of(&findings), ["dns.lookup-failed"]);
    assert!(findings[0].message.to_string().ends_with("nxdomain"));
    assert!(lookup_failed(&f, &needed, |n| n == "proxy.golang.org").is_empty());
}

#[test]
fn a_network_error_reads_network_error_in_evidence_and_verbose_facts() {
    let f = facts(
        vec![resolver(REF, Role::Reference, 0)],
        vec![q(REF, "proxy.golang.org", Outcome::NetworkError, &[], 0)],
    );
    let findings = evaluate(&f, &cfg());
    assert_eq!(
        findings[0].evidence[0].to_string(),
        "network-error",
        "{findings:?}"
    );
    let lines = crate::checks::dns::render::fact_lines(&f).join("\n");
    assert!(lines.contains("network-error"), "{lines}");
    assert!(!lines.contains("networkerror"), "{lines}");
}

use crate::i18n::Message;

/// The zh-CN rendering of a message (see [`Message::chinese`]).
fn zh(m: &Message) -> String {
    m.chinese()
}

#[test]
fn findings_read_in_chinese() {
    let f = facts(
        vec![
            resolver(SYSTEM, Role::System, 2),
            resolver(REF, Role::Reference, 0),
        ],
        vec![
            q(
                SYSTEM,
                "proxy.golang.org",
                Outcome::Ok,
                &["142.250.72.17"],
                300,
            ),
            q(REF, "proxy.golang.org", Outcome::Timeout, &[], 0),
        ],
    );
    let findings = evaluate(&f, &cfg());
    assert_eq!(codes_of(&findings), ["dns.resolver-unreachable"]);
    assert_eq!(
        zh(&findings[0].message),
        "参考 DNS 服务器 8.8.8.8:53 对 2 次查询都没有应答：这个网络上到它的 UDP DNS 被墙或被过滤了"
    );
    assert_eq!(
        findings[0].evidence[0].render(crate::i18n::Lang::ZhCn),
        "2000 ms 内没有应答（超时）"
    );

    let poisoned = facts(
        vec![resolver(SYSTEM, Role::System, 2)],
        vec![q(
            SYSTEM,
            "proxy.golang.org",
            Outcome::Ok,
            &["243.185.187.39"],
            300,
        )],
    );
    let findings = evaluate(&poisoned, &cfg());
    assert_eq!(
        zh(&findings[0].message),
        "系统 DNS 服务器 127.0.0.53:53 对 proxy.golang.org 返回了伪造的地址（DNS 污染）：Go 用的就是这个 DNS 服务器，会连到伪造的地址上"
    );
    assert_eq!(
        zh(match &findings[0].evidence[0] {
            crate::i18n::Value::Phrase(m) => m,
            other => panic!("{other:?}"),
        }),
        "proxy.golang.org：243.185.187.39 是已知的 DNS 污染地址"
    );

    let needed = vec![NeededHost {
        name: "goproxy.cn".into(),
        why: NeededWhy::FirstProxy,
    }];
    let failed = facts(
        vec![resolver(SYSTEM, Role::System, 2)],
        vec![
            q(SYSTEM, "goproxy.cn", Outcome::Nxdomain, &[], 0),
            q(SYSTEM, "goproxy.cn", Outcome::Timeout, &[], 0),
        ],
    );
    let findings = lookup_failed(&failed, &needed, |_| false);
    assert_eq!(
        zh(&findings[0].message),
        "系统 DNS 服务器解析不出 goproxy.cn（GOPROXY 里的第一个代理）：域名不存在（NXDOMAIN）、超时，Go 连不上它"
    );
    assert_eq!(
        findings[0].message,
        "the system resolver has no address for goproxy.cn (the first GOPROXY proxy): nxdomain, timeout"
    );
}

#[test]
fn summary_and_facts_read_in_chinese() {
    let mut f = facts(
        vec![
            resolver(SYSTEM, Role::System, 2),
            resolver(REF, Role::Reference, 0),
        ],
        vec![
            q(
                SYSTEM,
                "proxy.golang.org",
                Outcome::Ok,
                &["142.250.72.17"],
                300,
            ),
            q(REF, "proxy.golang.org", Outcome::Refused, &[], 0),
        ],
    );
    f.samples = 3;
    let summary = crate::checks::dns::summary(&f);
    assert_eq!(
        zh(&summary),
        "2 个 DNS 服务器中 1 个有应答；1 个域名 × A/AAAA × 3 次采样"
    );
    assert_eq!(
        summary,
        "1 of 2 resolvers answered; 1 names x A/AAAA x 3 samples"
    );
    let lines = crate::i18n::in_lang(crate::i18n::Lang::ZhCn, || {
        crate::checks::dns::render::fact_lines(&f)
    });
    let text = lines.join("\n");
    assert!(text.contains("系统 DNS 服务器"), "{text}");
    assert!(
        text.contains("应答 2/2（100%），往返时间中位数 20 ms，最慢 30 ms"),
        "{text}"
    );
    assert!(text.contains("查询被拒绝（REFUSED）"), "{text}");
    // Columns line up by display width: the role column is 26 columns wide in both languages.
    let role_line = lines.iter().find(|l| l.contains("127.0.0.53:53 ")).unwrap();
    let at = role_line.find("应答").unwrap();
    assert_eq!(
        crate::i18n::width(&role_line[..at]),
        2 + 24 + 1 + 26 + 1,
        "{role_line}"
    );
}

#[test]
fn injection_and_fake_ip_read_in_chinese() {
    let mut f = facts(
        vec![
            resolver(SYSTEM, Role::System, 2),
            resolver(REF, Role::Reference, 2),
        ],
        vec![q(
            SYSTEM,
            "proxy.golang.org",
            Outcome::Ok,
            &["198.18.0.5"],
            1,
        )],
    );
    f.injection_probes.push(two_replies());
    let findings = evaluate(&f, &cfg());
    assert_eq!(codes_of(&findings), ["dns.poisoned", "dns.fake-ip"]);
    let text = zh(&findings[0].message);
    assert!(text.starts_with("参考 DNS 服务器 8.8.8.8:53 对 proxy.golang.org 返回了伪造的地址（DNS 污染）：到这个 DNS 服务器的路上有审查设备在注入伪造应答"), "{text}");
    let evidence = findings[0].evidence[0].render(crate::i18n::Lang::ZhCn);
    assert!(
        evidence.ends_with("3 ms 后收到 [31.13.94.41]、180 ms 后又收到 [142.250.72.17]"),
        "{evidence}"
    );
    let text = zh(&findings[1].message);
    assert!(text.contains("对 1 个域名返回了 fake-ip 段"), "{text}");
    assert_eq!(
        findings[1].evidence[0].render(crate::i18n::Lang::ZhCn),
        "proxy.golang.org -> 198.18.0.5（TTL 1）"
    );
    let fix = findings[1].fix.as_ref().expect("a manual fix");
    assert_eq!(
        zh(&fix.description),
        "把 Go 用到的域名排除在代理的 fake-ip 段之外，让 Go 拿到真实地址"
    );
}

#[test]
fn the_resolv_conf_note_is_english_in_json_and_localised_in_the_verbose_report() {
    let mut f = facts(vec![resolver(SYSTEM, Role::System, 2)], vec![]);
    f.note(crate::checks::dns::messages::resolv_conf_no_nameserver(
        "/etc/resolv.conf",
    ));
    assert_eq!(
        f.resolv_conf_note.as_deref(),
        Some("/etc/resolv.conf lists no nameserver: Go then asks 127.0.0.1 and ::1")
    );
    let zh_lines = crate::i18n::in_lang(crate::i18n::Lang::ZhCn, || {
        crate::checks::dns::render::fact_lines(&f)
    });
    assert!(
        zh_lines.contains(
            &"  说明        /etc/resolv.conf 里没有 nameserver：Go 会改问 127.0.0.1 和 ::1"
                .to_string()
        ),
        "{zh_lines:?}"
    );
    // Read back from JSON, only the English text is left: shown as it is.
    let back: DnsFacts = serde_json::from_value(serde_json::to_value(&f).unwrap()).unwrap();
    assert!(back.resolv_conf_why.is_none());
    let lines = crate::checks::dns::render::fact_lines(&back);
    assert!(
        lines.contains(
            &"  note        /etc/resolv.conf lists no nameserver: Go then asks 127.0.0.1 and ::1"
                .to_string()
        ),
        "{lines:?}"
    );
}
