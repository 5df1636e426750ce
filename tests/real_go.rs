//! The go-env check against the real Go toolchain, with a temporary GOENV file and HOME.
//! Ignored unless asked for: CI installs golang-go and runs them with --include-ignored.

use crate::common;

use common::{Sandbox, codes, finding, json_report};

fn variable<'a>(report: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    report["checks"][0]["facts"]["variables"]
        .as_array()
        .and_then(|vars| vars.iter().find(|v| v["name"] == name))
        .unwrap_or_else(|| panic!("no {name} in the facts"))
}

#[test]
#[ignore = "needs the Go toolchain (CI installs golang-go)"]
fn go_env_w_value_is_traced_to_its_file_line() {
    let sb = Sandbox::new();
    sb.real_go()
        .args(["env", "-w", "GOPRIVATE=git.corp.example.com"])
        .assert()
        .success();
    sb.real_go()
        .args(["env", "-w", "GOPROXY=https://goproxy.cn,direct"])
        .assert()
        .success();
    let (report, code) = json_report(sb.godiag_real_go().args(["check", "--offline", "--json"]));
    assert_eq!(code, 0, "{report}");
    let goproxy = variable(&report, "GOPROXY");
    assert_eq!(goproxy["value"], "https://goproxy.cn,direct");
    assert_eq!(goproxy["source"], "env-file");
    assert!(goproxy["file_line"].as_u64().is_some());
    assert_eq!(variable(&report, "GONOPROXY")["source"], "goprivate");
    // godiag reports the version the real go reports.
    let version = sb.real_go().args(["env", "GOVERSION"]).output().unwrap();
    let version = String::from_utf8(version.stdout).unwrap();
    assert_eq!(report["checks"][0]["facts"]["go_version"], version.trim());
    assert_eq!(codes(&report), ["go-env.goproxy-comma-fallback"]);
}

#[test]
#[ignore = "needs the Go toolchain (CI installs golang-go)"]
fn os_environment_shadows_go_env_w() {
    let sb = Sandbox::new();
    sb.real_go()
        .args(["env", "-w", "GOPROXY=https://goproxy.cn,direct"])
        .assert()
        .success();
    // go itself warns and keeps the OS value: godiag must say the same.
    let warned = sb
        .real_go()
        .env("GOPROXY", "off")
        .args(["env", "-w", "GOPROXY=https://goproxy.io,direct"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&warned.stderr)
            .contains("does not override conflicting OS environment variable")
    );
    let (report, code) = json_report(sb.godiag_real_go().env("GOPROXY", "off").args([
        "check",
        "--offline",
        "--json",
    ]));
    assert_eq!(code, 1);
    let over = finding(&report, "go-env.os-env-override");
    assert!(
        over["message"].as_str().unwrap().contains(
            "GOPROXY=off in the OS environment shadows GOPROXY=https://goproxy.io,direct"
        ),
        "{over}"
    );
    assert!(codes(&report).contains(&"go-env.goproxy-off".to_string()));
    assert_eq!(variable(&report, "GOPROXY")["source"], "environment");
}

#[test]
#[ignore = "needs the Go toolchain (CI installs golang-go)"]
fn gosumdb_off_and_hand_edited_env_file() {
    let sb = Sandbox::new();
    sb.real_go()
        .args(["env", "-w", "GOSUMDB=off"])
        .assert()
        .success();
    let mut text = std::fs::read_to_string(sb.go_env_file()).unwrap();
    text.push_str("GONOSUMCHECK=1\nGOFLAGS=-insecure\n");
    std::fs::write(sb.go_env_file(), text).unwrap();
    // go itself refuses the myth.
    let refused = sb
        .real_go()
        .args(["env", "-w", "GONOSUMCHECK=1"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&refused.stderr)
            .contains("unknown go command variable GONOSUMCHECK")
    );

    let (report, code) = json_report(sb.godiag_real_go().args(["check", "--offline", "--json"]));
    assert_eq!(code, 1, "-insecure is an error on Go 1.17+: {report}");
    let off = finding(&report, "go-env.gosumdb-off");
    assert_eq!(off["location"]["line"], 1);
    assert_eq!(
        finding(&report, "go-env.unknown-variable")["location"]["line"],
        2
    );
    assert_eq!(
        finding(&report, "go-env.insecure-flag")["location"]["line"],
        3
    );
}

