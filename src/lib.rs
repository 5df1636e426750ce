//! godiag: a doctor for Go development environments whose network is broken.
//!
//! The binary is the product. The library exists so that the binary, the integration tests,
//! the benchmarks and the fuzz targets share one build, and its public surface is exactly what
//! those need: the entry point, the finding catalogue and schemas, and the pure parsers and Go
//! rules that the fuzz targets and benchmarks drive directly. Everything else is private;
//! `docs/ARCHITECTURE.md` maps it: probes (I/O, concurrent, each under a deadline) produce
//! facts, pure rules turn facts into findings, the diagnosis names root causes across checks,
//! and the report renders it all as text or versioned JSON.

// Outside tests, a failure is a finding or an error message, never a panic.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![deny(missing_docs)]

mod app;
mod checks;
mod cli;
mod cli_help;
mod codes;
mod config;
mod crosscheck;
mod diagnose;
mod explain;
mod fdlimit;
mod fix;
mod go;
mod hosts;
mod i18n;
#[doc(hidden)]
pub mod message_specs;
mod model;
mod net;
mod pipeline;
mod platform;
mod readcap;
mod redact;
mod report;
mod results;
mod shellrc;
mod textsafe;
mod vscode;

pub use app::run;
pub use cli::Cli;
pub use cli_help::parse as parse_cli;
pub use codes::CATALOGUE;
pub use i18n::Lang;
pub use model::{CodeInfo, Severity};
pub use redact::redact;
pub use report::fix::schema as fix_report_schema;
pub use report::json::schema as report_schema;

/// Go's own rules, ported from the go command's source and fuzzed: what Go makes of GOPROXY,
/// GOSUMDB, the `go env -w` file, versions and module path patterns.
pub mod gorules {
    pub use crate::fix::goenv_file;
    pub use crate::go::goproxy::redact_proxy_list;
    pub use crate::go::gover::GoVersion;
    pub use crate::go::{envfile, goproxy, gosumdb, pattern};
}

/// Hosts files read the way Go's resolver and glibc read them, and name resolution as Go
/// does it.
pub mod hostsfile {
    pub use crate::checks::dns::resolve::{Source, resolve_as_go};
    pub use crate::config::{Inputs, Overrides, load};
    pub use crate::hosts::analyze::{analyze, resolve_go};
    pub use crate::hosts::nsswitch::LookupOrder;
    pub use crate::platform::{EnvMap, Os};
}

/// The other parsers of text godiag reads, for the fuzz targets: each wrapped so that it
/// returns plain values and its own types stay private.
pub mod parsers {
    use std::net::IpAddr;

    /// The nameservers of a resolv.conf, as the dns check reads them.
    pub fn resolv_conf_nameservers(data: &[u8]) -> Vec<IpAddr> {
        crate::checks::dns::probe::nameservers(data)
    }

    /// The lines of a shell startup file that assign one of `names`: (name, 1-based line, the
    /// trimmed line).
    pub fn shell_assignments(text: &str, names: &[&str]) -> Vec<(String, u32, String)> {
        crate::shellrc::assignments(text, names)
            .into_iter()
            .map(|a| (a.name, a.line, a.text))
            .collect()
    }

    /// An HTTP/1.x response head: `None` until it is complete, else the status and where the
    /// body starts.
    pub fn http_head(data: &[u8]) -> Option<Result<(u16, usize), String>> {
        crate::net::http::parse_head(data).map(|r| r.map(|(status, _, _, body)| (status, body)))
    }

    /// A proxy variable's value as Go's httpproxy reads it: how the report shows it, and
    /// whether it carries credentials.
    pub fn proxy_url(value: &str) -> Result<(String, bool), String> {
        crate::net::proxyenv::parse_proxy(value, "HTTPS_PROXY")
            .map(|p| (p.display(), p.credentials().is_some()))
    }

    /// An encrypted resolver spec (`tls://IP#NAME`, `https://IP/PATH#NAME`), by its label.
    pub fn encrypted_resolver(text: &str) -> Result<String, String> {
        crate::net::dns::Encrypted::parse(text).map(|e| e.label())
    }
}

/// VS Code settings files: the JSONC reader, the in-place editor and the environment the Go
/// extension gives its tools.
pub mod settings {
    pub use crate::platform::EnvMap;
    pub use crate::vscode::discovery::Scope;
    pub use crate::vscode::edit::{EditError, set_object_key};
    pub use crate::vscode::env::{Layer, tools_env};
    pub use crate::vscode::settings::{
        ParseFailure, Settings, parse, parse_keeping, parse_workspace_file,
    };
}
