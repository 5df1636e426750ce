//! The vscode probe: find and read every settings file, the Go extension, the running gopls
//! processes; test http.proxy with a TCP connect. Reading is bounded by the check's timeout.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::facts::{
    Duplicate, EnvFacts, ExtensionFacts, FileError, FileFacts, HttpProxyFacts, KeyFacts, PathFacts,
    ProcessFacts, VscodeFacts, WindowFacts,
};
use super::messages as msg;
use crate::checks::Shared;
use crate::config::Inputs;
use crate::i18n::{Message, Value};
use crate::platform::home_dir;
use crate::readcap::{self, caps};
use crate::redact::redact;
use crate::vscode::discovery::{
    Candidate, Scope, extension_dirs, is_workspace_file, user_candidates,
};
use crate::vscode::env::{Layer, tools_env};
use crate::vscode::settings::{self, Settings};

/// The settings the report shows.
const RELEVANT: &[&str] = &[
    "go.toolsEnvVars",
    "http.proxy",
    "http.proxyStrictSSL",
    "http.proxySupport",
    "http.noProxy",
    "go.goroot",
    "go.gopath",
    "go.alternateTools",
    "go.toolsManagement.go",
    "go.toolsManagement.checkForUpdates",
    "gopls",
    "go.useLanguageServer",
    "terminal.integrated.env.linux",
    "terminal.integrated.env.osx",
    "terminal.integrated.env.windows",
];

/// Go variables worth showing per window (besides the proxy variables).
const SHOWN_GO: &[&str] = &[
    "GOPROXY",
    "GOSUMDB",
    "GONOSUMDB",
    "GOPRIVATE",
    "GONOPROXY",
    "GOFLAGS",
    "GOINSECURE",
    "GOTOOLCHAIN",
];

/// Is this variable worth showing (and reading from a running gopls)?
fn shown(name: &str) -> bool {
    SHOWN_GO.contains(&name) || crate::net::proxyenv::PROXY_VARIABLES.contains(&name)
}

