//! `godiag fix` through the real binary with the fake go (fixtures/go/fake), fixture settings
//! files and loopback module proxies: the plan changes nothing, --apply writes go env through
//! go and settings in place with backups, a second --apply writes nothing, --undo restores byte
//! for byte, concurrent runs do not corrupt anything, and failures are reported, not hidden.
//! The real go is in tests/real_go.rs; the simulated network in tests/netns.rs.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::http::{module_proxy, refused_port, server};
use common::{Sandbox, assert_matches_fix_schema, json_report};

const SETTINGS: &str = "{\n    // my settings\n    \"editor.tabSize\": 4,\n    \"go.toolsEnvVars\": {\n        \"GOFLAGS\": \"-mod=mod\", // keep\n        \"GOSUMDB\": \"off\"\n    },\n}\n";

fn settings_file(sb: &Sandbox, name: &str, text: &str) -> PathBuf {
    let path = sb.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// `fix --apply` of the one change that needs no network: GOSUMDB to the China alias.
const APPLY_SUMDB_ALIAS: &[&str] = &[
    "--offline",
    "--json",
    "--apply",
    "--sumdb",
    "sum.golang.google.cn",
];

fn fix(sb: &Sandbox, settings: &[&Path], args: &[&str]) -> assert_cmd::Command {
    let mut cmd = sb.godiag(Some("fake"));
    cmd.arg("fix").args(args);
    for s in settings {
        cmd.arg("--vscode-settings").arg(s);
    }
    cmd
}

fn steps(report: &serde_json::Value) -> Vec<(String, String)> {
    report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["action"]["command"].as_str().unwrap().to_string(),
                s["state"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn state_of<'a>(report: &'a serde_json::Value, command_part: &str) -> &'a str {
    report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| {
            s["action"]["command"]
                .as_str()
                .unwrap()
                .contains(command_part)
        })
        .unwrap_or_else(|| panic!("no step {command_part} in {report:#}"))["state"]
        .as_str()
        .unwrap()
}

fn backups(sb: &Sandbox) -> Vec<PathBuf> {
    let dir = sb.home().join(".local/state/godiag/backups");
    let mut list: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    list.sort();
    list
}

#[test]
fn the_plan_shows_diffs_and_changes_nothing() {
    let sb = Sandbox::new();
    let settings = settings_file(&sb, "settings.json", SETTINGS);
    let (report, code) = json_report(&mut fix(
        &sb,
        &[&settings],
        &["--offline", "--json", "--proxy", "https://goproxy.cn"],
    ));
    assert_eq!(code, 1, "changes are pending");
    assert_matches_fix_schema(&report);
    assert_eq!(report["mode"], "plan");
    assert_eq!(state_of(&report, "remove \"GOSUMDB\""), "pending");
    assert_eq!(
        state_of(&report, "go env -w GOPROXY=https://goproxy.cn,direct"),
        "pending"
    );
    let diffs = report["diffs"].as_array().unwrap();
    let diff_text: String = diffs.iter().map(|d| d["diff"].as_str().unwrap()).collect();
    assert!(
        diff_text.contains("-        \"GOSUMDB\": \"off\""),
        "{diff_text}"
    );
    assert!(
        diff_text.contains("+GOPROXY=https://goproxy.cn,direct"),
        "{diff_text}"
    );
    assert!(
        diff_text.contains("--- /dev/null"),
        "the go env file does not exist yet: {diff_text}"
    );
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), SETTINGS);
    assert!(!sb.go_env_file().exists());
    assert!(
        !sb.home().join(".local/state").exists(),
        "a plan leaves no state behind"
    );
}

