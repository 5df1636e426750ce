//! The vocabulary every check speaks: findings, their severity, location and fixes, and the
//! catalogue entry a finding is made from. A leaf module: it knows no check, so checks, rules
//! and renderers can all depend on it.
//!
//! With [`crate::results`] these types *are* the JSON contract (schema_version 1): the JSON
//! Schema in `schema/report.schema.json` is generated from them, never written by hand.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::{Message, Value, current};

/// A duration as the report gives it: whole milliseconds, saturating.
pub fn millis(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// One finding code. Its words (title, meaning, why, fix) are in the message catalogues, in
/// every language; `crate::codes` reads them.
#[derive(Debug, PartialEq, Eq)]
pub struct CodeInfo {
    /// `<check-id>.<slug>`, stable.
    pub code: &'static str,
    /// The severity a finding of this code has unless the rule raises or lowers it.
    pub severity: Severity,
    /// What Go prints when this bites, as users paste it (never translated).
    pub example: &'static str,
}

impl CodeInfo {
    /// The code, `<check-id>.<slug>`.
    pub fn as_str(&self) -> &'static str {
        self.code
    }

    /// The check id this code belongs to.
    pub fn check(&self) -> &'static str {
        self.code
            .split_once('.')
            .map_or(self.code, |(check, _)| check)
    }
}

impl std::fmt::Display for CodeInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code)
    }
}

impl PartialEq<str> for CodeInfo {
    fn eq(&self, other: &str) -> bool {
        self.code == other
    }
}

/// How bad a finding is. Ordered: `Info < Warning < Error`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// True, without effect on Go.
    Info,
    /// Go works, but degraded or at risk.
    Warning,
    /// A Go operation the user runs will fail.
    Error,
}

/// Where a finding points: a file, and within it a line and column (1-based).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Location {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
}

impl Location {
    pub fn file(file: impl Into<String>) -> Location {
        Location {
            file: file.into(),
            line: None,
            column: None,
        }
    }

    pub fn line(file: impl Into<String>, line: u32) -> Location {
        Location {
            file: file.into(),
            line: Some(line),
            column: None,
        }
    }
}

/// Whether `godiag fix --apply` may perform a fix by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// godiag may apply it: `go env -w`/`-u` through the user's own `go`, or one key of a VS
    /// Code settings file.
    Safe,
    /// Shown only: it needs the user's shell, root, or judgement.
    Manual,
}

/// One step of a fix. Every action carries `command`: what a person would type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Action {
    /// `go env -w KEY=VALUE`.
    GoEnvSet {
        key: String,
        value: String,
        command: String,
    },
    /// `go env -u KEY`.
    GoEnvUnset { key: String, command: String },
    /// A command for the user's shell (unset a variable, edit a file as root), and what it is
    /// for, said after it as a comment in the report's language. With an empty `command`, the
    /// note alone: a step to do by hand in another program.
    Shell {
        command: String,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            serialize_with = "crate::i18n::serialize_rendered_some"
        )]
        #[schemars(with = "Option<String>")]
        note: Option<Message>,
    },
    /// Delete one line of a file by hand.
    RemoveLine {
        file: String,
        line: u32,
        text: String,
        command: String,
    },
    /// Set `key` inside the object setting `setting` (`go.toolsEnvVars`) of a VS Code
    /// settings or `.code-workspace` file, creating the file or the object when missing.
    SettingsSet {
        file: String,
        setting: String,
        key: String,
        value: String,
        command: String,
    },
    /// Remove `key` from the object setting `setting` of a VS Code settings file.
    SettingsRemove {
        file: String,
        setting: String,
        key: String,
        command: String,
    },
}

impl Action {
    pub fn go_env_set(key: &str, value: &str) -> Action {
        Action::GoEnvSet {
            key: key.into(),
            value: value.into(),
            command: format!("go env -w {}", shell_quote(&format!("{key}={value}"))),
        }
    }

    pub fn go_env_unset(key: &str) -> Action {
        Action::GoEnvUnset {
            key: key.into(),
            command: format!("go env -u {key}"),
        }
    }

    pub fn shell(command: impl Into<String>) -> Action {
        Action::Shell {
            command: command.into(),
            note: None,
        }
    }

    /// A command with what it is for.
    pub fn shell_with_note(command: impl Into<String>, note: Message) -> Action {
        Action::Shell {
            command: command.into(),
            note: Some(note),
        }
    }

    /// A step by hand that is no command: a comment in the script.
    pub fn note(note: Message) -> Action {
        Action::Shell {
            command: String::new(),
            note: Some(note),
        }
    }

    pub fn remove_line(file: &str, line: u32, text: &str) -> Action {
        Action::RemoveLine {
            file: file.into(),
            line,
            text: text.into(),
            command: format!("delete line {line} of {file}: {text}"),
        }
    }

    pub fn settings_set(file: &str, setting: &str, key: &str, value: &str) -> Action {
        Action::SettingsSet {
            file: file.into(),
            setting: setting.into(),
            key: key.into(),
            value: value.into(),
            command: format!(
                "set \"{setting}\": {{ \"{key}\": {} }} in {file}",
                serde_json::Value::String(value.into())
            ),
        }
    }

