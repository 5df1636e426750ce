//! vscode rule tests on facts built here: no files, no processes.

use super::*;
use crate::checks::vscode::facts::{
    EnvFacts, ExtensionFacts, FileFacts, KeyFacts, ProcessFacts, VscodeFacts, WindowFacts,
};

fn cfg() -> RuleConfig {
    RuleConfig {
        min_extension: GoVersion::parse("0.38.0").unwrap(),
    }
}

fn file(scope: Scope, keys: Vec<KeyFacts>) -> FileFacts {
    FileFacts {
        path: format!("/h/{scope:?}.json"),
        product: "VS Code".into(),
        scope,
        exists: true,
        error: None,
        keys,
        duplicates: vec![],
        nested: vec![],
        paths: vec![],
        unreadable: None,
    }
}

fn key(k: &str, v: &str) -> KeyFacts {
    KeyFacts {
        key: k.into(),
        value: v.into(),
        line: 2,
        column: 3,
    }
}

fn window(vars: Vec<(&str, &str, bool)>) -> WindowFacts {
    WindowFacts {
        product: "VS Code".into(),
        layers: vec![],
        variables: vars
            .into_iter()
            .map(|(n, v, from_settings)| EnvFacts {
                name: n.into(),
                value: v.into(),
                file: if from_settings {
                    "/h/user.json".into()
                } else {
                    "process environment".into()
                },
                line: from_settings.then_some(5),
                setting: from_settings.then(|| "go.toolsEnvVars".to_string()),
            })
            .collect(),
        http_proxy: None,
    }
}

fn base() -> VscodeFacts {
    VscodeFacts {
        go_env_goproxy: Some("https://goproxy.cn,direct".into()),
        go_env_gosumdb: Some("sum.golang.org".into()),
        ..VscodeFacts::default()
    }
}

fn codes_of(f: &[Finding]) -> Vec<&str> {
    f.iter().map(|f| f.code.as_str()).collect()
}

#[test]
fn no_settings_no_findings() {
    assert!(evaluate(&base(), &cfg()).is_empty());
}

#[test]
fn mismatch_only_when_settings_set_a_different_value() {
    let mut f = base();
    f.windows = vec![window(vec![("GOPROXY", "https://goproxy.cn,direct", true)])];
    assert!(evaluate(&f, &cfg()).is_empty(), "same value");
    f.windows = vec![window(vec![(
        "GOPROXY",
        "https://proxy.golang.org,direct",
        false,
    )])];
    assert!(
        evaluate(&f, &cfg()).is_empty(),
        "process env is the terminal's too"
    );
    f.windows = vec![
        window(vec![("GOPROXY", "https://goproxy.io", true)]),
        window(vec![("GOPROXY", "https://goproxy.io", true)]),
    ];
    let findings = evaluate(&f, &cfg());
    assert_eq!(
        codes_of(&findings),
        ["vscode.goproxy-mismatch"],
        "one finding per file, not per window"
    );
    assert_eq!(
        findings[0].location,
        Some(Location::line("/h/user.json", 5))
    );
}

#[test]
fn gosumdb_off_from_settings() {
    let mut f = base();
    f.windows = vec![window(vec![("GOSUMDB", "off", true)])];
    assert_eq!(codes_of(&evaluate(&f, &cfg())), ["vscode.gosumdb-off"]);
}

#[test]
fn extension_rules() {
    let mut f = base();
    f.files = vec![file(Scope::User, vec![])];
    assert_eq!(
        codes_of(&evaluate(&f, &cfg())),
        ["vscode.extension-missing"]
    );
    f.extensions = vec![ExtensionFacts {
        product: "VS Code".into(),
        path: "/x".into(),
        version: "0.36.2".into(),
    }];
    assert_eq!(codes_of(&evaluate(&f, &cfg())), ["vscode.extension-old"]);
    f.extensions[0].version = "0.44.0".into();
    assert!(evaluate(&f, &cfg()).is_empty());
}

#[test]
fn remote_leak_needs_a_remote_and_a_loopback_value() {
    let mut f = base();
    f.extensions = vec![ExtensionFacts {
        product: "VS Code".into(),
        path: "/x".into(),
        version: "0.44.0".into(),
    }];
    f.files = vec![file(
        Scope::User,
        vec![key("http.proxy", "\"http://127.0.0.1:7890\"")],
    )];
    assert!(evaluate(&f, &cfg()).is_empty());
    f.files.push(file(Scope::RemoteMachine, vec![]));
    assert_eq!(
        codes_of(&evaluate(&f, &cfg())),
        ["vscode.remote-proxy-leak"]
    );
}

/// A gopls started before GOPROXY changed, in another network namespace.
fn with_stale_gopls() -> VscodeFacts {
    let mut f = base();
    f.processes = vec![ProcessFacts {
        pid: 42,
        name: "gopls".into(),
        env: vec![("GOPROXY".into(), "https://proxy.golang.org,direct".into())],
        same_network_namespace: Some(false),
    }];
    f
}

#[test]
fn stale_gopls_compares_with_what_it_would_get_now() {
    let f = with_stale_gopls();
    let findings = evaluate(&f, &cfg());
    assert_eq!(codes_of(&findings), ["vscode.gopls-stale-env"]);
    assert!(
        findings[0]
            .message
            .to_string()
            .contains("would get GOPROXY=https://goproxy.cn,direct")
    );
    assert!(
        findings[0].evidence[0]
            .to_string()
            .contains("another network namespace")
    );
}

