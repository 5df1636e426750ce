//! The Windows build, end to end: the real godiag.exe, and for the go-env check a real Windows
//! go.exe (cross-built from Go's sources; its path in `GODIAG_TEST_GO_EXE`). CI runs these under
//! wine. The rest of the integration tests start fake `go` shell scripts or need Linux network
//! namespaces, so they do not run on Windows.
#![cfg(windows)]

use crate::common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

use common::{codes, fixtures, json_report};

/// The variables a Windows program needs to start (and go.exe to find its folders), with the
/// user's folders in `dir`; nothing else from the test's environment.
fn godiag_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("godiag").expect("binary");
    cmd.env_clear();
    for name in [
        "SystemRoot",
        "SystemDrive",
        "windir",
        "ComSpec",
        "PATHEXT",
        "TEMP",
        "TMP",
    ] {
        if let Ok(value) = std::env::var(name) {
            cmd.env(name, value);
        }
    }
    // Under wine, a child started without WINEPREFIX (or HOME, which locates the default
    // prefix) runs in another Windows installation, which has neither our temp files nor our
    // pipes. Real Windows has none of these variables.
    for (name, value) in std::env::vars_os() {
        let name_text = name.to_string_lossy();
        if name_text.starts_with("WINE") || name_text == "HOME" {
            cmd.env(&name, value);
        }
    }
    let appdata = dir.join("AppData").join("Roaming");
    let local = dir.join("AppData").join("Local");
    std::fs::create_dir_all(&appdata).expect("AppData");
    std::fs::create_dir_all(&local).expect("LocalAppData");
    std::fs::create_dir_all(dir.join("work")).expect("work");
    cmd.env("USERPROFILE", dir)
        .env("AppData", &appdata)
        .env("LocalAppData", &local)
        .env("Path", r"C:\nonexistent-bin")
        .env(
            "GODIAG_CONFIG",
            fixtures().join("config").join("hermetic.toml"),
        )
        .current_dir(dir.join("work"));
    cmd
}

/// The Windows go.exe CI builds; these tests are ignored unless asked for. A cross-built go.exe
/// knows its GOROOT as a Unix path without a drive, so CI also names it in
/// `GODIAG_TEST_GOROOT` (under wine, `Z:` + the Unix path); it is passed on as `GOROOT`.
fn go_command(dir: &Path) -> (Command, PathBuf) {
    let go = go_exe();
    let mut cmd = godiag_in(dir);
    if let Some(goroot) = std::env::var_os("GODIAG_TEST_GOROOT") {
        cmd.env("GOROOT", goroot);
    }
    (cmd, go)
}

fn go_exe() -> PathBuf {
    let path = std::env::var_os("GODIAG_TEST_GO_EXE")
        .map(PathBuf::from)
        .expect("GODIAG_TEST_GO_EXE names a Windows go.exe");
    assert!(path.is_file(), "{} is not a file", path.display());
    path
}

fn check<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["checks"]
        .as_array()
        .and_then(|checks| checks.iter().find(|c| c["id"] == id))
        .unwrap_or_else(|| panic!("no {id} check in {report:#}"))
}

#[test]
fn offline_check_reads_the_windows_hosts_file_and_suggests_winget() {
    let dir = tempfile::tempdir().expect("temp dir");
    // No hosts file given: the default, %SystemRoot%\System32\drivers\etc\hosts.
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[go_env]\ntimeout = \"5s\"\n").expect("config");
    let output = godiag_in(dir.path())
        .env("GODIAG_CONFIG", &config)
        .args(["check", "--offline", "--color", "never"])
        .output()
        .expect("run godiag");
    let text = String::from_utf8_lossy(&output.stdout);
    let root = std::env::var("SystemRoot").expect("SystemRoot");
    let hosts = format!(r"{root}\System32\drivers\etc\hosts");
    assert!(text.contains(&hosts), "{hosts} not in:\n{text}");
    assert!(text.contains("winget install GoLang.Go"), "{text}");
    assert!(text.contains("running gopls not inspected"), "{text}");
    assert_eq!(output.status.code(), Some(1), "{text}");

    let (report, code) = json_report(godiag_in(dir.path()).env("GODIAG_CONFIG", &config).args([
        "check",
        "--offline",
        "--json",
    ]));
    assert_eq!(code, 1);
    assert!(codes(&report).contains(&"go-env.go-missing".to_string()));
    assert_eq!(check(&report, "dns")["status"], "skipped");
    assert_eq!(
        check(&report, "hosts")["facts"]["path"],
        hosts.as_str(),
        "{report:#}"
    );
}