    pub fn settings_remove(file: &str, setting: &str, key: &str) -> Action {
        Action::SettingsRemove {
            file: file.into(),
            setting: setting.into(),
            key: key.into(),
            command: format!("remove \"{key}\" from \"{setting}\" in {file}"),
        }
    }

    /// What a person would type or do.
    pub fn command(&self) -> &str {
        match self {
            Action::GoEnvSet { command, .. }
            | Action::GoEnvUnset { command, .. }
            | Action::Shell { command, .. }
            | Action::RemoveLine { command, .. }
            | Action::SettingsSet { command, .. }
            | Action::SettingsRemove { command, .. } => command,
        }
    }

    /// The settings key a settings edit touches: (file, object setting, key).
    pub fn settings_target(&self) -> Option<(&str, &str, &str)> {
        match self {
            Action::SettingsSet {
                file, setting, key, ..
            }
            | Action::SettingsRemove {
                file, setting, key, ..
            } => Some((file, setting, key)),
            _ => None,
        }
    }

    /// Whether `godiag fix --apply` knows how to perform this action (in a safe fix).
    pub fn is_automatic(&self) -> bool {
        !matches!(self, Action::Shell { .. } | Action::RemoveLine { .. })
    }

    /// The environment variable this action gives a value to, and the value: what `--proxy`
    /// and `--sumdb` rewrite.
    pub fn assigned(&self) -> Option<(&str, &str)> {
        match self {
            Action::GoEnvSet { key, value, .. } | Action::SettingsSet { key, value, .. } => {
                Some((key, value))
            }
            _ => None,
        }
    }

    /// The same action with another value (for `assigned` actions; others are returned as
    /// they are).
    pub fn with_value(&self, new: &str) -> Action {
        match self {
            Action::GoEnvSet { key, .. } => Action::go_env_set(key, new),
            Action::SettingsSet {
                file, setting, key, ..
            } => Action::settings_set(file, setting, key, new),
            other => other.clone(),
        }
    }
}

/// Quotes a word for POSIX shells only when it needs it.
pub fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_=/.,:@+%^".contains(&b));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// A remedy attached to a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(into = "FixWire", from = "FixWire")]
pub struct Fix {
    pub applicability: Applicability,
    /// What the fix does, rendered in the report's language.
    pub description: Message,
    pub actions: Vec<Action>,
}

/// A fix as JSON gives it: the description in the chosen language, and the same description
/// as data (`description_id`, `description_args`) that no language changes.
#[derive(Serialize, Deserialize, JsonSchema)]
pub struct FixWire {
    pub applicability: Applicability,
    /// What the fix does, in the report's language (English unless `--lang` asks otherwise).
    pub description: String,
    /// The catalogue id of the description (docs/codes.md lists each id's arguments).
    pub description_id: String,
    /// The description's arguments, by name: text, integers, nested phrases `{id, args}`, or
    /// lists of these.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub description_args: BTreeMap<String, Value>,
    pub actions: Vec<Action>,
}

impl From<Fix> for FixWire {
    fn from(fix: Fix) -> FixWire {
        FixWire {
            applicability: fix.applicability,
            description: fix.description.rendered(),
            description_id: fix.description.id().to_string(),
            description_args: fix.description.args().clone(),
            actions: fix.actions,
        }
    }
}

impl From<FixWire> for Fix {
    fn from(wire: FixWire) -> Fix {
        Fix {
            applicability: wire.applicability,
            description: Message::from_parts(wire.description_id, wire.description_args),
            actions: wire.actions,
        }
    }
}

impl Fix {
    pub fn safe(description: impl Into<Message>, actions: Vec<Action>) -> Fix {
        Fix {
            applicability: Applicability::Safe,
            description: description.into(),
            actions,
        }
    }

    pub fn manual(description: impl Into<Message>, actions: Vec<Action>) -> Fix {
        Fix {
            applicability: Applicability::Manual,
            description: description.into(),
            actions,
        }
    }

    /// The same fix, shown but never applied by `fix --apply`: for fixes whose right value
    /// depends on measurements the rule does not have.
    pub fn into_manual(self) -> Fix {
        Fix {
            applicability: Applicability::Manual,
            ..self
        }
    }
}

/// Something a check found, with the evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(into = "FindingWire", try_from = "FindingWire")]
pub struct Finding {
    /// Stable code `<check-id>.<slug>`; `godiag explain CODE` describes it.
    pub code: &'static CodeInfo,
    pub severity: Severity,
    /// One line, with the evidence (the value, the address, the line number), as data: the
    /// report renders it in its language.
    pub message: Message,
    /// Further evidence, one item a line: data as it is (go's stderr, the lines of a file), or
    /// a phrase of the catalogue.
    pub evidence: Vec<Value>,
    pub location: Option<Location>,
    pub fix: Option<Fix>,
    /// Set when one finding stands for many places with the same problem (see
    /// [`FindingWire::occurrences`]).
    pub occurrences: Option<Occurrences>,
    /// What the finding is about (see [`FindingWire::subject`]): the diagnosis links causes
    /// to symptoms through it.
    pub subject: Option<String>,
}

