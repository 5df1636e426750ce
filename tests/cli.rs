//! The command line itself: selection, colors, exit codes, explain, completions, config errors.

use crate::common;

use common::{Sandbox, assert_matches_schema, json_report};
use predicates::prelude::*;

#[test]
fn skip_and_only_select_checks() {
    let sb = Sandbox::new();
    let (report, code) =
        json_report(
            sb.godiag(None)
                .args(["check", "--json", "--offline", "--skip", "go-env"]),
        );
    assert_eq!(code, 0, "a skipped check cannot fail");
    assert_eq!(report["checks"][0]["status"], "skipped");
    assert_eq!(report["checks"][0]["summary"], "skipped by --skip");
    assert_eq!(report["status"], "ok");
    assert_matches_schema(&report);

    let (report, code) = json_report(
        sb.godiag(None)
            .args(["check", "--json", "--only", "go-env"]),
    );
    assert_eq!(code, 1);
    assert_eq!(report["checks"][0]["status"], "error");
}

#[test]
fn unknown_check_id_is_a_usage_error() {
    let sb = Sandbox::new();
    sb.godiag(None)
        .args(["check", "--only", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("go-env"));
}

#[test]
fn human_output_has_no_color_unless_asked() {
    let sb = Sandbox::new();
    // Not a terminal: no color, whatever NO_COLOR says.
    let plain = sb.godiag(Some("fake")).arg("check").output().unwrap();
    assert!(!plain.stdout.contains(&0x1b));
    let forced = sb
        .godiag(Some("fake"))
        .args(["check", "--color", "always"])
        .output()
        .unwrap();
    assert!(forced.stdout.contains(&0x1b), "--color always colors");
    // --color always wins over NO_COLOR; auto honours it (unit-tested in app.rs).
    let forced = sb
        .godiag(Some("fake"))
        .env("NO_COLOR", "1")
        .args(["check", "--color", "always"])
        .output()
        .unwrap();
    assert!(forced.stdout.contains(&0x1b));
    let never = sb
        .godiag(Some("fake"))
        .env("NO_COLOR", "1")
        .args(["check", "--color", "auto"])
        .output()
        .unwrap();
    assert!(!never.stdout.contains(&0x1b));
}

#[test]
fn json_never_has_ansi_codes() {
    let sb = Sandbox::new();
    let out = sb
        .godiag(Some("fake"))
        .args(["check", "--json", "--color", "always"])
        .output()
        .unwrap();
    assert!(!out.stdout.contains(&0x1b));
    let out = sb
        .godiag(Some("fake"))
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("--format json is JSON");
}

#[test]
fn help_shows_examples_and_version_is_fast_to_print() {
    let sb = Sandbox::new();
    sb.godiag(None)
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"));
    sb.godiag(None)
        .args(["check", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--fail-on"));
    sb.godiag(None)
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(format!(
            "godiag {}",
            env!("CARGO_PKG_VERSION")
        )));
}

#[test]
fn explain_known_slug_and_unknown_codes() {
    let sb = Sandbox::new();
    sb.godiag(None)
        .args(["explain", "go-env.os-env-override"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "does not override conflicting OS environment variable",
        ))
        .stdout(predicate::str::contains("How to fix it by hand"));
    sb.godiag(None)
        .args(["explain", "goproxy-comma-fallback"])
        .assert()
        .success();
    sb.godiag(None)
        .args(["explain", "gosumdb-off"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ambiguous"))
        .stderr(predicate::str::contains(
            "go-env.gosumdb-off and vscode.gosumdb-off",
        ));
    sb.godiag(None)
        .args(["explain", "go-env.gosumdb-of"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown finding code `go-env.gosumdb-of`",
        ))
        .stderr(predicate::str::contains("did you mean: go-env.gosumdb-off"));
    sb.godiag(None)
        .args(["explain", "--list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("go-env.toolchain-download"));
}

#[test]
fn every_catalogued_code_can_be_explained() {
    let sb = Sandbox::new();
    for info in godiag::CATALOGUE {
        sb.godiag(None)
            .args(["explain", info.code])
            .assert()
            .success();
    }
}

#[test]
fn completions_for_each_shell() {
    let sb = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        sb.godiag(None)
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("godiag"));
    }
    sb.godiag(None)
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn config_errors_exit_2_and_name_the_key_and_file() {
    let sb = Sandbox::new();
    let cfg = sb.dir.path().join("bad.toml");
    std::fs::write(&cfg, "[go_env]\ntimout = \"1s\"\n").unwrap();
    sb.godiag(Some("fake"))
        .arg("check")
        .arg("--config")
        .arg(&cfg)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad.toml:2:1: `go_env.timout`: unknown key (did you mean `timeout`?)",
        ));
    sb.godiag(Some("fake"))
        .env("GODIAG_CONFIG", "/nonexistent/config.toml")
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "GODIAG_CONFIG=/nonexistent/config.toml",
        ));
}

#[test]
fn config_file_timeout_applies_and_flag_wins() {
    let sb = Sandbox::new();
    let cfg = sb.dir.path().join("slow.toml");
    std::fs::write(&cfg, "[go_env]\ntimeout = \"300ms\"\n").unwrap();
    let (report, _) = json_report(
        sb.godiag(Some("hang"))
            .arg("check")
            .arg("--json")
            // This config replaces the hermetic one: only the check that needs no network.
            .args(["--only", "go-env"])
            .arg("--config")
            .arg(&cfg),
    );
    assert!(report.to_string().contains("within 300 ms"), "{report}");
    let (report, _) = json_report(
        sb.godiag(Some("hang"))
            .arg("check")
            .arg("--json")
            .args(["--only", "go-env"])
            .arg("--config")
            .arg(&cfg)
            .args(["--timeout", "200ms"]),
    );
    assert!(report.to_string().contains("within 200 ms"), "{report}");
}

#[test]
fn bad_flags_exit_2() {
    let sb = Sandbox::new();
    sb.godiag(None)
        .args(["check", "--timeout", "soon"])
        .assert()
        .code(2);
    sb.godiag(None)
        .args(["check", "--workspace", "/nonexistent/dir"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected a folder"));
    sb.godiag(None)
        .args(["check", "--fail-on", "sometimes"])
        .assert()
        .code(2);
    sb.godiag(None).arg("frobnicate").assert().code(2);
}

#[test]
fn committed_schema_matches_the_types() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    for (name, generated) in [
        ("report.schema.json", godiag::report_schema()),
        ("fix.schema.json", godiag::fix_report_schema()),
    ] {
        let path = dir.join(name);
        if std::env::var_os("GODIAG_BLESS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "schema/{name} is stale; regenerate it with `GODIAG_BLESS=1 cargo test --test tests committed_schema`"
        );
    }
}

#[test]
fn offline_skips_the_network_checks() {
    let sb = Sandbox::new();
    let (report, _) = json_report(
        sb.godiag(Some("fake"))
            .args(["check", "--json", "--offline"]),
    );
    let status = |i: usize| report["checks"][i]["status"].as_str().unwrap().to_string();
    assert_eq!(report["checks"][2]["id"], "dns");
    assert_eq!(status(2), "skipped");
    assert_eq!(report["checks"][3]["id"], "connectivity");
    assert_eq!(status(3), "skipped");
    assert_eq!(report["checks"][3]["summary"], "skipped by --offline");
    for i in [0, 1, 4] {
        assert_ne!(status(i), "skipped", "check {i} is not a network check");
    }
}

#[test]
fn a_mirror_without_a_scheme_is_taken_as_https_with_a_note() {
    let sb = Sandbox::new();
    let out = sb
        .godiag(Some("fake"))
        .args([
            "check",
            "--json",
            "--only",
            "go-env",
            "--mirror",
            "goproxy.cn",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--mirror goproxy.cn") && err.contains("https://goproxy.cn"),
        "{err}"
    );
    assert!(!err.contains("default.toml"), "{err}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["checks"][0]["status"], "ok", "{report:#}");
    // Not a URL at all: a usage error that names the flag.
    sb.godiag(None)
        .args(["check", "--mirror", "goproxy.cn,direct"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--mirror"));
}

#[test]
fn a_mirror_without_a_scheme_in_the_config_file_names_the_file_line_and_key() {
    let sb = Sandbox::new();
    let cfg = sb.dir.path().join("china.toml");
    std::fs::write(&cfg, "[connectivity]\nmirrors = [\"goproxy.cn\"]\n").unwrap();
    sb.godiag(Some("fake"))
        .args(["check", "--only", "go-env", "--config"])
        .arg(&cfg)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "china.toml:2:12: `connectivity.mirrors`",
        ))
        .stderr(predicate::str::contains("https://goproxy.cn"));
}

#[test]
fn only_and_skip_that_leave_nothing_to_run_are_usage_errors() {
    let sb = Sandbox::new();
    sb.godiag(None)
        .args(["check", "--only", "go-env", "--skip", "go-env"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("No problems found").not())
        .stderr(
            predicate::str::contains("--only go-env")
                .and(predicate::str::contains("--skip go-env")),
        );
    sb.godiag(None)
        .args(["check", "--only", "dns,connectivity", "--offline"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no check is left to run"));
    sb.godiag(None)
        .args(["check", "--skip", "go-env,hosts,dns,connectivity,vscode"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--skip"));
}

#[test]
fn a_go_flag_that_names_no_file_says_so() {
    let sb = Sandbox::new();
    let (report, code) = json_report(sb.godiag(Some("fake")).args([
        "check",
        "--json",
        "--only",
        "go-env",
        "--go",
        "/nonexistent/go",
    ]));
    assert_eq!(code, 1);
    let f = common::finding(&report, "go-env.go-missing");
    assert_eq!(f["message"], "--go /nonexistent/go: no such file", "{f}");
    assert!(
        !f["fix"]["description"]
            .as_str()
            .unwrap()
            .contains("install"),
        "{f}"
    );
    let out = sb
        .godiag(Some("fake"))
        .args(["check", "--color", "never", "--only", "go-env", "--go"])
        .arg(sb.work())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("--go {}: not a file", sb.work().display())),
        "{text}"
    );
}

#[test]
fn usage_errors_speak_the_users_language() {
    let sb = Sandbox::new();
    let same = ["check", "--only", "go-env", "--skip", "go-env"];
    // English keeps its words, prefix included.
    sb.godiag(None)
        .args(same)
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "godiag: error: --only go-env and --skip go-env name the same check: \
             give it to one of them\n",
        );
    sb.godiag(None)
        .args(same)
        .args(["--lang", "zh-CN"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "godiag：错误：--only go-env 和 --skip go-env 里有 1 个相同的检查项：\
             每个检查项只能写在其中一处\n",
        );
    // The locale chooses too, as for the report.
    sb.godiag(None)
        .env_remove("GODIAG_LANG")
        .env("LANG", "zh_CN.UTF-8")
        .args(["check", "--only", "dns,connectivity", "--offline"])
        .assert()
        .code(2)
        .stderr(
            "godiag：错误：用了 --only dns,connectivity、--offline（会跳过 dns 和 connectivity），\
             没有剩下可运行的检查了\n",
        );
    sb.godiag(None)
        .args([
            "check",
            "--workspace",
            "/nonexistent/dir",
            "--lang",
            "zh-CN",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--workspace /nonexistent/dir：目录不存在；请传入 go.mod 所在的目录",
        ));
}

#[test]
fn config_errors_and_notes_speak_the_users_language() {
    let sb = Sandbox::new();
    let cfg = sb.dir.path().join("bad.toml");
    std::fs::write(&cfg, "[go_env]\ntimout = \"1s\"\n").unwrap();
    sb.godiag(Some("fake"))
        .args(["check", "--lang", "zh-CN", "--config"])
        .arg(&cfg)
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("godiag：错误："))
        .stderr(predicate::str::contains(
            "bad.toml:2:1: `go_env.timout`：未知的配置项（是不是想写 `timeout`？）；这里可用的配置项有 `timeout`、",
        ))
        .stderr(predicate::str::contains("\n  timout = \"1s\""));
    sb.godiag(Some("fake"))
        .env("GODIAG_CONFIG", "/nonexistent/config.toml")
        .args(["check", "--lang", "zh-CN"])
        .assert()
        .code(2)
        .stderr(
            "godiag：错误：GODIAG_CONFIG=/nonexistent/config.toml：文件不存在；\
             请取消设置这个环境变量，或让它指向一个 TOML 文件\n",
        );
    sb.godiag(Some("fake"))
        .env("GODIAG_CONFIG", "/nonexistent/config.toml")
        .arg("check")
        .assert()
        .code(2)
        .stderr(
            "godiag: error: GODIAG_CONFIG=/nonexistent/config.toml: no such file; \
             unset it or point it at a TOML file\n",
        );
    let out = sb
        .godiag(Some("fake"))
        .args(["check", "--json", "--only", "go-env", "--lang", "zh-CN"])
        .args(["--mirror", "goproxy.cn"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "godiag：提示：--mirror goproxy.cn 没写协议，godiag 按 https://goproxy.cn 来测\
         （Go 读 GOPROXY 里这种写法时也是这样理解的）\n"
    );
    // No home folder, so no backups to undo: said in the user's language.
    sb.godiag(None)
        .env_remove("HOME")
        .args(["fix", "--undo", "--lang", "zh-CN"])
        .assert()
        .code(2)
        .stderr(
            "godiag：错误：找不到 godiag 的备份：环境变量里没有用户主目录\
             （请设置 HOME 或 XDG_STATE_HOME）\n",
        );
}
