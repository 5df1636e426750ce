//! What the go-env probe saw. Plain data; the rules decide what is wrong with it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::go::command::Invocation;

/// Everything the go-env check learned about the toolchain and its settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct GoEnvFacts {
    /// The go executable used, if one was found.
    pub go_binary: Option<String>,
    /// Where it came from.
    pub go_binary_from: Option<GoBinarySource>,
    /// Why the go given with `--go` cannot be used (`/opt/go/bin/go`, no such file); absent
    /// when `--go` was not given or names a go that exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub go_flag_error: Option<GoFlagError>,
    /// The `go env -json ...` call, and `go version` when it was needed.
    pub invocations: Vec<Invocation>,
    /// `GOVERSION`, e.g. `go1.22.3`.
    pub go_version: Option<String>,
    pub goroot: Option<String>,
    /// The `go env -w` file.
    pub env_file: Option<EnvFileFacts>,
    /// `$GOROOT/go.env`, where Go 1.21+ keeps its defaults, when it exists.
    pub goroot_env_file: Option<String>,
    /// Every variable asked for, with its value and where the value comes from.
    pub variables: Vec<Variable>,
    /// Names (never values) of OS environment variables that start with `GO`.
    pub os_go_variable_names: Vec<String>,
    /// The HTTP proxy variables the go command honours (HTTPS_PROXY, HTTP_PROXY, NO_PROXY and
    /// their lowercase forms), as set in the OS environment (values redacted).
    pub proxy_env: Vec<EnvVar>,
    /// The workspace's go.mod / go.work directives that drive toolchain downloads.
    pub workspace: Option<WorkspaceFacts>,
    /// Lines of the shell startup files that set one of the OS variables above: where the
    /// manual fix of an OS variable points (text redacted).
    #[serde(default)]
    pub shell_assignments: Vec<ShellAssignment>,
    /// Files godiag wanted to read and could not read whole (not a regular file, larger than
    /// its cap, too slow): what the facts above are missing.
    #[serde(default)]
    pub unread_files: Vec<UnreadFile>,
    /// Windows: the user and system environment in the registry that set one of the OS
    /// variables above. Every program started after a change gets these; programs already
    /// running (VS Code, open terminals) keep what they had. Empty elsewhere.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub registry_env: Vec<RegistryVariable>,
}

/// A `--go` that names no usable go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct GoFlagError {
    /// What was given, as given.
    pub given: String,
    pub problem: GoFlagProblem,
}

/// What is wrong with the go given with `--go`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GoFlagProblem {
    /// A path that does not exist.
    NoSuchFile,
    /// A path that exists but is a folder or another non-file.
    NotAFile,
    /// A bare name that no folder of PATH holds.
    NotOnPath,
}

/// A file read that failed or stopped at its cap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct UnreadFile {
    pub path: String,
    /// What godiag reads it for: `env-file`, `go-mod`, `startup-file`.
    pub role: String,
    /// What went wrong, e.g. "it is a FIFO (named pipe), not a regular file" or "larger than
    /// 1 MiB: only the first 1 MiB was read".
    pub problem: String,
    /// True when the first part of the file was read and used.
    pub truncated: bool,
}

/// A variable of the Windows user or system environment (values redacted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RegistryVariable {
    pub name: String,
    pub value: String,
    pub scope: RegistryScope,
}

/// Which environment of the registry a variable lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RegistryScope {
    /// `HKCU\Environment`: this user's.
    User,
    /// `HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment`: every user's.
    System,
}

impl RegistryScope {
    /// The registry key, for messages.
    pub fn key(self) -> &'static str {
        match self {
            RegistryScope::User => r"HKCU\Environment",
            RegistryScope::System => {
                r"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
            }
        }
    }

    /// The target name .NET's `SetEnvironmentVariable` takes for it.
    pub fn dotnet_target(self) -> &'static str {
        match self {
            RegistryScope::User => "User",
            RegistryScope::System => "Machine",
        }
    }
}

