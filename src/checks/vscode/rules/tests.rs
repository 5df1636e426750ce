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

#[test]
fn stale_gopls_compares_with_what_it_would_get_now() {
    let mut f = base();
    f.processes = vec![ProcessFacts {
        pid: 42,
        name: "gopls".into(),
        env: vec![("GOPROXY".into(), "https://proxy.golang.org,direct".into())],
        same_network_namespace: Some(false),
    }];
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