#[test]
#[ignore = "needs a Windows go.exe in GODIAG_TEST_GO_EXE"]
fn go_env_with_a_real_go_exe_reads_appdata_go_env() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut godiag, go) = go_command(dir.path());
    let env_file = dir.path().join(r"AppData\Roaming\go\env");
    std::fs::create_dir_all(env_file.parent().expect("folder")).expect("go folder");
    std::fs::write(&env_file, "GOPROXY=https://goproxy.cn,direct\n").expect("env file");

    let (report, code) = json_report(godiag.args([
        "check",
        "--only",
        "go-env",
        "--json",
        "--go",
        &go.display().to_string(),
    ]));
    let facts = &check(&report, "go-env")["facts"];
    let expected = format!(r"{}\AppData\Roaming\go\env", dir.path().display());
    assert_eq!(facts["env_file"]["path"], expected.as_str(), "{report:#}");
    assert!(!expected.contains('/'), "{expected}");
    let goproxy = facts["variables"]
        .as_array()
        .and_then(|vars| vars.iter().find(|v| v["name"] == "GOPROXY"))
        .unwrap_or_else(|| panic!("no GOPROXY in {facts:#}"));
    assert_eq!(goproxy["value"], "https://goproxy.cn,direct");
    assert_eq!(goproxy["source"], "env-file", "{goproxy}");
    assert_eq!(code, 0, "{report:#}");
}

#[test]
#[ignore = "needs a Windows go.exe in GODIAG_TEST_GO_EXE"]
fn a_mixed_case_goproxy_in_the_environment_is_go_s_goproxy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut godiag, go) = go_command(dir.path());
    let go_dir = go.parent().expect("go.exe's folder").display().to_string();
    // `Path` and `GoProxy` as Windows users often spell them: both name Go's variables.
    let (report, _) = json_report(
        godiag
            .env("Path", &go_dir)
            .env("GoProxy", "https://goproxy.io,direct")
            .args(["check", "--only", "go-env", "--json"]),
    );
    let facts = &check(&report, "go-env")["facts"];
    assert_eq!(facts["go_binary_from"], "path", "{facts:#}");
    let goproxy = facts["variables"]
        .as_array()
        .and_then(|vars| vars.iter().find(|v| v["name"] == "GOPROXY"))
        .unwrap_or_else(|| panic!("no GOPROXY in {facts:#}"));
    assert_eq!(goproxy["value"], "https://goproxy.io,direct");
    assert_eq!(goproxy["source"], "environment", "{goproxy}");
}

#[test]
#[ignore = "needs a Windows go.exe in GODIAG_TEST_GO_EXE"]
fn fix_writes_appdata_go_env_and_verify_names_the_windows_refusal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut godiag, go) = go_command(dir.path());
    // A loopback port nobody listens on: go's download is refused at once.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let proxy = format!("http://127.0.0.1:{port}");
    let (report, code) = json_report(godiag.args([
        "fix",
        "--offline",
        "--json",
        "--apply",
        "--verify",
        "--proxy",
        &proxy,
        "--go",
        &go.display().to_string(),
    ]));
    let env_file = dir.path().join(r"AppData\Roaming\go\env");
    let written = std::fs::read_to_string(&env_file).expect("go env -w wrote the env file");
    assert!(written.contains(&format!("GOPROXY={proxy}")), "{written}");
    let verify = &report["verify"];
    assert_eq!(verify["ok"], false, "{report:#}");
    assert_eq!(verify["failure"], "refused", "{verify:#}");
    assert_eq!(code, 1);
}

/// `reg.exe` with its arguments; panics unless it succeeds.
fn reg(args: &[&str]) {
    let status = std::process::Command::new("reg")
        .args(args)
        .status()
        .expect("run reg.exe");
    assert!(status.success(), "reg {args:?}: {status}");
}

#[test]
#[ignore = "needs a Windows go.exe in GODIAG_TEST_GO_EXE"]
fn a_user_environment_variable_in_the_registry_is_named_with_its_powershell_fix() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut godiag, go) = go_command(dir.path());
    let env_file = dir.path().join(r"AppData\Roaming\go\env");
    std::fs::create_dir_all(env_file.parent().expect("folder")).expect("go folder");
    std::fs::write(&env_file, "GOINSECURE=example.org\n").expect("env file");
    // GOINSECURE: no other test looks at it, so the shared user environment can carry it.
    let key = r"HKCU\Environment";
    reg(&["add", key, "/v", "GOINSECURE", "/d", "example.com", "/f"]);
    let (report, _) = json_report(
        godiag
            .env("GOINSECURE", "example.com")
            .args(["check", "--only", "go-env", "--json", "--go"])
            .arg(&go),
    );
    reg(&["delete", key, "/v", "GOINSECURE", "/f"]);
    let facts = &check(&report, "go-env")["facts"];
    let registry = facts["registry_env"].as_array().expect("registry_env");
    assert!(
        registry.iter().any(|r| r["name"] == "GOINSECURE"
            && r["scope"] == "user"
            && r["value"] == "example.com"),
        "{facts:#}"
    );
    let finding = common::finding(&report, "go-env.os-env-override");
    let text = finding.to_string();
    assert!(text.contains(r"HKCU\\Environment"), "{finding:#}");
    assert!(
        text.contains("[Environment]::SetEnvironmentVariable('GOINSECURE', $null, 'User')"),
        "{finding:#}"
    );
    assert!(text.contains("Remove-Item Env:GOINSECURE"), "{finding:#}");
}
