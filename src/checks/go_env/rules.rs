//! The go-env rules: pure functions from [`GoEnvFacts`] to findings, with Go's semantics.

use super::facts::{GoEnvFacts, GoFlagProblem, RegistryScope, Source, Variable};
use super::messages as msg;
use crate::codes;
use crate::go::command::InvocationOutcome;
use crate::go::goproxy::{self, Fallback, ProxyEntry};
use crate::go::gosumdb::{self, SumDb};
use crate::go::gover::GoVersion;
use crate::go::{known, pattern};
use crate::i18n::{Message, Value};
use crate::model::{Action, Finding, Fix, Location, Severity};
use crate::platform::{Os, registry_unset_command, unset_command};

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
            let message = if u.truncated {
                msg::file_read_in_part(u.role.as_str(), u.path.as_str(), u.problem.as_str())
            } else {
                msg::file_unreadable(u.role.as_str(), u.path.as_str(), u.problem.as_str())
            };
            let severity = if u.role == "startup-file" {
                Severity::Info
            } else {
                Severity::Warning
            };
            Finding::new(&codes::GO_ENV_FILE_UNREADABLE, message)
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
            Some(flag_error) => Finding::new(
                &codes::GO_ENV_GO_MISSING,
                msg::go_flag_wrong(
                    flag_error.given.as_str(),
                    match flag_error.problem {
                        GoFlagProblem::NoSuchFile => "no-such-file",
                        GoFlagProblem::NotAFile => "not-a-file",
                        GoFlagProblem::NotOnPath => "not-on-path",
                    },
                ),
            )
            .fix(Fix::manual(
                msg::fix_go_flag(),
                vec![Action::note(msg::note_go_on_path(match cfg.os {
                    Os::Windows => "Get-Command go",
                    Os::Linux | Os::MacOs => "command -v go",
                }))],
            )),
            None => Finding::new(&codes::GO_ENV_GO_MISSING, msg::go_missing()).fix(Fix::manual(
                msg::fix_go_missing(),
                vec![install_hint(cfg.os)],
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
                    msg::go_timeout(env_call.timeout_ms),
                )
                .evidence(msg::evidence_command(env_call.command.as_str())),
            );
            false
        }
        InvocationOutcome::SpawnFailed => {
            let message = match env_call.error.as_deref() {
                Some(error) => msg::go_spawn_failed(go.as_str(), error),
                None => msg::go_spawn_failed_unknown(go.as_str()),
            };
            out.push(
                Finding::new(&codes::GO_ENV_GO_FAILED, message)
                    .evidence(msg::evidence_command(env_call.command.as_str())),
            );
            false
        }
        InvocationOutcome::Failed | InvocationOutcome::BadOutput => {
            let what = match env_call.outcome {
                InvocationOutcome::Failed => match env_call.exit_code {
                    Some(code) => msg::go_env_exited(code),
                    None => msg::go_env_killed(),
                },
                _ => msg::go_env_not_json(),
            };
            let first_stderr = env_call.stderr.lines().find(|l| !l.trim().is_empty());
            let message = match first_stderr {
                Some(line) => msg::go_failed_stderr(what, line),
                None => msg::go_failed(what),
            };
            let mut finding = Finding::new(&codes::GO_ENV_GO_FAILED, message)
                .evidence(msg::evidence_command(env_call.command.as_str()));
            for line in env_call.stderr.lines().filter(|l| !l.trim().is_empty()) {
                finding = finding.evidence(msg::evidence_stderr(line));
            }
            if let Some(error) = &env_call.error {
                finding = finding.evidence(error.clone());
            }
            if let Some(stdout) = &env_call.stdout_excerpt {
                finding = finding.evidence(msg::evidence_stdout(stdout.trim()));
            }
            out.push(finding);
            false
        }
    }
}

/// The package manager's install command, and Go's own download as the other way.
fn install_hint(os: Os) -> Action {
    let (command, package) = match os {
        Os::Linux => ("sudo apt-get install golang-go", "tarball"),
        Os::MacOs => ("brew install go", "installer"),
        Os::Windows => ("winget install GoLang.Go", "msi"),
    };
    Action::shell_with_note(command, msg::note_install_download(package))
}

fn too_old(facts: &GoEnvFacts, v: &GoVersion, cfg: &RuleConfig) -> Finding {
    let go = facts.go_binary.as_deref().unwrap_or("go");
    Finding::new(
        &codes::GO_ENV_GO_TOO_OLD,
        msg::too_old(go, v.to_string(), cfg.min_version.to_string()),
    )
    .fix(Fix::manual(msg::fix_too_old(), vec![install_hint(cfg.os)]))
}

