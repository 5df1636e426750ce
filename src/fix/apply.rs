//! `godiag fix --apply`: the pending steps of a preview, performed. go env changes go through
//! the user's own `go`; settings files are written atomically after a backup. Every change is
//! recorded in the manifest *before* it is made, so an interrupted apply can still be undone.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::atomic;
use super::goenv_file::{go_env_command, go_env_file_value};
use super::messages as msg;
use super::model::{FileDiff, Step, StepState};
use super::preview::{self, FileChange, GoEnvTarget, Preview};
use super::state::{Backup, GoEnvChange, State};
use crate::go::command;
use crate::go::command::InvocationOutcome;
use crate::i18n::Message;
use crate::model::{Action, Fix};
use crate::platform::{EnvMap, Os, unset_command};

/// Go's words when `go env -w` wrote a value an OS variable overrides (envcmd/env.go).
const CONFLICT_WARNING: &str = "does not override conflicting OS environment variable";

/// What apply needs to know about the machine.
#[derive(Debug, Clone)]
pub struct Context {
    pub os: Os,
    /// The go command the go-env check used; `None` when there is none.
    pub go: Option<PathBuf>,
    pub go_env: GoEnvTarget,
    pub env: EnvMap,
    /// Where go runs.
    pub dir: PathBuf,
    /// The deadline of each go command.
    pub timeout: Duration,
}

/// The result of an apply: every step's final state, the files it changed, and the backup
/// folder (`None` when nothing changed).
#[derive(Debug)]
pub struct Applied {
    pub preview: Preview,
    pub backup: Option<Backup>,
}

impl Applied {
    /// The diffs of what this apply changed: each settings file as written, and the go env file
    /// as go left it (not as the preview expected go to write it).
    pub fn diffs(&self) -> Vec<FileDiff> {
        let made = |path: &Path| {
            self.preview.steps.iter().any(|s| {
                matches!(s.state, StepState::Applied | StepState::Ineffective)
                    && step_file(&s.action, &self.preview) == Some(path)
            })
        };
        self.preview
            .changes
            .iter()
            .filter(|c| made(&c.path))
            .map(|c| {
                if c.go_env {
                    let mut actual = c.clone();
                    actual.after = read_file(&c.path).ok().flatten().unwrap_or_default();
                    actual.diff()
                } else {
                    c.diff()
                }
            })
            .collect()
    }
}

/// The file a step changes: a settings file, or the go env file for go env steps.
fn step_file<'a>(action: &'a Action, preview: &'a Preview) -> Option<&'a Path> {
    match action {
        Action::GoEnvSet { .. } | Action::GoEnvUnset { .. } => preview
            .changes
            .iter()
            .find(|c| c.go_env)
            .map(|c| c.path.as_path()),
        other => settings_file(other),
    }
}

/// Reads a file for the preview, `None` when it does not exist. A FIFO, a device or a file larger
/// than any settings file is an error: it is never read whole, and never written.
pub fn read_file(path: &Path) -> std::io::Result<Option<String>> {
    use crate::readcap::{self, ReadError, caps};
    match readcap::read(path, caps::SETTINGS) {
        Ok(read) if read.truncated => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            read.truncation_note().unwrap_or_default(),
        )),
        Ok(read) => String::from_utf8(read.data).map(Some).map_err(|_| {
            std::io::Error::new(std::io::ErrorKind::InvalidData, msg::not_utf8().to_string())
        }),
        Err(ReadError::NotFound) => Ok(None),
        Err(e) => Err(std::io::Error::new(e.kind(), e.to_string())),
    }
}