fn candidates(inputs: &Inputs) -> Vec<Candidate> {
    if !inputs.vscode.settings.is_empty() {
        return inputs
            .vscode
            .settings
            .iter()
            .map(|p| {
                let scope = if is_workspace_file(p) {
                    Scope::WorkspaceFile
                } else {
                    Scope::User
                };
                Candidate {
                    path: p.clone(),
                    product: msg::PRODUCT_GIVEN.into(),
                    scope,
                }
            })
            .collect();
    }
    let mut out = user_candidates(inputs.os, &inputs.env);
    // Profiles live next to each user settings file.
    let profiles: Vec<Candidate> = out
        .iter()
        .filter(|c| c.scope == Scope::User)
        .flat_map(|c| {
            let dir = c.path.parent().map(|p| p.join("profiles"));
            let entries = dir
                .and_then(|d| std::fs::read_dir(d).ok())
                .into_iter()
                .flatten()
                .flatten();
            entries
                .map(|e| Candidate {
                    path: e.path().join("settings.json"),
                    product: c.product.clone(),
                    scope: Scope::Profile,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    out.extend(profiles);
    out.push(Candidate {
        path: inputs.workspace.join(".vscode").join("settings.json"),
        product: msg::PRODUCT_WORKSPACE.into(),
        scope: Scope::Workspace,
    });
    if let Ok(entries) = std::fs::read_dir(&inputs.workspace) {
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| is_workspace_file(p))
            .collect();
        files.sort();
        out.extend(files.into_iter().map(|path| Candidate {
            path,
            product: msg::PRODUCT_WORKSPACE.into(),
            scope: Scope::WorkspaceFile,
        }));
    }
    out
}

fn key_facts(s: &settings::Setting) -> KeyFacts {
    KeyFacts {
        key: s.key.clone(),
        value: redact(&s.value.to_string()),
        line: s.line,
        column: s.column,
    }
}

/// As root, a workspace (often a cloned repository) must not make godiag read files it could
/// not read itself: a settings file that resolves outside the workspace, or to a file not owned
/// by the workspace's owner, is not followed. `Some(why)` when it must not be read.
fn escapes_workspace_as_root(path: &Path, workspace: &Path) -> Option<Message> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        // SAFETY: geteuid has no preconditions and cannot fail.
        if unsafe { libc::geteuid() } != 0 {
            return None;
        }
        let real = std::fs::canonicalize(path).ok()?;
        let root = std::fs::canonicalize(workspace).ok()?;
        if !real.starts_with(&root) {
            return Some(msg::unreadable_outside(real.display().to_string()));
        }
        let owner = std::fs::metadata(&root).ok()?.uid();
        let file_owner = std::fs::metadata(&real).ok()?.uid();
        if owner != file_owner {
            return Some(msg::unreadable_owner(file_owner, owner));
        }
        None
    }
    #[cfg(not(unix))]
    {
        let _ = (path, workspace);
        None
    }
}

/// Reads and describes one file. Returns the parsed settings when it parses.
fn read_file(c: &Candidate, inputs: &Inputs) -> (FileFacts, Option<Settings>) {
    let mut facts = FileFacts {
        path: c.path.display().to_string(),
        product: c.product.clone(),
        scope: c.scope,
        // Anything at the path counts: a FIFO or a directory named settings.json is reported as
        // such, not silently skipped.
        exists: std::fs::metadata(&c.path).is_ok(),
        error: None,
        keys: Vec::new(),
        duplicates: Vec::new(),
        nested: Vec::new(),
        paths: Vec::new(),
        unreadable: None,
    };
    if !facts.exists {
        return (facts, None);
    }
    // Only files found in the workspace: a path given with --vscode-settings is the user's
    // own choice.
    if matches!(c.scope, Scope::Workspace | Scope::WorkspaceFile)
        && c.path.starts_with(&inputs.workspace)
        && let Some(why) = escapes_workspace_as_root(&c.path, &inputs.workspace)
    {
        facts.unreadable = Some(why.into());
        return (facts, None);
    }
    let text = match readcap::read(&c.path, caps::SETTINGS) {
        Ok(read) if read.truncated => {
            facts.unreadable =
                Some(msg::unreadable_too_large(readcap::human_size(read.cap)).into());
            return (facts, None);
        }
        Ok(read) => String::from_utf8_lossy(&read.data).into_owned(),
        Err(e) => {
            facts.unreadable = Some(e.to_string().into());
            return (facts, None);
        }
    };
    let parsed = if c.scope == Scope::WorkspaceFile {
        settings::parse_workspace_file(&text)
    } else {
        // Only the settings godiag reads (and nested objects it warns about) are converted.
        settings::parse_keeping(&text, |k| {
            RELEVANT.contains(&k) || matches!(k, "go" | "http" | "terminal")
        })
    };
    let parsed = match parsed {
        Ok(p) => p,
        Err(e) => {
            facts.error = Some(FileError {
                line: e.line,
                column: e.column,
                message: e.message,
                text: redact(&e.text),
            });
            return (facts, None);
        }
    };
    facts.keys = parsed
        .all
        .iter()
        .filter(|s| RELEVANT.contains(&s.key.as_str()))
        .map(key_facts)
        .collect();
    facts.duplicates = parsed
        .duplicates
        .iter()
        .map(|(k, l)| Duplicate {
            key: k.clone(),
            lines: l.clone(),
        })
        .collect();
    facts.nested = parsed
        .all
        .iter()
        .filter(|s| matches!(s.key.as_str(), "go" | "http" | "terminal") && s.value.is_object())
        .map(key_facts)
        .collect();
    let home = home_dir(inputs.os, &inputs.env).map(|h| h.display().to_string());
    let ws = inputs.workspace.display().to_string();
    let mut check_path = |setting: String, value: &str, line: u32| {
        if value.is_empty() {
            return;
        }
        let path = crate::vscode::env::substitute(value, &inputs.env, home.as_deref(), &ws);
        facts.paths.push(PathFacts {
            setting,
            exists: Path::new(&path).exists(),
            path,
            line,
        });
    };
    for key in ["go.goroot", "go.gopath", "go.toolsManagement.go"] {
        if let Some(s) = parsed.get(key)
            && let Some(v) = s.value.as_str()
        {
            check_path(key.to_string(), v, s.line);
        }
    }
    if let Some(s) = parsed.get("go.alternateTools")
        && let Some(map) = s.value.as_object()
    {
        for (tool, v) in map {
            // A bare name is looked up on PATH by the extension; only paths can be missing.
            if let Some(v) = v.as_str().filter(|v| v.contains('/') || v.contains('\\')) {
                check_path(format!("go.alternateTools.{tool}"), v, s.line);
            }
        }
    }
    (facts, Some(parsed))
}

fn extensions(inputs: &Inputs) -> Vec<ExtensionFacts> {
    let mut out = Vec::new();
    for (product, dir) in extension_dirs(inputs.os, &inputs.env) {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        // Folders VS Code has replaced but not yet deleted are listed in `.obsolete`.
        let obsolete: serde_json::Value = readcap::read(&dir.join(".obsolete"), caps::SMALL_CONFIG)
            .ok()
            .and_then(|r| serde_json::from_slice(&r.data).ok())
            .unwrap_or(serde_json::Value::Null);
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(version) = name.strip_prefix("golang.go-") else {
                continue;
            };
            if obsolete.get(&name).is_some() {
                continue;
            }
            let version = version.split('-').next().unwrap_or(version).to_string();
            out.push(ExtensionFacts {
                product: product.clone(),
                path: e.path().display().to_string(),
                version,
            });
        }
    }
    out
}