/// Where a variable's value comes from, for messages: `OS environment`, `go env -w file
/// /home/u/.config/go/env:3`, or the path of `$GOROOT/go.env`.
fn provenance(facts: &GoEnvFacts, var: &Variable) -> Value {
    match (var.source, &facts.env_file) {
        (Source::EnvFile, Some(file)) => match (&file.path, var.file_line) {
            (Some(path), Some(line)) => msg::source_env_file_line(path, line).into(),
            _ => source_phrase(Source::EnvFile).into(),
        },
        (Source::GorootEnvFile, _) => match &facts.goroot_env_file {
            Some(path) => Value::from(path),
            None => source_phrase(Source::GorootEnvFile).into(),
        },
        (source, _) => source_phrase(source).into(),
    }
}

/// A source as a phrase: its keyword is its JSON name.
pub(super) fn source_phrase(source: Source) -> Message {
    msg::source(match source {
        Source::Environment => "environment",
        Source::EnvFile => "env-file",
        Source::GorootEnvFile => "goroot-env-file",
        Source::Goprivate => "goprivate",
        Source::Default => "default",
        Source::Computed => "computed",
    })
}

/// An OS as a selector keyword.
fn os_keyword(os: Os) -> &'static str {
    match os {
        Os::Linux => "linux",
        Os::MacOs => "macos",
        Os::Windows => "windows",
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
fn change_fix(
    facts: &GoEnvFacts,
    var: &Variable,
    target: Option<&str>,
    why: Message,
    os: Os,
) -> Fix {
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
                msg::fix_from_os_env(why, var.name.as_str(), whereabouts),
                actions,
            )
        }
        Source::GorootEnvFile => {
            let target = target.map_or_else(|| "a working value".to_string(), str::to_string);
            let file = facts.goroot_env_file.as_deref().unwrap_or("$GOROOT/go.env");
            Fix::safe(
                msg::fix_override_goroot(why, file),
                vec![Action::go_env_set(&var.name, &target)],
            )
        }
        _ => Fix::safe(why, vec![write]),
    }
}

