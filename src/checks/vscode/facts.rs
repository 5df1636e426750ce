//! What the vscode probe saw.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Value;
use crate::vscode::discovery::Scope;

/// Every settings file, the Go extension, the environment each window gives the tools, and
/// the running gopls processes.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct VscodeFacts {
    pub files: Vec<FileFacts>,
    pub extensions: Vec<ExtensionFacts>,
    /// Per window (product), the variables relevant to Go downloads and where each comes from.
    pub windows: Vec<WindowFacts>,
    /// Running gopls processes of this user (Linux, via /proc).
    pub processes: Vec<ProcessFacts>,
    /// The `go env` values the tools' values are compared with.
    pub go_env_goproxy: Option<String>,
    pub go_env_gosumdb: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct FileFacts {
    pub path: String,
    pub product: String,
    pub scope: Scope,
    pub exists: bool,
    /// The parse error (line, column, message), when VS Code would refuse the file.
    pub error: Option<FileError>,
    /// The relevant settings it holds.
    pub keys: Vec<KeyFacts>,
    /// Keys written more than once, with their lines.
    pub duplicates: Vec<Duplicate>,
    /// Top-level keys that are nested objects VS Code ignores (`"go": {...}`).
    pub nested: Vec<KeyFacts>,
    /// Configured paths and whether they exist.
    pub paths: Vec<PathFacts>,
    /// Why the file could not be read, when it exists but is not a regular file, is larger
    /// than godiag reads, or may not be read: the OS's words, or a phrase of the catalogue.
    #[serde(default)]
    pub unreadable: Option<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct FileError {
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Duplicate {
    pub key: String,
    pub lines: Vec<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct KeyFacts {
    pub key: String,
    /// The value as JSON text (redacted).
    pub value: String,
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct PathFacts {
    pub setting: String,
    pub path: String,
    pub exists: bool,
    pub line: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ExtensionFacts {
    pub product: String,
    pub path: String,
    pub version: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct WindowFacts {
    pub product: String,
    /// The settings files applied, lowest precedence first.
    pub layers: Vec<String>,
    pub variables: Vec<EnvFacts>,
    /// `http.proxy`, when set, and whether it accepts TCP connections.
    pub http_proxy: Option<HttpProxyFacts>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct EnvFacts {
    pub name: String,
    /// Redacted.
    pub value: String,
    /// `process environment` or a settings file.
    pub file: String,
    pub line: Option<u32>,
    pub setting: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct HttpProxyFacts {
    /// Redacted.
    pub url: String,
    pub file: String,
    pub line: u32,
    pub reachable: Option<bool>,
    /// Why it does not accept connections: the OS's error, or a phrase of the catalogue.
    pub error: Option<Value>,
    pub strict_ssl: Option<bool>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ProcessFacts {
    pub pid: u32,
    pub name: String,
    /// GOPROXY, GOSUMDB, GOFLAGS, HTTPS_PROXY, NO_PROXY as the process has them (redacted).
    pub env: Vec<(String, String)>,
    /// Whether it runs in godiag's network namespace (a container, snap or flatpak may not).
    pub same_network_namespace: Option<bool>,
}