/// The findings in both languages: every argument reaches its place, selectors pick a form,
/// and the English is today's.
#[test]
fn findings_render_in_english_and_chinese() {
    use crate::checks::vscode::facts::{Duplicate, HttpProxyFacts};
    use crate::i18n::Lang;
    let mut f = base();
    f.files = vec![file(Scope::User, vec![])];
    f.files[0].duplicates = vec![Duplicate {
        key: "go.toolsEnvVars".into(),
        lines: vec![3, 7],
    }];
    f.extensions = vec![ExtensionFacts {
        product: "VS Code".into(),
        path: "/x".into(),
        version: "0.44.0".into(),
    }];
    let mut w = window(vec![("GOPROXY", "https://goproxy.io", true)]);
    w.http_proxy = Some(HttpProxyFacts {
        url: "http://127.0.0.1:7890".into(),
        file: "/h/User.json".into(),
        line: 4,
        reachable: Some(false),
        error: None,
        strict_ssl: None,
    });
    f.windows = vec![w];
    let findings = evaluate(&f, &cfg());
    assert_eq!(
        codes_of(&findings),
        [
            "vscode.duplicate-key",
            "vscode.goproxy-mismatch",
            "vscode.http-proxy-unreachable"
        ]
    );
    let en: Vec<String> = findings
        .iter()
        .map(|f| f.message.render(Lang::En))
        .collect();
    let zh: Vec<String> = findings
        .iter()
        .map(|f| f.message.render(Lang::ZhCn))
        .collect();
    assert_eq!(
        en[0],
        "\"go.toolsEnvVars\" appears on lines 3, 7 of /h/User.json: VS Code uses the last one"
    );
    assert_eq!(
        zh[0],
        "/h/User.json 的第 3、7 行都写了 \"go.toolsEnvVars\"：VS Code 只用最后一个"
    );
    assert_eq!(
        zh[1],
        "VS Code 的 go.toolsEnvVars 让 gopls 和 Go 工具使用 GOPROXY=https://goproxy.io，而 `go env` 中是 GOPROXY=https://goproxy.cn,direct"
    );
    assert_eq!(
        en[2],
        "http.proxy http://127.0.0.1:7890 (VS Code) does not accept connections: no answer"
    );
    assert_eq!(
        zh[2],
        "http.proxy http://127.0.0.1:7890（VS Code）连不上：没有响应"
    );
    let fix = findings[1]
        .fix
        .as_ref()
        .expect("an editable setting has a fix");
    assert_eq!(
        fix.description.render(Lang::ZhCn),
        "让 Go 工具使用 go env 中的 GOPROXY"
    );
}

#[test]
fn the_summary_and_facts_render_in_both_languages() {
    use crate::i18n::{Lang, in_lang};
    let mut f = base();
    f.files = vec![file(Scope::User, vec![key("http.proxy", "\"http://p:1\"")])];
    f.windows = vec![window(vec![
        ("GOPROXY", "https://goproxy.io", true),
        ("GOSUMDB", "sum.golang.org", false),
    ])];
    let summary = super::super::summary(&f, crate::platform::Os::Linux);
    assert_eq!(
        summary.render(Lang::En),
        "1 settings file found; no Go extension; 0 gopls running"
    );
    assert_eq!(
        summary.render(Lang::ZhCn),
        "找到 1 个设置文件；没有 Go 扩展；0 个 gopls 在运行"
    );
    f.files.push(file(Scope::Workspace, vec![]));
    let two = super::super::summary(&f, crate::platform::Os::Windows);
    assert!(
        two.render(Lang::En).starts_with("2 settings files found; "),
        "{}",
        two.render(Lang::En)
    );
    let en = in_lang(Lang::En, || crate::checks::vscode::render::fact_lines(&f)).join("\n");
    assert!(
        en.contains("    line 2    http.proxy = \"http://p:1\""),
        "{en}"
    );
    assert!(
        en.contains("GOSUMDB=sum.golang.org  [process environment]"),
        "{en}"
    );
    assert!(
        en.contains("GOPROXY=https://goproxy.io  [go.toolsEnvVars, /h/user.json:5]"),
        "{en}"
    );
    let zh = in_lang(Lang::ZhCn, || crate::checks::vscode::render::fact_lines(&f)).join("\n");
    assert!(zh.starts_with("详细信息："), "{zh}");
    assert!(zh.contains("：已读取"), "{zh}");
    assert!(zh.contains("[进程环境变量]"), "{zh}");
    assert!(
        zh.contains("gopls 和 Go 工具在窗口里拿到的环境（VS Code）："),
        "{zh}"
    );
}

#[test]
fn stale_gopls_and_its_evidence_in_chinese() {
    use crate::i18n::Lang;
    let f = with_stale_gopls();
    let findings = evaluate(&f, &cfg());
    assert_eq!(
        findings[0].message.render(Lang::ZhCn),
        "gopls（pid 42）运行时用的是 GOPROXY=https://proxy.golang.org,direct，现在启动会用 GOPROXY=https://goproxy.cn,direct：请重启语言服务器"
    );
    assert!(
        findings[0].evidence[0]
            .render(Lang::ZhCn)
            .contains("网络命名空间")
    );
}
