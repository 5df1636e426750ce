//! The go-env check through the real binary, with fake `go` programs from fixtures/go.

use crate::common;

use std::time::{Duration, Instant};

use common::{Sandbox, assert_matches_schema, codes, finding, json_report};

#[test]
fn healthy_go_exits_zero_with_only_a_note() {
    let sb = Sandbox::new();
    let (report, code) =
        json_report(
            sb.godiag(Some("fake"))
                .args(["check", "--offline", "--json"]),
        );
    assert_eq!(code, 0);
    assert_eq!(report["status"], "ok");
    assert_eq!(codes(&report), ["go-env.goproxy-comma-fallback"]);
    let facts = &report["checks"][0]["facts"];
    assert_eq!(facts["go_version"], "go1.22.3");
    assert!(
        facts["go_binary"]
            .as_str()
            .unwrap()
            .ends_with("fixtures/go/fake/go")
    );
    assert_eq!(facts["go_binary_from"], "path");
    assert_matches_schema(&report);
}

#[test]
fn provenance_env_file_and_os_override() {
    let sb = Sandbox::new();
    std::fs::write(
        sb.go_env_file(),
        "GOPROXY=https://goproxy.cn,direct\nGOSUMDB=off\n",
    )
    .unwrap();
    let (report, code) = json_report(
        sb.godiag(Some("fake"))
            .env("GOPROXY", "https://proxy.golang.org,direct")
            .args(["check", "--offline", "--json"]),
    );
    assert_eq!(code, 0, "warnings only: {report}");
    let vars = report["checks"][0]["facts"]["variables"]
        .as_array()
        .unwrap();
    let goproxy = vars.iter().find(|v| v["name"] == "GOPROXY").unwrap();
    assert_eq!(goproxy["source"], "environment");
    assert_eq!(goproxy["value"], "https://proxy.golang.org,direct");
    assert_eq!(goproxy["file_value"], "https://goproxy.cn,direct");
    assert_eq!(goproxy["file_line"], 1);
    let gosumdb = vars.iter().find(|v| v["name"] == "GOSUMDB").unwrap();
    assert_eq!(gosumdb["source"], "env-file");

    let over = finding(&report, "go-env.os-env-override");
    assert_eq!(over["severity"], "warning");
    assert_eq!(over["location"]["line"], 1);
    assert!(
        over["location"]["file"]
            .as_str()
            .unwrap()
            .ends_with(".config/go/env")
    );
    assert_eq!(over["fix"]["actions"][0]["command"], "unset GOPROXY");
    let off = finding(&report, "go-env.gosumdb-off");
    assert_eq!(off["location"]["line"], 2);
    assert_eq!(report["status"], "warning");
    assert_matches_schema(&report);
}

