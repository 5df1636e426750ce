//! The go-env probe: find `go`, run one `go env -json` for the variables that matter, and read
//! the files that explain where each value comes from. All I/O, no judgement.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::facts::{
    Directive, EnvFileFacts, EnvFileLine, EnvFileStatus, EnvVar, GoBinarySource, GoEnvFacts,
    GoFlagError, GoFlagProblem, MAX_ENV_KEYS, ModuleCoverage, ShellAssignment, Source, UnreadFile,
    Variable, WorkspaceFacts,
};
use crate::config::Inputs;
use crate::go::command::InvocationOutcome;
use crate::go::goproxy::redact_proxy_list;
use crate::go::known::MODULE_VARIABLES;
use crate::go::{command, envfile, gomod};
use crate::platform::go_executable_name;
use crate::readcap::{self, ReadError, caps};
use crate::redact::redact;
use crate::shellrc;

/// The variables godiag asks `go env` for: what go computes about the toolchain, the module
/// settings (one list, in `go::known`), and the workspace. Naming them keeps `go env` fast:
/// without names it runs the C compiler to fill in the CGO fields.
fn variables() -> impl Iterator<Item = &'static str> {
    ["GOVERSION", "GOROOT", "GOENV"]
        .into_iter()
        .chain(MODULE_VARIABLES.iter().copied())
        .chain(["GOMOD", "GOWORK", "GO111MODULE", "GOMODCACHE"])
}

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
    let facts = GoEnvFacts {
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
    let names: Vec<String> = facts
        .os_go_variable_names
        .iter()
        .chain(facts.proxy_env.iter().map(|v| &v.name))
        .cloned()
        .collect();
    // The startup files are a side lookup: scanned alongside go, under their own smaller
    // budget, so a slow or hostile one costs a note, never the check's result.
    let ((assignments, unread), mut facts) =
        tokio::join!(shell_assignments(&names, inputs), probe_go(inputs, facts));
    facts.shell_assignments = assignments;
    facts.unread_files.extend(unread);
    if inputs.os == crate::platform::Os::Windows {
        let names: Vec<&str> = variables()
            .filter(|n| !COMPUTED.contains(n))
            .chain(PROXY_VARIABLES.iter().copied())
            .collect();
        facts.registry_env = super::registry::read(&names);
    }
    facts
}

/// The budget of the startup-file scan: a quarter of the go-env timeout, at most 2 s.
fn side_budget(timeout: Duration) -> Duration {
    (timeout / 4).min(Duration::from_secs(2))
}

/// Everything but the startup files: go, its env file, go.mod.
async fn probe_go(inputs: &Inputs, mut facts: GoEnvFacts) -> GoEnvFacts {
    let go = match locate_go(inputs) {
        Ok((path, from)) => {
            facts.go_binary = Some(path.display().to_string());
            facts.go_binary_from = Some(from);
            path
        }
        Err(e) => {
            facts.go_flag_error = e;
            return facts;
        }
    };
    let deadline = Instant::now() + inputs.go_env.timeout;

    let mut args = vec!["env", "-json"];
    args.extend(variables());
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
    let (file_entries, env_file_facts) =
        read_env_file(goenv, inputs, &mut facts.unread_files).await;
    facts.env_file = Some(env_file_facts);

    let goroot_defaults = match &facts.goroot {
        Some(root) => {
            let path = Path::new(root).join("go.env");
            match readcap::read_async(&path, caps::GO_ENV_FILE, inputs.go_env.timeout).await {
                Ok(read) => {
                    facts.goroot_env_file = Some(path.display().to_string());
                    envfile::parse(&read.data)
                }
                Err(_) => Vec::new(),
            }
        }
        None => Vec::new(),
    };

    facts.variables = variables()
        .map(|name| {
            let value = values.get(name).cloned().unwrap_or_default();
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

    facts.workspace = Some(read_workspace(&values, inputs, &mut facts.unread_files).await);
    facts
}

/// `--go` (a path, or a name to look up on PATH), else `go` on PATH. The error says what is
/// wrong with `--go`; it is `None` when `--go` was not given and no go was found.
pub fn locate_go(inputs: &Inputs) -> Result<(PathBuf, GoBinarySource), Option<GoFlagError>> {
    let flag_error = |given: &Path, problem| {
        Some(GoFlagError {
            given: given.display().to_string(),
            problem,
        })
    };
    let path_var = inputs.env.get("PATH").map(String::as_str).unwrap_or("");
    match &inputs.go {
        Some(given) if given.components().count() > 1 || given.is_absolute() => {
            if given.is_file() {
                Ok((given.clone(), GoBinarySource::Flag))
            } else if given.exists() {
                Err(flag_error(given, GoFlagProblem::NotAFile))
            } else {
                Err(flag_error(given, GoFlagProblem::NoSuchFile))
            }
        }
        Some(name) => which::which_in(name, Some(path_var), &inputs.workspace)
            .map(|p| (p, GoBinarySource::Flag))
            .map_err(|_| flag_error(name, GoFlagProblem::NotOnPath)),
        None => which::which_in(
            go_executable_name(inputs.os),
            Some(path_var),
            &inputs.workspace,
        )
        .map(|p| (p, GoBinarySource::Path))
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
            .map(|p| (p, GoBinarySource::KnownLocation))
            .map_err(|_| ())
        })
        .map_err(|_| None),
    }
}