/// Running gopls processes of this user, and the variables that matter in their environment.
pub fn gopls_processes(proc_root: &Path) -> Vec<ProcessFacts> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let me = std::fs::metadata(proc_root.join("self"))
            .map(|m| m.uid())
            .ok();
        let my_netns = std::fs::read_link(proc_root.join("self/ns/net")).ok();
        let Ok(entries) = std::fs::read_dir(proc_root) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for e in entries.flatten() {
            let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let dir = e.path();
            let name = std::fs::read_to_string(dir.join("comm"))
                .unwrap_or_default()
                .trim()
                .to_string();
            if name != "gopls" {
                continue;
            }
            if me.is_some() && std::fs::metadata(&dir).map(|m| m.uid()).ok() != me {
                continue;
            }
            let environ = std::fs::read(dir.join("environ")).unwrap_or_default();
            let env: Vec<(String, String)> = environ
                .split(|b| *b == 0)
                .filter_map(|kv| {
                    let kv = String::from_utf8_lossy(kv);
                    let (k, v) = kv.split_once('=')?;
                    shown(k).then(|| (k.to_string(), redact(v)))
                })
                .collect();
            let netns = std::fs::read_link(dir.join("ns/net")).ok();
            let same = match (&my_netns, &netns) {
                (Some(a), Some(b)) => Some(a == b),
                _ => None,
            };
            out.push(ProcessFacts {
                pid,
                name,
                env,
                same_network_namespace: same,
            });
        }
        out.sort_by_key(|p| p.pid);
        out
    }
    #[cfg(not(unix))]
    {
        let _ = proc_root;
        Vec::new()
    }
}

/// TCP connect to an `http.proxy` URL, within `timeout`.
async fn probe_http_proxy(url: &str, timeout: Duration) -> (Option<bool>, Option<Value>) {
    let Ok(proxy) = crate::net::proxyenv::parse_proxy(url, "http.proxy") else {
        return (None, Some(msg::not_a_proxy_url(redact(url)).into()));
    };
    let start = Instant::now();
    let target = if proxy.host.contains(':') {
        format!("[{}]:{}", proxy.host, proxy.port)
    } else {
        format!("{}:{}", proxy.host, proxy.port)
    };
    // Proxy hosts are addresses or names the OS resolves; bounded like everything else.
    let connect = async {
        let addrs: Vec<SocketAddr> = tokio::net::lookup_host(&target)
            .await
            .map_err(|e| Value::from(e.to_string()))?
            .collect();
        let addr = addrs
            .first()
            .ok_or_else(|| Value::from(msg::no_address()))?;
        tokio::net::TcpStream::connect(addr).await.map_err(|e| {
            crate::fdlimit::note(&e);
            Value::from(e.to_string())
        })
    };
    match tokio::time::timeout(timeout, connect).await {
        Ok(Ok(_)) => (Some(true), None),
        Ok(Err(e)) => (Some(false), Some(e)),
        Err(_) => (
            Some(false),
            Some(msg::no_tcp_answer(crate::model::millis(start.elapsed())).into()),
        ),
    }
}