/// Removing a variable from the OS environment: `unset` for this shell, and the startup-file
/// lines that set it for the next ones (or, when none was found, where to look). Returns a
/// phrase saying where it is set, and the actions.
/// On Windows the user and system environment in the registry count as such places: removing
/// a variable there is a PowerShell command, and only programs started afterwards see it gone.
fn remove_from_os_env(facts: &GoEnvFacts, os: Os, name: &str) -> (Message, Vec<Action>) {
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
        return (msg::check_profile(os_keyword(os)), actions);
    }
    let mut places: Vec<Value> = lines
        .iter()
        .map(|a| Value::from(format!("{}:{}", a.file, a.line)))
        .collect();
    places.extend(registry.iter().map(|r| {
        let scope = match r.scope {
            RegistryScope::User => "user",
            RegistryScope::System => "system",
        };
        Value::from(msg::registry_place(scope, r.scope.key()))
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
    let whereabouts = if registry.is_empty() {
        msg::whereabouts(places)
    } else {
        msg::whereabouts_registry(places)
    };
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
            let file = facts
                .env_file
                .as_ref()
                .and_then(|f| f.path.clone())
                .unwrap_or_default();
            let mut finding = Finding::new(
                &codes::GO_ENV_OS_ENV_OVERRIDE,
                msg::os_env_override(var.name.as_str(), os_value, file_value),
            )
            .subject(var.name.clone())
            .evidence(msg::evidence_env_file(
                file.as_str(),
                var.file_line.unwrap_or(0),
            ))
            .fix({
                let (whereabouts, actions) = remove_from_os_env(facts, cfg.os, &var.name);
                Fix::manual(
                    msg::fix_os_env_override(var.name.as_str(), whereabouts),
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
        msg::modules_off(provenance(facts, var)),
    )
    .fix(change_fix(facts, var, None, msg::fix_modules_off(), cfg.os));
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
                    msg::goproxy_invalid(format!("{:?}", var.value), from, e.message.as_str()),
                )
                .fix(change_fix(
                    facts,
                    var,
                    None,
                    msg::fix_goproxy_invalid(),
                    cfg.os,
                )),
            )];
        }
    };
    let mut findings = Vec::new();
    if matches!(list.entries.first(), Some(ProxyEntry::Off)) {
        findings.push(with_location(
            Finding::new(&codes::GO_ENV_GOPROXY_OFF, msg::goproxy_off(from)).fix(change_fix(
                facts,
                var,
                None,
                msg::fix_goproxy_off(),
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
        findings.push(Finding::new(
            &codes::GO_ENV_GOPROXY_COMMA_FALLBACK,
            msg::goproxy_comma_fallback(var.value.as_str(), comma_proxies),
        ));
    }
    findings
}

fn gosumdb_rules(facts: &GoEnvFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let Some(var) = facts.variable("GOSUMDB") else {
        return Vec::new();
    };
    let from = provenance(facts, var);
    let finding = match gosumdb::parse(&var.value) {
        Ok(SumDb::Off) => Finding::new(&codes::GO_ENV_GOSUMDB_OFF, msg::gosumdb_off(from))
            .fix(change_fix(facts, var, None, msg::fix_gosumdb_off(), cfg.os).into_manual()),
        Ok(SumDb::Database { .. }) => return Vec::new(),
        Err(message) => Finding::new(
            &codes::GO_ENV_GOSUMDB_INVALID,
            msg::gosumdb_invalid(format!("{:?}", var.value), from, message),
        )
        .fix(change_fix(
            facts,
            var,
            None,
            msg::fix_gosumdb_invalid(),
            cfg.os,
        )),
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
        (Severity::Error, "removed")
    } else {
        (Severity::Warning, "deprecated")
    };
    let target = (!rest.is_empty()).then(|| rest.join(" "));
    let from = provenance(facts, var);
    let mut finding = Finding::new(
        &codes::GO_ENV_INSECURE_FLAG,
        msg::insecure_flag(format!("{:?}", var.value), from, consequence),
    )
    .severity(severity)
    .fix(change_fix(
        facts,
        var,
        target.as_deref(),
        msg::fix_insecure_flag(),
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
            let name = entry.key.as_str();
            let meant = known::suspicious(&entry.key);
            let (message, lines) = match (entry.count, entry.first_line, meant) {
                (Some(n), Some(first), Some(meant)) => (
                    msg::unknown_variable_lines_meant(name, n, first, entry.line, meant),
                    n,
                ),
                (Some(n), Some(first), None) => {
                    (msg::unknown_variable_lines(name, n, first, entry.line), n)
                }
                (_, _, Some(meant)) => (msg::unknown_variable_meant(name, meant), 1),
                _ => (msg::unknown_variable(name), 1),
            };
            let mut finding = Finding::new(&codes::GO_ENV_UNKNOWN_VARIABLE, message)
                .location(Location::line(path.clone(), entry.line))
                .fix(Fix::manual(
                    msg::fix_unknown_variable(name, lines),
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
                    msg::unknown_variables_more(rest),
                )
                .evidence(msg::evidence_among(sample))
                .location(Location::file(path.clone())),
            );
        }
    }
    for name in &facts.os_go_variable_names {
        if let Some(meant) = known::suspicious(name) {
            findings.push(
                Finding::new(
                    &codes::GO_ENV_UNKNOWN_VARIABLE,
                    msg::unknown_os_variable(name, meant),
                )
                .fix({
                    let (whereabouts, actions) = remove_from_os_env(facts, cfg.os, name);
                    Fix::manual(msg::fix_unknown_os_variable(name, whereabouts), actions)
                }),
            );
        }
    }
    findings
}

fn private_patterns(facts: &GoEnvFacts, cfg: &RuleConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    for name in ["GONOPROXY", "GONOSUMDB"] {
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
            msg::private_matches_public(
                name,
                format!("{:?}", var.value),
                set_in,
                from,
                culprits,
                covered.iter().take(3).copied().collect::<Vec<_>>(),
            ),
        )
        .fix(Fix::manual(
            msg::fix_private_matches_public(set_in),
            vec![Action::shell(format!(
                "go env -w {set_in}=<your private module patterns>"
            ))],
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
            (v, msg::toolchain_forced(facts.value("GOTOOLCHAIN")), None)
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
                (Some(f), Some(l)) => msg::toolchain_asked_by_file(f, l, best.to_string()),
                _ => msg::toolchain_asked_by_env(facts.value("GOTOOLCHAIN"), best.to_string()),
            };
            (best, why, line)
        }
    };
    let gosumdb_off = matches!(gosumdb::parse(facts.value("GOSUMDB")), Ok(SumDb::Off));
    let goproxy_off = goproxy::parse(facts.value("GOPROXY")).is_ok_and(|l| l.is_off());
    let local_name = match facts.go_version.as_deref() {
        Some(v) => Value::from(v),
        None => msg::installed_go().into(),
    };
    let (severity, blocker) = if goproxy_off {
        (Severity::Error, "goproxy-off")
    } else if gosumdb_off {
        (Severity::Error, "gosumdb-off")
    } else {
        (Severity::Info, "none")
    };
    let mut finding = Finding::new(
        &codes::GO_ENV_TOOLCHAIN_DOWNLOAD,
        msg::toolchain_download(reason, local_name, wanted.to_string(), blocker),
    )
    .severity(severity);
    if let (Some(f), Some(l)) = (file, line) {
        finding = finding.location(Location::line(f, l));
    }
    if gosumdb_off {
        finding = finding.fix(Fix::manual(
            msg::fix_toolchain_download(),
            vec![Action::go_env_unset("GOSUMDB")],
        ));
    }
    vec![finding]
}

#[cfg(test)]
mod tests;
