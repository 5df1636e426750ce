//! The go-env rules: pure functions from [`GoEnvFacts`] to findings, with Go's semantics.

use super::facts::{GoEnvFacts, RegistryScope, Source, Variable};
use crate::codes;
use crate::go::command::InvocationOutcome;
use crate::go::goproxy::{self, Fallback, ProxyEntry};
use crate::go::gosumdb::{self, SumDb};
use crate::go::gover::GoVersion;
use crate::go::{known, pattern};
use crate::model::{Action, Finding, Fix, Location, Severity};
use crate::platform::{Os, registry_unset_command, shell_profile_hint, unset_command};

/// What the rules need besides the facts.
#[derive(Debug, Clone)]
pub struct RuleConfig {
    pub os: Os,
    /// Older Go has no module proxy support.
    pub min_version: GoVersion,
    /// Well-known public modules that GOPRIVATE-style patterns must not cover.
    pub public_modules: Vec<String>,
}

/// Every go-env finding for these facts, in a stable order.
pub fn evaluate(facts: &GoEnvFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let mut findings = settings_rules(facts, cfg);
    findings.extend(unread_files(facts));
    findings
}

/// A file that could not be read whole: what the report is missing. A startup file only
/// explains where a variable comes from (info); the env file and go.mod feed the verdict.
fn unread_files(facts: &GoEnvFacts) -> Vec<Finding> {
    facts
        .unread_files
        .iter()
        .map(|u| {
            let what = match u.role.as_str() {
                "env-file" => "the go env -w file",
                "go-mod" => "the workspace's go.mod / go.work",
                _ => "a shell startup file",
            };
            let verb = if u.truncated {
                "read only in part"
            } else {
                "could not read"
            };
            let severity = if u.role == "startup-file" {
                Severity::Info
            } else {
                Severity::Warning
            };
            Finding::new(
                &codes::GO_ENV_FILE_UNREADABLE,
                format!("{verb} {what} {}: {}", u.path, u.problem),
            )
            .severity(severity)
            .location(Location::file(u.path.clone()))
        })
        .collect()
}

fn settings_rules(facts: &GoEnvFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    if !invocation_rules(facts, cfg, &mut findings) {
        return findings;
    }
    let version = facts
        .go_version
        .as_deref()
        .and_then(GoVersion::parse_prefixed);
    if let Some(v) = version.as_ref().filter(|v| **v < cfg.min_version) {
        findings.push(too_old(facts, v, cfg));
    }
    if facts.variables.is_empty() {
        return findings;
    }
    findings.extend(os_env_overrides(facts, cfg));
    findings.extend(modules_off(facts, cfg));
    findings.extend(goproxy_rules(facts, cfg));
    findings.extend(gosumdb_rules(facts, cfg));
    findings.extend(insecure_flag(facts, version.as_ref(), cfg));
    findings.extend(unknown_variables(facts, cfg));
    findings.extend(private_patterns(facts, cfg));
    findings.extend(toolchain_download(facts, version.as_ref()));
    findings
}

