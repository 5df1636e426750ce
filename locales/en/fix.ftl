# the fix plan, fix --apply / --undo / --verify output (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

fix-around-it = or, around it: { $fix }
fix-as-flag-asks = set { $variable } as { $flag } asks

## Why go env -w cannot work

fix-go-env-unavailable-not-run = the go-env check did not run
fix-go-env-unavailable-no-go = no go command was found: install Go or pass --go
fix-go-env-unavailable-off = GOENV=off: go env -w has no file to write to; set the variable in your shell profile instead
fix-go-env-unavailable-no-file = go env did not name its config file (GOENV)
fix-go-env-unavailable-no-answer = go env did not answer, so where go env -w writes is unknown
fix-verify-no-go = no go command was found

## Step details: the preview

fix-refused-redacted = the value came from a redacted report and lost its credentials: run the command yourself with the real value
fix-refused-credentials-shared = not written: the value carries credentials (user:password@) and { $file } belongs to the workspace, a file often committed and shared; put it in your user settings file instead
fix-refused-credentials-shared-user-file = not written: the value carries credentials (user:password@) and { $file } belongs to the workspace, a file often committed and shared; put it in your user settings file ({ $user_file }) instead
fix-refused-other-users-file = not written: { $path } is owned by uid { $uid }, not root; godiag running as root does not change another user's workspace: run `godiag fix --apply` as that user, or make the change by hand
fix-refused-other-users-folder = not created: { $path } would be created in { $folder }, a folder owned by uid { $uid }, not root; godiag running as root does not change another user's workspace: run `godiag fix --apply` as that user, or make the change by hand
fix-cannot-read = cannot read { $path }: { $error }
fix-already-says-so = { $path } already says so
fix-not-in-file = { $variable } is not in { $path }
fix-os-env-overrides = the OS environment sets { $variable }, which overrides the go env file: this write has no effect until { $variable } is removed from the environment
fix-os-env-also-sets = the OS environment also sets { $variable }; removing it from the go env file leaves that value in effect
fix-will-be-created = { $path } does not exist yet and will be created
fix-edit-refused = { $path }: { $why }
fix-edit-does-not-parse = the file does not parse ({ $error } at line { $line }, column { $column }): it is left untouched
fix-edit-not-an-object = "{ $key }" is not an object in this file: it is left untouched
fix-edit-not-applied = the edit was not applied: { $why }

## Step details: apply

fix-skipped-failed-write = skipped: `{ $command }` did not succeed, and this edit is meant to match it (the editor and the terminal would disagree)
fix-skipped-same-file = skipped: { $file } also holds an edit that depends on `{ $command }`, which did not succeed; the file is left untouched
fix-no-go-to-run = no go command was found to run it
fix-go-timeout = go did not finish within { $ms } ms
fix-go-failed = { $command } failed: { $said }
fix-go-warned-override = go wrote it, but warned that the OS environment variable { $variable } overrides it: run `{ $unset }` and remove it from your shell profile, or the old value stays in effect
fix-changed-meanwhile = { $path } changed while godiag was working on it; it is left untouched: run godiag fix again
fix-cannot-resolve = cannot resolve { $path }: { $error }
fix-backup-failed = { $error }; { $path } is left untouched
fix-cannot-write = cannot write { $path }: { $error }; it is unchanged
fix-not-utf8 = the file is not UTF-8 text
fix-read-only = { $path } is read-only; godiag does not replace a read-only file
fix-no-temp-file = cannot create a temporary file in { $folder }
fix-os-error = { $error }

## The state folder

fix-cannot-create-state = cannot create godiag's state folder { $path }
fix-cannot-open-lock = cannot open the lock file { $path }
fix-lock-busy = another godiag fix is still running (it holds { $path }); try again when it has finished
fix-cannot-lock = cannot lock { $path }
fix-cannot-create-backup = cannot create the backup folder { $path }
fix-cannot-list = cannot list { $path }
fix-cannot-read-manifest = cannot read { $path }
fix-not-a-manifest = { $path } is not a godiag manifest; move it away to undo an older apply
fix-cannot-back-up = cannot back up { $path }
fix-cannot-write-manifest = cannot write { $path }

## Undo

fix-undo-changed-since = { $variable } changed since the apply (now { $now }): left as it is; `godiag fix --undo --force` sets it back to { $before }
fix-unset = unset
fix-unset-parenthesised = (unset)
fix-undo-overwrote = --force: overwrote { $variable }={ $now }, set since the apply
fix-undo-go-failed = { $command } { $outcome }: { $stderr }
fix-undo-no-go = the manifest does not say which go made the change
fix-undo-file-changed-written = the file changed since godiag wrote it: left as it is; the original is in { $original }; `godiag fix --undo --force` restores it anyway (keeping a copy of your version)
fix-undo-file-changed-created = the file changed since godiag created it: left as it is; `godiag fix --undo --force` restores it anyway (keeping a copy of your version)
fix-undo-cannot-keep-copy = cannot keep a copy of your version in { $path }: { $error }; left as it is
fix-undo-kept-yours = --force: overwrote your changes since the apply; your version is kept in { $path }
fix-undo-was-deleted = --force: the file had been deleted since the apply
fix-undo-not-a-settings-file = the file is no longer a settings file godiag can read and keep a copy of (a FIFO, a device, or too large): left as it is, even with --force