#[test]
fn apply_is_idempotent_and_undo_restores_byte_for_byte() {
    let sb = Sandbox::new();
    let settings = settings_file(&sb, "settings.json", SETTINGS);
    std::fs::write(sb.go_env_file(), "GOFLAGS=-mod=mod\n").unwrap();
    let args = [
        "--offline",
        "--json",
        "--apply",
        "--proxy",
        "https://goproxy.cn",
    ];

    let (report, code) = json_report(&mut fix(&sb, &[&settings], &args));
    assert_eq!(code, 0, "{report:#}");
    assert_matches_fix_schema(&report);
    assert_eq!(report["mode"], "apply");
    assert!(
        steps(&report)
            .iter()
            .all(|(_, s)| s == "applied" || s == "manual"),
        "{report:#}"
    );
    let edited = std::fs::read_to_string(&settings).unwrap();
    assert!(!edited.contains("GOSUMDB"), "{edited}");
    assert!(
        edited.contains("// my settings") && edited.contains("\"GOFLAGS\": \"-mod=mod\" // keep"),
        "{edited}"
    );
    assert_eq!(
        std::fs::read_to_string(sb.go_env_file()).unwrap(),
        "GOFLAGS=-mod=mod\nGOPROXY=https://goproxy.cn,direct\n"
    );
    // The affected checks ran again: vscode no longer has the finding.
    let after = report["after"].to_string();
    assert!(!after.contains("vscode.gosumdb-off"), "{after}");
    assert!(report["before"].to_string().contains("vscode.gosumdb-off"));
    let first_backups = backups(&sb);
    assert_eq!(first_backups.len(), 1);

    // Again: nothing to do, nothing written, no new backup.
    let modified = std::fs::metadata(&settings).unwrap().modified().unwrap();
    let (again, code) = json_report(&mut fix(&sb, &[&settings], &args));
    assert_eq!(code, 0);
    assert!(
        steps(&again)
            .iter()
            .all(|(_, s)| s == "already-done" || s == "manual"),
        "{again:#}"
    );
    assert!(
        again.get("backup").is_none() && again.get("after").is_none(),
        "{again:#}"
    );
    assert_eq!(
        std::fs::metadata(&settings).unwrap().modified().unwrap(),
        modified
    );
    assert_eq!(backups(&sb), first_backups);

    // Undo: both files as they were.
    let out = sb
        .godiag(Some("fake"))
        .args(["fix", "--undo"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("restored") && text.contains("GOPROXY"),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), SETTINGS);
    assert_eq!(
        std::fs::read_to_string(sb.go_env_file()).unwrap(),
        "GOFLAGS=-mod=mod\n"
    );
    let out = sb
        .godiag(Some("fake"))
        .args(["fix", "--undo"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Nothing to undo"));
}

#[test]
fn undo_leaves_a_file_the_user_changed_since() {
    let sb = Sandbox::new();
    let settings = settings_file(&sb, "settings.json", SETTINGS);
    let (_, code) = json_report(&mut fix(
        &sb,
        &[&settings],
        &["--offline", "--json", "--apply"],
    ));
    assert_eq!(code, 0);
    std::fs::write(&settings, "{ \"mine\": true }\n").unwrap();
    let (report, code) = json_report(sb.godiag(Some("fake")).args(["fix", "--undo", "--json"]));
    assert_eq!(code, 1, "something was left unrestored: {report:#}");
    assert_matches_fix_schema(&report);
    assert_eq!(report["mode"], "undo");
    assert_eq!(report["restored"][0]["state"], "refused", "{report:#}");
    assert!(
        report["restored"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("0.bak")
    );
    assert_eq!(
        std::fs::read_to_string(&settings).unwrap(),
        "{ \"mine\": true }\n"
    );
}

#[test]
fn an_os_variable_makes_the_go_env_write_ineffective() {
    let sb = Sandbox::new();
    common::assert_shadowed_goproxy_write_is_ineffective(&mut sb.godiag(Some("fake")));
}

#[test]
fn a_go_that_cannot_write_is_a_failed_step_and_nothing_to_undo() {
    let sb = Sandbox::new();
    let (report, code) = json_report(
        sb.godiag(Some("fake"))
            .env("FAKE_GO_WRITE_FAILS", "1")
            .arg("fix")
            .args(APPLY_SUMDB_ALIAS),
    );
    assert_eq!(code, 1);
    assert_eq!(state_of(&report, "GOSUMDB=sum.golang.google.cn"), "failed");
    let detail = report["steps"][0]["detail"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let all = report["steps"].to_string();
    assert!(all.contains("permission denied"), "{detail} {all}");
    assert!(
        backups(&sb).is_empty(),
        "nothing changed, so no backup is kept"
    );
}

#[test]
fn a_broken_settings_file_is_never_written_and_the_rest_goes_on() {
    let sb = Sandbox::new();
    let good = settings_file(&sb, "settings.json", SETTINGS);
    let broken_text =
        "{\n  \"go.toolsEnvVars\": { \"GOSUMDB\": \"off\" }\n  \"missing\": \"comma\"\n}\n";
    let broken = settings_file(&sb, "broken.json", broken_text);
    let (report, code) = json_report(&mut fix(
        &sb,
        &[&good, &broken],
        &["--offline", "--json", "--apply"],
    ));
    // The broken file is an error godiag leaves to the user: exit 1, and it says so.
    assert_eq!(code, 1, "{report:#}");
    assert!(
        report["remaining"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == "vscode.parse-error"),
        "{report:#}"
    );
    assert_eq!(std::fs::read_to_string(&broken).unwrap(), broken_text);
    assert!(!std::fs::read_to_string(&good).unwrap().contains("GOSUMDB"));
    assert!(report["after"].to_string().contains("vscode.parse-error"));
}

#[cfg(unix)]
#[test]
fn a_symlinked_settings_file_stays_a_link() {
    let sb = Sandbox::new();
    let real = settings_file(&sb, "dotfiles-settings.json", SETTINGS);
    let link = sb.dir.path().join("settings.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let (_, code) = json_report(&mut fix(&sb, &[&link], &["--offline", "--json", "--apply"]));
    assert_eq!(code, 0);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(!std::fs::read_to_string(&real).unwrap().contains("GOSUMDB"));
}

#[test]
fn concurrent_applies_do_not_corrupt_anything() {
    let sb = Sandbox::new();
    let settings = settings_file(&sb, "settings.json", SETTINGS);
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let mut cmd = fix(&sb, &[&settings], &["--offline", "--json", "--apply"]);
            let barrier = std::sync::Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                cmd.output().unwrap()
            })
        })
        .collect();
    for run in runs {
        let out = run.join().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let text = std::fs::read_to_string(&settings).unwrap();
    assert!(godiag::settings::parse(&text).is_ok(), "{text}");
    assert!(!text.contains("GOSUMDB"));
    assert_eq!(
        backups(&sb).len(),
        1,
        "one run made the change; the others found nothing to do"
    );
    let dir = sb
        .dir
        .path()
        .read_dir()
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned());
    assert!(
        dir.into_iter().all(|n| !n.contains(".tmp")),
        "no temporary file left"
    );
}

#[test]
fn the_measured_mirror_becomes_goproxy_and_verify_reports_go_s_error() {
    let sb = Sandbox::new();
    let dead = refused_port();
    let mirror = server(module_proxy(true), None, Duration::ZERO);
    let dead_url = format!("http://{dead}");
    let mirror_url = format!("http://{mirror}");
    std::fs::write(sb.go_env_file(), format!("GOPROXY={dead_url},direct\n")).unwrap();
    let (report, code) = json_report(sb.godiag(Some("fake")).args([
        "fix",
        "--json",
        "--apply",
        "--verify",
        "--mirror",
        &mirror_url,
    ]));
    assert_matches_fix_schema(&report);
    assert_eq!(
        std::fs::read_to_string(sb.go_env_file()).unwrap(),
        format!("GOPROXY={mirror_url},direct\n")
    );
    assert_eq!(state_of(&report, "go env -w GOPROXY="), "applied");
    assert!(
        report["before"]
            .to_string()
            .contains("connectivity.goproxy-unreachable")
    );
    assert!(
        !report["after"]
            .to_string()
            .contains("connectivity.goproxy-unreachable"),
        "{:#}",
        report["after"]
    );
    // The fake go has no `go mod download`: --verify says what go said, and the run fails.
    assert_eq!(code, 1);
    assert_eq!(report["verify"]["ok"], false);
    assert!(
        report["verify"]["error"]
            .as_str()
            .unwrap()
            .contains("unknown command"),
        "{:#}",
        report["verify"]
    );
}

#[test]
fn sumdb_off_is_refused_with_the_reason() {
    let sb = Sandbox::new();
    let out = sb
        .godiag(Some("fake"))
        .args(["fix", "--apply", "--sumdb", "off"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("never turns checksum verification off")
            && err.contains("sum.golang.google.cn"),
        "{err}"
    );
}

#[test]
fn the_human_plan_names_each_step_and_the_next_command() {
    let sb = Sandbox::new();
    let settings = settings_file(&sb, "settings.json", SETTINGS);
    let out = fix(&sb, &[&settings], &["--offline", "--color", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("pending"), "{text}");
    assert!(
        text.contains(&format!(
            "remove \"GOSUMDB\" from \"go.toolsEnvVars\" in {}",
            settings.display()
        )),
        "{text}"
    );
    assert!(text.contains("@@"), "a diff: {text}");
    assert!(text.contains("run `godiag fix --apply`"), "{text}");
}

#[test]
fn a_workspace_file_with_crlf_and_a_bom_keeps_both_and_its_backup_is_the_original() {
    let sb = Sandbox::new();
    let original = "\u{feff}{\r\n  \"folders\": [{ \"path\": \".\" }],\r\n  // team settings\r\n  \"settings\": {\r\n    \"go.toolsEnvVars\": { \"GOSUMDB\": \"off\", \"GOFLAGS\": \"-mod=mod\" },\r\n  },\r\n}\r\n";
    let ws = settings_file(&sb, "team.code-workspace", original);
    let (report, code) = json_report(&mut fix(&sb, &[&ws], &["--offline", "--json", "--apply"]));
    assert_eq!(code, 0, "{report:#}");
    let edited = std::fs::read_to_string(&ws).unwrap();
    assert!(edited.starts_with('\u{feff}'), "BOM kept");
    assert!(
        !edited.replace("\r\n", "").contains('\n'),
        "CRLF kept: {edited:?}"
    );
    assert!(edited.contains("// team settings"));
    assert!(
        !edited.contains("GOSUMDB") && edited.contains("\"GOFLAGS\": \"-mod=mod\""),
        "{edited:?}"
    );
    let settings = godiag::settings::parse_workspace_file(&edited).unwrap();
    assert!(settings.get("go.toolsEnvVars").is_some());

    // The backup is the original, byte for byte, in a folder only this user can read.
    let backup_dir = PathBuf::from(report["backup"].as_str().unwrap());
    assert_eq!(
        std::fs::read_to_string(backup_dir.join("0.bak")).unwrap(),
        original
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(backup_dir.join("manifest.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["files"][0]["path"], ws.display().to_string());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let state = sb.home().join(".local/state/godiag");
        let mode = std::fs::metadata(state).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
    }
}

#[test]
fn the_editor_gets_go_env_s_goproxy_once_this_run_saw_it_work() {
    let sb = Sandbox::new();
    let good = format!(
        "http://{}",
        server(module_proxy(true), None, Duration::ZERO)
    );
    let dead = format!("http://{}", refused_port());
    std::fs::write(sb.go_env_file(), format!("GOPROXY={good},direct\n")).unwrap();
    let settings = settings_file(
        &sb,
        "settings.json",
        &format!(
            "{{\n  // the office proxy\n  \"go.toolsEnvVars\": {{ \"GOPROXY\": \"{dead},direct\" }}\n}}\n"
        ),
    );
    let (report, code) = json_report(&mut fix(
        &sb,
        &[&settings],
        &["--json", "--apply", "--mirror", &good],
    ));
    assert_eq!(code, 0, "{report:#}");
    let step = common::fix_step(&report, "settings-set");
    assert_eq!(step["state"], "applied", "{step}");
    assert_eq!(step["applicability"], "safe");
    let edited = std::fs::read_to_string(&settings).unwrap();
    assert!(
        edited.contains(&format!("\"GOPROXY\": \"{good},direct\"")),
        "{edited}"
    );
    assert!(edited.contains("// the office proxy"));
    assert!(
        !report["after"]
            .to_string()
            .contains("vscode.goproxy-mismatch")
    );
}

#[test]
fn an_editor_edit_is_skipped_when_its_go_env_write_fails() {
    let sb = Sandbox::new();
    let settings = settings_file(&sb, "settings.json", SETTINGS);
    let (report, code) =
        json_report(fix(&sb, &[&settings], APPLY_SUMDB_ALIAS).env("FAKE_GO_WRITE_FAILS", "1"));
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(state_of(&report, "go env -w GOSUMDB"), "failed");
    let edits: Vec<&serde_json::Value> = report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| {
            s["action"]["kind"]
                .as_str()
                .unwrap()
                .starts_with("settings")
        })
        .collect();
    assert!(!edits.is_empty(), "{report:#}");
    for e in edits {
        assert_eq!(e["state"], "refused", "{e}");
        assert_eq!(e["skipped"], true, "{e}");
        assert!(e["detail"].as_str().unwrap().contains("skipped"), "{e}");
    }
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), SETTINGS);
}

#[test]
fn a_proxy_password_is_never_written_into_a_workspace_settings_file() {
    let sb = Sandbox::new();
    let addr = server(module_proxy(true), None, Duration::ZERO);
    let dead = format!("http://{}", refused_port());
    let ws = sb.work().join(".vscode/settings.json");
    std::fs::create_dir_all(ws.parent().unwrap()).unwrap();
    let text = format!("{{\n  \"go.toolsEnvVars\": {{ \"GOPROXY\": \"{dead},direct\" }}\n}}\n");
    std::fs::write(&ws, &text).unwrap();
    let proxy = format!("http://corp:t0ken@{addr}");
    let output = sb
        .godiag(Some("fake"))
        .args(["fix", "--json", "--apply", "--mirror"])
        .arg(format!("http://{addr}"))
        .arg("--proxy")
        .arg(&proxy)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains("t0ken"), "{stdout}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let step = common::fix_step(&report, "settings-set");
    assert_eq!(step["state"], "refused", "{step}");
    let detail = step["detail"].as_str().unwrap();
    assert!(detail.contains("credentials"), "{detail}");
    assert!(detail.contains("user settings"), "{detail}");
    assert_eq!(std::fs::read_to_string(&ws).unwrap(), text);
}

#[test]
fn undo_keeps_what_it_left_for_undo_force_which_says_what_it_overwrites() {
    let sb = Sandbox::new();
    let settings = settings_file(&sb, "settings.json", SETTINGS);
    let (_, code) = json_report(&mut fix(&sb, &[&settings], APPLY_SUMDB_ALIAS));
    assert_eq!(code, 0);
    let mine = "{ \"mine\": true }\n";
    std::fs::write(&settings, mine).unwrap();
    let undo = |extra: &[&str]| {
        let out = sb
            .godiag(Some("fake"))
            .args(["fix", "--undo", "--color", "never"])
            .args(extra)
            .output()
            .unwrap();
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            out.status.code(),
        )
    };
    // The go env change is undone; the edited file is left, and stays for later.
    let (text, code) = undo(&[]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("left alone") && text.contains("--undo --force"),
        "{text}"
    );
    assert!(
        !std::fs::read_to_string(sb.go_env_file())
            .unwrap()
            .contains("GOSUMDB")
    );
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), mine);
    // Again: only the file is left to do, and it is still refused.
    let (text, code) = undo(&[]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        !text.contains("GOSUMDB"),
        "the go env change was already undone: {text}"
    );
    assert!(text.contains("left alone"), "{text}");
    // --force restores it, saying what it overwrote and where the user's version is.
    let (text, code) = undo(&["--force"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("overwrote your changes"), "{text}");
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), SETTINGS);
    let kept = backups(&sb)[0].join("0.yours");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), mine);
    let (text, code) = undo(&[]);
    assert_eq!(code, Some(0));
    assert!(text.contains("Nothing to undo"), "{text}");
}

