//! What `godiag fix` reports: the plan as steps with their state, the diffs, what apply did,
//! the checks before and after, and the verification. `godiag fix --format json` prints a
//! [`FixReport`]; its JSON Schema is `schema/fix.schema.json`, generated from these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::checks::CheckId;
use crate::i18n::{Message, Value};
use crate::model::{Action, Applicability, Location};
use crate::results::Report;

/// The version of the fix report's shape. Bumped only for incompatible changes.
pub const FIX_SCHEMA_VERSION: u32 = 1;

/// What `godiag fix` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FixMode {
    /// The plan only; nothing was changed.
    Plan,
    /// `--apply`.
    Apply,
    /// `--undo`.
    Undo,
}

/// The whole output of `godiag fix`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct FixReport {
    pub schema_version: u32,
    pub godiag_version: String,
    pub mode: FixMode,
    /// Every action of the plan (or of the undo) with its state, in plan order.
    pub steps: Vec<Step>,
    /// The files the plan changes (or changed), as unified diffs.
    pub diffs: Vec<FileDiff>,
    /// The folder holding this apply's backups and manifest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup: Option<String>,
    /// The checks the plan came from. Absent for `--undo`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Report>,
    /// The affected checks run again after applying.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Report>,
    /// `--verify`: Go's own download through the new settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify: Option<Verification>,
    /// `--undo`: what was restored, or left alone, from the folder named by `backup`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub restored: Vec<Restored>,
    /// `--apply`: the errors still there after the changes, and why godiag did not fix them.
    /// Any makes `fix --apply` exit 1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remaining: Vec<Remaining>,
}

impl FixReport {
    /// An empty report of this mode.
    pub fn new(mode: FixMode) -> FixReport {
        FixReport {
            schema_version: FIX_SCHEMA_VERSION,
            godiag_version: env!("CARGO_PKG_VERSION").to_string(),
            mode,
            steps: Vec::new(),
            diffs: Vec::new(),
            backup: None,
            before: None,
            after: None,
            verify: None,
            restored: Vec::new(),
            remaining: Vec::new(),
        }
    }
}

/// One action and what became of it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Step {
    /// The fix this action belongs to, in the output's language.
    #[serde(serialize_with = "crate::i18n::serialize_rendered")]
    #[schemars(with = "String")]
    pub fix: Message,
    pub applicability: Applicability,
    pub action: Action,
    pub state: StepState,
    /// Why, or what happened (Go's warning, the parse error, the backup), in the output's
    /// language.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::i18n::serialize_rendered_some"
    )]
    #[schemars(with = "Option<String>")]
    pub detail: Option<Message>,
    /// Refused only because a step it depends on (the matching `go env -w`) did not succeed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub skipped: bool,
}

/// The state of one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum StepState {
    /// `--apply` would perform it.
    Pending,
    /// Nothing to do: the setting already has this value.
    AlreadyDone,
    /// For the user to do; godiag never does it.
    Manual,
    /// godiag will not do it (a file that does not parse, GOENV=off, a redacted value).
    Refused,
    /// Done.
    Applied,
    /// Written, but without effect: an OS environment variable overrides it.
    Ineffective,
    /// Tried and failed.
    Failed,
}

impl StepState {
    /// The state as a keyword of the catalogue's selectors (its JSON name).
    pub fn keyword(self) -> &'static str {
        match self {
            StepState::Pending => "pending",
            StepState::AlreadyDone => "already-done",
            StepState::Manual => "manual",
            StepState::Refused => "refused",
            StepState::Applied => "applied",
            StepState::Ineffective => "ineffective",
            StepState::Failed => "failed",
        }
    }

    /// The state in words, in the output's language.
    pub fn label(self) -> Message {
        super::messages::step_state(self.keyword())
    }
}

/// One file's change.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct FileDiff {
    pub file: String,
    /// Unified diff, three lines of context.
    pub diff: String,
}

