//! The vscode check through the real binary, on fixture trees laid out in a temporary HOME
//! (never the real one).

use crate::common;

use std::path::{Path, PathBuf};

use common::http::{refused_port, server, status};
use common::{Sandbox, assert_matches_schema, codes, finding, fixtures, json_report};

fn fixture(name: &str) -> PathBuf {
    fixtures().join("vscode").join(name)
}

fn put(path: &Path, from: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(from, path).unwrap();
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn run(sb: &Sandbox, extra: &[&str]) -> (serde_json::Value, i32) {
    json_report(
        sb.godiag(Some("fake"))
            .args(["check", "--json", "--only", "vscode"])
            .args(extra),
    )
}

fn facts(report: &serde_json::Value) -> &serde_json::Value {
    &report["checks"][4]["facts"]
}

#[test]
fn discovers_every_product_profile_remote_and_workspace_file() {
    let sb = Sandbox::new();
    let home = sb.home();
    put(
        &home.join(".config/Code/User/settings.json"),
        &fixture("remote-machine.json"),
    );
    put(
        &home.join(".config/Cursor/User/settings.json"),
        &fixture("remote-machine.json"),
    );
    put(
        &home.join(".config/Code/User/profiles/abc123/settings.json"),
        &fixture("remote-machine.json"),
    );
    put(
        &home.join(".vscode-server/data/Machine/settings.json"),
        &fixture("remote-machine.json"),
    );
    put(
        &sb.work().join(".vscode/settings.json"),
        &fixture("remote-machine.json"),
    );
    put(
        &sb.work().join("project.code-workspace"),
        &fixture("project.code-workspace"),
    );
    let (report, _) = run(&sb, &[]);
    let files: Vec<(String, String)> = facts(&report)["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["exists"] == true)
        .map(|f| {
            (
                f["product"].as_str().unwrap().to_string(),
                f["scope"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for want in [
        ("VS Code", "user"),
        ("Cursor", "user"),
        ("VS Code", "profile"),
        ("VS Code Server", "remote-machine"),
        ("workspace", "workspace"),
        ("workspace", "workspace-file"),
    ] {
        assert!(
            files.contains(&(want.0.to_string(), want.1.to_string())),
            "missing {want:?} in {files:?}"
        );
    }
    // The workspace file's settings reach the tools.
    let vars = facts(&report)["windows"][0]["variables"].to_string();
    assert!(vars.contains("git.corp.example.com"), "{vars}");
    assert_matches_schema(&report);
}

#[test]
fn user_file_mistakes_each_have_a_finding_with_a_line() {
    let sb = Sandbox::new();
    let path = sb.home().join(".config/Code/User/settings.json");
    put(&path, &fixture("user-settings.jsonc"));
    let (report, _) = run(&sb, &[]);
    let mismatch = finding(&report, "vscode.goproxy-mismatch");
    assert!(mismatch["message"].as_str().unwrap().contains("GOPROXY=https://goproxy.io,direct while `go env` says GOPROXY=https://proxy.golang.org,direct"), "{mismatch}");
    assert_eq!(mismatch["location"]["line"], 4);
    assert_eq!(
        finding(&report, "vscode.gosumdb-off")["severity"],
        "warning"
    );
    let dup = finding(&report, "vscode.duplicate-key");
    assert!(
        dup["message"]
            .as_str()
            .unwrap()
            .contains("\"editor.fontSize\" appears on lines 3, 14"),
        "{dup}"
    );
    assert_eq!(
        finding(&report, "vscode.nested-key")["location"]["line"],
        11
    );
    assert!(
        finding(&report, "vscode.path-missing")["message"]
            .as_str()
            .unwrap()
            .contains("go.goroot = /nonexistent/go")
    );
    assert_eq!(
        finding(&report, "vscode.proxy-strict-ssl-off")["location"]["line"],
        9
    );
}

#[test]
fn a_broken_file_is_a_finding_and_the_report_goes_on() {
    let sb = Sandbox::new();
    put(
        &sb.home().join(".config/Code/User/settings.json"),
        &fixture("broken.json"),
    );
    let (report, code) =
        json_report(
            sb.godiag(Some("fake"))
                .args(["check", "--json", "--offline"]),
        );
    assert_eq!(code, 1);
    let f = finding(&report, "vscode.parse-error");
    // The missing comma is found where the line that lacks it ends.
    assert_eq!(f["location"]["line"], 3);
    assert!(f["message"].as_str().unwrap().contains("comma"), "{f}");
    assert!(
        f["evidence"][0]
            .as_str()
            .unwrap()
            .contains("\"go.toolsEnvVars\""),
        "{f}"
    );
    assert_eq!(report["checks"][0]["status"], "ok", "go-env still ran");
    assert_matches_schema(&report);
}

#[test]
fn bom_crlf_and_env_substitution() {
    let sb = Sandbox::new();
    put(
        &sb.home().join(".config/Code/User/settings.json"),
        &fixture("bom-crlf.json"),
    );
    let (report, _) = json_report(
        sb.godiag(Some("fake"))
            .env("CORP_GOPROXY", "https://goproxy.corp")
            .args(["check", "--json", "--only", "vscode"]),
    );
    let vars = facts(&report)["windows"][0]["variables"]
        .as_array()
        .unwrap()
        .clone();
    let goproxy = vars.iter().find(|v| v["name"] == "GOPROXY").unwrap();
    assert_eq!(goproxy["value"], "https://goproxy.corp");
    assert_eq!(goproxy["line"], 3);
    assert!(codes(&report).contains(&"vscode.goproxy-mismatch".to_string()));
}

#[test]
fn http_proxy_probe_against_a_listener_and_a_refused_port() {
    let sb = Sandbox::new();
    let path = sb.home().join(".config/Code/User/settings.json");
    let dead = refused_port();
    write(&path, &format!("{{ \"http.proxy\": \"http://{dead}\" }}"));
    let (report, code) = run(&sb, &[]);
    assert_eq!(code, 1);
    let f = finding(&report, "vscode.http-proxy-unreachable");
    assert_eq!(f["location"]["line"], 1);
    let alive = server(status(200), None, std::time::Duration::ZERO);
    write(
        &path,
        &format!("{{ \"http.proxy\": \"http://user:pw@{alive}\" }}"),
    );
    let output = sb
        .godiag(Some("fake"))
        .args(["check", "--json", "--only", "vscode"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.contains("user:pw"), "credentials leaked: {text}");
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(
        !codes(&report).contains(&"vscode.http-proxy-unreachable".to_string()),
        "{report}"
    );
    assert_eq!(
        facts(&report)["windows"][0]["http_proxy"]["reachable"],
        true
    );
}

#[test]
fn extension_versions_and_obsolete_folders() {
    let sb = Sandbox::new();
    put(
        &sb.home().join(".config/Code/User/settings.json"),
        &fixture("remote-machine.json"),
    );
    let (report, _) = run(&sb, &[]);
    assert_eq!(
        finding(&report, "vscode.extension-missing")["severity"],
        "info"
    );

    let ext = sb.home().join(".vscode/extensions");
    write(&ext.join("golang.go-0.37.1/package.json"), "{}");
    let (report, _) = run(&sb, &[]);
    assert!(
        finding(&report, "vscode.extension-old")["message"]
            .as_str()
            .unwrap()
            .contains("0.37.1, older than 0.38.0")
    );

    write(&ext.join("golang.go-0.42.1/package.json"), "{}");
    write(&ext.join(".obsolete"), "{\"golang.go-0.37.1\": true}");
    let (report, _) = run(&sb, &[]);
    assert!(
        !codes(&report)
            .iter()
            .any(|c| c.starts_with("vscode.extension")),
        "{report}"
    );
    assert_eq!(facts(&report)["extensions"][0]["version"], "0.42.1");
}

#[test]
fn loopback_proxy_leaks_into_remote_windows() {
    let sb = Sandbox::new();
    put(
        &sb.home().join(".config/Code/User/settings.json"),
        &fixture("loopback-proxy.json"),
    );
    put(
        &sb.home().join(".vscode-server/data/Machine/settings.json"),
        &fixture("remote-machine.json"),
    );
    let (report, _) = run(&sb, &[]);
    assert!(
        finding(&report, "vscode.remote-proxy-leak")["message"]
            .as_str()
            .unwrap()
            .contains("http.proxy")
    );
}

#[test]
fn vscode_settings_flag_replaces_discovery() {
    let sb = Sandbox::new();
    put(
        &sb.home().join(".config/Code/User/settings.json"),
        &fixture("broken.json"),
    );
    let given = fixture("user-settings.jsonc");
    let (report, _) = run(&sb, &["--vscode-settings", given.to_str().unwrap()]);
    let files = facts(&report)["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert!(!codes(&report).contains(&"vscode.parse-error".to_string()));
}

#[cfg(target_os = "linux")]
#[test]
fn running_gopls_with_an_old_environment_is_stale() {
    let sb = Sandbox::new();
    // A stand-in gopls: `sleep` under that name, started with a known environment.
    let gopls = sb.dir.path().join("gopls");
    std::fs::copy("/bin/sleep", &gopls).unwrap();
    let mut child = std::process::Command::new(&gopls)
        .arg("30")
        .env_clear()
        .env("GOPROXY", "https://stale.example,direct")
        .env("GOSUMDB", "sum.golang.org")
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    let (report, _) = run(&sb, &[]);
    let _ = child.kill();
    let _ = child.wait();
    let f = finding(&report, "vscode.gopls-stale-env");
    assert!(
        f["message"].as_str().unwrap().contains(&format!(
            "gopls (pid {}) runs with GOPROXY=https://stale.example,direct",
            child.id()
        )),
        "{f}"
    );
    let p = facts(&report)["processes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["pid"] == child.id())
        .unwrap()
        .clone();
    assert_eq!(p["same_network_namespace"], true);
}

#[cfg(target_os = "linux")]
#[test]
fn a_running_gopls_environment_is_printed_without_its_passwords() {
    let sb = Sandbox::new();
    let gopls = sb.dir.path().join("gopls");
    std::fs::copy("/bin/sleep", &gopls).unwrap();
    // With and without a scheme; `,` and `|` in a proxy password (a GOPROXY list is split at
    // them, so its passwords cannot hold them).
    let pass = "Pl4nted,pw|x";
    let mut child = std::process::Command::new(&gopls)
        .arg("30")
        .env_clear()
        .env(
            "GOPROXY",
            "http://corp:Pl4ntedpw@stale.example,bob:Pl4ntedpw@127.0.0.1:9|direct",
        )
        .env("GOSUMDB", "sum.golang.org")
        .env("HTTPS_PROXY", format!("bob:{pass}@127.0.0.1:9"))
        .env("HTTP_PROXY", format!("http://bob:{pass}@127.0.0.1:9"))
        .env("NO_PROXY", "localhost")
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    let mut outputs = Vec::new();
    for args in [["--json"], ["--verbose"]] {
        let output = sb
            .godiag(Some("fake"))
            .args(["check", "--only", "vscode"])
            .args(args)
            .output()
            .unwrap();
        outputs.push((args[0], output));
    }
    let _ = child.kill();
    let _ = child.wait();
    for (args, output) in outputs {
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            text.contains("stale.example"),
            "{args}: the stale gopls is reported: {text}"
        );
        assert!(!text.contains("Pl4nted"), "{args} leaks: {text}");
        assert!(!String::from_utf8_lossy(&output.stderr).contains("Pl4nted"));
    }
}

#[test]
fn mismatch_says_which_value_works_when_connectivity_measured_both() {
    let sb = Sandbox::new();
    let good = server(
        common::http::module_proxy(true),
        None,
        std::time::Duration::ZERO,
    );
    let dead = refused_port();
    write(
        &sb.home().join(".config/Code/User/settings.json"),
        &format!("{{ \"go.toolsEnvVars\": {{ \"GOPROXY\": \"http://{good},direct\" }} }}"),
    );
    let (report, _) = json_report(
        sb.godiag(Some("fake"))
            .env("GOPROXY", format!("http://{dead},direct"))
            .env("GOSUMDB", "off")
            .args([
                "check",
                "--json",
                "--only",
                "connectivity,vscode",
                "--mirror",
            ])
            .arg(format!("http://{good}")),
    );
    let f = finding(&report, "vscode.goproxy-mismatch");
    let evidence = f["evidence"].to_string();
    assert!(
        evidence.contains(&format!("editor: http://{good} served the module protocol")),
        "{evidence}"
    );
    assert!(
        evidence.contains(&format!("go env: http://{dead} did not work")),
        "{evidence}"
    );
}

#[test]
fn findings_speak_chinese_and_json_keeps_the_arguments() {
    let sb = Sandbox::new();
    let path = sb.home().join(".config/Code/User/settings.json");
    put(&path, &fixture("user-settings.jsonc"));
    let (report, _) = run(&sb, &["--lang", "zh-CN"]);
    let dup = finding(&report, "vscode.duplicate-key");
    let message = dup["message"].as_str().unwrap();
    assert!(
        message.contains("的第 3、14 行都写了 \"editor.fontSize\"：VS Code 只用最后一个"),
        "{dup}"
    );
    // The arguments do not depend on the language.
    assert_eq!(dup["message_id"], "vscode--duplicate-key--message");
    assert_eq!(dup["args"]["key"], "editor.fontSize");
    assert_eq!(dup["args"]["lines"], serde_json::json!([3, 14]));
    let fix = &finding(&report, "vscode.gosumdb-off")["fix"];
    assert_eq!(
        fix["description"],
        "让 Go 工具沿用 go env 中的校验和数据库（不要用 GOSUMDB=off）"
    );
    assert_eq!(fix["description_id"], "fix--vscode--gosumdb-off");

    let out = sb
        .godiag(Some("fake"))
        .args(["check", "--only", "vscode", "--verbose"])
        .env("LANG", "zh_CN.UTF-8")
        .env_remove("GODIAG_LANG")
        .env("COLUMNS", "1000")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("找到 1 个设置文件；没有 Go 扩展；"), "{text}");
    assert!(text.contains("不存在"), "{text}");
    assert!(text.contains("（VS Code，用户设置）：已读取"), "{text}");
}
