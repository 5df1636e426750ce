//! The go-env probe: find `go`, run one `go env -json` for the variables that matter, and read
//! the files that explain where each value comes from. All I/O, no judgement.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::facts::{
    Directive, EnvFileFacts, EnvFileLine, EnvFileStatus, EnvVar, GoEnvFacts, InvocationOutcome,
    ShellAssignment, Source, Variable, WorkspaceFacts,
};
use crate::config::Inputs;
use crate::go::{command, envfile, gomod};
use crate::platform::go_executable_name;
use crate::redact::{redact, redact_proxy_list};
use crate::shellrc;

/// The variables godiag asks `go env` for. Naming them keeps `go env` fast: without names it
/// runs the C compiler to fill in the CGO fields.
pub const VARIABLES: &[&str] = &[
    "GOVERSION",
    "GOROOT",
    "GOENV",
    "GOPROXY",
    "GOSUMDB",
    "GOPRIVATE",
    "GONOPROXY",
    "GONOSUMDB",
    "GOINSECURE",
    "GOFLAGS",
    "GOTOOLCHAIN",
    "GOMOD",
    "GOWORK",
    "GO111MODULE",
    "GOMODCACHE",
];

use crate::net::proxyenv::PROXY_VARIABLES;

/// Values the go command computes rather than reads from a setting.
const COMPUTED: &[&str] = &[
    "GOVERSION",
    "GOROOT",
    "GOENV",
    "GOMOD",
    "GOWORK",
    "GOMODCACHE",
];

/// Runs the whole probe. Never fails: what went wrong is recorded in the facts.
pub async fn probe(inputs: &Inputs) -> GoEnvFacts {
    let mut facts = GoEnvFacts {
        os_go_variable_names: inputs
            .env
            .keys()
            .filter(|k| k.starts_with("GO"))
            .cloned()
            .collect(),
        proxy_env: PROXY_VARIABLES
            .iter()
            .filter_map(|name| {
                let value = inputs.env.get(*name).filter(|v| !v.is_empty())?;
                Some(EnvVar {
                    name: (*name).to_string(),
                    value: redact_proxy_list(value),
                })
            })
            .collect(),
        ..GoEnvFacts::default()
    };
    facts.shell_assignments = shell_assignments(&facts, inputs).await;
    if inputs.os == crate::platform::Os::Windows {
        let names: Vec<&str> = VARIABLES
            .iter()
            .filter(|n| !COMPUTED.contains(n))
            .chain(PROXY_VARIABLES)
            .copied()
            .collect();
        facts.registry_env = super::registry::read(&names);
    }
    let go = match locate_go(inputs) {
        Ok((path, from)) => {
            facts.go_binary = Some(path.display().to_string());
            facts.go_binary_from = Some(from.to_string());
            path
        }
        Err(_) => return facts,
    };
    let deadline = Instant::now() + inputs.go_env.timeout;

    let mut args = vec!["env", "-json"];
    args.extend_from_slice(VARIABLES);
    let (mut env_call, stdout) =
        command::run_go(&go, &args, &inputs.workspace, inputs.go_env.timeout).await;
    let values = match stdout {
        Some(out) => match serde_json::from_slice::<BTreeMap<String, String>>(&out) {
            Ok(values) => Some(values),
            Err(e) => {
                env_call.outcome = InvocationOutcome::BadOutput;
                env_call.error = Some(format!("not the JSON object go prints: {e}"));
                env_call.stdout_excerpt = Some(command::excerpt(&out));
                None
            }
        },
        None => None,
    };
    let env_timed_out = env_call.outcome == InvocationOutcome::Timeout;
    facts.invocations.push(env_call);

    let version = values
        .as_ref()
        .and_then(|v| v.get("GOVERSION"))
        .filter(|v| !v.is_empty())
        .cloned();
    facts.go_version = match version {
        Some(v) => Some(v),
        // Go before 1.16 has no GOVERSION, and a go too old for `go env -json` fails the call:
        // `go version` still tells which release it is. Skipped after a timeout, so the whole
        // probe stays within one timeout.
        None if !env_timed_out => {
            let remaining = deadline.saturating_duration_since(Instant::now());
            let (call, out) =
                command::run_go(&go, &["version"], &inputs.workspace, remaining).await;
            let parsed = out.as_deref().and_then(parse_go_version_output);
            facts.invocations.push(call);
            parsed
        }
        None => None,
    };

    let Some(values) = values else {
        return facts;
    };
    facts.goroot = values.get("GOROOT").filter(|v| !v.is_empty()).cloned();

    // `go env GOENV` prints "" (not "off") when GOENV=off in some releases.
    let goenv = match values.get("GOENV").map(String::as_str).unwrap_or("") {
        "" if inputs.env.get("GOENV").is_some_and(|v| v == "off") => "off",
        other => other,
    };
    let (file_entries, env_file_facts) = read_env_file(goenv, inputs).await;
    facts.env_file = Some(env_file_facts);

    let goroot_defaults = match &facts.goroot {
        Some(root) => {
            let path = Path::new(root).join("go.env");
            match read_bounded(&path, inputs.go_env.timeout).await {
                Ok(data) => {
                    facts.goroot_env_file = Some(path.display().to_string());
                    envfile::parse(&data)
                }
                Err(_) => Vec::new(),
            }
        }
        None => Vec::new(),
    };

    facts.variables = VARIABLES
        .iter()
        .map(|name| {
            let value = values.get(*name).cloned().unwrap_or_default();
            describe_variable(
                name,
                &value,
                &values,
                inputs,
                &file_entries,
                &goroot_defaults,
            )
        })
        .collect();

    facts.workspace = Some(read_workspace(&values, inputs).await);
    facts
}