/// Findings about finding and running `go`. Returns false when there is nothing else to judge.
fn invocation_rules(facts: &GoEnvFacts, cfg: &RuleConfig, out: &mut Vec<Finding>) -> bool {
    let Some(go) = &facts.go_binary else {
        // A wrong --go is a typo to correct, not a missing Go to install.
        let finding = match &facts.go_flag_error {
            Some(flag_error) => Finding::new(&codes::GO_ENV_GO_MISSING, flag_error.clone()).fix(
                Fix::manual(
                    "give --go the path of an existing go executable, or leave --go out to use the go on PATH",
                    vec![Action::shell(format!(
                        "# the go on PATH, if any: {}",
                        match cfg.os {
                            Os::Windows => "Get-Command go",
                            Os::Linux | Os::MacOs => "command -v go",
                        }
                    ))],
                ),
            ),
            None => Finding::new(
                &codes::GO_ENV_GO_MISSING,
                "the go command was not found on PATH (or at --go)",
            )
            .fix(Fix::manual(
                "install Go, then open a new terminal",
                vec![Action::shell(install_hint(cfg.os))],
            )),
        };
        out.push(finding);
        return false;
    };
    let Some(env_call) = facts.invocations.first() else {
        return false;
    };
    let too_old = facts
        .go_version
        .as_deref()
        .and_then(GoVersion::parse_prefixed)
        .is_some_and(|v| v < cfg.min_version);
    match env_call.outcome {
        InvocationOutcome::Ok => true,
        // A go too old for `go env -json` fails the call: the too-old finding says it all.
        _ if too_old => true,
        InvocationOutcome::Timeout => {
            out.push(
                Finding::new(
                    &codes::GO_ENV_GO_TIMEOUT,
                    format!(
                        "`go env` did not answer within {} ms and was stopped",
                        env_call.timeout_ms
                    ),
                )
                .evidence(format!("command: {}", env_call.command)),
            );
            false
        }
        InvocationOutcome::SpawnFailed => {
            let error = env_call.error.as_deref().unwrap_or("unknown error");
            out.push(
                Finding::new(
                    &codes::GO_ENV_GO_FAILED,
                    format!("{go} could not be started: {error}"),
                )
                .evidence(format!("command: {}", env_call.command)),
            );
            false
        }
        InvocationOutcome::Failed | InvocationOutcome::BadOutput => {
            let what = match env_call.outcome {
                InvocationOutcome::Failed => match env_call.exit_code {
                    Some(code) => format!("`go env` exited with status {code}"),
                    None => "`go env` was killed by a signal".to_string(),
                },
                _ => "`go env` printed something that is not JSON".to_string(),
            };
            let first_stderr = env_call.stderr.lines().find(|l| !l.trim().is_empty());
            let message = match first_stderr {
                Some(line) => format!("{what}: {line}"),
                None => what,
            };
            let mut finding = Finding::new(&codes::GO_ENV_GO_FAILED, message)
                .evidence(format!("command: {}", env_call.command));
            for line in env_call.stderr.lines().filter(|l| !l.trim().is_empty()) {
                finding = finding.evidence(format!("stderr: {line}"));
            }
            if let Some(error) = &env_call.error {
                finding = finding.evidence(error.clone());
            }
            if let Some(stdout) = &env_call.stdout_excerpt {
                finding = finding.evidence(format!("stdout: {}", stdout.trim()));
            }
            out.push(finding);
            false
        }
    }
}

fn install_hint(os: Os) -> &'static str {
    match os {
        Os::Linux => {
            "sudo apt-get install golang-go   # or the tarball from https://go.dev/dl/ (China: https://golang.google.cn/dl/)"
        }
        Os::MacOs => {
            "brew install go   # or the installer from https://go.dev/dl/ (China: https://golang.google.cn/dl/)"
        }
        Os::Windows => {
            "winget install GoLang.Go   # or the MSI from https://go.dev/dl/ (China: https://golang.google.cn/dl/)"
        }
    }
}

fn too_old(facts: &GoEnvFacts, v: &GoVersion, cfg: &RuleConfig) -> Finding {
    let go = facts.go_binary.as_deref().unwrap_or("go");
    Finding::new(
        &codes::GO_ENV_GO_TOO_OLD,
        format!(
            "{go} is Go {v}; module proxies (GOPROXY, GOSUMDB) need Go {} or newer",
            cfg.min_version
        ),
    )
    .fix(Fix::manual(
        "install a current Go release",
        vec![Action::shell(install_hint(cfg.os))],
    ))
}

/// Where a variable's value comes from, for messages: `OS environment`, `go env -w file
/// /home/u/.config/go/env:3`.
fn provenance(facts: &GoEnvFacts, var: &Variable) -> String {
    match (var.source, &facts.env_file) {
        (Source::EnvFile, Some(file)) => match (&file.path, var.file_line) {
            (Some(path), Some(line)) => format!("go env -w file {path}:{line}"),
            _ => Source::EnvFile.describe().to_string(),
        },
        (Source::GorootEnvFile, _) => match &facts.goroot_env_file {
            Some(path) => path.clone(),
            None => Source::GorootEnvFile.describe().to_string(),
        },
        (source, _) => source.describe().to_string(),
    }
}

