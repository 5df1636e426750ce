//! The hosts check through the real binary, on the fixture files of fixtures/hosts.

use crate::common;

use std::time::Instant;

use common::{Sandbox, assert_matches_schema, codes, finding, fixtures, json_report};

fn hosts_report(sb: &Sandbox, file: &std::path::Path, extra: &[&str]) -> (serde_json::Value, i32) {
    json_report(
        sb.godiag(None)
            .args(["check", "--json", "--only", "hosts", "--hosts-file"])
            .arg(file)
            .args(extra),
    )
}

fn fixture(name: &str) -> std::path::PathBuf {
    fixtures().join("hosts").join(name)
}

fn hosts_facts(report: &serde_json::Value) -> &serde_json::Value {
    &report["checks"][1]["facts"]
}

#[test]
fn every_fixture_gives_its_findings() {
    let sb = Sandbox::new();
    let cases: &[(&str, &[&str], i32)] = &[
        ("clean", &[], 0),
        ("empty", &[], 0),
        ("comments-only", &[], 0),
        ("crlf", &["hosts.pinned"], 0),
        ("tabs", &[], 0),
        ("bom", &["hosts.encoding"], 0),
        ("utf16le", &["hosts.encoding"], 1),
        ("zone-ids", &["hosts.pinned", "hosts.syntax"], 0),
        (
            "github520-old",
            &[
                "hosts.pinned",
                "hosts.pinned",
                "hosts.pinned",
                "hosts.pinned",
                "hosts.stale-block",
            ],
            0,
        ),
        ("hostctl", &["hosts.pinned"], 0),
        (
            "stevenblack-header",
            &["hosts.sinkhole", "hosts.stale-block"],
            1,
        ),
        (
            "conflicts",
            &["hosts.pinned", "hosts.conflict", "hosts.conflict"],
            1,
        ),
        ("sinkhole", &["hosts.sinkhole"], 1),
        ("long-line", &["hosts.pinned", "hosts.long-line"], 1),
        ("binary-garbage", &["hosts.encoding"], 1),
        (
            "syntax-errors",
            &[
                "hosts.syntax",
                "hosts.syntax",
                "hosts.syntax",
                "hosts.syntax",
            ],
            1,
        ),
    ];
    for (name, want, want_code) in cases {
        let (report, code) = hosts_report(&sb, &fixture(name), &[]);
        assert_eq!(
            codes(&report),
            *want,
            "{name}: {}",
            serde_json::to_string_pretty(&report["checks"][1]["findings"]).unwrap()
        );
        assert_eq!(code, *want_code, "{name}");
        assert_matches_schema(&report);
    }
}

#[test]
fn crlf_and_tabs_parse_cleanly() {
    let sb = Sandbox::new();
    let (report, _) = hosts_report(&sb, &fixture("crlf"), &[]);
    let facts = hosts_facts(&report);
    assert_eq!(facts["entry_count"], 3);
    assert_eq!(facts["go_hosts"][0]["name"], "github.com");
    assert_eq!(
        facts["go_hosts"][0]["entries"][0]["address"],
        "140.82.114.4"
    );
}

#[test]
fn go_and_glibc_answers_differ_on_conflicts() {
    let sb = Sandbox::new();
    let (report, _) = hosts_report(&sb, &fixture("conflicts"), &[]);
    let gh = &hosts_facts(&report)["go_hosts"][0];
    assert_eq!(
        gh["go_answer"],
        serde_json::json!(["140.82.114.4", "20.205.243.166"])
    );
    assert_eq!(gh["glibc_answer"], serde_json::json!(["140.82.114.4"]));
    assert_eq!(finding(&report, "hosts.conflict")["severity"], "error");
    // With `multi on`, glibc takes every line too.
    let cfg = sb.dir.path().join("multi.toml");
    std::fs::write(
        &cfg,
        format!(
            "[hosts]\nhost_conf = {:?}\n",
            fixtures().join("nsswitch/host.conf-multi")
        ),
    )
    .unwrap();
    let (report, _) = hosts_report(
        &sb,
        &fixture("conflicts"),
        &["--config", cfg.to_str().unwrap()],
    );
    assert_eq!(hosts_facts(&report)["glibc_multi"], true);
    assert_eq!(
        hosts_facts(&report)["go_hosts"][0]["glibc_answer"],
        serde_json::json!(["140.82.114.4", "20.205.243.166"])
    );
}

