//! The pipeline: run the selected checks concurrently, each under its own budget, and assemble
//! the report in the registry's fixed order. A check that panics or overruns its budget
//! becomes an internal-error finding; the others are unaffected.

use crate::model::millis;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::task::JoinSet;

use crate::checks::{self, CheckId, CheckOutcome, Shared};
use crate::config::{FAULT_ENV, Inputs};
use crate::i18n::Message;
use crate::model::Finding;
use crate::results::{CheckResult, CheckStatus, Report, ReportStatus, SCHEMA_VERSION};
use crate::{diagnose, fix};

/// Whether a check runs, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    Run,
    /// Skipped, and why: `only` (not selected by --only), `skip` (--skip), `offline`.
    Skip(&'static str),
}

/// Decides, for every check in report order, whether it runs.
pub fn select(only: &[CheckId], skip: &[CheckId], offline: bool) -> Vec<(CheckId, Plan)> {
    CheckId::ALL
        .iter()
        .map(|&id| {
            let plan = if !only.is_empty() && !only.contains(&id) {
                Plan::Skip("only")
            } else if skip.contains(&id) {
                Plan::Skip("skip")
            } else if offline && id.is_network() {
                Plan::Skip("offline")
            } else {
                Plan::Run
            };
            (id, plan)
        })
        .collect()
}

/// Runs the plan. `on_pending` is told which checks are still running, first with all of them
/// and again after each one finishes (for the spinner).
pub async fn run(
    inputs: Arc<Inputs>,
    plan: &[(CheckId, Plan)],
    on_pending: impl Fn(&[CheckId]),
) -> Report {
    let started = Instant::now();
    let exhausted_before = crate::fdlimit::seen();
    let shared = Arc::new(Shared::default());
    let mut tasks = JoinSet::new();
    let mut task_ids = HashMap::new();
    let mut pending: Vec<CheckId> = Vec::new();
    for (id, _) in plan.iter().filter(|(_, p)| *p == Plan::Run) {
        let id = *id;
        let inputs = Arc::clone(&inputs);
        let shared = Arc::clone(&shared);
        let handle = tasks.spawn(async move {
            let start = Instant::now();
            if inputs.fault.as_deref() == Some(id.as_str()) {
                panic!("fault injected into the {id} check by {FAULT_ENV}");
            }
            let outcome =
                tokio::time::timeout(id.budget(&inputs), checks::run(id, &inputs, &shared)).await;
            (id, outcome, start.elapsed())
        });
        task_ids.insert(handle.id(), id);
        pending.push(id);
    }
    on_pending(&pending);

    let mut results: HashMap<CheckId, CheckResult> = HashMap::new();
    while let Some(joined) = tasks.join_next().await {
        let (id, result) = match joined {
            Ok((id, Ok(outcome), elapsed)) => (id, finished(id, outcome, elapsed)),
            Ok((id, Err(_), elapsed)) => {
                let budget = id.budget(&inputs).as_millis();
                (
                    id,
                    failed(
                        id,
                        msg::over_budget(id.as_str(), u64::try_from(budget).unwrap_or(u64::MAX)),
                        elapsed,
                    ),
                )
            }
            // Every task's id was recorded at spawn; an unknown one is left to the
            // "produced no result" fallback below.
            Err(join_error) => match task_ids.get(&join_error.id()).copied() {
                Some(id) => (id, failed(id, panic_message(join_error), started.elapsed())),
                None => continue,
            },
        };
        pending.retain(|p| *p != id);
        on_pending(&pending);
        results.insert(id, result);
    }

    let mut checks: Vec<CheckResult> = plan
        .iter()
        .map(|(id, p)| match p {
            Plan::Skip(reason) => skipped(*id, reason),
            Plan::Run => results
                .remove(id)
                .unwrap_or_else(|| failed(*id, msg::no_result(), Duration::ZERO)),
        })
        .collect();
    note_fd_exhaustion(
        &mut checks,
        crate::fdlimit::seen().saturating_sub(exhausted_before),
    );
    crate::crosscheck::apply(&mut checks);
    let diagnosis = diagnose::diagnose(&checks);
    let mut report = Report {
        schema_version: SCHEMA_VERSION,
        godiag_version: env!("CARGO_PKG_VERSION").to_string(),
        status: ReportStatus::Ok,
        duration_ms: millis(started.elapsed()),
        fixes: fix::plan(&checks, &diagnosis, &fix::Choices::default()),
        diagnosis,
        checks,
    };
    report.status = ReportStatus::from_worst(report.worst());
    report
}