fn location_of(facts: &GoEnvFacts, var: &Variable) -> Option<Location> {
    match var.source {
        Source::EnvFile => {
            let path = facts.env_file.as_ref()?.path.clone()?;
            Some(Location {
                file: path,
                line: var.file_line,
                column: None,
            })
        }
        Source::GorootEnvFile => facts.goroot_env_file.clone().map(Location::file),
        _ => None,
    }
}

/// How to change a variable to `target` (None: back to Go's default), given where its current
/// value comes from. A value from the OS environment can only be fixed by hand in the shell.
fn change_fix(facts: &GoEnvFacts, var: &Variable, target: Option<&str>, why: &str, os: Os) -> Fix {
    let write = match target {
        Some(value) => Action::go_env_set(&var.name, value),
        None => Action::go_env_unset(&var.name),
    };
    match var.source {
        Source::Environment => {
            // Once the OS variable is gone, the `go env -w` value (if any) applies: keep it
            // unless a specific new value is wanted.
            let (whereabouts, mut actions) = remove_from_os_env(facts, os, &var.name);
            if target.is_some() {
                actions.push(write);
            }
            Fix::manual(
                format!(
                    "{why}: {} comes from the OS environment; remove it there ({whereabouts}), then open a new terminal",
                    var.name,
                ),
                actions,
            )
        }
        Source::GorootEnvFile => {
            let target = target.map_or_else(|| "a working value".to_string(), str::to_string);
            let file = facts.goroot_env_file.as_deref().unwrap_or("$GOROOT/go.env");
            Fix::safe(
                format!("{why}: override the value from {file} in your own env file"),
                vec![Action::go_env_set(&var.name, &target)],
            )
        }
        _ => Fix::safe(why.to_string(), vec![write]),
    }
}

/// Removing a variable from the OS environment: `unset` for this shell, and the startup-file
/// lines that set it for the next ones (or, when none was found, where to look). Returns a
/// phrase saying where it is set, and the actions.
/// On Windows the user and system environment in the registry count as such places: removing
/// a variable there is a PowerShell command, and only programs started afterwards see it gone.
fn remove_from_os_env(facts: &GoEnvFacts, os: Os, name: &str) -> (String, Vec<Action>) {
    let mut actions = vec![Action::shell(unset_command(os, name))];
    let lines: Vec<_> = facts
        .shell_assignments
        .iter()
        .filter(|a| a.name == name)
        .collect();
    let registry: Vec<_> = facts
        .registry_env
        .iter()
        .filter(|r| r.name == name)
        .collect();
    if lines.is_empty() && registry.is_empty() {
        return (format!("check {}", shell_profile_hint(os)), actions);
    }
    let mut places: Vec<String> = lines
        .iter()
        .map(|a| format!("{}:{}", a.file, a.line))
        .collect();
    places.extend(registry.iter().map(|r| {
        let who = match r.scope {
            RegistryScope::User => "the Windows user environment",
            RegistryScope::System => "the Windows system environment (change it as administrator)",
        };
        format!("{who} {}", r.scope.key())
    }));
    actions.extend(
        lines
            .iter()
            .map(|a| Action::remove_line(&a.file, a.line, &a.text)),
    );
    actions.extend(
        registry
            .iter()
            .map(|r| Action::shell(registry_unset_command(r.scope.dotnet_target(), name))),
    );
    let mut whereabouts = format!("set at {}", places.join(", "));
    if !registry.is_empty() {
        whereabouts.push_str(
            "; VS Code and terminals opened before the change keep the old value until restarted",
        );
    }
    (whereabouts, actions)
}

