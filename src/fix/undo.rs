//! `godiag fix --undo`: puts back what the last apply changed, from its manifest. A file or go
//! env value the user changed since is left alone (their change wins) and kept in the manifest,
//! and the report says where the backup is; `--undo --force` then restores it, after keeping a
//! copy of the user's version.

use std::path::Path;
use std::time::Duration;

use super::atomic;
use super::atomic::sha256_hex;
use super::goenv_file::{go_env_command, go_env_file_value};
use super::messages as msg;
use super::model::{Restored, StepState};
use super::state::{FileBackup, State};
use crate::go::command;
use crate::go::command::InvocationOutcome;
use crate::i18n::Value;
use crate::model::shell_quote;

/// Undoes the last apply; `Ok(None)` when there is none. What the user changed since is left
/// as it is unless `force`, and stays in the manifest so that a later `--undo --force` can
/// still restore it; with `force` it is overwritten, a file after a copy of the user's version
/// is kept next to the backups.
pub async fn undo(
    state: &State,
    dir: &Path,
    timeout: Duration,
    force: bool,
) -> anyhow::Result<Option<(String, Vec<Restored>)>> {
    let Some(mut backup) = state.last_backup()? else {
        return Ok(None);
    };
    let mut restored = Vec::new();
    // The manifest entries still to undo afterwards: refused (the user's change) or failed.
    let mut keep_go_env = Vec::new();
    let mut keep_files = Vec::new();
    for (index, change) in backup.manifest.go_env.iter().enumerate().rev() {
        let mut item = Restored {
            target: change.key.clone(),
            command: go_env_command(&change.key, change.before.as_deref()),
            state: StepState::Applied,
            detail: None,
        };
        let now = backup
            .manifest
            .go_env_file
            .as_deref()
            .and_then(|f| go_env_file_value(Path::new(f), &change.key));
        let go = backup.manifest.go.clone();
        let changed_since = now != change.after;
        if now == change.before {
            item.state = StepState::AlreadyDone;
        } else if changed_since && !force {
            item.state = StepState::Refused;
            let shown = |v: Option<&str>| v.map_or_else(|| msg::unset().into(), Value::from);
            item.detail = Some(msg::undo_changed_since(
                &change.key,
                shown(now.as_deref()),
                shown(change.before.as_deref()),
            ));
        } else if let Some(go) = go {
            let run = command::go_env_write(
                Path::new(&go),
                dir,
                &change.key,
                change.before.as_deref(),
                timeout,
            )
            .await;
            if run.invocation.outcome != InvocationOutcome::Ok {
                item.state = StepState::Failed;
                item.detail = Some(msg::undo_go_failed(
                    &run.invocation.command,
                    msg::outcome(run.invocation.outcome),
                    run.invocation.stderr.trim(),
                ));
            } else if changed_since {
                item.detail = Some(msg::undo_overwrote(
                    &change.key,
                    now.as_deref()
                        .map_or_else(|| msg::unset_parenthesised().into(), Value::from),
                ));
            }
        } else {
            item.state = StepState::Failed;
            item.detail = Some(msg::undo_no_go());
        }
        if matches!(item.state, StepState::Refused | StepState::Failed) {
            keep_go_env.push(index);
        }
        restored.push(item);
    }
    for (index, file) in backup.manifest.files.iter().enumerate().rev() {
        let item = restore_file(&backup.dir, index, file, force);
        if matches!(item.state, StepState::Refused | StepState::Failed) {
            keep_files.push(index);
        }
        restored.push(item);
    }
    // Done entries leave the manifest; the others wait for another --undo (a failure) or
    // --undo --force (the user's change). An apply with nothing left is undone.
    let mut i = 0;
    backup.manifest.go_env.retain(|_| {
        i += 1;
        keep_go_env.contains(&(i - 1))
    });
    let mut i = 0;
    backup.manifest.files.retain(|_| {
        i += 1;
        keep_files.contains(&(i - 1))
    });
    backup.manifest.undone = backup.manifest.go_env.is_empty() && backup.manifest.files.is_empty();
    backup.save()?;
    Ok(Some((backup.dir.display().to_string(), restored)))
}

/// Puts one settings file back from its backup (or removes it, when godiag created it), unless
/// it changed since godiag wrote it and `force` is off.
fn restore_file(backup_dir: &Path, index: usize, file: &FileBackup, force: bool) -> Restored {
    let path = Path::new(&file.path);
    let backup_path = file.backup.as_ref().map(|b| backup_dir.join(b));
    let mut item = Restored {
        target: file.path.clone(),
        command: match &backup_path {
            Some(b) => format!(
                "cp {} {}",
                shell_quote(&b.display().to_string()),
                shell_quote(&file.path)
            ),
            None => format!("rm {}", shell_quote(&file.path)),
        },
        state: StepState::Applied,
        detail: None,
    };
    // A user's file swapped for a FIFO or grown past any settings size is "changed".
    let read = crate::readcap::read(path, crate::readcap::caps::SETTINGS);
    let missing = matches!(read, Err(crate::readcap::ReadError::NotFound));
    let current = read.ok().filter(|r| !r.truncated).map(|r| r.data);
    let unchanged =
        current.as_deref().map(sha256_hex).as_deref() == Some(file.written_sha256.as_str());
    if !unchanged && !force {
        item.state = StepState::Refused;
        item.detail = Some(match &backup_path {
            Some(b) => msg::undo_file_changed_written(b.display().to_string()),
            None => msg::undo_file_changed_created(),
        });
        return item;
    }
    let mut detail = None;
    if !unchanged {
        // --force: keep what is there now before overwriting it; never lose the user's file.
        match (&current, missing) {
            (Some(data), _) => {
                let kept = backup_dir.join(format!("{index}.yours"));
                if let Err(e) = atomic::write(&kept, data) {
                    item.state = StepState::Failed;
                    item.detail = Some(msg::undo_cannot_keep_copy(
                        kept.display().to_string(),
                        e.to_string(),
                    ));
                    return item;
                }
                detail = Some(msg::undo_kept_yours(kept.display().to_string()));
            }
            (None, true) => {
                detail = Some(msg::undo_was_deleted());
            }
            (None, false) => {
                item.state = StepState::Refused;
                item.detail = Some(msg::undo_not_a_settings_file());
                return item;
            }
        }
    }
    let result = match &backup_path {
        Some(b) => std::fs::read(b).and_then(|data| atomic::write(path, &data)),
        None if missing => Ok(()),
        None => std::fs::remove_file(path),
    };
    match result {
        Ok(()) => item.detail = detail,
        Err(e) => {
            item.state = StepState::Failed;
            item.detail = Some(msg::os_error(e.to_string()));
        }
    }
    item
}
