//! Hosts rule tests on analyses of bytes built here: no I/O.

use super::*;
use crate::checks::hosts::facts::{FileStatus, HostsFacts};
use crate::checks::hosts::probe::fill_facts;
use crate::hosts::analyze::analyze;
use crate::hosts::blocks::days_from_civil;
use crate::hosts::nsswitch::LookupOrder;

const PATH: &str = "/etc/hosts";

fn go_hosts() -> Vec<String> {
    [
        "proxy.golang.org",
        "sum.golang.org",
        "storage.googleapis.com",
        "github.com",
        "goproxy.cn",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn cfg() -> RuleConfig {
    RuleConfig {
        go_hosts: go_hosts(),
        max_block_age_days: 30,
        today: days_from_civil((2026, 11, 27)),
        os: crate::platform::Os::Linux,
    }
}

fn empty_facts(order: LookupOrder) -> HostsFacts {
    HostsFacts::new(PATH.into(), order)
}

fn run_with(data: &[u8], order: LookupOrder) -> (Vec<Finding>, HostsFacts) {
    let a = analyze(data, &go_hosts());
    let mut facts = empty_facts(order);
    fill_facts(&mut facts, &a, &go_hosts(), cfg().today);
    (evaluate(&facts, Some(&a), &cfg()), facts)
}

fn run(data: &[u8]) -> Vec<Finding> {
    run_with(data, LookupOrder::FilesDns).0
}

fn codes_of(f: &[Finding]) -> Vec<&str> {
    f.iter().map(|f| f.code.as_str()).collect()
}

#[test]
fn clean_file_has_no_findings() {
    assert!(run(b"127.0.0.1 localhost\n::1 localhost ip6-localhost\n").is_empty());
    assert!(run(b"").is_empty());
}

#[test]
fn unreadable_says_which() {
    for (status, words) in [
        (FileStatus::Missing, "does not exist"),
        (FileStatus::PermissionDenied, "permission denied"),
        (FileStatus::NotAFile, "not a regular file"),
    ] {
        let mut facts = empty_facts(LookupOrder::FilesDns);
        facts.status = status;
        facts.error = Some("os error".into());
        let findings = evaluate(&facts, None, &cfg());
        assert_eq!(codes_of(&findings), ["hosts.unreadable"]);
        assert!(
            findings[0].message.to_string().contains(words),
            "{}",
            findings[0].message
        );
        assert!(findings[0].message.to_string().contains("DNS"));
    }
}

#[test]
fn sinkholed_go_host_is_an_error_with_the_line_to_remove() {
    let findings = run(b"127.0.0.1 localhost\n0.0.0.0 storage.googleapis.com\n");
    assert_eq!(codes_of(&findings), ["hosts.sinkhole"]);
    let f = &findings[0];
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message
            .to_string()
            .contains("storage.googleapis.com is mapped to 0.0.0.0 on line 2")
    );
    assert_eq!(f.location, Some(Location::line(PATH, 2)));
    assert_eq!(
        f.fix.as_ref().unwrap().actions[0].command(),
        "delete line 2 of /etc/hosts: 0.0.0.0 storage.googleapis.com"
    );
    for sinkhole in ["127.0.0.53", "::", "::1"] {
        let data = format!("{sinkhole} proxy.golang.org\n");
        assert_eq!(
            codes_of(&run(data.as_bytes())),
            ["hosts.sinkhole"],
            "{sinkhole}"
        );
    }
}

#[test]
fn dns_only_order_downgrades_to_info() {
    let (findings, _) = run_with(b"0.0.0.0 proxy.golang.org\n", LookupOrder::Dns);
    assert_eq!(findings[0].severity, Severity::Info);
    assert!(
        findings[0]
            .message
            .to_string()
            .contains("ignores the hosts file")
    );
    let (findings, _) = run_with(b"0.0.0.0 proxy.golang.org\n", LookupOrder::DnsFiles);
    assert_eq!(findings[0].severity, Severity::Error);
    assert!(findings[0].message.to_string().contains("DNS first"));
}

#[test]
fn pinned_go_host_names_the_block() {
    let data = b"# GitHub520 Host Start\n140.82.114.4 github.com\n# Update time: 2026-11-20T04:05:22+08:00\n# GitHub520 Host End\n";
    let findings = run(data);
    assert_eq!(codes_of(&findings), ["hosts.pinned"]);
    assert!(
        findings[0]
            .message
            .to_string()
            .contains("line 2 -> 140.82.114.4 (GitHub520 block from 2026-11-20)"),
        "{}",
        findings[0].message
    );
    assert_eq!(findings[0].severity, Severity::Warning);
}

#[test]
fn stale_block_by_age() {
    let data = b"# GitHub520 Host Start\n140.82.114.4 github.com\n# Update time: 2023-02-25T04:05:22+08:00\n# GitHub520 Host End\n";
    let findings = run(data);
    let stale: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.code == "hosts.stale-block")
        .collect();
    assert_eq!(stale.len(), 1);
    assert!(
        stale[0].message.to_string().contains("1371 days old"),
        "{}",
        stale[0].message
    );
    assert_eq!(stale[0].location, Some(Location::line(PATH, 1)));
    // A StevenBlack list only ages: info.
    let sb = b"# Title: StevenBlack/hosts\n# Date: 25 February 2023 21:17:34 (UTC)\n0.0.0.0 ads.example\n";
    let findings = run(sb);
    assert_eq!(codes_of(&findings), ["hosts.stale-block"]);
    assert_eq!(findings[0].severity, Severity::Info);
    // Undated blocks (hostctl) and young blocks are fine.
    assert!(run(b"# profile.on x\n10.0.0.1 a.example\n# end\n").is_empty());
}

