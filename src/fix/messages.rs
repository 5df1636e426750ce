//! What the fix plan and `fix --apply`, `--undo` and `--verify` say. The words are in
//! `locales/<lang>/fix.ftl`.

crate::messages! {
    /// A symptom's fix offered after its cause's: a way around the cause, not its repair.
    around_it = "fix-around-it" (fix);
    /// A fix `--proxy` or `--sumdb` (`flag`) adds: set `variable` to the chosen value.
    as_flag_asks = "fix-as-flag-asks" (variable, flag);

    /// Why `go env -w` cannot work: the go-env check did not run.
    go_env_unavailable_not_run = "fix-go-env-unavailable-not-run" ();
    /// Why `go env -w` cannot work: no go command.
    go_env_unavailable_no_go = "fix-go-env-unavailable-no-go" ();
    /// Why `go env -w` cannot work: GOENV=off.
    go_env_unavailable_off = "fix-go-env-unavailable-off" ();
    /// Why `go env -w` cannot work: go env named no GOENV file.
    go_env_unavailable_no_file = "fix-go-env-unavailable-no-file" ();
    /// Why `go env -w` cannot work: go env did not answer.
    go_env_unavailable_no_answer = "fix-go-env-unavailable-no-answer" ();
    /// `--verify` found no go command to download with.
    verify_no_go = "fix-verify-no-go" ();

    // Step details: the preview.
    /// Refused: the value was masked in a report (`***@`).
    refused_redacted = "fix-refused-redacted" ();
    /// Refused: credentials would land in a workspace settings file.
    refused_credentials_shared = "fix-refused-credentials-shared" (file);
    /// The same, naming the user settings file to use instead.
    refused_credentials_shared_user_file = "fix-refused-credentials-shared-user-file" (file, user_file);
    /// Refused as root: the workspace file `path` belongs to user `uid`.
    refused_other_users_file = "fix-refused-other-users-file" (path, uid);
    /// Refused as root: `path` would be created in `folder`, which belongs to user `uid`.
    refused_other_users_folder = "fix-refused-other-users-folder" (path, folder, uid);
    /// A file could not be read; `error` is the OS's words.
    cannot_read = "fix-cannot-read" (path, error);
    /// Nothing to do: `path` already holds the value.
    already_says_so = "fix-already-says-so" (path);
    /// Nothing to do: `variable` is not in the go env file `path`.
    not_in_file = "fix-not-in-file" (variable, path);
    /// A `go env -w` an OS variable shadows.
    os_env_overrides = "fix-os-env-overrides" (variable);
    /// A `go env -u` that leaves an OS variable's value in effect.
    os_env_also_sets = "fix-os-env-also-sets" (variable);
    /// A settings file the step creates.
    will_be_created = "fix-will-be-created" (path);
    /// The settings editor refused: `path` and why ([`edit_does_not_parse`],
    /// [`edit_not_an_object`], [`edit_not_applied`]).
    edit_refused = "fix-edit-refused" (path, why);
    /// The file does not parse: the reader's own `error` at `line`, `column`.
    edit_does_not_parse = "fix-edit-does-not-parse" (error, line, column);
    /// The setting `key` is not an object.
    edit_not_an_object = "fix-edit-not-an-object" (key);
    /// The edit failed its own check; `why` is the check's (English) note.
    edit_not_applied = "fix-edit-not-applied" (why);

    // Step details: apply.
    /// Skipped: the `go env -w` it matches (`command`) failed.
    skipped_failed_write = "fix-skipped-failed-write" (command);
    /// Skipped: `file` holds another edit that depends on the failed `command`.
    skipped_same_file = "fix-skipped-same-file" (file, command);
    /// No go to run `go env -w` with.
    no_go_to_run = "fix-no-go-to-run" ();
    /// `go env -w` ran past its deadline of `ms` milliseconds.
    go_timeout = "fix-go-timeout" (ms);
    /// `go env -w` (`command`) failed; `said` is go's stderr or the OS's error.
    go_failed = "fix-go-failed" (command, said);
    /// go wrote the value but warned that an OS variable overrides it; `unset` is the
    /// command that removes the variable.
    go_warned_override = "fix-go-warned-override" (variable, unset);
    /// The file changed between reading and writing.
    changed_meanwhile = "fix-changed-meanwhile" (path);
    /// A symbolic link could not be followed.
    cannot_resolve = "fix-cannot-resolve" (path, error);
    /// The backup failed (`error`: what failed and the OS's words); the file is untouched.
    backup_failed = "fix-backup-failed" (error, path);
    /// The write failed; the file is unchanged.
    cannot_write = "fix-cannot-write" (path, error);
    /// A file that is not UTF-8 text is neither read nor written.
    not_utf8 = "fix-not-utf8" ();
    /// A read-only file godiag does not replace.
    read_only = "fix-read-only" (path);
    /// No temporary file could be created next to the file.
    no_temp_file = "fix-no-temp-file" (folder);
    /// A detail that is the OS's own error, as it is.
    os_error = "fix-os-error" (error);

    // The state folder (the errors of `fix --apply` and `--undo`).
    /// The state folder could not be created.
    cannot_create_state = "fix-cannot-create-state" (path);
    /// The lock file could not be opened.
    cannot_open_lock = "fix-cannot-open-lock" (path);
    /// Another godiag holds the lock.
    lock_busy = "fix-lock-busy" (path);
    /// The lock could not be taken.
    cannot_lock = "fix-cannot-lock" (path);
    /// The backup folder could not be created.
    cannot_create_backup = "fix-cannot-create-backup" (path);
    /// The backups folder could not be listed.
    cannot_list = "fix-cannot-list" (path);
    /// A manifest could not be read.
    cannot_read_manifest = "fix-cannot-read-manifest" (path);
    /// A manifest is not godiag's.
    not_a_manifest = "fix-not-a-manifest" (path);
    /// A file could not be copied into the backup folder.
    cannot_back_up = "fix-cannot-back-up" (path);
    /// The manifest could not be written.
    cannot_write_manifest = "fix-cannot-write-manifest" (path);

    // Undo.
    /// A go env value the user changed since the apply: `now` and `before` are values or
    /// [`unset`].
    undo_changed_since = "fix-undo-changed-since" (variable, now, before);
    /// "unset", for a variable with no value.
    unset = "fix-unset" ();
    /// "(unset)", for a variable with no value, in a `NAME=value` text.
    unset_parenthesised = "fix-unset-parenthesised" ();
    /// `--force` overwrote a value set since the apply.
    undo_overwrote = "fix-undo-overwrote" (variable, now);
    /// Undoing a go env change failed: `command`, how (`outcome`) and go's stderr.
    undo_go_failed = "fix-undo-go-failed" (command, outcome, stderr);
    /// The manifest does not name the go that made the change.
    undo_no_go = "fix-undo-no-go" ();
    /// A file godiag wrote changed since; the original is in `original`.
    undo_file_changed_written = "fix-undo-file-changed-written" (original);
    /// A file godiag created changed since.
    undo_file_changed_created = "fix-undo-file-changed-created" ();
    /// `--force` could not keep a copy of the user's version.
    undo_cannot_keep_copy = "fix-undo-cannot-keep-copy" (path, error);
    /// `--force` overwrote the user's version, kept in `path`.
    undo_kept_yours = "fix-undo-kept-yours" (path);
    /// `--force`: the file had been deleted.
    undo_was_deleted = "fix-undo-was-deleted" ();
    /// The file is no longer one godiag can read and keep.
    undo_not_a_settings_file = "fix-undo-not-a-settings-file" ();

    // Verify.
    /// The temporary module could not be created.
    verify_no_temp_module = "fix-verify-no-temp-module" (error);
    /// `go mod download` ran past its deadline.
    verify_timeout = "fix-verify-timeout" (ms);
    /// How a go command ended: `ok`, `timeout`, `spawn-failed`, `failed`, `bad-output`.
    go_outcome = "fix-go-outcome" (outcome);
    /// go ended without output; `outcome` is how ([`go_outcome`]).
    verify_go_outcome = "fix-verify-go-outcome" (outcome);
    /// Ctrl-C during `--verify`; `signal` is its name.
    verify_interrupted = "fix-verify-interrupted" (signal);

    // Not fixed (what an apply left).
    /// No step for it: what to do by hand (`what`: the code's own fix text).
    not_fixed_by_hand = "fix-not-fixed-by-hand" (what);
    /// The same, at `file` line `line`.
    not_fixed_by_hand_at = "fix-not-fixed-by-hand-at" (what, file, line);
    /// The same, in `file`.
    not_fixed_by_hand_in = "fix-not-fixed-by-hand-in" (what, file);
    /// A manual fix: the user's step.
    not_fixed_manual = "fix-not-fixed-manual" (fix);
    /// Its step did not work: `command`, the step's `state` (a [`step_state`] phrase) and
    /// the step's `detail`.
    not_fixed_step = "fix-not-fixed-step" (command, state, detail);
    /// Changed, but the check still finds it.
    not_fixed_still_found = "fix-not-fixed-still-found" ();
    /// The planned change was already in place, yet the check still finds it.
    not_fixed_in_place = "fix-not-fixed-in-place" (fix);

    // The report of `godiag fix`.
    /// A step's state: `state` is `pending`, `already-done`, `manual`, `refused`, `applied`,
    /// `ineffective` or `failed`.
    step_state = "fix-step-state" (state);
    /// Headings; `which` is `diagnosis`, `diagnosis-before`, `plan`, `applied`, `changes`,
    /// `changes-made`, `by-hand`, `before-after`, `verify`, `not-fixed`.
    heading = "fix-heading" (which);
    /// Under "Plan" when every step is manual.
    nothing_automatic = "fix-nothing-automatic" ();
    /// `--verify` succeeded: the version downloaded.
    verify_downloaded = "fix-verify-downloaded" (version);
    /// `--verify` succeeded, no version printed.
    verify_ok = "fix-verify-ok" ();
    /// Go's error and the network failure it names.
    verify_error_failure = "fix-verify-error-failure" (error, failure);
    /// One line of "Not fixed".
    not_fixed_line = "fix-not-fixed-line" (code, reason);
    /// The closing line of a plan with `count` changes.
    closing_pending = "fix-closing-pending" (count);
    /// The closing line of a plan with nothing to change.
    closing_nothing = "fix-closing-nothing" ();
    /// The closing line of an apply that changed something.
    closing_backups = "fix-closing-backups" (dir);
    /// The closing line of an apply that changed nothing.
    closing_unchanged = "fix-closing-unchanged" ();
    /// `count` errors remain after an apply.
    errors_remain = "fix-errors-remain" (count);
    /// A check's status: `ok`, `warning`, `error`, `skipped`.
    check_status = "fix-check-status" (status);
    /// The codes an apply resolved.
    resolved = "fix-resolved" (codes);
    /// `--undo` with nothing recorded.
    undo_nothing = "fix-undo-nothing" ();
    /// The heading of `--undo`'s output.
    undo_heading = "fix-undo-heading" (dir);
    /// An undo item's state: `applied` (restored), `already-done`, `refused` (left alone), or
    /// `failed`.
    undo_state = "fix-undo-state" (state);
    /// `count` items left because the user changed them.
    undo_left = "fix-undo-left" (count);
    /// `count` items that failed.
    undo_failed = "fix-undo-failed" (count);

    /// A step that sets `key` inside the object setting `setting` of `file`; `value` is JSON.
    action_settings_set = "fix-action-settings-set" (setting, key, value, file);
    /// A step that removes `key` from the object setting `setting` of `file`.
    action_settings_remove = "fix-action-settings-remove" (key, setting, file);
    /// A step that deletes line `line` (`text`) of `file`.
    action_remove_line = "fix-action-remove-line" (line, file, text);

    // The script of "Suggested fixes" and "By hand".
    /// A fix whose steps need root: `shell` is `posix` or `powershell`.
    script_needs_root = "fix-script-needs-root" (shell, fix);
    /// The words that say a step needs root, alone: to see whether a description has them.
    script_rights = "fix-script-rights" (shell);
    /// A deletion another command already made.
    script_deleted_above = "fix-script-deleted-above" (line, file);
    /// The settings edits are made by `godiag fix --apply`.
    script_settings_note = "fix-script-settings-note" ();
    /// A command shown with its password masked.
    script_real_password = "fix-script-real-password" (mask, command);
    /// A command with a placeholder.
    script_fill_in = "fix-script-fill-in" (command);
    /// A settings edit `fix --apply` makes.
    script_settings_edit = "fix-script-settings-edit" (file, change);
    /// A settings edit for the user.
    script_settings_by_hand = "fix-script-settings-by-hand" (file, change);
    /// The change of a settings removal.
    script_remove_key = "fix-script-remove-key" (key, setting);
    /// A line to delete by hand.
    script_delete_line = "fix-script-delete-line" (line, file, text);
}