/// A finding as JSON gives it: the message in the chosen language, and the same message as
/// data (`message_id`, `args`) that no language changes.
#[derive(Serialize, Deserialize, JsonSchema)]
pub struct FindingWire {
    /// Stable code `<check-id>.<slug>`; `godiag explain CODE` describes it.
    pub code: String,
    pub severity: Severity,
    /// One line, with the evidence, in the report's language (English unless `--lang` asks
    /// otherwise).
    pub message: String,
    /// The catalogue id of the message (docs/codes.md lists each id's arguments).
    pub message_id: String,
    /// The message's arguments, by name: text, integers, nested phrases `{id, args}`, or lists
    /// of these. Never translated: a CI step reads these, not `message`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, Value>,
    /// Further evidence, one item a line (go's stderr, the lines of a file, godiag's notes in
    /// the report's language).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
    /// Set when this one finding stands for many places with the same problem (200,000 copies
    /// of one hosts line): how many, and the first and last line. The evidence then holds a
    /// bounded sample.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrences: Option<Occurrences>,
    /// What the finding is about — a URL, a host name, a variable — so that the diagnosis can
    /// link a cause in one check to its symptoms in another without reading messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

impl From<Finding> for FindingWire {
    fn from(f: Finding) -> FindingWire {
        FindingWire {
            code: f.code.code.to_string(),
            severity: f.severity,
            message: f.message.rendered(),
            message_id: f.message.id().to_string(),
            args: f.message.args().clone(),
            evidence: f.evidence.iter().map(|v| v.render(current())).collect(),
            location: f.location,
            fix: f.fix,
            occurrences: f.occurrences,
            subject: f.subject,
        }
    }
}

impl FindingWire {
    /// The finding, its code looked up with `lookup` (the catalogue lives above this module).
    pub fn into_finding(
        self,
        lookup: impl Fn(&str) -> Option<&'static CodeInfo>,
    ) -> Result<Finding, String> {
        let code =
            lookup(&self.code).ok_or_else(|| format!("unknown finding code {}", self.code))?;
        Ok(Finding {
            code,
            severity: self.severity,
            message: Message::from_parts(self.message_id, self.args),
            evidence: self.evidence.into_iter().map(Value::Text).collect(),
            location: self.location,
            fix: self.fix,
            occurrences: self.occurrences,
            subject: self.subject,
        })
    }
}

/// The places an aggregated finding stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Occurrences {
    pub count: u64,
    pub first_line: u32,
    pub last_line: u32,
}

impl Finding {
    /// Marks this finding as standing for `count` places from `first_line` to `last_line`.
    pub fn occurrences(mut self, count: u64, first_line: u32, last_line: u32) -> Finding {
        self.occurrences = Some(Occurrences {
            count,
            first_line,
            last_line,
        });
        self
    }

    /// A finding of a catalogued code, at the code's default severity.
    pub fn new(code: &'static CodeInfo, message: impl Into<Message>) -> Finding {
        Finding {
            code,
            severity: code.severity,
            message: message.into(),
            evidence: Vec::new(),
            location: None,
            fix: None,
            occurrences: None,
            subject: None,
        }
    }

    /// Names what this finding is about (see [`Finding::subject`]).
    pub fn subject(mut self, subject: impl Into<String>) -> Finding {
        self.subject = Some(subject.into());
        self
    }

    pub fn severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }

    pub fn evidence(mut self, line: impl Into<Value>) -> Finding {
        self.evidence.push(line.into());
        self
    }

    pub fn location(mut self, location: Location) -> Finding {
        self.location = Some(location);
        self
    }

    pub fn fix(mut self, fix: Fix) -> Finding {
        self.fix = Some(fix);
        self
    }

    /// Attaches a fix when there is one.
    pub fn maybe_fix(mut self, fix: Option<Fix>) -> Finding {
        if fix.is_some() {
            self.fix = fix;
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_quote_only_when_needed() {
        assert_eq!(
            shell_quote("GOPROXY=https://goproxy.cn,direct"),
            "GOPROXY=https://goproxy.cn,direct"
        );
        assert_eq!(shell_quote("GOFLAGS=-mod=mod -x"), "'GOFLAGS=-mod=mod -x'");
        assert_eq!(shell_quote("GOPROXY=a|b"), "'GOPROXY=a|b'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote(""), "''");
    }

    #[test]
    fn go_env_actions_carry_commands() {
        assert_eq!(
            Action::go_env_set("GOPROXY", "https://goproxy.cn|direct").command(),
            "go env -w 'GOPROXY=https://goproxy.cn|direct'"
        );
        assert_eq!(
            Action::go_env_unset("GOSUMDB").command(),
            "go env -u GOSUMDB"
        );
    }
}