#[test]
fn conflicts_go_host_error_others_warning() {
    let data = b"140.82.114.4 GitHub.com\n20.205.243.166 github.com.\n1.1.1.1 Example.ORG\n2.2.2.2 example.org.\n";
    let findings: Vec<Finding> = run(data)
        .into_iter()
        .filter(|f| f.code == "hosts.conflict")
        .collect();
    assert_eq!(findings.len(), 2);
    assert_eq!(findings[0].severity, Severity::Error);
    assert!(findings[0].message.to_string().starts_with("github.com is mapped to different addresses (line 1 -> 140.82.114.4, line 2 -> 20.205.243.166)"));
    assert!(
        findings[0]
            .message
            .to_string()
            .contains("Go uses 140.82.114.4, 20.205.243.166, glibc 140.82.114.4"),
        "{}",
        findings[0].message
    );
    assert_eq!(findings[1].severity, Severity::Warning);
    assert!(
        findings[1]
            .message
            .to_string()
            .contains("Go uses 1.1.1.1, 2.2.2.2, glibc 1.1.1.1")
    );
}

#[test]
fn many_conflicts_are_summed_up() {
    let mut data = String::new();
    for i in 0..20 {
        data.push_str(&format!("10.0.0.1 n{i}.example\n10.0.0.2 n{i}.example\n"));
    }
    let findings = run(data.as_bytes());
    assert_eq!(findings.len(), MAX_PER_KIND + 1);
    assert!(
        findings
            .last()
            .unwrap()
            .message
            .to_string()
            .starts_with("15 more names")
    );
}

#[test]
fn long_line_is_an_error_when_it_hides_go_hosts() {
    let mut data = b"127.0.0.1 localhost\n#".to_vec();
    data.extend(std::iter::repeat_n(b'x', 70 * 1024));
    data.extend_from_slice(b"\n10.1.2.3 goproxy.cn\n");
    let findings = run(&data);
    let long = findings
        .iter()
        .find(|f| f.code == "hosts.long-line")
        .unwrap();
    assert_eq!(long.severity, Severity::Error);
    assert!(
        long.message
            .to_string()
            .contains("ignores it and the line after it"),
        "{}",
        long.message
    );
    assert!(long.evidence[0].to_string().contains("goproxy.cn"));
    // Without Go hosts after it: a warning.
    let mut data = b"#".to_vec();
    data.extend(std::iter::repeat_n(b'x', 70 * 1024));
    let findings = run(&data);
    assert_eq!(findings[0].severity, Severity::Warning);
}