/// `go version go1.12.17 linux/amd64` -> `go1.12.17`.
fn parse_go_version_output(out: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(out);
    let word = text.split_whitespace().nth(2)?;
    crate::go::gover::GoVersion::parse_prefixed(word).map(|_| word.to_string())
}

/// The startup-file lines that set the OS variables godiag may ask the user to remove, and the
/// startup files that could not be read. Nothing is read when no such variable is set (the
/// usual case).
async fn shell_assignments(
    names: &[String],
    inputs: &Inputs,
) -> (Vec<ShellAssignment>, Vec<UnreadFile>) {
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    if names.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let budget = side_budget(inputs.go_env.timeout);
    let deadline = Instant::now() + budget;
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
    let mut unread = Vec::new();
    let mut note = |file: &Path, problem: String, truncated: bool| {
        unread.push(UnreadFile {
            path: file.display().to_string(),
            role: "startup-file".into(),
            problem,
            truncated,
        });
    };
    for file in files {
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            note(
                &file,
                format!(
                    "not read: the startup files took longer than {} together",
                    humantime::format_duration(budget)
                ),
                false,
            );
            continue;
        }
        let read = match readcap::read_async(&file, caps::STARTUP_FILE, remaining).await {
            Ok(read) => read,
            Err(ReadError::NotFound) => continue,
            Err(e) => {
                note(&file, e.to_string(), false);
                continue;
            }
        };
        if let Some(problem) = read.truncation_note() {
            note(&file, problem, true);
        }
        let text = String::from_utf8_lossy(&read.data);
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
    (found, unread)
}

async fn read_env_file(
    goenv: &str,
    inputs: &Inputs,
    unread: &mut Vec<UnreadFile>,
) -> (Vec<envfile::EnvFileEntry>, EnvFileFacts) {
    let mut facts = EnvFileFacts {
        path: None,
        status: EnvFileStatus::Disabled,
        error: None,
        entries: Vec::new(),
        keys_dropped: 0,
    };
    if goenv == "off" {
        return (Vec::new(), facts);
    }
    if goenv.is_empty() {
        // No path and missing: go found no user config folder (the facts' renderer says so).
        facts.status = EnvFileStatus::Missing;
        return (Vec::new(), facts);
    }
    facts.path = Some(goenv.to_string());
    match readcap::read_async(Path::new(goenv), caps::GO_ENV_FILE, inputs.go_env.timeout).await {
        Ok(read) => {
            if let Some(problem) = read.truncation_note() {
                unread.push(UnreadFile {
                    path: goenv.to_string(),
                    role: "env-file".into(),
                    problem,
                    truncated: true,
                });
            }
            let entries = envfile::parse(&read.data);
            facts.status = EnvFileStatus::Read;
            (facts.entries, facts.keys_dropped) = fold_env_lines(&entries);
            (entries, facts)
        }
        Err(ReadError::NotFound) => {
            facts.status = EnvFileStatus::Missing;
            (Vec::new(), facts)
        }
        Err(e) => {
            facts.status = EnvFileStatus::Unreadable;
            facts.error = Some(e.to_string());
            unread.push(UnreadFile {
                path: goenv.to_string(),
                role: "env-file".into(),
                problem: e.to_string(),
                truncated: false,
            });
            (Vec::new(), facts)
        }
    }
}

