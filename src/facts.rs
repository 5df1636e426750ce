//! The check-specific facts of the JSON report, one variant per check.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::checks::connectivity::facts::ConnectivityFacts;
pub use crate::checks::dns::facts::DnsFacts;
pub use crate::checks::go_env::facts::GoEnvFacts;
pub use crate::checks::hosts::facts::HostsFacts;
pub use crate::checks::vscode::facts::VscodeFacts;

/// What a check saw. Untagged in JSON: the check's `id` says which shape it is.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Facts {
    GoEnv(GoEnvFacts),
    Hosts(HostsFacts),
    Dns(DnsFacts),
    Connectivity(ConnectivityFacts),
    Vscode(VscodeFacts),
}