#[test]
fn force_without_undo_is_a_usage_error() {
    let sb = Sandbox::new();
    let out = sb
        .godiag(Some("fake"))
        .args(["fix", "--force"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--undo"));
    let others: [&[&str]; 3] = [
        &["--offline"],
        &["--json"],
        &["--proxy", "https://goproxy.cn"],
    ];
    for other in others {
        let out = sb
            .godiag(Some("fake"))
            .args(["fix", "--force"])
            .args(other)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{other:?}: {err}");
        assert!(err.contains("--undo"), "{err}");
    }
}

#[test]
fn apply_exits_1_and_says_why_when_an_error_has_no_step() {
    let dead = refused_port();
    let world = common::worlds::World::new()
        .vscode_settings(&format!("{{ \"http.proxy\": \"http://{dead}\" }}\n"));
    let out = world
        .godiag(&["fix", "--apply", "--offline", "--color", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let settings = world.vscode_settings_path().display().to_string();
    assert!(
        text.contains("not fixed: vscode.http-proxy-unreachable")
            && text.contains("http.proxy")
            && text.contains(&settings),
        "{text}"
    );
    assert!(text.contains("Nothing was changed."), "{text}");
    let (report, code) = json_report(&mut world.godiag(&["fix", "--apply", "--offline", "--json"]));
    assert_eq!(code, 1);
    assert_matches_fix_schema(&report);
    assert_eq!(
        report["remaining"][0]["code"],
        "vscode.http-proxy-unreachable"
    );
}

#[test]
fn nothing_changed_with_a_shell_export_in_the_way_is_exit_1() {
    let world = common::worlds::World::new()
        .go_env("GOPROXY=https://goproxy.cn,direct\n")
        .os_env("GOPROXY", "off")
        .home_file(".bashrc", "export GOPROXY=off\n");
    let out = world
        .godiag(&["fix", "--apply", "--offline", "--color", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("Nothing was changed."), "{text}");
    assert!(text.contains("not fixed: go-env.goproxy-off"), "{text}");
    // The steps by hand paste, like check's "Suggested fixes".
    let by_hand = common::worlds::block(&text, "By hand (godiag does not do these)");
    assert!(by_hand.contains(&"unset GOPROXY".to_string()), "{text}");
    common::worlds::assert_pastes(&by_hand);
}

/// Whether process `pid` is gone (a zombie nobody has reaped yet counts as gone).
fn process_gone(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        // The state follows the command name in parentheses: "123 (sleep) Z ...".
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with(['Z', 'X'])),
    }
}

#[test]
fn ctrl_c_during_verify_kills_go_s_group_and_removes_the_temporary_cache() {
    let sb = Sandbox::new();
    let marks = sb.dir.path().join("marks");
    let tmp = sb.dir.path().join("tmp");
    let go_dir = sb.dir.path().join("slowgo");
    for d in [&marks, &tmp, &go_dir] {
        std::fs::create_dir_all(d).unwrap();
    }
    // A go whose `mod download` fills a read-only cache, starts a grandchild and hangs; every
    // other command is the usual fake go.
    let script = format!(
        "#!/bin/sh\nPATH=/usr/bin:/bin\nif [ \"$1 $2\" = \"mod download\" ]; then\n  \
         mkdir -p \"$GOMODCACHE/cache/download\" && echo x > \"$GOMODCACHE/cache/download/f\"\n  \
         chmod -R a-w \"$GOMODCACHE\"\n  sleep 300 &\n  echo $! > {m}/grandchild\n  \
         echo $$ > {m}/go\n  echo \"$GOMODCACHE\" > {m}/cache.tmp && mv {m}/cache.tmp {m}/cache\n  \
         wait\n  exit 0\nfi\nexec {fake} \"$@\"\n",
        m = marks.display(),
        fake = common::fake_go_dir("fake").join("go").display(),
    );
    let go = go_dir.join("go");
    std::fs::write(&go, script).unwrap();
    std::fs::set_permissions(&go, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();

    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("godiag"))
        .env_clear()
        .env("PATH", format!("{}:/nonexistent-bin", go_dir.display()))
        .env("HOME", sb.home())
        .env("XDG_CONFIG_HOME", sb.home().join(".config"))
        .env(
            "GODIAG_CONFIG",
            common::fixtures().join("config/hermetic.toml"),
        )
        .current_dir(sb.work())
        .env("TMPDIR", &tmp)
        .args([
            "fix",
            "--offline",
            "--apply",
            "--verify",
            "--proxy",
            "https://goproxy.cn",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while !marks.join("cache").exists() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "go mod download never started"
        );
        assert!(child.try_wait().unwrap().is_none(), "godiag ended early");
        std::thread::sleep(Duration::from_millis(20));
    }
    let read_pid = |name: &str| -> i32 {
        std::fs::read_to_string(marks.join(name))
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    };
    let (go_pid, grandchild) = (read_pid("go"), read_pid("grandchild"));
    let cache = PathBuf::from(std::fs::read_to_string(marks.join("cache")).unwrap().trim());
    assert!(cache.starts_with(&tmp), "{}", cache.display());
    let godiag_pid = i32::try_from(child.id()).unwrap();
    // SAFETY: kill(2) on the godiag this test started.
    assert_eq!(unsafe { libc::kill(godiag_pid, libc::SIGINT) }, 0);

    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "godiag did not stop on SIGINT"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted (SIGINT)"), "{stderr}");
    let start = std::time::Instant::now();
    while !(process_gone(go_pid) && process_gone(grandchild)) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "go ({go_pid}) or its child ({grandchild}) outlived godiag"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    // The apply itself was complete before the verify started.
    assert_eq!(
        std::fs::read_to_string(sb.go_env_file()).unwrap(),
        "GOPROXY=https://goproxy.cn,direct\n"
    );
}

#[test]
fn as_root_another_users_workspace_settings_are_refused_with_the_reason() {
    use std::os::unix::fs::chown;
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return; // the rule is about root, and only root can give files away
    }
    let sb = Sandbox::new();
    let vscode = sb.work().join(".vscode");
    std::fs::create_dir_all(&vscode).unwrap();
    let settings = vscode.join("settings.json");
    std::fs::write(&settings, SETTINGS).unwrap();
    // A clone that belongs to uid 1234, as a repository in someone's home does.
    for p in [&sb.work(), &vscode, &settings] {
        chown(p, Some(1234), Some(1234)).unwrap();
    }
    let (report, code) =
        json_report(
            sb.godiag(Some("fake"))
                .args(["fix", "--offline", "--json", "--apply"]),
        );
    assert_eq!(code, 1, "{report:#}");
    let step = report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["action"]["command"].as_str().unwrap().contains("GOSUMDB"))
        .unwrap_or_else(|| panic!("no GOSUMDB step: {report:#}"));
    assert_eq!(step["state"], "refused", "{step:#}");
    let detail = step["detail"].to_string();
    assert!(
        detail.contains("owned by uid 1234, not root") && detail.contains("as that user"),
        "{step:#}"
    );
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), SETTINGS);
    assert!(backups(&sb).is_empty(), "nothing was written");
}

