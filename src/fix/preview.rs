//! From a plan to steps and diffs: which actions would change something, what each file looks
//! like afterwards, and which actions godiag must refuse. Pure apart from the `read` callback,
//! so that `fix` (the preview) and `fix --apply` (under the lock, just before writing) compute
//! the same thing from the same rules.

use std::path::{Path, PathBuf};

use super::diff;
use super::goenv_file;
use super::messages as msg;
use super::model::{FileDiff, Step, StepState};
use crate::go::envfile;
use crate::i18n::Message;
use crate::model::{Action, Applicability, Fix};
use crate::platform::EnvMap;
use crate::vscode::discovery::is_workspace_file;
use crate::vscode::edit;

/// Where `go env -w` writes, as the go-env check found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoEnvTarget {
    /// `go env GOENV`.
    File(PathBuf),
    /// `go env -w` cannot work here; the reason.
    Unavailable(Message),
}

/// A file's text before and after the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileChange {
    pub path: PathBuf,
    /// `None`: the file does not exist yet.
    pub before: Option<String>,
    pub after: String,
    /// The go env file: changed by `go`, never written by godiag.
    pub go_env: bool,
}

impl FileChange {
    pub fn diff(&self) -> FileDiff {
        let file = self.path.display().to_string();
        FileDiff {
            diff: crate::redact::redact(&diff::unified(&file, self.before.as_deref(), &self.after)),
            file,
        }
    }
}

/// The plan, step by step, and the files it changes.
#[derive(Debug, Clone, Default)]
pub struct Preview {
    pub steps: Vec<Step>,
    pub changes: Vec<FileChange>,
}

impl Preview {
    pub fn pending(&self) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(|s| s.state == StepState::Pending)
    }
}

/// Reads a file for the preview: `Ok(None)` when it does not exist.
pub type Read<'a> = dyn Fn(&Path) -> std::io::Result<Option<String>> + 'a;

/// Computes the steps of `fixes`. `os_env` tells which `go env -w` writes an OS variable
/// would shadow.
pub fn preview(fixes: &[Fix], go_env: &GoEnvTarget, os_env: &EnvMap, read: &Read<'_>) -> Preview {
    let mut out = Preview::default();
    for fix in fixes {
        for action in &fix.actions {
            let (state, detail) =
                if fix.applicability == Applicability::Manual || !action.is_automatic() {
                    (StepState::Manual, None)
                } else {
                    step(action, go_env, os_env, read, &mut out.changes)
                };
            out.steps.push(Step {
                fix: fix.description.clone(),
                applicability: fix.applicability,
                action: action.clone(),
                state,
                detail,
                skipped: false,
            });
        }
    }
    out.changes
        .retain(|c| c.before.as_deref() != Some(c.after.as_str()));
    out
}

fn step(
    action: &Action,
    go_env: &GoEnvTarget,
    os_env: &EnvMap,
    read: &Read<'_>,
    changes: &mut Vec<FileChange>,
) -> (StepState, Option<Message>) {
    if let Some((_, value)) = action.assigned()
        && holds_redacted_credentials(value)
    {
        return (StepState::Refused, Some(msg::refused_redacted()));
    }
    match action {
        Action::GoEnvSet { key, value, .. } => {
            go_env_step(key, Some(value), go_env, os_env, read, changes)
        }
        Action::GoEnvUnset { key, .. } => go_env_step(key, None, go_env, os_env, read, changes),
        Action::SettingsSet {
            file,
            setting,
            key,
            value,
            ..
        } if is_shared_settings_file(Path::new(file)) && crate::redact::redact(value) != *value => {
            let why = match user_settings_file(os_env) {
                Some(user_file) => msg::refused_credentials_shared_user_file(file, user_file),
                None => msg::refused_credentials_shared(file),
            };
            (StepState::Refused, Some(why))
        }
        Action::SettingsSet {
            file,
            setting,
            key,
            value,
            ..
        } => settings_step(Path::new(file), setting, key, Some(value), read, changes),
        Action::SettingsRemove {
            file, setting, key, ..
        } => settings_step(Path::new(file), setting, key, None, read, changes),
        Action::Shell { .. } | Action::RemoveLine { .. } => (StepState::Manual, None),
    }
}

/// A settings file of the workspace (`.vscode/settings.json`, `*.code-workspace`): often
/// committed, so it never gets a password.
fn is_shared_settings_file(path: &Path) -> bool {
    is_workspace_file(path) || path.ends_with(".vscode/settings.json")
}