## Verify

fix-verify-no-temp-module = cannot create a temporary module: { $error }
fix-verify-timeout = go mod download did not finish within { $ms } ms
fix-go-outcome = { $outcome ->
    [ok] ok
    [timeout] timed out
    [spawn-failed] could not start
    [bad-output] unreadable output
   *[failed] failed
    }
fix-verify-go-outcome = go { $outcome }
fix-verify-interrupted = godiag: interrupted ({ $signal }) while verifying: go was stopped and its temporary module cache removed; the changes already applied stay (`godiag fix --undo` reverts them)

## Not fixed

fix-not-fixed-by-hand = godiag has no change to make for it; by hand: { $what }
fix-not-fixed-by-hand-at = godiag has no change to make for it; by hand: { $what } (in { $file }:{ $line })
fix-not-fixed-by-hand-in = godiag has no change to make for it; by hand: { $what } (in { $file })
fix-not-fixed-manual = a step for you (under "By hand"): { $fix }
fix-not-fixed-step = `{ $command }` { $state }: { $detail }
fix-not-fixed-still-found = changed as planned, but the check still finds it: see the findings above
fix-not-fixed-in-place = the planned change ({ $fix }) is in place, but the check still finds it

## The report of godiag fix

fix-step-state = { $state ->
    [pending] pending
    [already-done] already done
    [manual] manual
    [refused] refused
    [applied] applied
    [ineffective] ineffective
   *[failed] failed
    }
fix-heading = { $which ->
    [diagnosis] Diagnosis
    [diagnosis-before] Diagnosis (before the fix)
    [plan] Plan
    [applied] Applied
    [changes] Changes
    [changes-made] Changes made
    [by-hand] By hand (godiag does not do these)
    [before-after] Checks before → after
    [verify] Verify
   *[not-fixed] Not fixed
    }
fix-nothing-automatic = nothing godiag can change by itself
fix-verify-downloaded = downloaded { $version }
fix-verify-ok = ok
fix-verify-error-failure = { $error } ({ $failure })
fix-not-fixed-line = not fixed: { $code } — { $reason }
fix-closing-pending = { $count ->
    [one] { $count } change to make: run `godiag fix --apply` to make it, with backups (`godiag fix --undo` restores them).
   *[other] { $count } changes to make: run `godiag fix --apply` to make them, with backups (`godiag fix --undo` restores them).
    }
fix-closing-nothing = Nothing for godiag to change.
fix-closing-backups = Backups in { $dir }; `godiag fix --undo` restores them.
fix-closing-unchanged = Nothing was changed.
fix-errors-remain = { $count ->
    [one] { $count } error remains: see "Not fixed" above.
   *[other] { $count } errors remain: see "Not fixed" above.
    }
fix-check-status = { $status ->
    [ok] ok
    [warning] warning
    [error] error
   *[skipped] skipped
    }
fix-resolved = resolved: { $codes }
fix-undo-nothing = Nothing to undo: no apply by godiag fix has been recorded (or the last one was undone).
fix-undo-heading = Undo (from { $dir })
fix-undo-state = { $state ->
    [applied] restored
    [already-done] already done
    [refused] left alone
   *[failed] failed
    }
fix-undo-left = { $count ->
    [one] { $count } left unrestored because it was changed since the apply; its backup is kept: `godiag fix --undo --force` restores it (keeping a copy of your version).
   *[other] { $count } left unrestored because they were changed since the apply; its backup is kept: `godiag fix --undo --force` restores them (keeping a copy of your version).
    }
fix-undo-failed = { $count } could not be restored; its backup is kept: run `godiag fix --undo` again.

fix-action-settings-set = set "{ $setting }": {"{"} "{ $key }": { $value } {"}"} in { $file }
fix-action-settings-remove = remove "{ $key }" from "{ $setting }" in { $file }
fix-action-remove-line = delete line { $line } of { $file }: { $text }

## The script of "Suggested fixes" and "By hand"

fix-script-needs-root = { $shell ->
    [powershell] needs an administrator PowerShell
   *[posix] needs root
    }: { $fix }
fix-script-rights = { $shell ->
    [powershell] needs an administrator PowerShell
   *[posix] needs root
    }
fix-script-deleted-above = line { $line } of { $file }: deleted by the command above
fix-script-settings-note = the VS Code settings changes above are not shell commands: godiag makes them in place, with backups (`godiag fix` shows the diffs)
fix-script-real-password = with your real user:password in place of { $mask }: { $command }
fix-script-fill-in = fill in, then run: { $command }
fix-script-settings-edit = VS Code settings { $file }: { $change }
fix-script-settings-by-hand = by hand, in { $file }: { $change }
fix-script-remove-key = remove { $key } from { $setting }
fix-script-delete-line = delete line { $line } of { $file }: { $text }