/// A startup file line that exports a variable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ShellAssignment {
    pub name: String,
    pub file: String,
    pub line: u32,
    /// The line, trimmed and redacted.
    pub text: String,
}

impl GoEnvFacts {
    /// The variable `name`, if `go env` reported it.
    pub fn variable(&self, name: &str) -> Option<&Variable> {
        self.variables.iter().find(|v| v.name == name)
    }

    /// The effective value of `name`, or "" when unknown.
    pub fn value(&self, name: &str) -> &str {
        self.variable(name).map_or("", |v| v.value.as_str())
    }
}

/// An OS environment variable and its (redacted) value.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct EnvVar {
    pub name: String,
    pub value: String,
}

/// How godiag found the go it examines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GoBinarySource {
    /// Given with `--go` (a path, or a name looked up on PATH).
    Flag,
    /// The first `go` on PATH, as a terminal would find it.
    Path,
    /// Not on PATH, but in the folder of Go's installer or Homebrew (macOS).
    KnownLocation,
}

/// The state of the `go env -w` file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct EnvFileFacts {
    /// The path (`GOENV`), absent when GOENV=off or no config folder exists.
    pub path: Option<String>,
    pub status: EnvFileStatus,
    pub error: Option<String>,
    /// The `KEY=VALUE` lines Go reads, one per key in order of first appearance, with the
    /// value and line of the last one (the one Go uses; values redacted).
    pub entries: Vec<EnvFileLine>,
    /// Keys left out of `entries` past the first [`MAX_ENV_KEYS`] distinct ones.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub keys_dropped: u32,
}

/// Distinct keys of the env file kept in the facts: `go env -w` writes a few dozen at most.
pub const MAX_ENV_KEYS: usize = 256;

fn is_zero(n: &u32) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EnvFileStatus {
    Read,
    Missing,
    /// GOENV=off.
    Disabled,
    Unreadable,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct EnvFileLine {
    pub key: String,
    pub value: String,
    pub line: u32,
    /// How many lines set this key (Go uses the last), when more than one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// The first of those lines, when more than one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_line: Option<u32>,
}

/// One Go variable and its provenance.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Variable {
    pub name: String,
    /// What `go env` reports: the value Go uses (redacted).
    pub value: String,
    pub source: Source,
    /// The OS environment's value, when set and non-empty.
    pub os_value: Option<String>,
    /// The `go env -w` file's value, when the file sets it.
    pub file_value: Option<String>,
    pub file_line: Option<u32>,
}

/// Where the value Go uses comes from. Go's precedence: a non-empty OS variable, then the
/// `go env -w` file, then `$GOROOT/go.env`, then the built-in default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    Environment,
    EnvFile,
    GorootEnvFile,
    /// GONOPROXY/GONOSUMDB left unset take GOPRIVATE's value.
    Goprivate,
    Default,
    /// Computed by the go command (GOVERSION, GOMOD, ...).
    Computed,
}

/// The go.mod or go.work that decides the toolchain.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct WorkspaceFacts {
    /// The folder `go env` ran in.
    pub dir: String,
    /// The file read (go.work in workspace mode, else go.mod), if any.
    pub file: Option<String>,
    pub go_directive: Option<Directive>,
    pub toolchain_directive: Option<Directive>,
    pub error: Option<String>,
    /// The modules go.mod requires and how many are already on this machine: with all of
    /// them, go builds this workspace without the network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modules: Option<ModuleCoverage>,
}

/// Which required modules go can use without downloading.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ModuleCoverage {
    pub required: usize,
    /// In the module cache (`.mod` and `.zip`) with their go.sum lines, or vendored.
    pub available: usize,
    /// `vendor/modules.txt` is there and GOFLAGS does not ask for `-mod=mod`.
    pub vendored: bool,
    /// A few of the missing ones.
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Directive {
    pub value: String,
    pub line: u32,
}
