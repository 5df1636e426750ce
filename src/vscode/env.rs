//! The environment gopls and the Go tools get from VS Code, as vscode-go builds it: the
//! process environment, then `go.toolsEnvVars` (merged over the settings scopes, with
//! `${env:X}`, `~` and `${workspaceFolder}` substituted), then a non-empty `http.proxy` over
//! the four proxy variables; gopls also takes `"gopls": {"build.env": {...}}`.

use std::collections::BTreeMap;

use super::discovery::Scope;
use super::settings::Settings;
use crate::platform::EnvMap;

/// The `file` of a variable the editor's own environment gives: a label shown translated,
/// never a path.
pub const PROCESS_ENVIRONMENT: &str = "process environment";

/// A settings file in the stack, lowest precedence first.
#[derive(Debug, Clone)]
pub struct Layer<'a> {
    /// The settings file, as the report shows it.
    pub file: String,
    /// Where it sits in the precedence order.
    pub scope: Scope,
    /// Its parsed contents.
    pub settings: &'a Settings,
}

/// Where an effective value comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// `process environment`, or a settings file.
    pub file: String,
    pub line: Option<u32>,
    /// The setting: `go.toolsEnvVars`, `http.proxy`, `gopls build.env`.
    pub setting: Option<String>,
}

/// Variable -> (value, origin).
pub type EnvView = BTreeMap<String, (String, Origin)>;

/// The proxy variables `http.proxy` overwrites.
pub const PROXY_VARS: [&str; 4] = ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"];

/// Substitutes `${env:X}`, a leading `~`, and `${workspaceFolder}` as vscode-go does.
pub fn substitute(value: &str, env: &EnvMap, home: Option<&str>, workspace: &str) -> String {
    let mut out = value.replace("${workspaceFolder}", workspace);
    while let Some(start) = out.find("${env:") {
        let Some(end) = out[start..].find('}') else {
            break;
        };
        let name = &out[start + 6..start + end];
        let replacement = env.get(name).cloned().unwrap_or_default();
        out.replace_range(start..start + end + 1, &replacement);
    }
    if let (Some(home), Some(rest)) = (home, out.strip_prefix('~'))
        && (rest.is_empty() || rest.starts_with('/') || rest.starts_with('\\'))
    {
        out = format!("{home}{rest}");
    }
    out
}

/// The value of `key` over the layers (`http.proxy` only from user and remote scopes, which is
/// where VS Code reads application settings), with the file and line it came from.
pub fn effective<'a>(
    layers: &'a [Layer<'a>],
    key: &str,
) -> Option<(&'a serde_json::Value, &'a Layer<'a>, u32)> {
    layers
        .iter()
        .filter(|l| {
            key != "http.proxy"
                || matches!(l.scope, Scope::User | Scope::Profile | Scope::RemoteMachine)
        })
        .filter_map(|l| l.settings.get(key).map(|s| (&s.value, l, s.line)))
        .next_back()
}