#[test]
fn plan_apply_and_undo_speak_chinese() {
    let sb = Sandbox::new();
    let settings = settings_file(&sb, "settings.json", SETTINGS);
    let zh = |args: &[&str]| {
        let out = fix(&sb, &[&settings], args)
            .args(["--color", "never", "--lang", "zh-CN"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let plan = zh(&["--offline"]);
    assert!(plan.contains("计划\n"), "{plan}");
    assert!(
        plan.contains(&format!(
            "    待执行        从 {} 的 \"go.toolsEnvVars\" 中删除 \"GOSUMDB\"",
            settings.display()
        )),
        "{plan}"
    );
    assert!(
        plan.contains("有 1 处要修改：运行 `godiag fix --apply`"),
        "{plan}"
    );
    let applied = zh(&["--offline", "--apply"]);
    assert!(applied.contains("已应用\n"), "{applied}");
    assert!(applied.contains("已解决：vscode.gosumdb-off"), "{applied}");
    assert!(applied.contains("备份在 "), "{applied}");
    let out = sb
        .godiag(Some("fake"))
        .args(["fix", "--undo", "--lang", "zh-CN", "--color", "never"])
        .output()
        .unwrap();
    let undo = String::from_utf8_lossy(&out.stdout);
    assert!(undo.starts_with("撤销（来自 "), "{undo}");
    assert!(undo.contains("  已恢复        "), "{undo}");
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), SETTINGS);
}