/// One fact per key, however many lines repeat it: memory and report size follow the distinct
/// keys, not the lines (100,000 junk lines are one entry per junk key, at most
/// [`MAX_ENV_KEYS`]).
fn fold_env_lines(entries: &[envfile::EnvFileEntry]) -> (Vec<EnvFileLine>, u32) {
    let mut out: Vec<EnvFileLine> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut dropped = 0u32;
    for e in entries {
        if let Some(&i) = index.get(e.key.as_str()) {
            let kept = &mut out[i];
            kept.first_line.get_or_insert(kept.line);
            kept.count = Some(kept.count.unwrap_or(1).saturating_add(1));
            kept.line = e.line;
            kept.value = redact_value(&e.key, &e.value);
        } else if out.len() < MAX_ENV_KEYS {
            index.insert(&e.key, out.len());
            out.push(EnvFileLine {
                key: e.key.clone(),
                value: redact_value(&e.key, &e.value),
                line: e.line,
                count: None,
                first_line: None,
            });
        } else {
            dropped = dropped.saturating_add(1);
        }
    }
    (out, dropped)
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

/// Which requirements go can use offline: vendored (cmd/go/internal/modload/init.go
/// `setDefaultBuildMod`: a vendor/modules.txt makes -mod=vendor the default), or in the module
/// cache's download folder (cmd/go/internal/modfetch/cache.go `CachePath`: `.mod`, `.zip`)
/// with the go.sum lines that spare a checksum-database lookup.
async fn coverage(
    required: &[(String, String)],
    go_mod: &Path,
    gomodcache: &str,
    goflags: &str,
    timeout: Duration,
) -> ModuleCoverage {
    use crate::checks::connectivity::targets::escape_module_path as escape;
    let dir = go_mod.parent().unwrap_or(Path::new("."));
    let vendored = !goflags.contains("-mod=mod")
        && tokio::fs::metadata(dir.join("vendor/modules.txt"))
            .await
            .is_ok();
    let go_sum = readcap::read_async(&dir.join("go.sum"), caps::GO_MOD, timeout)
        .await
        .map(|read| String::from_utf8_lossy(&read.data).into_owned())
        .unwrap_or_default();
    let mut c = ModuleCoverage {
        required: required.len(),
        available: 0,
        vendored,
        missing: Vec::new(),
    };
    let download = Path::new(gomodcache).join("cache/download");
    for (path, version) in required {
        let ok = vendored || {
            let at_v = download.join(escape(path)).join("@v");
            let file = |ext: &str| at_v.join(format!("{}.{ext}", escape(version)));
            let summed = go_sum.contains(&format!("{path} {version} "))
                && go_sum.contains(&format!("{path} {version}/go.mod "));
            !gomodcache.is_empty()
                && summed
                && tokio::fs::metadata(file("mod")).await.is_ok()
                && tokio::fs::metadata(file("zip")).await.is_ok()
        };
        if ok {
            c.available += 1;
        } else if c.missing.len() < 5 {
            c.missing.push(format!("{path}@{version}"));
        }
    }
    c
}

async fn read_workspace(
    values: &BTreeMap<String, String>,
    inputs: &Inputs,
    unread: &mut Vec<UnreadFile>,
) -> WorkspaceFacts {
    let mut facts = WorkspaceFacts {
        dir: inputs.workspace.display().to_string(),
        file: None,
        go_directive: None,
        toolchain_directive: None,
        error: None,
        modules: None,
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
    match readcap::read_async(Path::new(file), caps::GO_MOD, inputs.go_env.timeout).await {
        Ok(read) => {
            if let Some(problem) = read.truncation_note() {
                unread.push(UnreadFile {
                    path: file.to_string(),
                    role: "go-mod".into(),
                    problem,
                    truncated: true,
                });
            }
            let text = String::from_utf8_lossy(&read.data);
            let d = gomod::directives(&text);
            facts.go_directive = d.go.map(|(value, line)| Directive { value, line });
            facts.toolchain_directive = d.toolchain.map(|(value, line)| Directive { value, line });
            // go.work names folders, not modules: only a go.mod's requirements are judged.
            if file == gomod {
                facts.modules = Some(
                    coverage(
                        &gomod::requirements(&text),
                        Path::new(file),
                        get("GOMODCACHE"),
                        get("GOFLAGS"),
                        inputs.go_env.timeout,
                    )
                    .await,
                );
            }
        }
        Err(e) => {
            unread.push(UnreadFile {
                path: file.to_string(),
                role: "go-mod".into(),
                problem: e.to_string(),
                truncated: false,
            });
            facts.error = Some(e.to_string());
        }
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