/// Applies the plan. The caller holds the state lock.
pub async fn apply(fixes: &[Fix], ctx: &Context, state: &State) -> anyhow::Result<Applied> {
    // Planned again under the lock, from the files as they are now.
    let mut preview = preview::preview(fixes, &ctx.go_env, &ctx.env, &read_file);
    let mut backup = state.new_backup()?;
    if preview.pending().next().is_none() {
        return Ok(Applied {
            preview,
            backup: backup.finish()?,
        });
    }
    backup.manifest.go = ctx.go.as_ref().map(|g| g.display().to_string());
    if let GoEnvTarget::File(path) = &ctx.go_env {
        backup.manifest.go_env_file = Some(path.display().to_string());
    }
    for i in 0..preview.steps.len() {
        if preview.steps[i].state != StepState::Pending {
            continue;
        }
        let (key, value) = match &preview.steps[i].action {
            Action::GoEnvSet { key, value, .. } => (key.clone(), Some(value.clone())),
            Action::GoEnvUnset { key, .. } => (key.clone(), None),
            _ => continue,
        };
        let (state, detail) = go_env_write(ctx, &mut backup, &key, value.as_deref()).await?;
        let step = &mut preview.steps[i];
        step.state = state;
        step.detail = detail.or(step.detail.take());
    }
    skip_dependent_edits(&mut preview.steps);
    let files: Vec<FileChange> = preview
        .changes
        .iter()
        .filter(|c| !c.go_env)
        .filter(|c| {
            // A file holding a skipped edit is not written at all: its planned text has it.
            !preview.steps.iter().any(|s| {
                s.state == StepState::Refused
                    && s.skipped
                    && settings_file(&s.action) == Some(c.path.as_path())
            })
        })
        .cloned()
        .collect();
    for change in files {
        let (state, detail) = write_settings(&change, &mut backup);
        for step in preview.steps.iter_mut().filter(|s| {
            s.state == StepState::Pending && settings_file(&s.action) == Some(change.path.as_path())
        }) {
            step.state = state;
            if detail.is_some() {
                step.detail.clone_from(&detail);
            }
        }
    }
    Ok(Applied {
        preview,
        backup: backup.finish()?,
    })
}

/// An editor edit of a Go variable is meant to match the `go env -w` of the same variable:
/// when that write failed, applying the edit alone leaves editor and terminal disagreeing.
/// Such edits, and the other edits of their file, are refused with the reason.
fn skip_dependent_edits(steps: &mut [Step]) {
    let failed: Vec<(String, String)> = steps
        .iter()
        .filter(|s| matches!(s.state, StepState::Failed | StepState::Refused))
        .filter_map(|s| match &s.action {
            Action::GoEnvSet { key, .. } | Action::GoEnvUnset { key, .. } => {
                Some((key.clone(), s.action.command().to_string()))
            }
            _ => None,
        })
        .collect();
    if failed.is_empty() {
        return;
    }
    let mut files: Vec<(String, String)> = Vec::new();
    for step in steps.iter_mut().filter(|s| s.state == StepState::Pending) {
        let Some((file, _, key)) = step.action.settings_target() else {
            continue;
        };
        if let Some((_, command)) = failed.iter().find(|(k, _)| k == key) {
            files.push((file.to_string(), command.clone()));
            step.state = StepState::Refused;
            step.skipped = true;
            step.detail = Some(msg::skipped_failed_write(command));
        }
    }
    for step in steps.iter_mut().filter(|s| s.state == StepState::Pending) {
        let Some((file, _, _)) = step.action.settings_target() else {
            continue;
        };
        if let Some((_, command)) = files.iter().find(|(f, _)| f == file) {
            step.state = StepState::Refused;
            step.skipped = true;
            step.detail = Some(msg::skipped_same_file(file, command));
        }
    }
}

fn settings_file(action: &Action) -> Option<&Path> {
    action.settings_target().map(|(file, _, _)| Path::new(file))
}

/// The value the go env file holds for `key` now.
fn file_value(ctx: &Context, key: &str) -> Option<String> {
    match &ctx.go_env {
        GoEnvTarget::File(path) => go_env_file_value(path, key),
        GoEnvTarget::Unavailable(_) => None,
    }
}

/// Runs `go env -w KEY=VALUE` or `go env -u KEY`, recorded in the manifest first.
async fn go_env_write(
    ctx: &Context,
    backup: &mut Backup,
    key: &str,
    value: Option<&str>,
) -> anyhow::Result<(StepState, Option<Message>)> {
    let Some(go) = &ctx.go else {
        return Ok((StepState::Refused, Some(msg::no_go_to_run())));
    };
    let before = file_value(ctx, key);
    backup.manifest.go_env.push(GoEnvChange {
        key: key.to_string(),
        before,
        after: value.map(str::to_string),
    });
    backup.save()?;
    let run = command::go_env_write(go, &ctx.dir, key, value, ctx.timeout).await;
    let stderr = run
        .stderr
        .as_deref()
        .map(|e| String::from_utf8_lossy(e).into_owned())
        .unwrap_or_default();
    let outcome = run.invocation.outcome;
    if outcome != InvocationOutcome::Ok {
        // Nothing was written: the manifest must not claim it.
        if file_value(ctx, key).as_deref() != value {
            backup.manifest.go_env.pop();
            backup.save()?;
        }
        let why = match outcome {
            InvocationOutcome::Timeout => msg::go_timeout(run.invocation.timeout_ms),
            _ => {
                let said = run.invocation.stderr.trim();
                let said = if said.is_empty() {
                    run.invocation.error.clone().unwrap_or_default()
                } else {
                    said.to_string()
                };
                msg::go_failed(go_env_command(key, value), said)
            }
        };
        return Ok((StepState::Failed, Some(why)));
    }
    if stderr.contains(CONFLICT_WARNING) {
        return Ok((
            StepState::Ineffective,
            Some(msg::go_warned_override(key, unset_command(ctx.os, key))),
        ));
    }
    Ok((StepState::Applied, None))
}