fn os_env_overrides(facts: &GoEnvFacts, cfg: &RuleConfig) -> Vec<Finding> {
    facts
        .variables
        .iter()
        .filter_map(|var| {
            let os_value = var.os_value.as_deref()?;
            let file_value = var.file_value.as_deref()?;
            if os_value == file_value {
                return None;
            }
            let file = facts.env_file.as_ref().and_then(|f| f.path.clone()).unwrap_or_default();
            let mut finding = Finding::new(
                &codes::GO_ENV_OS_ENV_OVERRIDE,
                format!(
                    "{name}={os_value} in the OS environment shadows {name}={file_value} from `go env -w`; Go uses {os_value}",
                    name = var.name
                ),
            )
            .subject(var.name.clone())
            .evidence(format!("go env -w file: {file}:{}", var.file_line.unwrap_or(0)))
            .fix({
                let (whereabouts, actions) = remove_from_os_env(facts, cfg.os, &var.name);
                Fix::manual(
                    format!(
                        "remove {} from the OS environment so the `go env -w` value applies ({whereabouts}), then open a new terminal",
                        var.name,
                    ),
                    actions,
                )
            });
            if let Some(line) = var.file_line {
                finding = finding.location(Location::line(file, line));
            }
            Some(finding)
        })
        .collect()
}

/// GO111MODULE=off: cmd/go/internal/modload/init.go `Init` refuses every module command
/// ("modules disabled by GO111MODULE=off"), whatever the network does.
fn modules_off(facts: &GoEnvFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let Some(var) = facts
        .variable("GO111MODULE")
        .filter(|v| v.value.trim() == "off")
    else {
        return Vec::new();
    };
    let mut f = Finding::new(
        &codes::GO_ENV_MODULES_OFF,
        format!(
            "GO111MODULE=off ({}): go mod download, go get and gopls refuse to work with modules",
            provenance(facts, var)
        ),
    )
    .fix(change_fix(
        facts,
        var,
        None,
        "turn module mode back on",
        cfg.os,
    ));
    if let Some(loc) = location_of(facts, var) {
        f = f.location(loc);
    }
    vec![f]
}

fn goproxy_rules(facts: &GoEnvFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let Some(var) = facts.variable("GOPROXY") else {
        return Vec::new();
    };
    let from = provenance(facts, var);
    let location = location_of(facts, var);
    let with_location = |f: Finding| match &location {
        Some(loc) => f.location(loc.clone()),
        None => f,
    };
    let list = match goproxy::parse(&var.value) {
        Ok(list) => list,
        Err(e) => {
            return vec![with_location(
                Finding::new(
                    &codes::GO_ENV_GOPROXY_INVALID,
                    format!(
                        "GOPROXY={:?} ({from}) is rejected by Go: {}",
                        var.value, e.message
                    ),
                )
                .fix(change_fix(
                    facts,
                    var,
                    None,
                    "restore the default GOPROXY",
                    cfg.os,
                )),
            )];
        }
    };
    let mut findings = Vec::new();
    if matches!(list.entries.first(), Some(ProxyEntry::Off)) {
        findings.push(with_location(
            Finding::new(
                &codes::GO_ENV_GOPROXY_OFF,
                format!("GOPROXY=off ({from}): the go command will not download any module"),
            )
            .fix(change_fix(
                facts,
                var,
                None,
                "re-enable module downloads",
                cfg.os,
            )),
        ));
    }
    let comma_proxies: Vec<&str> = list
        .entries
        .windows(2)
        .filter_map(|pair| match &pair[0] {
            ProxyEntry::Url {
                url,
                fallback: Fallback::OnNotFound,
            } => Some(url.as_str()),
            _ => None,
        })
        .collect();
    if !comma_proxies.is_empty() {
        let names = comma_proxies.join(", ");
        findings.push(
            Finding::new(
                &codes::GO_ENV_GOPROXY_COMMA_FALLBACK,
                format!(
                    "GOPROXY={}: Go moves past {names} only on 404/410, not when it is unreachable (use `|` to fall back on any error)",
                    var.value
                ),
            ),
        );
    }
    findings
}