/// `--go` (a path, or a name to look up on PATH), else `go` on PATH.
pub fn locate_go(inputs: &Inputs) -> Result<(PathBuf, &'static str), String> {
    let path_var = inputs.env.get("PATH").map(String::as_str).unwrap_or("");
    match &inputs.go {
        Some(given) if given.components().count() > 1 || given.is_absolute() => {
            if given.is_file() {
                Ok((given.clone(), "flag"))
            } else {
                Err(format!(
                    "{} does not exist or is not a file",
                    given.display()
                ))
            }
        }
        Some(name) => which::which_in(name, Some(path_var), &inputs.workspace)
            .map(|p| (p, "flag"))
            .map_err(|_| format!("{} is not on PATH", name.display())),
        None => which::which_in(
            go_executable_name(inputs.os),
            Some(path_var),
            &inputs.workspace,
        )
        .map(|p| (p, "path"))
        .or_else(|_| {
            let known = crate::platform::known_go_dirs(inputs.os);
            if known.is_empty() {
                return Err(());
            }
            which::which_in(
                go_executable_name(inputs.os),
                Some(known.join(":")),
                &inputs.workspace,
            )
            .map(|p| (p, "known-location"))
            .map_err(|_| ())
        })
        .map_err(|_| "go is not on PATH".to_string()),
    }
}

/// `go version go1.12.17 linux/amd64` -> `go1.12.17`.
fn parse_go_version_output(out: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(out);
    let word = text.split_whitespace().nth(2)?;
    crate::go::gover::GoVersion::parse_prefixed(word).map(|_| word.to_string())
}

/// The startup-file lines that set the OS variables godiag may ask the user to remove. Nothing
/// is read when no such variable is set (the usual case).
async fn shell_assignments(facts: &GoEnvFacts, inputs: &Inputs) -> Vec<ShellAssignment> {
    let names: Vec<&str> = facts
        .os_go_variable_names
        .iter()
        .map(String::as_str)
        .chain(facts.proxy_env.iter().map(|v| v.name.as_str()))
        .collect();
    if names.is_empty() {
        return Vec::new();
    }
    let (mut files, dirs) = shellrc::startup_files(inputs.os, &inputs.env);
    for dir in dirs {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            let mut scripts: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "sh"))
                .collect();
            scripts.sort();
            files.extend(scripts);
        }
    }
    let mut found = Vec::new();
    for file in files {
        let Ok(bytes) = read_bounded(&file, inputs.go_env.timeout).await else {
            continue;
        };
        // Startup files are small; a huge one is not worth scanning.
        if bytes.len() > 1 << 20 {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        found.extend(
            shellrc::assignments(&text, &names)
                .into_iter()
                .map(|a| ShellAssignment {
                    name: a.name,
                    file: file.display().to_string(),
                    line: a.line,
                    text: redact(&a.text),
                }),
        );
    }
    found
}

/// Reads a file with a deadline: a hung network file system must not hang godiag.
async fn read_bounded(path: &Path, timeout: Duration) -> std::io::Result<Vec<u8>> {
    match tokio::time::timeout(timeout, tokio::fs::read(path)).await {
        Ok(result) => result,
        Err(_) => Err(std::io::Error::new(
            std::io::ErrorKind::TimedOut,
            format!(
                "reading took longer than {}",
                humantime::format_duration(timeout)
            ),
        )),
    }
}