#[test]
fn encodings() {
    let utf16: Vec<u8> = "\u{feff}0.0.0.0 proxy.golang.org\r\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let findings = run(&utf16);
    assert_eq!(codes_of(&findings), ["hosts.encoding"]);
    assert_eq!(findings[0].severity, Severity::Error);

    let findings = run(b"\xef\xbb\xbf127.0.0.1 localhost\n");
    assert_eq!(codes_of(&findings), ["hosts.encoding"]);
    assert!(
        findings[0]
            .message
            .to_string()
            .contains("drop line 1 (127.0.0.1 localhost)"),
        "{}",
        findings[0].message
    );
    assert!(
        run(b"\xef\xbb\xbf# comment\n127.0.0.1 localhost\n").is_empty(),
        "a BOM before a comment loses nothing"
    );

    let findings = run(b"127.0.0.1 localhost\n\x00\x01garbage\n");
    assert_eq!(codes_of(&findings), ["hosts.encoding"]);

    let findings = run(b"10.0.0.1 caf\xe9.example\n");
    assert_eq!(codes_of(&findings), ["hosts.encoding"]);
    assert!(findings[0].message.to_string().contains("not valid UTF-8"));
}

#[test]
fn syntax_errors_error_when_about_go_hosts() {
    let findings = run(b"github.com 140.82.114.4\n1.2.3 foo.example\n10.0.0.1\n");
    assert_eq!(
        codes_of(&findings),
        ["hosts.syntax", "hosts.syntax", "hosts.syntax"]
    );
    assert_eq!(
        findings[0].severity,
        Severity::Error,
        "the intended github.com pin does nothing"
    );
    assert_eq!(findings[1].severity, Severity::Warning);
    assert!(findings[2].message.to_string().contains("has no name"));
}

#[test]
fn many_syntax_errors_are_summed_up() {
    let data = "junk line\n".repeat(30);
    let findings = run(data.as_bytes());
    assert_eq!(findings.len(), MAX_PER_KIND + 1);
    let last = findings.last().unwrap();
    assert!(
        last.message
            .to_string()
            .starts_with("25 more malformed lines"),
        "{}",
        last.message
    );
    assert_eq!(last.evidence.len(), MAX_PER_KIND);
}

#[test]
fn facts_show_what_go_and_glibc_take() {
    let (_, facts) = run_with(
        b"1.1.1.1 proxy.golang.org\n2.2.2.2 Proxy.Golang.Org.\n",
        LookupOrder::FilesDns,
    );
    assert_eq!(facts.go_hosts.len(), 1);
    let h = &facts.go_hosts[0];
    assert_eq!(h.go_answer, ["1.1.1.1", "2.2.2.2"]);
    assert_eq!(h.glibc_answer, ["1.1.1.1"]);
    assert_eq!(h.entries[1].written, "Proxy.Golang.Org.");
    assert_eq!(facts.entry_count, 2);
}

#[test]
fn windows_steps_ask_for_an_administrator_not_root() {
    let data = b"0.0.0.0 proxy.golang.org\n";
    let analysis = analyze(data, &go_hosts());
    let mut facts = empty_facts(LookupOrder::FilesDns);
    fill_facts(&mut facts, &analysis, &go_hosts(), cfg().today);
    for (os, word) in [
        (crate::platform::Os::Windows, "administrator"),
        (crate::platform::Os::Linux, "needs root"),
        (crate::platform::Os::MacOs, "needs root"),
    ] {
        let findings = evaluate(&facts, Some(&analysis), &RuleConfig { os, ..cfg() });
        let sinkhole = findings
            .iter()
            .find(|f| f.code == "hosts.sinkhole")
            .expect("sinkhole finding");
        let fix = sinkhole.fix.as_ref().expect("a fix");
        assert!(
            fix.description.to_string().contains(word),
            "{os:?}: {}",
            fix.description
        );
    }
}