/// As root, a workspace settings file (often in someone else's clone) that belongs to another
/// user is not written, nor created in another user's folder: root would change that user's
/// repository behind their back. `Some(why)` when the step must be refused. The link, if any, is
/// followed: its target is what would be written.
fn another_users_file_as_root(path: &Path) -> Option<Message> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        // SAFETY: geteuid has no preconditions and cannot fail.
        if unsafe { libc::geteuid() } != 0 {
            return None;
        }
        let target = super::atomic::write_target(path).unwrap_or_else(|_| path.to_path_buf());
        if let Ok(meta) = std::fs::metadata(&target) {
            let uid = meta.uid();
            return (uid != 0)
                .then(|| msg::refused_other_users_file(target.display().to_string(), uid));
        }
        // A new file: the nearest folder that exists is where it would be created.
        let (folder, uid) = target
            .ancestors()
            .skip(1)
            .find_map(|dir| std::fs::metadata(dir).ok().map(|m| (dir, m.uid())))?;
        (uid != 0).then(|| {
            msg::refused_other_users_folder(
                target.display().to_string(),
                folder.display().to_string(),
                uid,
            )
        })
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// The user settings file of VS Code on this machine, when known.
fn user_settings_file(env: &EnvMap) -> Option<String> {
    crate::vscode::discovery::user_data_parent(crate::platform::Os::current(), env)
        .map(|d| d.join("Code/User/settings.json").display().to_string())
}

/// The report masks userinfo (`https://***@host`); such a value must never be written.
pub fn holds_redacted_credentials(value: &str) -> bool {
    value.contains(&format!("{}@", crate::redact::MASK))
}

/// The change record of `path`, created from the file's current text on first use.
fn change_for<'c>(
    changes: &'c mut Vec<FileChange>,
    path: &Path,
    go_env: bool,
    read: &Read<'_>,
) -> Result<&'c mut FileChange, Message> {
    if let Some(i) = changes.iter().position(|c| c.path == path) {
        return Ok(&mut changes[i]);
    }
    let before =
        read(path).map_err(|e| msg::cannot_read(path.display().to_string(), e.to_string()))?;
    changes.push(FileChange {
        path: path.to_path_buf(),
        after: before.clone().unwrap_or_default(),
        before,
        go_env,
    });
    let last = changes.len() - 1;
    Ok(&mut changes[last])
}

fn go_env_step(
    key: &str,
    value: Option<&str>,
    target: &GoEnvTarget,
    os_env: &EnvMap,
    read: &Read<'_>,
    changes: &mut Vec<FileChange>,
) -> (StepState, Option<Message>) {
    let path = match target {
        GoEnvTarget::File(path) => path,
        GoEnvTarget::Unavailable(why) => return (StepState::Refused, Some(why.clone())),
    };
    let change = match change_for(changes, path, true, read) {
        Ok(c) => c,
        Err(e) => return (StepState::Refused, Some(e)),
    };
    let entries = envfile::parse(change.after.as_bytes());
    let current = envfile::lookup(&entries, key).map(|e| e.value.as_str());
    let shadow = os_env.get(key).filter(|v| !v.is_empty());
    if current == value {
        let detail = match value {
            Some(_) => msg::already_says_so(path.display().to_string()),
            None => msg::not_in_file(key, path.display().to_string()),
        };
        return (StepState::AlreadyDone, Some(detail));
    }
    change.after = goenv_file::update(&change.after, key, value);
    let detail = match (value, shadow) {
        (Some(v), Some(os)) if os != v => Some(msg::os_env_overrides(key)),
        (None, Some(_)) => Some(msg::os_env_also_sets(key)),
        _ => None,
    };
    (StepState::Pending, detail)
}

fn settings_step(
    path: &Path,
    setting: &str,
    key: &str,
    value: Option<&str>,
    read: &Read<'_>,
    changes: &mut Vec<FileChange>,
) -> (StepState, Option<Message>) {
    if is_shared_settings_file(path)
        && let Some(why) = another_users_file_as_root(path)
    {
        return (StepState::Refused, Some(why));
    }
    let workspace_file = is_workspace_file(path);
    let change = match change_for(changes, path, false, read) {
        Ok(c) => c,
        Err(e) => return (StepState::Refused, Some(e)),
    };
    match edit::set_object_key(&change.after, workspace_file, setting, key, value) {
        Ok(None) => (
            StepState::AlreadyDone,
            Some(msg::already_says_so(path.display().to_string())),
        ),
        Ok(Some(text)) => {
            change.after = text;
            let detail = change
                .before
                .is_none()
                .then(|| msg::will_be_created(path.display().to_string()));
            (StepState::Pending, detail)
        }
        Err(e) => (
            StepState::Refused,
            Some(msg::edit_refused(
                path.display().to_string(),
                edit_message(&e),
            )),
        ),
    }
}

/// What the settings editor refused, in the catalogue's words (the reader's and the editor's
/// own notes as they are).
fn edit_message(e: &edit::EditError) -> Message {
    match e {
        edit::EditError::DoesNotParse(f) => msg::edit_does_not_parse(&f.message, f.line, f.column),
        edit::EditError::NotAnObject(key) => msg::edit_not_an_object(key),
        edit::EditError::Verification(why) => msg::edit_not_applied(why),
    }
}

#[cfg(test)]
mod tests;