#[test]
fn goproxy_off_fails_and_fail_on_moves_the_threshold() {
    let sb = Sandbox::new();
    let run = |fail_on: &str, goproxy: &str| {
        sb.godiag(Some("fake"))
            .env("GOPROXY", goproxy)
            .args(["check", "--offline", "--json", "--fail-on", fail_on])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(run("error", "off"), Some(1));
    assert_eq!(run("never", "off"), Some(0));
    // A warning alone (GOSUMDB=off) fails only with --fail-on warning.
    let warn = |fail_on: &str| {
        sb.godiag(Some("fake"))
            .env("GOSUMDB", "off")
            .env("GOPROXY", "https://goproxy.cn|direct")
            .args(["check", "--offline", "--fail-on", fail_on])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(warn("error"), Some(0));
    assert_eq!(warn("warning"), Some(1));
    // An info finding never fails.
    assert_eq!(run("warning", "https://proxy.golang.org,direct"), Some(0));
}

#[test]
fn hanging_go_is_killed_at_the_timeout() {
    let sb = Sandbox::new();
    let start = Instant::now();
    let (report, code) = json_report(sb.godiag(Some("hang")).args([
        "check",
        "--offline",
        "--json",
        "--timeout",
        "400ms",
    ]));
    let elapsed = start.elapsed();
    assert_eq!(code, 1);
    assert_eq!(codes(&report), ["go-env.go-timeout"]);
    assert!(
        finding(&report, "go-env.go-timeout")["message"]
            .as_str()
            .unwrap()
            .contains("400 ms")
    );
    // The timeout plus process start-up; the 100 ms margin is measured in the benchmark.
    assert!(
        elapsed < Duration::from_millis(400 + 600),
        "took {elapsed:?}"
    );
    assert_matches_schema(&report);
}

#[test]
fn crashing_go_reports_its_stderr_redacted() {
    let sb = Sandbox::new();
    let output = sb
        .godiag(Some("crash"))
        .args(["check", "--offline", "--json"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.contains("hunter2"), "password leaked:\n{text}");
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let f = finding(&report, "go-env.go-failed");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("exited with status 1: go: parsing $GOFLAGS")
    );
    let evidence = f["evidence"].to_string();
    assert!(
        evidence.contains("http://***@proxy.corp:3128"),
        "{evidence}"
    );
    assert_matches_schema(&report);
}

#[test]
fn garbage_output_is_a_finding_with_the_excerpt() {
    let sb = Sandbox::new();
    let (report, code) =
        json_report(
            sb.godiag(Some("garbage"))
                .args(["check", "--offline", "--json"]),
        );
    assert_eq!(code, 1);
    let f = finding(&report, "go-env.go-failed");
    assert!(f["message"].as_str().unwrap().contains("not JSON"));
    assert!(f["evidence"].to_string().contains("Welcome to goenv"));
}

#[test]
fn ancient_go_is_too_old_not_broken() {
    let sb = Sandbox::new();
    let (report, code) =
        json_report(
            sb.godiag(Some("ancient"))
                .args(["check", "--offline", "--json"]),
        );
    assert_eq!(code, 1);
    assert_eq!(codes(&report), ["go-env.go-too-old"]);
    assert!(
        finding(&report, "go-env.go-too-old")["message"]
            .as_str()
            .unwrap()
            .contains("Go 1.8.7")
    );
}

#[test]
fn go_without_goversion_falls_back_to_go_version() {
    let sb = Sandbox::new();
    let (report, _) = json_report(
        sb.godiag(Some("go112"))
            .args(["check", "--offline", "--json"]),
    );
    assert_eq!(report["checks"][0]["facts"]["go_version"], "go1.12.17");
    assert!(codes(&report).contains(&"go-env.go-too-old".to_string()));
    assert_eq!(
        report["checks"][0]["facts"]["invocations"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn missing_go_on_path_and_at_flag() {
    let sb = Sandbox::new();
    let (report, code) = json_report(sb.godiag(None).args(["check", "--offline", "--json"]));
    assert_eq!(code, 1);
    assert_eq!(codes(&report), ["go-env.go-missing"]);

    let (report, _) = json_report(sb.godiag(Some("fake")).args([
        "check",
        "--offline",
        "--json",
        "--go",
        "/nonexistent/go",
    ]));
    assert_eq!(codes(&report), ["go-env.go-missing"]);
}

#[test]
fn go_flag_selects_the_binary() {
    let sb = Sandbox::new();
    let ancient = common::fake_go_dir("ancient").join("go");
    let (report, _) = json_report(
        sb.godiag(Some("fake"))
            .args(["check", "--offline"])
            .arg("--json")
            .arg("--go")
            .arg(&ancient),
    );
    assert_eq!(report["checks"][0]["facts"]["go_binary_from"], "flag");
    assert_eq!(codes(&report), ["go-env.go-too-old"]);
}

#[cfg(unix)]
#[test]
fn go_that_cannot_be_executed() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let go = sb.dir.path().join("go");
    std::fs::write(&go, "#!/bin/sh\n").unwrap();
    std::fs::set_permissions(&go, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (report, code) = json_report(
        sb.godiag(None)
            .args(["check", "--offline"])
            .arg("--json")
            .arg("--go")
            .arg(&go),
    );
    assert_eq!(code, 1);
    let f = finding(&report, "go-env.go-failed");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("could not be started"),
        "{f}"
    );
}

#[test]
fn unknown_variables_from_environment_and_file() {
    let sb = Sandbox::new();
    std::fs::write(sb.go_env_file(), "GONOSUMCHECK=1\n").unwrap();
    let (report, _) = json_report(
        sb.godiag(Some("fake"))
            .env("GOPORXY", "https://goproxy.cn")
            .env("GOPROXY", "https://goproxy.cn|direct")
            .args(["check", "--offline", "--json"]),
    );
    let unknown: Vec<String> = codes(&report)
        .into_iter()
        .filter(|c| c == "go-env.unknown-variable")
        .collect();
    assert_eq!(unknown.len(), 2, "{report}");
}

#[test]
fn workspace_go_mod_drives_toolchain_download() {
    let sb = Sandbox::new();
    let ws = sb.dir.path().join("svc");
    std::fs::create_dir_all(&ws).unwrap();
    std::fs::write(ws.join("go.mod"), "module example.com/svc\n\ngo 1.24.0\n").unwrap();
    let (report, code) = json_report(
        sb.godiag(Some("fake"))
            .env("GOSUMDB", "off")
            .args(["check", "--offline"])
            .arg("--json")
            .arg("--workspace")
            .arg(&ws),
    );
    assert_eq!(code, 1);
    let f = finding(&report, "go-env.toolchain-download");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["location"]["line"], 3);
    let ws_facts = &report["checks"][0]["facts"]["workspace"];
    assert_eq!(ws_facts["go_directive"]["value"], "1.24.0");
}

#[test]
fn passwords_in_goproxy_and_https_proxy_are_redacted_everywhere() {
    let sb = Sandbox::new();
    std::fs::write(
        sb.go_env_file(),
        "GOPROXY=https://bob:filepass@goproxy.corp/x,direct\n",
    )
    .unwrap();
    for format in ["json", "human"] {
        let output = sb
            .godiag(Some("fake"))
            .env("GOPROXY", "https://alice:s3cret@goproxy.corp,off")
            .env("HTTPS_PROXY", "http://carol:pr0xypass@proxy.corp:3128")
            .env("GOSUMDB", "bogus")
            .args(["check", "--offline", "--verbose", "--format", format])
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        for secret in ["s3cret", "alice", "pr0xypass", "carol", "filepass", "bob:"] {
            assert!(
                !text.contains(secret),
                "{format} output leaks {secret}:\n{text}"
            );
        }
        assert!(
            text.contains("https://***@goproxy.corp"),
            "{format}:\n{text}"
        );
        assert!(
            text.contains("http://***@proxy.corp:3128"),
            "{format}:\n{text}"
        );
    }
}

#[test]
fn internal_failure_of_a_check_still_gives_valid_json() {
    let sb = Sandbox::new();
    let (report, code) = json_report(
        sb.godiag(Some("fake"))
            .env("GODIAG_INTERNAL_FAULT", "go-env")
            .args(["check", "--offline", "--json"]),
    );
    assert_eq!(code, 1);
    assert_eq!(codes(&report), ["go-env.internal-error"]);
    assert_eq!(report["checks"][0]["status"], "error");
    assert!(report["checks"][0]["facts"].is_null());
    assert_matches_schema(&report);
}

#[test]
fn verbose_shows_every_variable_and_its_source() {
    let sb = Sandbox::new();
    std::fs::write(sb.go_env_file(), "GOPRIVATE=git.corp.example.com\n").unwrap();
    let output = sb
        .godiag(Some("fake"))
        .env("GOFLAGS", "-mod=mod")
        .args(["check", "--offline", "--verbose"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    // Compare with runs of spaces folded: column widths are layout, not content.
    let folded: String = text
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "GOPRIVATE git.corp.example.com [go env -w file line 1]",
        "GOFLAGS -mod=mod [OS environment]",
        "GOSUMDB sum.golang.org [default]",
        "GONOPROXY git.corp.example.com [from GOPRIVATE]",
        "modules matching git.corp.example.com are fetched directly with git",
    ] {
        assert!(
            folded.contains(expected),
            "missing {expected:?} in:\n{text}"
        );
    }
    let quiet = sb
        .godiag(Some("fake"))
        .args(["check", "--offline"])
        .output()
        .unwrap();
    assert!(
        !String::from_utf8(quiet.stdout)
            .unwrap()
            .contains("variables:")
    );
}

#[test]
fn the_manual_fix_of_an_os_variable_names_the_startup_file_line() {
    let sb = Sandbox::new();
    std::fs::write(
        sb.home().join(".bashrc"),
        "# aliases\nalias ll='ls -l'\nexport GOPROXY=off\n",
    )
    .unwrap();
    let (report, code) = json_report(
        sb.godiag(Some("fake"))
            .env("GOPROXY", "off")
            .args(["check", "--only", "go-env", "--json"]),
    );
    assert_eq!(code, 1);
    let bashrc = sb.home().join(".bashrc").display().to_string();
    let facts = &report["checks"][0]["facts"]["shell_assignments"];
    assert_eq!(facts[0]["file"], bashrc.as_str(), "{facts:#}");
    assert_eq!(facts[0]["line"], 3);
    let fix = &finding(&report, "go-env.goproxy-off")["fix"];
    let commands: Vec<&str> = fix["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["command"].as_str().unwrap())
        .collect();
    assert!(
        commands.contains(&format!("delete line 3 of {bashrc}: export GOPROXY=off").as_str()),
        "{commands:?}"
    );
}