/// File descriptors ran out during the run: one error on the first check that ran, so the run
/// can never end "ok" on results that only measured the limit.
fn note_fd_exhaustion(checks: &mut [CheckResult], failed_opens: u64) {
    if failed_opens == 0 {
        return;
    }
    let Some(first) = checks.iter_mut().find(|c| c.status != CheckStatus::Skipped) else {
        return;
    };
    first.findings.insert(
        0,
        Finding::new(
            first.id.internal_error_code(),
            match crate::fdlimit::soft_limit() {
                Some(limit) => msg::out_of_files_limit(failed_opens, limit),
                None => msg::out_of_files(failed_opens),
            },
        ),
    );
    first.status = CheckStatus::from_findings(&first.findings);
}

fn panic_message(err: tokio::task::JoinError) -> Message {
    if err.is_cancelled() {
        return msg::cancelled();
    }
    let payload = err.into_panic();
    let text = payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown panic".into());
    msg::panicked(text)
}

fn finished(id: CheckId, outcome: CheckOutcome, elapsed: Duration) -> CheckResult {
    CheckResult {
        id,
        title: msg::check_title(id.as_str()),
        status: CheckStatus::from_findings(&outcome.findings),
        duration_ms: millis(elapsed),
        summary: outcome.summary,
        findings: outcome.findings,
        facts: Some(outcome.facts),
    }
}

fn failed(id: CheckId, message: Message, elapsed: Duration) -> CheckResult {
    let finding = Finding::new(id.internal_error_code(), message.clone());
    CheckResult {
        id,
        title: msg::check_title(id.as_str()),
        status: CheckStatus::Error,
        duration_ms: millis(elapsed),
        summary: message,
        findings: vec![finding],
        facts: None,
    }
}

fn skipped(id: CheckId, reason: &str) -> CheckResult {
    CheckResult {
        id,
        title: msg::check_title(id.as_str()),
        status: CheckStatus::Skipped,
        duration_ms: 0,
        summary: msg::skipped(reason),
        findings: Vec::new(),
        facts: None,
    }
}

/// What the runner says about a check it could not finish. The words are in
/// `locales/<lang>/report.ftl`.
pub(crate) mod msg {
    crate::messages! {
        /// A check ran past its budget.
        over_budget = "run-over-budget" (check, ms);
        /// A check's task ended without a result.
        no_result = "run-no-result" ();
        /// A check's task was cancelled.
        cancelled = "run-cancelled" ();
        /// A check panicked; `detail` is the panic's text.
        panicked = "run-panicked" (detail);
        /// File descriptors ran out during the run.
        out_of_files = "run-out-of-files" (count);
        /// The same, with the soft limit.
        out_of_files_limit = "run-out-of-files-limit" (count, limit);
        /// A check not run: `reason` is `only`, `skip` or `offline`.
        skipped = "run-skipped" (reason);
        /// The title of a check, by id.
        check_title = "run-check-title" (check);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_rules() {
        let all = select(&[], &[], false);
        let ids: Vec<CheckId> = all.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, CheckId::ALL);
        assert!(all.iter().all(|(_, p)| *p == Plan::Run));
        let offline = select(&[], &[], true);
        assert_eq!(offline[2].1, Plan::Skip("offline"));
        let skipped = select(&[], &[CheckId::GoEnv], false);
        assert_eq!(skipped[0].1, Plan::Skip("skip"));
        let only = select(&[CheckId::GoEnv], &[], true);
        assert_eq!(only[0].1, Plan::Run, "go-env is not a network check");
        assert_eq!(only[1].1, Plan::Skip("only"));
        assert_eq!(
            select(&[], &[], true)[1].1,
            Plan::Run,
            "hosts is not a network check"
        );
    }
}