/// Runs the probe.
pub async fn probe(inputs: &Inputs, shared: &Shared) -> VscodeFacts {
    let mut facts = VscodeFacts::default();
    let candidates = candidates(inputs);
    let mut parsed: Vec<(Candidate, Settings)> = Vec::new();
    // Files are read and parsed in parallel on the blocking pool, within the check's budget.
    let reads: Vec<_> = candidates
        .iter()
        .map(|c| {
            let (c, inputs) = (c.clone(), inputs.clone());
            tokio::task::spawn_blocking(move || read_file(&c, &inputs))
        })
        .collect();
    for (c, read) in candidates.iter().zip(reads) {
        let Ok((f, s)) = read.await else { continue };
        if let Some(s) = s {
            parsed.push((c.clone(), s));
        }
        facts.files.push(f);
    }
    facts.extensions = extensions(inputs);
    if crate::platform::can_read_process_env(inputs.os) {
        facts.processes = gopls_processes(&inputs.vscode.proc_root);
    }

    // One window per product with user or remote settings, plus the workspace's layers.
    let home = home_dir(inputs.os, &inputs.env).map(|h| h.display().to_string());
    let ws = inputs.workspace.display().to_string();
    let workspace_layers: Vec<&(Candidate, Settings)> = parsed
        .iter()
        .filter(|(c, _)| matches!(c.scope, Scope::Workspace | Scope::WorkspaceFile))
        .collect();
    let local_user = parsed.iter().find(|(c, _)| c.scope == Scope::User);
    let mut windows: Vec<Vec<&(Candidate, Settings)>> = Vec::new();
    for entry in parsed
        .iter()
        .filter(|(c, _)| matches!(c.scope, Scope::User | Scope::RemoteMachine))
    {
        let mut stack = Vec::new();
        // In a remote window the local user's go.toolsEnvVars still apply.
        if entry.0.scope == Scope::RemoteMachine
            && let Some(local) = local_user
        {
            stack.push(local);
        }
        stack.push(entry);
        stack.extend(workspace_layers.iter().copied());
        windows.push(stack);
    }
    if windows.is_empty() && !workspace_layers.is_empty() {
        windows.push(workspace_layers.clone());
    }
    let mut proxies: Vec<(usize, String)> = Vec::new();
    for stack in windows {
        let layers: Vec<Layer<'_>> = stack
            .iter()
            .map(|(c, s)| Layer {
                file: c.path.display().to_string(),
                scope: c.scope,
                settings: s,
            })
            .collect();
        let view = tools_env(&inputs.env, &layers, home.as_deref(), &ws, true);
        let variables = view
            .iter()
            .filter(|(k, _)| shown(k))
            .map(|(k, (v, o))| EnvFacts {
                name: k.clone(),
                value: redact(v),
                file: o.file.clone(),
                line: o.line,
                setting: o.setting.clone(),
            })
            .collect();
        let http_proxy = match crate::vscode::env::effective(&layers, "http.proxy") {
            Some((serde_json::Value::String(url), layer, line)) if !url.is_empty() => {
                // Probed below, all at once.
                proxies.push((facts.windows.len(), url.clone()));
                let strict = crate::vscode::env::effective(&layers, "http.proxyStrictSSL")
                    .and_then(|(v, _, _)| v.as_bool());
                Some(HttpProxyFacts {
                    url: redact(url),
                    file: layer.file.clone(),
                    line,
                    reachable: None,
                    error: None,
                    strict_ssl: strict,
                })
            }
            _ => None,
        };
        let product = stack
            .iter()
            .rev()
            .find(|(c, _)| matches!(c.scope, Scope::User | Scope::RemoteMachine))
            .map_or(msg::PRODUCT_WORKSPACE, |(c, _)| c.product.as_str());
        facts.windows.push(WindowFacts {
            product: product.to_string(),
            layers: layers.iter().map(|l| l.file.clone()).collect(),
            variables,
            http_proxy,
        });
    }
    // Every http.proxy and go env at once: the check costs one timeout, not one per window.
    let timeout = inputs.connectivity.timeout;
    let probes = crate::net::join_all(
        proxies
            .iter()
            .map(|(_, url)| probe_http_proxy(url, timeout)),
    );
    let go_env = tokio::time::timeout(inputs.go_env.timeout, shared.go_env(inputs));
    let (results, go_env) = tokio::join!(probes, go_env);
    for ((window, _), (reachable, error)) in proxies.iter().zip(results) {
        if let Some(p) = facts
            .windows
            .get_mut(*window)
            .and_then(|w| w.http_proxy.as_mut())
        {
            p.reachable = reachable;
            p.error = error;
        }
    }
    if let Ok(go_env) = go_env {
        facts.go_env_goproxy = go_env.variable("GOPROXY").map(|v| v.value.clone());
        facts.go_env_gosumdb = go_env.variable("GOSUMDB").map(|v| v.value.clone());
    }
    facts
}