/// `fix --verify`: `go mod download -json MODULE@latest` in a temporary module and cache.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Verification {
    pub command: String,
    pub ok: bool,
    /// The version Go downloaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Go's own error when it failed, or godiag's words when go did not get that far.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_value_opt"
    )]
    #[schemars(with = "Option<String>")]
    pub error: Option<Value>,
    /// The network failure Go's error names (Unix and Windows wordings alike).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure: Option<crate::go::neterror::NetFailure>,
    pub duration_ms: u64,
}

/// The checks an apply affects, to run again afterwards.
pub fn affected_checks(steps: &[Step]) -> Vec<CheckId> {
    let applied = |s: &&Step| matches!(s.state, StepState::Applied | StepState::Ineffective);
    let mut ids = Vec::new();
    for step in steps.iter().filter(applied) {
        let touched: &[CheckId] = match &step.action {
            Action::GoEnvSet { key, .. } | Action::GoEnvUnset { key, .. } => {
                if matches!(
                    key.as_str(),
                    "GOPROXY" | "GOSUMDB" | "GONOPROXY" | "GONOSUMDB" | "GOPRIVATE"
                ) {
                    &[
                        CheckId::GoEnv,
                        CheckId::Dns,
                        CheckId::Connectivity,
                        CheckId::Vscode,
                    ]
                } else {
                    &[CheckId::GoEnv, CheckId::Vscode]
                }
            }
            Action::SettingsSet { .. } | Action::SettingsRemove { .. } => &[CheckId::Vscode],
            Action::Shell { .. } | Action::RemoveLine { .. } => &[],
        };
        ids.extend_from_slice(touched);
    }
    CheckId::ALL
        .iter()
        .copied()
        .filter(|id| ids.contains(id))
        .collect()
}

/// One thing undo restored, or left alone.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Restored {
    /// The file, or the go env variable.
    pub target: String,
    /// What undo did or would have done.
    pub command: String,
    pub state: StepState,
    /// What happened, in the output's language.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::i18n::serialize_rendered_some"
    )]
    #[schemars(with = "Option<String>")]
    pub detail: Option<Message>,
}

/// An error finding that an apply left in place.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Remaining {
    pub code: String,
    /// The finding's message, in the output's language.
    #[serde(serialize_with = "crate::i18n::serialize_rendered")]
    #[schemars(with = "String")]
    pub message: Message,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Why godiag did not fix it, and what to do instead, in the output's language.
    #[schemars(with = "String")]
    pub reason: Reason,
}

/// Why an error is left after an apply. Rendered when shown: what to do by hand is the code's
/// own fix text (`godiag explain`), in whichever language the output speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// A sentence of the catalogue.
    Said(Message),
    /// godiag has no step for it: the code's fix, to do by hand, at `location`.
    ByHand {
        code: &'static crate::model::CodeInfo,
        location: Option<Location>,
    },
}

impl Reason {
    /// The reason as a message, in the current language.
    pub fn message(&self) -> Message {
        use super::messages as msg;
        match self {
            Reason::Said(m) => m.clone(),
            Reason::ByHand { code, location } => {
                let fix = code.fix(crate::i18n::current());
                let what = fix.trim_end_matches(['.', '。']).to_string();
                match location {
                    Some(Location {
                        file,
                        line: Some(line),
                        ..
                    }) => msg::not_fixed_by_hand_at(what, file, *line),
                    Some(l) => msg::not_fixed_by_hand_in(what, &l.file),
                    None => msg::not_fixed_by_hand(what),
                }
            }
        }
    }
}

/// The text in the language of the current rendering.
impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().rendered())
    }
}

impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::i18n::serialize_rendered(&self.message(), s)
    }
}

/// Read back (the terminal scrub round-trips the report) as the text it was.
impl<'de> Deserialize<'de> for Reason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Message::deserialize(d).map(Reason::Said)
    }
}

/// An optional value as its text in the current language.
fn serialize_value_opt<S: serde::Serializer>(v: &Option<Value>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => s.serialize_str(&v.to_string()),
        None => s.serialize_none(),
    }
}
