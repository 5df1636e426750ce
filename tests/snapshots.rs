//! Snapshot tests of the human report (insta). Paths and timings are replaced by placeholders.

use crate::common;

use common::Sandbox;

fn human(sb: &Sandbox, cmd: &mut assert_cmd::Command) -> String {
    // Wide enough that no line is cut or wrapped where the fixtures' path (which depends on
    // where the repository is) would move the cut; the 100-column layout is the worlds'
    // business (tests/truth.rs).
    let output = cmd.env("COLUMNS", "1000").output().expect("run godiag");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    text.replace(&sb.dir.path().display().to_string(), "[SANDBOX]")
        .replace(&common::fixtures().display().to_string(), "[FIXTURES]")
}

macro_rules! snapshot {
    ($name:expr, $text:expr) => {
        // Durations and block ages change from run to run and day to day.
        insta::with_settings!({filters => vec![(r"\d+ ms", "[N] ms"), (r"\d+\.\d s\.", "[N] s."), (r"\d+ days old", "[N] days old")]}, {
            insta::assert_snapshot!($name, $text);
        });
    };
}

#[test]
fn healthy() {
    let sb = Sandbox::new();
    let text = human(
        &sb,
        sb.godiag(Some("fake"))
            .env("GOPROXY", "https://goproxy.cn|direct")
            .args(["check", "--offline"]),
    );
    snapshot!("healthy", text);
}

/// `go env -w` values shadowed by the OS environment, a removed flag and checksums off.
fn shadowed_and_broken(sb: &Sandbox) -> assert_cmd::Command {
    std::fs::write(
        sb.go_env_file(),
        "GOPROXY=https://goproxy.cn,direct\nGOSUMDB=off\nGOFLAGS=-mod=mod -insecure\n",
    )
    .unwrap();
    let mut cmd = sb.godiag(Some("fake"));
    cmd.env("GOPROXY", "off")
        .env("GONOSUMCHECK", "1")
        .args(["check", "--offline"]);
    cmd
}

#[test]
fn shadowed_and_broken_settings() {
    let sb = Sandbox::new();
    let text = human(&sb, &mut shadowed_and_broken(&sb));
    snapshot!("shadowed_and_broken", text);
}

#[test]
fn go_missing() {
    let sb = Sandbox::new();
    let text = human(&sb, sb.godiag(None).args(["check", "--offline"]));
    snapshot!("go_missing", text);
}

/// A private module pattern, a GOPROXY with a password, and an HTTPS_PROXY, for `--verbose`.
fn verbose_setup(sb: &Sandbox) -> assert_cmd::Command {
    std::fs::write(sb.go_env_file(), "GOPRIVATE=*.corp.example.com\n").unwrap();
    let mut cmd = sb.godiag(Some("fake"));
    cmd.env("GOPROXY", "https://u:pw@goproxy.corp|direct")
        .env("HTTPS_PROXY", "http://127.0.0.1:7890");
    cmd
}

#[test]
fn verbose() {
    let sb = Sandbox::new();
    let text = human(
        &sb,
        verbose_setup(&sb).args(["check", "--offline", "--verbose"]),
    );
    snapshot!("verbose", text);
}

#[test]
fn skipped() {
    let sb = Sandbox::new();
    let text = human(
        &sb,
        sb.godiag(None)
            .args(["check", "--offline", "--skip", "go-env"]),
    );
    snapshot!("skipped", text);
}

#[test]
fn explain() {
    let sb = Sandbox::new();
    let text = human(
        &sb,
        sb.godiag(None)
            .args(["explain", "go-env.goproxy-comma-fallback"]),
    );
    snapshot!("explain_comma_fallback", text);
}

#[test]
fn hosts_problems() {
    let sb = Sandbox::new();
    let hosts = common::fixtures().join("hosts/stevenblack-header");
    let text = human(
        &sb,
        sb.godiag(None)
            .args(["check", "--offline", "--only", "hosts", "--hosts-file"])
            .arg(hosts),
    );
    snapshot!("hosts_problems", text);
}

/// `LANG=zh_CN.UTF-8 godiag check`, as a Chinese user runs it: the whole report in Chinese,
/// Go's words, commands, paths and codes as they are.
#[test]
fn shadowed_and_broken_settings_in_chinese() {
    let sb = Sandbox::new();
    let text = human(
        &sb,
        shadowed_and_broken(&sb)
            .env_remove("GODIAG_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "zh_CN.UTF-8"),
    );
    assert!(text.contains("建议的修复"), "{text}");
    insta::with_settings!({filters => vec![(r"\d+\.\d 秒", "[N] 秒")]}, {
        insta::assert_snapshot!("shadowed_and_broken_zh_cn", text);
    });
}

/// `--verbose` in Chinese: the facts of every check too.
#[test]
fn verbose_in_chinese() {
    let sb = Sandbox::new();
    let text = human(
        &sb,
        verbose_setup(&sb).args(["--lang", "zh-CN", "check", "--offline", "--verbose"]),
    );
    insta::with_settings!({filters => vec![(r"\d+ ms", "[N] ms"), (r"\d+ 毫秒", "[N] 毫秒"), (r"\d+\.\d 秒", "[N] 秒")]}, {
        insta::assert_snapshot!("verbose_zh_cn", text);
    });
}