fn gosumdb_rules(facts: &GoEnvFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let Some(var) = facts.variable("GOSUMDB") else {
        return Vec::new();
    };
    let from = provenance(facts, var);
    let finding = match gosumdb::parse(&var.value) {
        Ok(SumDb::Off) => Finding::new(
            &codes::GO_ENV_GOSUMDB_OFF,
            format!("GOSUMDB=off ({from}): downloaded modules are not checked against the checksum database"),
        )
        .fix(change_fix(
            facts,
            var,
            None,
            "turn module authentication back on (sum.golang.org, or GOSUMDB=sum.golang.google.cn where it is blocked)",
            cfg.os,
        ).into_manual()),
        Ok(SumDb::Database { .. }) => return Vec::new(),
        Err(message) => Finding::new(
            &codes::GO_ENV_GOSUMDB_INVALID,
            format!("GOSUMDB={:?} ({from}) is rejected by Go: {message}", var.value),
        )
        .fix(change_fix(facts, var, None, "restore the default checksum database", cfg.os)),
    };
    let finding = match location_of(facts, var) {
        Some(loc) => finding.location(loc),
        None => finding,
    };
    vec![finding]
}

/// `-insecure`, `--insecure`, `-insecure=true`: Go's flag syntax for a true boolean.
fn is_insecure_flag(field: &str) -> bool {
    let name_value = field.trim_start_matches('-');
    if field.len() - name_value.len() > 2 || name_value.len() == field.len() {
        return false;
    }
    match name_value.split_once('=') {
        None => name_value == "insecure",
        Some((name, value)) => {
            name == "insecure" && matches!(value, "1" | "t" | "T" | "true" | "TRUE" | "True")
        }
    }
}

fn insecure_flag(
    facts: &GoEnvFacts,
    version: Option<&GoVersion>,
    cfg: &RuleConfig,
) -> Vec<Finding> {
    let Some(var) = facts.variable("GOFLAGS") else {
        return Vec::new();
    };
    let fields: Vec<&str> = var.value.split_whitespace().collect();
    if !fields.iter().any(|f| is_insecure_flag(f)) {
        return Vec::new();
    }
    let rest: Vec<&str> = fields
        .iter()
        .copied()
        .filter(|f| !is_insecure_flag(f))
        .collect();
    let removed_in_117 = version.is_none_or(|v| v.language() >= (1, 17));
    let (severity, consequence) = if removed_in_117 {
        (
            Severity::Error,
            "Go 1.17 removed it and `go get` now stops with \"-insecure flag is no longer supported\"",
        )
    } else {
        (
            Severity::Warning,
            "it lets every fetch use plain HTTP and unverified TLS, and Go 1.17+ rejects it",
        )
    };
    let target = (!rest.is_empty()).then(|| rest.join(" "));
    let from = provenance(facts, var);
    let mut finding = Finding::new(
        &codes::GO_ENV_INSECURE_FLAG,
        format!(
            "GOFLAGS={:?} ({from}) has -insecure: {consequence}",
            var.value
        ),
    )
    .severity(severity)
    .fix(change_fix(
        facts,
        var,
        target.as_deref(),
        "remove -insecure from GOFLAGS (use GOINSECURE=host for hosts without HTTPS)",
        cfg.os,
    ));
    if let Some(loc) = location_of(facts, var) {
        finding = finding.location(loc);
    }
    vec![finding]
}

/// Unknown names of the env file reported one by one; the rest in one finding.
const MAX_UNKNOWN: usize = 20;