use crate::i18n::Message;

/// The zh-CN rendering of a message (see [`Message::chinese`]).
fn zh(m: &Message) -> String {
    m.chinese()
}

#[test]
fn findings_read_in_chinese() {
    let findings = run(b"127.0.0.1 localhost\n0.0.0.0 storage.googleapis.com\n");
    let f = &findings[0];
    assert_eq!(
        zh(&f.message),
        "storage.googleapis.com 在 hosts 文件里被指向了黑洞地址 0.0.0.0（第 2 行）：Go 会连到本机，而不是真正的服务器"
    );
    assert_eq!(
        zh(&f.fix.as_ref().unwrap().description),
        "删除这 1 行（需要 root 权限），并在写入它的工具里把这个域名加进白名单"
    );
    assert_eq!(
        f.evidence[0].render(crate::i18n::Lang::ZhCn),
        "第 2 行：0.0.0.0 storage.googleapis.com"
    );

    let repeated =
        run(b"0.0.0.0 proxy.golang.org\n0.0.0.0 proxy.golang.org\n0.0.0.0 proxy.golang.org\n");
    let text = zh(&repeated[0].message);
    assert!(
        text.contains("共 3 行，第一处在第 1 行，最后一处在第 3 行"),
        "{text}"
    );

    let (dns_first, _) = run_with(b"0.0.0.0 proxy.golang.org\n", LookupOrder::DnsFiles);
    assert!(
        zh(&dns_first[0].message).ends_with("（Go 会先问 DNS，DNS 没有结果时才用 hosts 文件）")
    );

    let data = b"# GitHub520 Host Start\n140.82.114.4 github.com\n# Update time: 2023-02-25T04:05:22+08:00\n# GitHub520 Host End\n";
    let findings = run(data);
    let pinned = findings.iter().find(|f| f.code == "hosts.pinned").unwrap();
    let text = zh(&pinned.message);
    assert!(
        text.contains(
            "第 2 行 -> 140.82.114.4（2023-02-25 的 GitHub520 区块）；写死的地址迟早会失效"
        ),
        "{text}"
    );
    let stale = findings
        .iter()
        .find(|f| f.code == "hosts.stale-block")
        .unwrap();
    let text = zh(&stale.message);
    assert!(text.contains("已经 1371 天没更新了"), "{text}");
    assert!(text.contains("可能已经连不上了"), "{text}");

    let bad = run(b"proxy.golang.org 1.2.3.4\n");
    assert!(zh(&bad[0].message).starts_with("第 1 行：域名写在了地址前面"));
}

#[test]
fn summary_and_facts_read_in_chinese() {
    let (_, facts) = run_with(
        b"0.0.0.0 proxy.golang.org\n127.0.0.1 localhost\n",
        LookupOrder::FilesDns,
    );
    assert_eq!(
        zh(&crate::checks::hosts::summary(&facts)),
        "/etc/hosts：2 条记录，1 个 Go 用到的域名；解析顺序：先 hosts 文件，再 DNS"
    );
    assert_eq!(
        crate::checks::hosts::summary(&facts),
        "/etc/hosts: 2 entries, 1 Go host; lookup order: hosts file, then DNS"
    );
    let lines = crate::i18n::in_lang(crate::i18n::Lang::ZhCn, || {
        crate::checks::hosts::render::fact_lines(&facts)
    });
    let text = lines.join("\n");
    assert!(
        text.contains("解析顺序    先 hosts 文件，再 DNS，依据 无（由平台解析器决定）"),
        "{text}"
    );
    assert!(text.contains("proxy.golang.org：第 1 行 0.0.0.0"), "{text}");
    assert!(text.contains("Go 取 0.0.0.0；glibc 取 0.0.0.0"), "{text}");
}
