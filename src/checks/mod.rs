//! The checks and their registry: the one list that says which checks exist, their stable
//! ids and the order the report shows them in.
//!
//! A check is a folder of its own — `probe` (I/O, every wait under a deadline), `facts` (what
//! was seen, serialised into the JSON report), `rules` (pure: facts to findings), `render`
//! (its facts as text for `--verbose`) — whose `mod.rs` implements [`Check`]. Adding a check
//! is that folder plus one line in the `checks!` list below; the pipeline, the report, the
//! JSON schema and `--only`/`--skip` pick it up from there.

pub mod connectivity;
pub mod dns;
pub mod go_env;
pub mod hosts;
pub mod shared;
pub mod vscode;

use std::fmt;
use std::future::Future;
use std::time::Duration;

use clap::ValueEnum;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::config::Inputs;
use crate::model::{CodeInfo, Finding};
pub use shared::Shared;

/// What a check provides to the pipeline. Static (no `self`): a check is its folder, not a
/// value; the registry dispatches on [`CheckId`].
pub trait Check {
    /// What the check saw; the `facts` of its entry in the JSON report.
    type Facts;
    /// Whether the check talks to the network (and so is skipped by `--offline`).
    const NEEDS_NETWORK: bool;
    /// The catalogue entry reported when the check itself fails (a panic, or its budget
    /// runs out).
    fn internal_error() -> &'static CodeInfo;
    /// The longest the check may run: its own probe timeouts plus a margin for the work
    /// around them. A check still running then is stopped and reported as an internal error,
    /// so one stuck probe cannot hold the whole report.
    fn budget(inputs: &Inputs) -> Duration;
    /// Probes, then judges. `shared` holds the probe results several checks need (go env,
    /// the hosts file), computed once per run by whichever check asks first.
    fn run(inputs: &Inputs, shared: &Shared) -> impl Future<Output = Outcome<Self::Facts>> + Send;
    /// The facts as indented text lines, for `godiag check --verbose`.
    fn fact_lines(facts: &Self::Facts) -> Vec<String>;
}

/// What one check hands back: a one-line summary, its findings and its facts.
#[derive(Debug, Clone)]
pub struct Outcome<F> {
    pub summary: crate::i18n::Message,
    pub findings: Vec<Finding>,
    pub facts: F,
}

/// A check's outcome with its facts in the report's [`Facts`] union.
pub type CheckOutcome = Outcome<Facts>;

/// Declares the registry: the [`CheckId`] enum (stable ids, in report order), the [`Facts`]
/// union, and the dispatch from an id to its [`Check`].
macro_rules! checks {
    ($($(#[$doc:meta])* $variant:ident = $id:tt => $check:ty,)*) => {
        /// A check's stable id. The declaration order is the report order.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
            JsonSchema, ValueEnum,
        )]
        pub enum CheckId {
            $($(#[$doc])* #[serde(rename = $id)] #[value(name = $id)] $variant,)*
        }

        /// What a check saw. Untagged in JSON: the check's `id` says which shape it is.
        #[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
        #[serde(untagged)]
        // One value per check and run, built once and moved a few times: the go-env facts
        // being larger than the others costs nothing worth a Box in every match.
        #[allow(clippy::large_enum_variant)]
        pub enum Facts {
            $($(#[$doc])* $variant(<$check as Check>::Facts),)*
        }

        impl CheckId {
            /// Every check, in report order.
            pub const ALL: &'static [CheckId] = &[$(CheckId::$variant),*];

            /// The id as users type it and JSON carries it.
            pub fn as_str(self) -> &'static str {
                match self { $(CheckId::$variant => $id,)* }
            }

            /// Whether the check talks to the network (and so is skipped by `--offline`).
            pub fn is_network(self) -> bool {
                match self { $(CheckId::$variant => <$check as Check>::NEEDS_NETWORK,)* }
            }

            /// See [`Check::budget`].
            pub fn budget(self, inputs: &Inputs) -> Duration {
                match self { $(CheckId::$variant => <$check as Check>::budget(inputs),)* }
            }

            /// See [`Check::internal_error`].
            pub fn internal_error_code(self) -> &'static CodeInfo {
                match self { $(CheckId::$variant => <$check as Check>::internal_error(),)* }
            }
        }

        /// Runs one check. Every probe inside has its own deadline.
        pub async fn run(id: CheckId, inputs: &Inputs, shared: &Shared) -> CheckOutcome {
            match id {
                $(CheckId::$variant => {
                    let Outcome { summary, findings, facts } =
                        <$check as Check>::run(inputs, shared).await;
                    Outcome { summary, findings, facts: Facts::$variant(facts) }
                })*
            }
        }

        impl Facts {
            /// The same facts with every string passed through `scrub`, each check's facts
            /// round-tripped through JSON as their own type (the union is untagged, so it does
            /// not round-trip as a whole). `None` when a type does not round-trip.
            pub fn map_strings(&self, scrub: &dyn Fn(&mut serde_json::Value)) -> Option<Facts> {
                match self {
                    $(Facts::$variant(f) => {
                        let mut value = serde_json::to_value(f).ok()?;
                        scrub(&mut value);
                        serde_json::from_value(value).ok().map(Facts::$variant)
                    })*
                }
            }

            /// The facts as indented text lines, for `godiag check --verbose`.
            pub fn lines(&self) -> Vec<String> {
                match self { $(Facts::$variant(f) => <$check as Check>::fact_lines(f),)* }
            }
        }
    };
}

checks! {
    /// The go binary, its version and its module-download settings.
    GoEnv = "go-env" => go_env::GoEnvCheck,
    /// The hosts file and what Go takes from it.
    Hosts = "hosts" => hosts::HostsCheck,
    /// The system and reference resolvers, queried for the Go hosts.
    Dns = "dns" => dns::DnsCheck,
    /// Module proxies, mirrors and the checksum database, layer by layer.
    Connectivity = "connectivity" => connectivity::ConnectivityCheck,
    /// VS Code-family settings and the environment they give gopls.
    Vscode = "vscode" => vscode::VscodeCheck,
}

impl CheckId {
    /// The check with this id, if any.
    pub fn parse(id: &str) -> Option<CheckId> {
        CheckId::ALL.iter().copied().find(|c| c.as_str() == id)
    }
}

impl fmt::Display for CheckId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
