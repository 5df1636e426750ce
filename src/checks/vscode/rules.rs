//! The vscode rules: pure functions from the facts to findings.

use super::facts::{EnvFacts, VscodeFacts};
use super::messages as msg;
use crate::codes;
use crate::go::gover::GoVersion;
use crate::i18n::Value;
use crate::model::{Action, Finding, Fix, Location};
use crate::vscode::discovery::Scope;

/// The object setting whose keys the Go extension passes to gopls and the tools as
/// environment variables; the one settings key `godiag fix` edits.
pub const TOOLS_ENV_VARS: &str = "go.toolsEnvVars";

/// Whether godiag can edit the place a variable comes from: one key of `go.toolsEnvVars`
/// (not `gopls`'s nested `build.env`, not the process environment).
fn editable(v: &EnvFacts) -> bool {
    v.setting.as_deref() == Some(TOOLS_ENV_VARS)
}

/// What the rules need besides the facts.
#[derive(Debug, Clone)]
pub struct RuleConfig {
    pub min_extension: GoVersion,
}

/// Every vscode finding, in a stable order.
pub fn evaluate(facts: &VscodeFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    for f in facts.files.iter().filter(|f| f.exists) {
        if let Some(why) = &f.unreadable {
            findings.push(
                Finding::new(
                    &codes::VSCODE_UNREADABLE,
                    msg::unreadable(&f.path, why.clone()),
                )
                .location(Location::file(f.path.clone())),
            );
        }
        if let Some(e) = &f.error {
            findings.push(
                Finding::new(
                    &codes::VSCODE_PARSE_ERROR,
                    msg::parse_error(&f.path, &e.message, e.line, e.column),
                )
                .evidence(msg::file_line(e.line, &e.text))
                .location(Location {
                    file: f.path.clone(),
                    line: Some(e.line),
                    column: Some(e.column),
                }),
            );
        }
        for d in &f.duplicates {
            findings.push(
                Finding::new(
                    &codes::VSCODE_DUPLICATE_KEY,
                    msg::duplicate_key(&d.key, d.lines.clone(), &f.path),
                )
                .location(Location::line(
                    f.path.clone(),
                    d.lines.last().copied().unwrap_or(1),
                )),
            );
        }
        for n in &f.nested {
            findings.push(
                Finding::new(&codes::VSCODE_NESTED_KEY, msg::nested_key(&n.key, &f.path)).location(
                    Location {
                        file: f.path.clone(),
                        line: Some(n.line),
                        column: Some(n.column),
                    },
                ),
            );
        }
        for p in f.paths.iter().filter(|p| !p.exists) {
            findings.push(
                Finding::new(
                    &codes::VSCODE_PATH_MISSING,
                    msg::path_missing(&p.setting, &p.path, &f.path),
                )
                .location(Location::line(f.path.clone(), p.line)),
            );
        }
        if let Some(k) = f
            .keys
            .iter()
            .find(|k| k.key == "http.proxyStrictSSL" && k.value == "false")
        {
            findings.push(
                Finding::new(
                    &codes::VSCODE_PROXY_STRICT_SSL_OFF,
                    msg::proxy_strict_ssl_off(&f.path),
                )
                .location(Location {
                    file: f.path.clone(),
                    line: Some(k.line),
                    column: Some(k.column),
                }),
            );
        }
    }

    let mut reported: Vec<(String, String)> = Vec::new();
    for w in &facts.windows {
        for v in w.variables.iter().filter(|v| v.setting.is_some()) {
            let go_value = match v.name.as_str() {
                "GOPROXY" => facts.go_env_goproxy.as_deref(),
                "GOSUMDB" => facts.go_env_gosumdb.as_deref(),
                _ => continue,
            };
            // One finding per file and variable, whichever windows share it.
            let key = (v.file.clone(), v.name.clone());
            if reported.contains(&key) {
                continue;
            }
            let location = Location::line(v.file.clone(), v.line.unwrap_or(1));
            if v.name == "GOSUMDB" && v.value == "off" {
                reported.push(key.clone());
                findings.push(
                    Finding::new(
                        &codes::VSCODE_GOSUMDB_OFF,
                        msg::gosumdb_off(v.setting.as_deref().unwrap_or(TOOLS_ENV_VARS), &v.file),
                    )
                    .location(location.clone())
                    .maybe_fix(editable(v).then(|| {
                        Fix::safe(
                            msg::fix_gosumdb_off(),
                            vec![Action::settings_remove(&v.file, TOOLS_ENV_VARS, "GOSUMDB")],
                        )
                    })),
                );
                continue;
            }
            if let Some(go_value) = go_value.filter(|g| *g != v.value) {
                reported.push(key);
                findings.push(
                    Finding::new(
                        &codes::VSCODE_GOPROXY_MISMATCH,
                        msg::goproxy_mismatch(
                            v.setting.as_deref().unwrap_or(TOOLS_ENV_VARS),
                            &v.name,
                            &v.value,
                            go_value,
                            msg::product(&w.product),
                        ),
                    )
                    .location(location)
                    // Manual until connectivity shows go env's value works (crosscheck).
                    .maybe_fix(editable(v).then(|| {
                        Fix::manual(
                            msg::fix_goproxy_mismatch(&v.name),
                            vec![Action::settings_set(
                                &v.file,
                                TOOLS_ENV_VARS,
                                &v.name,
                                go_value,
                            )],
                        )
                    })),
                );
            }
        }
        if let Some(p) = w.http_proxy.as_ref().filter(|p| p.reachable == Some(false)) {
            findings.push(
                Finding::new(
                    &codes::VSCODE_HTTP_PROXY_UNREACHABLE,
                    msg::http_proxy_unreachable(
                        &p.url,
                        msg::product(&w.product),
                        match &p.error {
                            // The OS's words, by their class (连接被拒绝 ...); the text stays
                            // as it is in English.
                            Some(Value::Text(os)) => {
                                crate::checks::connectivity::problem::phrase(os).into()
                            }
                            Some(phrase) => phrase.clone(),
                            None => msg::no_answer().into(),
                        },
                    ),
                )
                .location(Location::line(p.file.clone(), p.line)),
            );
        }
    }

    // A loopback proxy in local settings reaches remote windows, where nothing listens there.
    let has_remote = facts
        .files
        .iter()
        .any(|f| f.exists && f.scope == Scope::RemoteMachine);
    if has_remote {
        for f in facts
            .files
            .iter()
            .filter(|f| f.exists && f.scope == Scope::User)
        {
            for k in f
                .keys
                .iter()
                .filter(|k| k.key == "go.toolsEnvVars" || k.key == "http.proxy")
            {
                if k.value.contains("127.0.0.1")
                    || k.value.contains("localhost")
                    || k.value.contains("[::1]")
                {
                    findings.push(
                        Finding::new(
                            &codes::VSCODE_REMOTE_PROXY_LEAK,
                            msg::remote_proxy_leak(&k.key, &f.path),
                        )
                        .location(Location::line(f.path.clone(), k.line)),
                    );
                }
            }
        }
    }

    // The Go extension.
    let editor_present = facts.files.iter().any(|f| {
        f.exists && matches!(f.scope, Scope::User | Scope::Profile | Scope::RemoteMachine)
    });
    if facts.extensions.is_empty() && editor_present {
        findings.push(Finding::new(
            &codes::VSCODE_EXTENSION_MISSING,
            msg::extension_missing(),
        ));
    }
    for e in &facts.extensions {
        if GoVersion::parse(&e.version).is_some_and(|v| v < cfg.min_extension) {
            findings.push(
                Finding::new(
                    &codes::VSCODE_EXTENSION_OLD,
                    msg::extension_old(
                        msg::product(&e.product),
                        &e.version,
                        cfg.min_extension.to_string(),
                    ),
                )
                .location(Location::file(e.path.clone())),
            );
        }
    }

    // A gopls started before the last change still has the old environment.
    let now = facts.windows.first();
    for p in &facts.processes {
        for name in ["GOPROXY", "GOSUMDB"] {
            let running = p
                .env
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str());
            let expected = now
                .and_then(|w| {
                    w.variables
                        .iter()
                        .find(|v| v.name == name)
                        .map(|v| v.value.as_str())
                })
                .or(match name {
                    "GOPROXY" => facts.go_env_goproxy.as_deref(),
                    _ => facts.go_env_gosumdb.as_deref(),
                });
            if let (Some(running), Some(expected)) = (running, expected)
                && running != expected
            {
                let mut f = Finding::new(
                    &codes::VSCODE_GOPLS_STALE_ENV,
                    msg::gopls_stale_env(p.pid, name, running, expected),
                );
                if p.same_network_namespace == Some(false) {
                    f = f.evidence(msg::other_netns());
                }
                findings.push(f);
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests;
