//! What a run produced: each check's result and the whole report, the JSON contract of
//! `godiag check --format json` (schema_version 1). It sits above the checks (a result holds a
//! check's typed facts) and below everything that reads a run: the cross-check, the
//! diagnosis, the fix plan and the renderers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::checks::{CheckId, Facts};
use crate::i18n::Message;
use crate::model::{Finding, Fix, Severity};

/// The version of the JSON report's shape. Bumped only for incompatible changes.
pub const SCHEMA_VERSION: u32 = 1;

/// A check's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CheckStatus {
    Ok,
    Warning,
    Error,
    Skipped,
}

impl CheckStatus {
    /// The status that the worst finding implies (info findings leave a check `ok`).
    pub fn from_findings(findings: &[Finding]) -> CheckStatus {
        match findings.iter().map(|f| f.severity).max() {
            Some(Severity::Error) => CheckStatus::Error,
            Some(Severity::Warning) => CheckStatus::Warning,
            Some(Severity::Info) | None => CheckStatus::Ok,
        }
    }
}

/// The outcome of one check.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct CheckResult {
    pub id: CheckId,
    #[serde(serialize_with = "crate::i18n::serialize_rendered")]
    #[schemars(with = "String")]
    pub title: Message,
    pub status: CheckStatus,
    pub duration_ms: u64,
    /// One line, in the report's language.
    #[serde(serialize_with = "crate::i18n::serialize_rendered")]
    #[schemars(with = "String")]
    pub summary: Message,
    pub findings: Vec<Finding>,
    /// What the check saw; `null` for a skipped check.
    pub facts: Option<Facts>,
}

impl CheckResult {
    /// A result holding only `findings`, its status derived from them: the fixture the rule
    /// tests across checks build reports from.
    #[cfg(test)]
    pub fn with_findings(id: CheckId, findings: Vec<Finding>) -> CheckResult {
        CheckResult {
            id,
            title: Default::default(),
            status: CheckStatus::from_findings(&findings),
            duration_ms: 0,
            summary: Default::default(),
            findings,
            facts: None,
        }
    }
}

/// The overall verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReportStatus {
    Ok,
    Warning,
    Error,
}

impl ReportStatus {
    /// The status that the worst finding of a report implies (info findings leave it `ok`).
    pub fn from_worst(worst: Option<Severity>) -> ReportStatus {
        match worst {
            Some(Severity::Error) => ReportStatus::Error,
            Some(Severity::Warning) => ReportStatus::Warning,
            Some(Severity::Info) | None => ReportStatus::Ok,
        }
    }
}

/// A root cause named across checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnosis {
    /// The cause and what it breaks, in one line, in the report's language.
    #[serde(serialize_with = "crate::i18n::serialize_rendered")]
    #[schemars(with = "String")]
    pub headline: Message,
    /// The worst severity of the findings it explains: `error` when a Go operation fails
    /// because of it.
    pub severity: Severity,
    /// The code of the root cause.
    pub cause: String,
    /// The codes of the findings that are its consequences (the failed download, the TCP
    /// timeouts behind it), each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub symptoms: Vec<String>,
    /// Every code this headline explains: the cause, then the symptoms.
    pub codes: Vec<String>,
    /// The findings it covers, as (check, index in that check's findings): the human report
    /// shows each finding once, here or in its check.
    #[serde(skip)]
    #[schemars(skip)]
    pub covers: Vec<(CheckId, usize)>,
}

/// The whole report: `godiag check --format json` prints exactly this.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    pub schema_version: u32,
    pub godiag_version: String,
    pub status: ReportStatus,
    pub duration_ms: u64,
    pub checks: Vec<CheckResult>,
    pub diagnosis: Vec<Diagnosis>,
    /// The de-duplicated fix plan, in the order of the findings it came from.
    pub fixes: Vec<Fix>,
}

impl Report {
    /// Every finding of every check, in report order.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.checks.iter().flat_map(|c| c.findings.iter())
    }

    /// The worst severity present, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.findings().map(|f| f.severity).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_follows_worst_finding() {
        let info = Finding::new(&crate::codes::GO_ENV_GOPROXY_COMMA_FALLBACK, "x");
        assert_eq!(CheckStatus::from_findings(&[]), CheckStatus::Ok);
        assert_eq!(
            CheckStatus::from_findings(std::slice::from_ref(&info)),
            CheckStatus::Ok
        );
        let err = info.clone().severity(Severity::Error);
        assert_eq!(CheckStatus::from_findings(&[info, err]), CheckStatus::Error);
    }
}