fn unknown_variables(facts: &GoEnvFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(file) = &facts.env_file {
        let path = file.path.clone().unwrap_or_default();
        let unknown: Vec<_> = file
            .entries
            .iter()
            .filter(|e| !known::is_go_command_variable(&e.key))
            .collect();
        for entry in unknown.iter().take(MAX_UNKNOWN) {
            let hint = known::suspicious(&entry.key)
                .map(|meant| format!(" (did you mean {meant}?)"))
                .unwrap_or_default();
            let (lines, delete) = match (entry.count, entry.first_line) {
                (Some(n), Some(first)) => (
                    format!(" ({n} lines, first {first}, last {})", entry.line),
                    "delete the lines",
                ),
                _ => (String::new(), "delete the line"),
            };
            let mut finding = Finding::new(
                &codes::GO_ENV_UNKNOWN_VARIABLE,
                format!(
                    "{} in the go env -w file{lines} is not a Go variable, so Go ignores it{hint}",
                    entry.key
                ),
            )
            .location(Location::line(path.clone(), entry.line))
            .fix(Fix::manual(
                format!("{delete} (`go env -u {}` refuses unknown names)", entry.key),
                vec![Action::remove_line(
                    &path,
                    entry.line,
                    &format!("{}={}", entry.key, entry.value),
                )],
            ));
            if let (Some(n), Some(first)) = (entry.count, entry.first_line) {
                finding = finding.occurrences(u64::from(n), first, entry.line);
            }
            findings.push(finding);
        }
        let rest = unknown.len().saturating_sub(MAX_UNKNOWN) as u64 + u64::from(file.keys_dropped);
        if rest > 0 {
            let sample: Vec<&str> = unknown
                .iter()
                .skip(MAX_UNKNOWN)
                .take(10)
                .map(|e| e.key.as_str())
                .collect();
            findings.push(
                Finding::new(
                    &codes::GO_ENV_UNKNOWN_VARIABLE,
                    format!("{rest} more names in the go env -w file are not Go variables, so Go ignores them"),
                )
                .evidence(format!("among them: {}", sample.join(", ")))
                .location(Location::file(path.clone())),
            );
        }
    }
    for name in &facts.os_go_variable_names {
        if let Some(meant) = known::suspicious(name) {
            findings.push(
                Finding::new(
                    &codes::GO_ENV_UNKNOWN_VARIABLE,
                    format!("{name} is set in the OS environment but is not a Go variable, so Go ignores it (did you mean {meant}?)"),
                )
                .fix({
                    let (whereabouts, actions) = remove_from_os_env(facts, cfg.os, name);
                    Fix::manual(format!("remove {name} from the OS environment ({whereabouts})"), actions)
                }),
            );
        }
    }
    findings
}

fn private_patterns(facts: &GoEnvFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (name, consequence) in [
        (
            "GONOPROXY",
            "bypass every proxy and are fetched directly from their origin with git",
        ),
        (
            "GONOSUMDB",
            "are not verified against the checksum database",
        ),
    ] {
        let Some(var) = facts.variable(name) else {
            continue;
        };
        if var.value.is_empty() {
            continue;
        }
        let mut culprits: Vec<&str> = Vec::new();
        let mut covered: Vec<&str> = Vec::new();
        for module in &cfg.public_modules {
            let matching = pattern::matching_patterns(&var.value, module);
            if !matching.is_empty() {
                covered.push(module);
                for p in matching {
                    if !culprits.contains(&p) {
                        culprits.push(p);
                    }
                }
            }
        }
        if covered.is_empty() {
            continue;
        }
        let (set_in, fix_var) = if var.source == Source::Goprivate {
            ("GOPRIVATE", facts.variable("GOPRIVATE").unwrap_or(var))
        } else {
            (name, var)
        };
        let from = provenance(facts, fix_var);
        let mut finding = Finding::new(
            &codes::GO_ENV_PRIVATE_MATCHES_PUBLIC,
            format!(
                "{name}={:?} (set through {set_in}, {from}): pattern {} covers public modules such as {}, which then {consequence}",
                var.value,
                culprits.join(", "),
                covered.iter().take(3).copied().collect::<Vec<_>>().join(", ")
            ),
        )
        .fix(Fix::manual(
            format!("narrow {set_in} to your own module paths, e.g. git.corp.example.com,github.com/yourorg/*"),
            vec![Action::shell(format!("go env -w {set_in}=<your private module patterns>"))],
        ));
        if let Some(loc) = location_of(facts, fix_var) {
            finding = finding.location(loc);
        }
        findings.push(finding);
    }
    findings
}

/// What GOTOOLCHAIN allows (cmd/go/internal/toolchain/select.go).
#[derive(Debug, PartialEq, Eq)]
enum ToolchainMode {
    /// `local`, `path`, `<name>+path`: never downloads.
    NoDownload,
    /// `auto` / `<name>+auto`: switches to (and downloads) what go.mod asks for, at least `min`.
    Auto { min: Option<GoVersion> },
    /// `go1.22.1`: always runs exactly that toolchain.
    Forced(GoVersion),
}

