//! The checks: their stable ids, their titles and the order the report shows them in.
//!
//! Each check lives in a module of its own with its probe (I/O) and its rules (pure) side by
//! side; [`run`] is the one place that dispatches on the id.

pub mod connectivity;
pub mod dns;
pub mod go_env;
pub mod hosts;
pub mod vscode;

use std::fmt;

use clap::ValueEnum;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::config::Inputs;
use crate::facts::Facts;
use crate::model::Finding;

/// A check's stable id. The declaration order is the report order.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    ValueEnum,
)]
pub enum CheckId {
    /// The go binary, its version and its module-download settings.
    #[serde(rename = "go-env")]
    #[value(name = "go-env")]
    GoEnv,
    /// The hosts file and what Go takes from it.
    #[serde(rename = "hosts")]
    #[value(name = "hosts")]
    Hosts,
    /// The system and reference resolvers, queried for the Go hosts.
    #[serde(rename = "dns")]
    #[value(name = "dns")]
    Dns,
    /// Module proxies, mirrors and the checksum database, layer by layer.
    #[serde(rename = "connectivity")]
    #[value(name = "connectivity")]
    Connectivity,
    /// VS Code-family settings and the environment they give gopls.
    #[serde(rename = "vscode")]
    #[value(name = "vscode")]
    Vscode,
}

impl CheckId {
    /// Every check, in report order.
    pub const ALL: &'static [CheckId] = &[
        CheckId::GoEnv,
        CheckId::Hosts,
        CheckId::Dns,
        CheckId::Connectivity,
        CheckId::Vscode,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CheckId::GoEnv => "go-env",
            CheckId::Hosts => "hosts",
            CheckId::Dns => "dns",
            CheckId::Connectivity => "connectivity",
            CheckId::Vscode => "vscode",
        }
    }

    pub fn parse(id: &str) -> Option<CheckId> {
        CheckId::ALL.iter().copied().find(|c| c.as_str() == id)
    }

    pub fn title(self) -> &'static str {
        match self {
            CheckId::GoEnv => "Go toolchain and module settings",
            CheckId::Hosts => "Hosts file",
            CheckId::Dns => "DNS resolvers",
            CheckId::Connectivity => "Module proxies and checksum database",
            CheckId::Vscode => "VS Code and gopls",
        }
    }

    /// Whether the check talks to the network (and so is skipped by `--offline`).
    pub fn is_network(self) -> bool {
        match self {
            CheckId::GoEnv | CheckId::Hosts | CheckId::Vscode => false,
            CheckId::Dns | CheckId::Connectivity => true,
        }
    }

    /// The catalogue entry used when the check itself fails.
    pub fn internal_error_code(self) -> &'static crate::codes::CodeInfo {
        match self {
            CheckId::GoEnv => &crate::codes::GO_ENV_INTERNAL_ERROR,
            CheckId::Hosts => &crate::codes::HOSTS_INTERNAL_ERROR,
            CheckId::Dns => &crate::codes::DNS_INTERNAL_ERROR,
            CheckId::Connectivity => &crate::codes::CONNECTIVITY_INTERNAL_ERROR,
            CheckId::Vscode => &crate::codes::VSCODE_INTERNAL_ERROR,
        }
    }
}

impl fmt::Display for CheckId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a check hands back to the pipeline.
#[derive(Debug, Clone)]
pub struct CheckOutcome {
    pub summary: String,
    pub findings: Vec<Finding>,
    pub facts: Facts,
}

/// Runs one check. Every probe inside has its own deadline.
pub async fn run(id: CheckId, inputs: &Inputs) -> CheckOutcome {
    match id {
        CheckId::GoEnv => go_env::run(inputs).await,
        CheckId::Hosts => hosts::run(inputs).await,
        CheckId::Dns => dns::run(inputs).await,
        CheckId::Connectivity => connectivity::run(inputs).await,
        CheckId::Vscode => vscode::run(inputs).await,
    }
}