#[test]
#[ignore = "needs the Go toolchain (CI installs golang-go)"]
fn goenv_off_disables_the_file() {
    let sb = Sandbox::new();
    let (report, _) =
        json_report(
            sb.godiag_real_go()
                .env("GOENV", "off")
                .args(["check", "--offline", "--json"]),
        );
    assert_eq!(
        report["checks"][0]["facts"]["env_file"]["status"],
        "disabled"
    );
}

#[test]
#[ignore = "needs the Go toolchain (CI installs golang-go)"]
fn workspace_module_is_read_through_gomod() {
    let sb = Sandbox::new();
    std::fs::write(
        sb.work().join("go.mod"),
        "module example.com/m\n\ngo 1.13\n",
    )
    .unwrap();
    let (report, _) = json_report(sb.godiag_real_go().args(["check", "--offline", "--json"]));
    let ws = &report["checks"][0]["facts"]["workspace"];
    assert!(
        ws["file"].as_str().unwrap().ends_with("work/go.mod"),
        "{ws}"
    );
    assert_eq!(ws["go_directive"]["value"], "1.13");
    assert_eq!(ws["go_directive"]["line"], 3);
}

/// The diffs of a `godiag fix` JSON report, joined.
fn diffs(report: &serde_json::Value) -> String {
    report["diffs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["diff"].as_str().unwrap().to_string())
        .collect()
}

#[test]
#[ignore = "needs the Go toolchain (CI installs golang-go)"]
fn fix_apply_writes_through_go_and_undo_restores() {
    let sb = Sandbox::new();
    // A file as users have them: a comment, a duplicate, keys out of order.
    let original = "# set by the team script\nGOSUMDB=off\nGOPRIVATE=git.corp.example.com\nGOPROXY=https://old.example\nGOPROXY=https://proxy.golang.org,direct\n";
    std::fs::write(sb.go_env_file(), original).unwrap();
    let args = [
        "fix",
        "--offline",
        "--json",
        "--proxy",
        "https://goproxy.cn",
        "--sumdb",
        "sum.golang.google.cn",
    ];
    let (plan, code) = json_report(sb.godiag_real_go().args(args));
    assert_eq!(code, 1, "{plan:#}");
    let (applied, code) = json_report(sb.godiag_real_go().args(args).arg("--apply"));
    assert_eq!(code, 0, "{applied:#}");
    // The preview predicted exactly what go wrote.
    assert_eq!(diffs(&plan), diffs(&applied));
    let go_env = |name: &str| {
        let out = sb.real_go().args(["env", name]).output().unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    assert_eq!(go_env("GOPROXY"), "https://goproxy.cn,direct");
    assert_eq!(go_env("GOSUMDB"), "sum.golang.google.cn");
    assert_eq!(go_env("GOPRIVATE"), "git.corp.example.com");

    let out = sb
        .godiag_real_go()
        .args(["fix", "--undo"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(go_env("GOPROXY"), "https://proxy.golang.org,direct");
    assert_eq!(go_env("GOSUMDB"), "off");
    assert_eq!(go_env("GOPRIVATE"), "git.corp.example.com");
}

#[test]
#[ignore = "needs the Go toolchain (CI installs golang-go)"]
fn fix_apply_reports_go_s_os_environment_conflict() {
    let sb = Sandbox::new();
    common::assert_shadowed_goproxy_write_is_ineffective(&mut sb.godiag_real_go());
    // Go wrote the file anyway; the shell's value still wins.
    let file = std::fs::read_to_string(sb.go_env_file()).unwrap();
    assert_eq!(file, "GOPROXY=https://goproxy.cn,direct\n");
    let out = sb
        .real_go()
        .env("GOPROXY", "https://proxy.golang.org,direct")
        .args(["env", "GOPROXY"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "https://proxy.golang.org,direct"
    );
}