#[test]
fn nsswitch_decides_whether_go_reads_the_file() {
    let sb = Sandbox::new();
    let nss = fixtures().join("nsswitch/dns-only");
    let (report, code) = hosts_report(
        &sb,
        &fixture("sinkhole"),
        &["--nsswitch", nss.to_str().unwrap()],
    );
    assert_eq!(hosts_facts(&report)["lookup_order"], "dns");
    assert_eq!(finding(&report, "hosts.sinkhole")["severity"], "info");
    assert_eq!(code, 0);
    let nss = fixtures().join("nsswitch/dns-files");
    let (report, _) = hosts_report(
        &sb,
        &fixture("sinkhole"),
        &["--nsswitch", nss.to_str().unwrap()],
    );
    assert_eq!(hosts_facts(&report)["lookup_order"], "dns-files");
    // A missing nsswitch.conf means Go's default: files, then DNS.
    let (report, _) = hosts_report(
        &sb,
        &fixture("sinkhole"),
        &["--nsswitch", "/nonexistent/nsswitch.conf"],
    );
    assert_eq!(hosts_facts(&report)["lookup_order"], "files-dns");
    assert_eq!(hosts_facts(&report)["nsswitch"]["read"], false);
}

#[test]
fn missing_and_non_file_hosts() {
    let sb = Sandbox::new();
    let (report, code) = hosts_report(&sb, std::path::Path::new("/nonexistent/hosts"), &[]);
    assert_eq!(code, 0, "a warning");
    assert_eq!(codes(&report), ["hosts.unreadable"]);
    assert_eq!(hosts_facts(&report)["status"], "missing");
    let (report, _) = hosts_report(&sb, sb.dir.path(), &[]);
    assert_eq!(hosts_facts(&report)["status"], "not-a-file");
    assert_matches_schema(&report);
}

#[test]
fn stale_block_reports_its_date_and_age() {
    let sb = Sandbox::new();
    let (report, _) = hosts_report(&sb, &fixture("github520-old"), &[]);
    let block = &hosts_facts(&report)["blocks"][0];
    assert_eq!(block["tool"], "github520");
    assert_eq!(block["date"], "2023-02-25");
    assert_eq!(
        (block["start_line"].as_u64(), block["end_line"].as_u64()),
        (Some(4), Some(15))
    );
    assert!(block["age_days"].as_i64().unwrap() > 1000);
    let pinned = hosts_facts(&report)["go_hosts"].as_array().unwrap();
    assert!(
        pinned
            .iter()
            .all(|h| h["entries"][0]["block"] == "github520"),
        "{pinned:?}"
    );
}

#[test]
fn a_265k_line_block_list_is_read_fully_and_fast() {
    let sb = Sandbox::new();
    let mut data = common::synth::stevenblack_like(265_000);
    data.extend_from_slice(b"0.0.0.0 storage.googleapis.com\n");
    let path = sb.dir.path().join("hosts-265k");
    std::fs::write(&path, &data).unwrap();
    let start = Instant::now();
    let (report, code) = hosts_report(&sb, &path, &[]);
    let elapsed = start.elapsed();
    assert_eq!(code, 1);
    let facts = hosts_facts(&report);
    assert_eq!(facts["entry_count"], 265_000 + 6 + 1);
    assert_eq!(facts["line_count"].as_u64(), Some(265_000 + 24));
    let sinkhole = finding(&report, "hosts.sinkhole");
    assert_eq!(sinkhole["location"]["line"].as_u64(), Some(265_000 + 24));
    // A correctness test, not the benchmark: generous for debug builds and busy machines.
    assert!(elapsed.as_secs() < 20, "took {elapsed:?}");
}