fn toolchain_mode(gotoolchain: &str) -> Option<ToolchainMode> {
    let (name, suffix) = match gotoolchain.split_once('+') {
        Some((name, suffix)) => (name, Some(suffix)),
        None => (gotoolchain, None),
    };
    match (name, suffix) {
        ("", None) => None,
        ("local", None) | ("path", None) | (_, Some("path")) => Some(ToolchainMode::NoDownload),
        ("auto", None) => Some(ToolchainMode::Auto { min: None }),
        ("local", Some("auto")) => Some(ToolchainMode::Auto { min: None }),
        (name, Some("auto")) => Some(ToolchainMode::Auto {
            min: GoVersion::parse_prefixed(name),
        }),
        (name, None) => GoVersion::parse_prefixed(name).map(ToolchainMode::Forced),
        _ => None,
    }
}

fn toolchain_download(facts: &GoEnvFacts, local: Option<&GoVersion>) -> Vec<Finding> {
    let Some(local) = local else {
        return Vec::new();
    };
    // Toolchain switching arrived in Go 1.21; older go only complains about a newer go line.
    if local.language() < (1, 21) {
        return Vec::new();
    }
    let Some(mode) = toolchain_mode(facts.value("GOTOOLCHAIN")) else {
        return Vec::new();
    };
    let workspace = facts.workspace.as_ref();
    let file = workspace.and_then(|w| w.file.clone());
    let go_line = workspace.and_then(|w| w.go_directive.as_ref());
    let toolchain_line = workspace.and_then(|w| w.toolchain_directive.as_ref());
    let required_go = go_line.and_then(|d| GoVersion::parse(&d.value));
    let required_toolchain = toolchain_line.and_then(|d| GoVersion::parse_prefixed(&d.value));
    let (wanted, reason, line) = match mode {
        ToolchainMode::NoDownload => return Vec::new(),
        ToolchainMode::Forced(v) => {
            if v == *local {
                return Vec::new();
            }
            (
                v,
                format!("GOTOOLCHAIN={}", facts.value("GOTOOLCHAIN")),
                None,
            )
        }
        ToolchainMode::Auto { min } => {
            let candidates = [
                required_go.map(|v| (v, go_line.map(|d| d.line))),
                required_toolchain.map(|v| (v, toolchain_line.map(|d| d.line))),
                min.map(|v| (v, None)),
            ];
            let Some((best, line)) = candidates
                .into_iter()
                .flatten()
                .max_by(|a, b| a.0.cmp(&b.0))
            else {
                return Vec::new();
            };
            if best <= *local {
                return Vec::new();
            }
            let why = match (&file, line) {
                (Some(f), Some(l)) => format!("{f}:{l} asks for go {best}"),
                _ => format!(
                    "GOTOOLCHAIN={} asks for go {best}",
                    facts.value("GOTOOLCHAIN")
                ),
            };
            (best, why, line)
        }
    };
    let gosumdb_off = matches!(gosumdb::parse(facts.value("GOSUMDB")), Ok(SumDb::Off));
    let goproxy_off = goproxy::parse(facts.value("GOPROXY")).is_ok_and(|l| l.is_off());
    let local_name = facts.go_version.as_deref().unwrap_or("the installed go");
    let (severity, consequence) = if goproxy_off {
        (
            Severity::Error,
            "but GOPROXY=off forbids the download, so every go command in this module fails",
        )
    } else if gosumdb_off {
        (
            Severity::Error,
            "but GOSUMDB=off makes that download fail: toolchains are always verified against the checksum database",
        )
    } else {
        (
            Severity::Info,
            "through GOPROXY, verified against the checksum database",
        )
    };
    let mut finding = Finding::new(
        &codes::GO_ENV_TOOLCHAIN_DOWNLOAD,
        format!("{reason} and {local_name} is older: go will download the golang.org/toolchain module for go{wanted} first, {consequence}"),
    )
    .severity(severity);
    if let (Some(f), Some(l)) = (file, line) {
        finding = finding.location(Location::line(f, l));
    }
    if gosumdb_off {
        finding = finding.fix(Fix::manual(
            "turn module authentication back on so the toolchain can be verified",
            vec![Action::go_env_unset("GOSUMDB")],
        ));
    }
    vec![finding]
}

#[cfg(test)]
mod tests;