/// How a go command ended, in words.
pub fn outcome(o: crate::go::command::InvocationOutcome) -> crate::i18n::Message {
    use crate::go::command::InvocationOutcome as O;
    go_outcome(match o {
        O::Ok => "ok",
        O::Timeout => "timeout",
        O::SpawnFailed => "spawn-failed",
        O::Failed => "failed",
        O::BadOutput => "bad-output",
    })
}

/// What a step does, in words, for the human report; `None` when the step is a command (a
/// command reads the same in every language). JSON keeps [`Action::command`]'s text.
///
/// [`Action::command`]: crate::model::Action::command
pub fn action(a: &crate::model::Action) -> Option<crate::i18n::Message> {
    use crate::model::Action;
    match a {
        Action::SettingsSet {
            file,
            setting,
            key,
            value,
            ..
        } => Some(action_settings_set(
            setting,
            key,
            serde_json::Value::String(value.clone()).to_string(),
            file,
        )),
        Action::SettingsRemove {
            file, setting, key, ..
        } => Some(action_settings_remove(key, setting, file)),
        Action::RemoveLine {
            file, line, text, ..
        } => Some(action_remove_line(*line, file, text)),
        Action::GoEnvSet { .. } | Action::GoEnvUnset { .. } | Action::Shell { .. } => None,
    }
}

/// A few words naming a fix in a test fixture: shown as they are in every language.
#[cfg(test)]
pub fn said(text: &str) -> crate::i18n::Message {
    crate::i18n::Message::from(text)
}