/// Backs up and writes one settings file, unless it changed since it was read.
fn write_settings(change: &FileChange, backup: &mut Backup) -> (StepState, Option<Message>) {
    write_settings_with(change, backup, || {})
}

/// [`write_settings`]; `after_backup` runs once the backup is durable, before the final
/// re-check (tests use it to save the file in that window, as a user's editor would).
fn write_settings_with(
    change: &FileChange,
    backup: &mut Backup,
    after_backup: impl FnOnce(),
) -> (StepState, Option<Message>) {
    let path = &change.path;
    let shown = path.display().to_string();
    let changed = || Some(msg::changed_meanwhile(&shown));
    let seen = match atomic::fingerprint(path) {
        Ok(f) => f,
        Err(e) => {
            return (
                StepState::Failed,
                Some(msg::cannot_read(&shown, e.to_string())),
            );
        }
    };
    match read_file(path) {
        Ok(now) if now == change.before => {}
        Ok(_) => return (StepState::Failed, changed()),
        Err(e) => {
            return (
                StepState::Failed,
                Some(msg::cannot_read(&shown, e.to_string())),
            );
        }
    }
    let target = match atomic::write_target(path) {
        Ok(t) => t,
        Err(e) => {
            return (
                StepState::Failed,
                Some(msg::cannot_resolve(&shown, e.to_string())),
            );
        }
    };
    if let Err(e) = backup.keep(
        &target,
        change.before.as_deref().map(str::as_bytes),
        change.after.as_bytes(),
    ) {
        return (
            StepState::Failed,
            Some(msg::backup_failed(format!("{e:#}"), &shown)),
        );
    }
    after_backup();
    // The backup and manifest fsyncs take time: a save by the user may have landed since the
    // comparison above. Compare again right before the rename.
    let mut raced = false;
    let result = atomic::write_checked(path, change.after.as_bytes(), || {
        if atomic::fingerprint(path)? == seen {
            Ok(())
        } else {
            raced = true;
            Err(std::io::Error::other("changed"))
        }
    });
    match result {
        Ok(()) => (StepState::Applied, None),
        Err(e) => {
            backup.manifest.files.pop();
            let _ = backup.save();
            if raced {
                return (StepState::Failed, changed());
            }
            (
                StepState::Failed,
                Some(msg::cannot_write(&shown, e.to_string())),
            )
        }
    }
}

/// Whether any step needs the user: failed, ineffective or refused.
pub fn has_problems(steps: &[Step]) -> bool {
    steps.iter().any(|s| {
        matches!(
            s.state,
            StepState::Failed | StepState::Ineffective | StepState::Refused
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::state::State;

    fn change(path: &Path, before: &str, after: &str) -> FileChange {
        FileChange {
            path: path.to_path_buf(),
            before: Some(before.to_string()),
            after: after.to_string(),
            go_env: false,
        }
    }

    #[test]
    fn a_save_between_the_backup_and_the_rename_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let state = State::lock(&dir.path().join("state")).unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, "{}").unwrap();
        let mut backup = state.new_backup().unwrap();
        let (state_after, detail) =
            write_settings_with(&change(&path, "{}", "{\"a\": 1}"), &mut backup, || {
                std::fs::write(&path, "{\"saved\": true}").unwrap();
            });
        assert_eq!(state_after, StepState::Failed);
        assert!(
            detail
                .unwrap()
                .render(crate::i18n::Lang::En)
                .contains("changed while godiag")
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"saved\": true}");
        // Undo must not "restore" over the user's save: the manifest does not list the file.
        assert!(backup.manifest.files.is_empty());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn an_unchanged_file_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let state = State::lock(&dir.path().join("state")).unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, "{}").unwrap();
        let mut backup = state.new_backup().unwrap();
        let (s, _) = write_settings(&change(&path, "{}", "{\"a\": 1}"), &mut backup);
        assert_eq!(s, StepState::Applied);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\": 1}");
    }
}
