//! `godiag fix --undo`: puts back what the last apply changed, from its manifest. A file or go
//! env value the user changed since is left alone (their change wins), and the report says
//! where the backup is.

use std::path::Path;
use std::time::Duration;

use super::atomic;
use super::atomic::sha256_hex;
use super::goenv_file::{go_env_command, go_env_file_value};
use super::model::{Restored, StepState};
use super::state::State;
use crate::go::command;
use crate::go::command::InvocationOutcome;
use crate::model::shell_quote;

/// Undoes the last apply; `Ok(None)` when there is none.
pub async fn undo(
    state: &State,
    dir: &Path,
    timeout: Duration,
) -> anyhow::Result<Option<(String, Vec<Restored>)>> {
    let Some(mut backup) = state.last_backup()? else {
        return Ok(None);
    };
    let mut restored = Vec::new();
    for change in backup.manifest.go_env.iter().rev() {
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
        if now == change.before {
            item.state = StepState::AlreadyDone;
        } else if now != change.after {
            item.state = StepState::Refused;
            item.detail = Some(format!(
                "{} changed since the apply (now {}): left as it is",
                change.key,
                now.as_deref().unwrap_or("unset")
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
                item.detail = Some(format!(
                    "{} {}: {}",
                    run.invocation.command,
                    run.invocation.outcome.describe(),
                    run.invocation.stderr.trim()
                ));
            }
        } else {
            item.state = StepState::Failed;
            item.detail = Some("the manifest does not say which go made the change".into());
        }
        restored.push(item);
    }
    for file in backup.manifest.files.iter().rev() {
        let path = Path::new(&file.path);
        let backup_path = file.backup.as_ref().map(|b| backup.dir.join(b));
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
        let current = crate::readcap::read(path, crate::readcap::caps::SETTINGS)
            .ok()
            .filter(|r| !r.truncated)
            .map(|r| r.data);
        if current.as_deref().map(sha256_hex).as_deref() != Some(file.written_sha256.as_str()) {
            item.state = StepState::Refused;
            item.detail = Some(match &backup_path {
                Some(b) => format!(
                    "the file changed since godiag wrote it: left as it is; the original is in {}",
                    b.display()
                ),
                None => "the file changed since godiag created it: left as it is".into(),
            });
        } else {
            let result = match &backup_path {
                Some(b) => std::fs::read(b).and_then(|data| atomic::write(path, &data)),
                None => std::fs::remove_file(path),
            };
            if let Err(e) = result {
                item.state = StepState::Failed;
                item.detail = Some(e.to_string());
            }
        }
        restored.push(item);
    }
    // A failed step can be retried with another --undo; changes the user made since are theirs.
    if !restored.iter().any(|r| r.state == StepState::Failed) {
        backup.manifest.undone = true;
        backup.save()?;
    }
    Ok(Some((backup.dir.display().to_string(), restored)))
}