async fn read_env_file(goenv: &str, inputs: &Inputs) -> (Vec<envfile::EnvFileEntry>, EnvFileFacts) {
    let mut facts = EnvFileFacts {
        path: None,
        status: EnvFileStatus::Disabled,
        error: None,
        entries: Vec::new(),
    };
    if goenv == "off" {
        return (Vec::new(), facts);
    }
    if goenv.is_empty() {
        facts.status = EnvFileStatus::Missing;
        facts.error = Some("go found no user config folder for the env file".into());
        return (Vec::new(), facts);
    }
    facts.path = Some(goenv.to_string());
    match read_bounded(Path::new(goenv), inputs.go_env.timeout).await {
        Ok(data) => {
            let entries = envfile::parse(&data);
            facts.status = EnvFileStatus::Read;
            facts.entries = entries
                .iter()
                .map(|e| EnvFileLine {
                    key: e.key.clone(),
                    value: redact_value(&e.key, &e.value),
                    line: e.line,
                })
                .collect();
            (entries, facts)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            facts.status = EnvFileStatus::Missing;
            (Vec::new(), facts)
        }
        Err(e) => {
            facts.status = EnvFileStatus::Unreadable;
            facts.error = Some(e.to_string());
            (Vec::new(), facts)
        }
    }
}

/// Redacts a value by what the variable holds: GOPROXY lists may carry credentials without a
/// scheme; anything else only inside URLs.
pub fn redact_value(name: &str, value: &str) -> String {
    if name == "GOPROXY" {
        redact_proxy_list(value)
    } else {
        redact(value)
    }
}

fn describe_variable(
    name: &str,
    value: &str,
    values: &BTreeMap<String, String>,
    inputs: &Inputs,
    file: &[envfile::EnvFileEntry],
    goroot_defaults: &[envfile::EnvFileEntry],
) -> Variable {
    let os_value = inputs.env.get(name).filter(|v| !v.is_empty());
    let file_entry = envfile::lookup(file, name);
    let goprivate = values.get("GOPRIVATE").map(String::as_str).unwrap_or("");
    let source = if os_value.is_some() {
        Source::Environment
    } else if file_entry.is_some() {
        Source::EnvFile
    } else if envfile::lookup(goroot_defaults, name).is_some() {
        Source::GorootEnvFile
    } else if matches!(name, "GONOPROXY" | "GONOSUMDB")
        && !goprivate.is_empty()
        && value == goprivate
    {
        Source::Goprivate
    } else if COMPUTED.contains(&name) {
        Source::Computed
    } else {
        Source::Default
    };
    Variable {
        name: name.to_string(),
        value: redact_value(name, value),
        source,
        os_value: os_value.map(|v| redact_value(name, v)),
        file_value: file_entry.map(|e| redact_value(name, &e.value)),
        file_line: file_entry.map(|e| e.line),
    }
}

async fn read_workspace(values: &BTreeMap<String, String>, inputs: &Inputs) -> WorkspaceFacts {
    let mut facts = WorkspaceFacts {
        dir: inputs.workspace.display().to_string(),
        file: None,
        go_directive: None,
        toolchain_directive: None,
        error: None,
    };
    let get = |k: &str| values.get(k).map(String::as_str).unwrap_or("");
    let gowork = get("GOWORK");
    let gomod = get("GOMOD");
    let file = if !gowork.is_empty() && gowork != "off" {
        gowork
    } else if !gomod.is_empty() && gomod != "/dev/null" && gomod != "NUL" {
        gomod
    } else {
        return facts;
    };
    facts.file = Some(file.to_string());
    match read_bounded(Path::new(file), inputs.go_env.timeout).await {
        Ok(data) => {
            let d = gomod::directives(&String::from_utf8_lossy(&data));
            facts.go_directive = d.go.map(|(value, line)| Directive { value, line });
            facts.toolchain_directive = d.toolchain.map(|(value, line)| Directive { value, line });
        }
        Err(e) => facts.error = Some(e.to_string()),
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_version_output() {
        assert_eq!(
            parse_go_version_output(b"go version go1.12.17 linux/amd64\n").as_deref(),
            Some("go1.12.17")
        );
        assert_eq!(parse_go_version_output(b"garbage"), None);
    }

    #[test]
    fn stderr_keeps_the_last_lines_redacted() {
        let mut text = String::new();
        for i in 0..30 {
            text.push_str(&format!("line {i}\n"));
        }
        text.push_str("Get \"https://u:p@proxy.corp/x\": EOF\n");
        let tail = command::tail_lines(text.as_bytes(), 3);
        assert_eq!(
            tail,
            "line 28\nline 29\nGet \"https://***@proxy.corp/x\": EOF"
        );
    }
}
