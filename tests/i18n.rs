//! The language godiag speaks, chosen the way a user chooses it: `--lang`, `GODIAG_LANG`, the
//! locale variables. Snapshots of the Chinese `explain` and `--help` as a user sees them.

use crate::common::Sandbox;
use predicates::prelude::*;

/// stdout of a successful run.
fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let output = cmd.output().expect("run godiag");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("utf-8")
}

#[test]
fn explain_in_chinese_by_flag_and_by_locale() {
    let sb = Sandbox::new();
    let by_flag = stdout(
        sb.godiag(None)
            .args(["explain", "dns.poisoned", "--lang", "zh-CN"]),
    );
    insta::assert_snapshot!("explain_poisoned_zh_cn", by_flag);
    let by_locale = stdout(
        sb.godiag(None)
            .env_remove("GODIAG_LANG")
            .env("LANG", "zh_CN.UTF-8")
            .args(["explain", "dns.poisoned"]),
    );
    insta::assert_snapshot!("explain_poisoned_lang_zh_cn_utf8", by_locale);
    assert_eq!(by_flag, by_locale);
    // Go's own output is never translated.
    assert!(
        by_flag.contains("dial tcp 243.185.187.39:443: i/o timeout"),
        "{by_flag}"
    );
}

#[test]
fn help_in_chinese() {
    let sb = Sandbox::new();
    let help = stdout(sb.godiag(None).args(["--lang", "zh-CN", "--help"]));
    insta::assert_snapshot!("help_zh_cn", help);
    let by_env = stdout(sb.godiag(None).env("GODIAG_LANG", "zh-CN").args(["--help"]));
    assert_eq!(help, by_env);
    let check = stdout(sb.godiag(None).args(["check", "--help", "--lang=zh-CN"]));
    assert!(check.contains("跳过需要联网的检查"), "{check}");
    assert!(check.contains("暂时回退到英文"), "{check}");
    let english = stdout(sb.godiag(None).args(["--help"]));
    assert!(
        english.contains("zh-TW and zh-HK fall back to"),
        "{english}"
    );
}

#[test]
fn locale_precedence_through_the_binary() {
    let sb = Sandbox::new();
    let title = |cmd: &mut assert_cmd::Command| {
        stdout(cmd.args(["explain", "dns.poisoned"]))
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let english = "dns.poisoned — a forged DNS answer (default severity: error)";
    let chinese = "dns.poisoned — DNS 污染：应答是伪造的（默认级别：错误）";
    // LC_ALL=C beats LANG; an empty LC_ALL does not.
    assert_eq!(
        title(
            sb.godiag(None)
                .env_remove("GODIAG_LANG")
                .env("LC_ALL", "C")
                .env("LANG", "zh_CN.UTF-8")
        ),
        english
    );
    assert_eq!(
        title(
            sb.godiag(None)
                .env_remove("GODIAG_LANG")
                .env("LC_ALL", "")
                .env("LANG", "zh_CN.UTF-8")
        ),
        chinese
    );
    // GODIAG_LANG beats the locale, and --lang beats GODIAG_LANG.
    assert_eq!(
        title(
            sb.godiag(None)
                .env("GODIAG_LANG", "zh-CN")
                .env("LC_ALL", "en_US.UTF-8")
        ),
        chinese
    );
    assert_eq!(
        title(
            sb.godiag(None)
                .env("GODIAG_LANG", "zh-CN")
                .args(["--lang", "en"])
        ),
        english
    );
    // Traditional Chinese is English until someone translates it.
    assert_eq!(title(sb.godiag(None).args(["--lang", "zh-TW"])), english);
    assert_eq!(
        title(
            sb.godiag(None)
                .env_remove("GODIAG_LANG")
                .env("LANG", "zh_HK.UTF-8")
        ),
        english
    );
}

#[test]
fn unsupported_language_is_a_usage_error_and_unknown_codes_speak_chinese() {
    let sb = Sandbox::new();
    sb.godiag(None)
        .args(["--lang", "fr", "explain", "dns.poisoned"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("zh-CN"));
    sb.godiag(None)
        .args(["--lang", "zh-CN", "explain", "dns.poisond"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("未知的代码"))
        .stderr(predicate::str::contains("dns.poisoned"));
    let list = stdout(
        sb.godiag(None)
            .args(["--lang", "zh-CN", "explain", "--list"]),
    );
    assert!(
        list.contains("dns.poisoned") && list.contains("DNS 污染：应答是伪造的"),
        "{list}"
    );
}

/// JSON is for programs: its codes and arguments never depend on the language, and its
/// messages stay English under a Chinese locale unless asked for by name.
#[test]
fn json_keeps_english_under_a_chinese_locale_and_carries_the_arguments() {
    let sb = Sandbox::new();
    let run = |cmd: &mut assert_cmd::Command| -> serde_json::Value {
        let out = cmd
            .env("GOPROXY", "off")
            .args(["check", "--offline", "--only", "go-env", "--format", "json"])
            .output()
            .expect("run godiag");
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let finding = |report: &serde_json::Value| {
        report["checks"][0]["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["code"] == "go-env.goproxy-off")
            .cloned()
            .expect("go-env.goproxy-off")
    };
    let by_locale = run(sb
        .godiag(Some("fake"))
        .env_remove("GODIAG_LANG")
        .env("LANG", "zh_CN.UTF-8"));
    let english = finding(&by_locale);
    assert!(
        english["message"].as_str().expect("message").is_ascii(),
        "{english}"
    );
    let asked = finding(&run(sb.godiag(Some("fake")).args(["--lang", "zh-CN"])));
    assert!(
        !asked["message"].as_str().expect("message").is_ascii(),
        "--lang zh-CN renders JSON messages in Chinese: {asked}"
    );
    // The data is the same in both.
    assert_eq!(english["message_id"], asked["message_id"]);
    assert_eq!(english["args"], asked["args"]);
    assert!(
        english["message_id"]
            .as_str()
            .expect("message_id")
            .starts_with("go-env--goproxy-off--")
    );
}
