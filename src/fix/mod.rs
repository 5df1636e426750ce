//! `godiag fix`: the fixes attached to findings gathered into one plan, previewed as commands
//! and diffs, applied with backups, undone, and verified with Go itself.
//!
//! The planning half is pure (this module, [`choices`], [`goenv_file`], [`preview`]); the
//! other half does the I/O: [`apply`] (through the user's `go` and [`atomic`] writes),
//! [`state`] (lock, backups, manifest), [`undo`] and [`verify`]; [`remaining`] says what an
//! apply left.

pub mod apply;
pub mod atomic;
pub mod choices;
pub mod diff;
pub mod goenv_file;
pub mod messages;
pub mod model;
pub mod preview;
pub mod remaining;
pub mod state;
pub mod undo;
pub mod verify;

use std::collections::HashSet;

use crate::checks::Facts;
use crate::checks::vscode::rules::TOOLS_ENV_VARS;
use crate::model::{Action, Applicability, Fix};
use crate::results::{CheckResult, Diagnosis};

pub use choices::Choices;

/// The fixes of all findings, in `diagnosis` order (each cause before its symptoms), then in
/// report order, with every action once: an action a safe fix performs is dropped from manual
/// ones, any other repeat from later fixes, and a fix left with no action is dropped whole. Running the plan top to bottom never repeats a step.
///
/// `choices` (`--proxy`, `--sumdb`) replace the measured values; then every `go.toolsEnvVars`
/// entry that would disagree with the planned go env value is brought in line, so that gopls
/// and the terminal end up with the same settings.
pub fn plan(checks: &[CheckResult], diagnosis: &[Diagnosis], choices: &Choices) -> Vec<Fix> {
    // The diagnosis's causes first, each before the fixes of its symptoms: removing a dead
    // hosts pin comes before switching mirrors around it. Then every other finding.
    let mut order: Vec<(crate::checks::CheckId, usize)> = diagnosis
        .iter()
        .flat_map(|d| d.covers.iter().copied())
        .collect();
    for c in checks {
        for i in 0..c.findings.len() {
            if !order.contains(&(c.id, i)) {
                order.push((c.id, i));
            }
        }
    }
    let finding = |(id, i): &(crate::checks::CheckId, usize)| {
        checks
            .iter()
            .find(|c| c.id == *id)
            .and_then(|c| c.findings.get(*i))
    };
    // The fix of a symptom whose cause has its own fix works around the cause: say so.
    let workarounds: Vec<(crate::checks::CheckId, usize)> = diagnosis
        .iter()
        .filter(|d| {
            d.covers
                .first()
                .and_then(&finding)
                .is_some_and(|f| f.fix.is_some())
        })
        .flat_map(|d| d.covers.iter().skip(1).copied())
        .collect();
    let mut fixes: Vec<Fix> = order
        .iter()
        .filter_map(|at| {
            let mut fix = finding(at)?.fix.clone()?;
            if workarounds.contains(at) {
                fix.description = messages::around_it(fix.description);
            }
            Some(fix)
        })
        .collect();
    choices.apply(&mut fixes);
    align_editor(&mut fixes, checks);
    dedupe(fixes)
}

/// Every action once: a manual fix does not repeat what a safe fix will do, and otherwise the
/// first fix that names an action keeps it.
fn dedupe(fixes: Vec<Fix>) -> Vec<Fix> {
    let done_by_apply: HashSet<String> = fixes
        .iter()
        .filter(|f| f.applicability == Applicability::Safe)
        .flat_map(|f| &f.actions)
        .map(|a| a.command().to_string())
        .collect();
    let mut seen: HashSet<String> = HashSet::new();
    fixes
        .into_iter()
        .filter_map(|fix| {
            let actions: Vec<_> = fix
                .actions
                .iter()
                .filter(|a| {
                    let command = a.command();
                    let left_to_apply = fix.applicability == Applicability::Manual
                        && done_by_apply.contains(command);
                    !left_to_apply && seen.insert(command.to_string())
                })
                .cloned()
                .collect();
            (!actions.is_empty()).then_some(Fix { actions, ..fix })
        })
        .collect()
}

/// The plan without the steps already in place, as [`preview::preview`] finds them — the same
/// rules `fix --apply` follows, so the report never suggests a step it would then call "already
/// done". Steps of manual fixes are looked at too (a `go env -w` the file already holds, a
/// settings key that already has the value), as if godiag were to make them. A fix left with
/// no step is dropped.
pub fn outstanding(
    fixes: &[Fix],
    go_env: &preview::GoEnvTarget,
    os_env: &crate::platform::EnvMap,
    read: &preview::Read<'_>,
) -> Vec<Fix> {
    let as_if_safe: Vec<Fix> = fixes
        .iter()
        .map(|f| Fix {
            applicability: Applicability::Safe,
            ..f.clone()
        })
        .collect();
    let seen = preview::preview(&as_if_safe, go_env, os_env, read);
    let mut states = seen.steps.iter().map(|s| s.state);
    fixes
        .iter()
        .filter_map(|fix| {
            let actions: Vec<Action> = fix
                .actions
                .iter()
                .filter(|_| states.next() != Some(model::StepState::AlreadyDone))
                .cloned()
                .collect();
            (!actions.is_empty()).then(|| Fix {
                actions,
                ..fix.clone()
            })
        })
        .collect()
}

/// The value a safe fix of the plan gives to the go env variable `name`, if any.
pub fn planned_go_env(fixes: &[Fix], name: &str) -> Option<String> {
    fixes
        .iter()
        .rev()
        .filter(|f| f.applicability == Applicability::Safe)
        .flat_map(|f| f.actions.iter().rev())
        .find_map(|a| match a {
            Action::GoEnvSet { key, value, .. } if key == name => Some(value.clone()),
            _ => None,
        })
}

/// Adds, to the fix that changes a go env variable, the `go.toolsEnvVars` edits that give the
/// editor's tools the same value, replacing any earlier edit of the same key.
fn align_editor(fixes: &mut [Fix], checks: &[CheckResult]) {
    let Some(vscode) = checks.iter().find_map(|c| match &c.facts {
        Some(Facts::Vscode(v)) => Some(v),
        _ => None,
    }) else {
        return;
    };
    for name in ["GOPROXY", "GOSUMDB"] {
        let Some(value) = planned_go_env(fixes, name) else {
            continue;
        };
        let mut edits: Vec<Action> = Vec::new();
        for v in vscode.windows.iter().flat_map(|w| &w.variables) {
            if v.name == name && v.setting.as_deref() == Some(TOOLS_ENV_VARS) && v.value != value {
                let edit = Action::settings_set(&v.file, TOOLS_ENV_VARS, name, &value);
                if !edits.contains(&edit) {
                    edits.push(edit);
                }
            }
        }
        if edits.is_empty() {
            continue;
        }
        for fix in fixes.iter_mut() {
            fix.actions
                .retain(|a| !edits.iter().any(|e| same_setting(a, e)));
        }
        let owner = fixes.iter_mut().rev().find(|f| {
            f.applicability == Applicability::Safe
                && f.actions
                    .iter()
                    .any(|a| a.assigned().is_some_and(|(k, _)| k == name))
        });
        if let Some(owner) = owner {
            owner.actions.extend(edits);
        }
    }
}

/// Whether two actions edit the same key of the same settings file.
fn same_setting(a: &Action, b: &Action) -> bool {
    a.settings_target().is_some() && a.settings_target() == b.settings_target()
}

#[cfg(test)]
mod tests;