/// Merges an object setting over the layers, key by key (later scopes win per key).
fn merged_object<'a>(
    layers: &'a [Layer<'a>],
    key: &str,
) -> BTreeMap<String, (String, &'a Layer<'a>, u32)> {
    let mut out = BTreeMap::new();
    for l in layers {
        if let Some(s) = l.settings.get(key)
            && let serde_json::Value::Object(map) = &s.value
        {
            for (k, v) in map {
                let text = match v {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                out.insert(k.clone(), (text, l, s.line));
            }
        }
    }
    out
}

/// The tools' environment (and gopls's, with `build.env`) for one window.
pub fn tools_env(
    process: &EnvMap,
    layers: &[Layer<'_>],
    home: Option<&str>,
    workspace: &str,
    for_gopls: bool,
) -> EnvView {
    let mut view: EnvView = process
        .iter()
        .filter(|(k, _)| {
            k.starts_with("GO")
                || PROXY_VARS.contains(&k.as_str())
                || k.eq_ignore_ascii_case("no_proxy")
        })
        .map(|(k, v)| {
            (
                k.clone(),
                (
                    v.clone(),
                    Origin {
                        file: PROCESS_ENVIRONMENT.into(),
                        line: None,
                        setting: None,
                    },
                ),
            )
        })
        .collect();
    let origin = |l: &Layer<'_>, line: u32, setting: &str| Origin {
        file: l.file.clone(),
        line: Some(line),
        setting: Some(setting.into()),
    };
    for (k, (v, l, line)) in merged_object(layers, "go.toolsEnvVars") {
        view.insert(
            k,
            (
                substitute(&v, process, home, workspace),
                origin(l, line, "go.toolsEnvVars"),
            ),
        );
    }
    if let Some((serde_json::Value::String(proxy), l, line)) = effective(layers, "http.proxy")
        && !proxy.is_empty()
    {
        for var in PROXY_VARS {
            view.insert(
                var.to_string(),
                (proxy.clone(), origin(l, line, "http.proxy")),
            );
        }
    }
    if for_gopls {
        for l in layers {
            if let Some(s) = l.settings.get("gopls")
                && let Some(serde_json::Value::Object(env)) = s.value.get("build.env")
            {
                for (k, v) in env {
                    let v = v.as_str().map_or_else(|| v.to_string(), str::to_string);
                    view.insert(
                        k.clone(),
                        (
                            substitute(&v, process, home, workspace),
                            origin(l, s.line, "gopls build.env"),
                        ),
                    );
                }
            }
        }
    }
    view
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vscode::settings::parse;

    use crate::platform::env_map as env;

    #[test]
    fn substitution() {
        let e = env(&[("HOME", "/home/u"), ("CORP", "proxy.corp")]);
        assert_eq!(
            substitute("http://${env:CORP}:3128", &e, Some("/home/u"), "/w"),
            "http://proxy.corp:3128"
        );
        assert_eq!(substitute("~/go", &e, Some("/home/u"), "/w"), "/home/u/go");
        assert_eq!(
            substitute("${workspaceFolder}/bin", &e, None, "/w"),
            "/w/bin"
        );
        assert_eq!(substitute("${env:MISSING}x", &e, None, "/w"), "x");
        assert_eq!(substitute("~user", &e, Some("/home/u"), "/w"), "~user");
    }

    #[test]
    fn precedence_merge_and_http_proxy() {
        let user = parse(r#"{"go.toolsEnvVars": {"GOPROXY": "https://goproxy.cn,direct", "GOFLAGS": "-mod=mod"}, "http.proxy": "http://127.0.0.1:7890"}"#).unwrap();
        let ws = parse(r#"{"go.toolsEnvVars": {"GOPROXY": "https://goproxy.io"}, "http.proxy": "http://ignored:1"}"#).unwrap();
        let layers = [
            Layer {
                file: "user.json".into(),
                scope: Scope::User,
                settings: &user,
            },
            Layer {
                file: "ws.json".into(),
                scope: Scope::Workspace,
                settings: &ws,
            },
        ];
        let process = env(&[
            ("GOPROXY", "https://proxy.golang.org,direct"),
            ("PATH", "/bin"),
        ]);
        let view = tools_env(&process, &layers, None, "/w", false);
        assert_eq!(view["GOPROXY"].0, "https://goproxy.io");
        assert_eq!(view["GOPROXY"].1.file, "ws.json");
        assert_eq!(view["GOFLAGS"].0, "-mod=mod", "objects merge key by key");
        assert_eq!(
            view["HTTPS_PROXY"].0, "http://127.0.0.1:7890",
            "http.proxy is an application setting: the workspace cannot set it"
        );
        assert!(!view.contains_key("PATH"));
    }

    #[test]
    fn gopls_build_env_applies_to_gopls_only() {
        let user = parse(r#"{"gopls": {"build.env": {"GOFLAGS": "-tags=integration"}}}"#).unwrap();
        let layers = [Layer {
            file: "u".into(),
            scope: Scope::User,
            settings: &user,
        }];
        assert_eq!(
            tools_env(&EnvMap::new(), &layers, None, "/w", true)["GOFLAGS"].0,
            "-tags=integration"
        );
        assert!(!tools_env(&EnvMap::new(), &layers, None, "/w", false).contains_key("GOFLAGS"));
    }
}
