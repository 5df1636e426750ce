//! What godiag says about its own command line and configuration: usage errors, config
//! errors, notes on flags, the spinner. The words are in `locales/<lang>/cli.ftl`.
//!
//! Declared here rather than in `app` because the config layer, below `app` and `cli`, builds
//! most of them; `app::messages` re-exports this module, so there is one list.

crate::messages! {
    /// Every error godiag stops on: `detail` is the error, rendered.
    error = "cli-error" (detail);
    /// A note on the command line, said before the report: `detail` is the note.
    note = "cli-note" (detail);

    /// `--only` and `--skip` share checks: `ids` is the shared ids joined with `,` (as typed),
    /// `count` how many.
    same_check = "cli-same-check" (ids, count);
    /// The selection flags leave no check to run: `flags` is a `flags_with` chain of
    /// `flag_only`, `flag_skip`, `flag_offline`.
    nothing_to_run = "cli-nothing-to-run" (flags);
    /// Two flags of a selection, chained: `first` and `rest` are flag phrases.
    flags_with = "cli-flags-with" (first, rest);
    /// `--only ids`: `ids` joined with `,`.
    flag_only = "cli-flag-only" (ids);
    /// `--skip ids`: `ids` joined with `,`.
    flag_skip = "cli-flag-skip" (ids);
    /// `--offline`, with what it skips.
    flag_offline = "cli-flag-offline" ();
    /// A `--mirror` given without a scheme: `given` as typed, `url` what godiag measures.
    mirror_without_scheme = "cli-mirror-without-scheme" (given, url);
    /// `--lang` names a language godiag does not speak.
    unknown_lang = "cli-unknown-lang" ();
    /// The fault-injection variable names no check: `variable`, `value` as set.
    fault_names_no_check = "cli-fault-names-no-check" (variable, value);

    /// Standard output refused the report: `error` is the OS's text.
    cannot_write_stdout = "cli-cannot-write-stdout" (error);
    /// The current folder cannot be read: `error` is the OS's text.
    cannot_read_cwd = "cli-cannot-read-cwd" (error);
    /// The async runtime did not start: `error` is the OS's text.
    cannot_start_runtime = "cli-cannot-start-runtime" (error);

    /// The spinner: the checks still running (`checks`, a list of check ids).
    checking = "cli-checking" (checks);
    /// The spinner: another godiag holds the lock.
    waiting_for_lock = "cli-waiting-for-lock" ();
    /// The spinner: the fixes are being applied.
    applying = "cli-applying" ();
    /// The spinner: `fix --verify` downloads `module` through go.
    verifying = "cli-verifying" (module);

    /// `fix --force` without `--undo`.
    force_without_undo = "cli-force-without-undo" ();
    /// No home folder, so nowhere for backups: `command` is `apply` or `undo`.
    no_state_dir = "cli-no-state-dir" (command);

    /// The compiled-in defaults do not parse (a bug in godiag).
    default_toml_invalid = "config-default-toml-invalid" ();
    /// The compiled-in defaults lack `key` (a bug in godiag).
    default_toml_lacks = "config-default-toml-lacks" (key);
    /// The config file cannot be read: `path`, `problem` a `read_problem`.
    unreadable = "config-unreadable" (path, problem);
    /// The config file is larger than `size` (e.g. `1 MiB`, data).
    truncated = "config-truncated" (path, size);
    /// The config file is not UTF-8: `error` is Rust's text (the byte offset).
    not_utf8 = "config-not-utf8" (path, error);
    /// `--config path` is unusable: `problem` a `read_problem`.
    config_flag_unusable = "config-flag-unusable" (path, problem);
    /// `$GODIAG_CONFIG` names an unusable file: `variable`, `path`, `problem` a `read_problem`.
    config_env_unusable = "config-env-unusable" (variable, path, problem);
    /// Why a file could not be read: `problem` is `not-found`, `permission-denied` (`detail`
    /// the OS's text), `not-regular` (`detail` a `file_kind`), `loop`, `timed-out` (`detail`
    /// the limit, e.g. `2s`) or `io` (`detail` the OS's text).
    read_problem = "config-read-problem" (problem, detail);
    /// What a path is instead of a regular file: `kind` is `file`, `directory`, `fifo`,
    /// `char-device`, `block-device`, `socket` or `other`.
    file_kind = "config-file-kind" (kind);
    /// `--workspace path` is not a folder: `found` is a `file_kind` or a `read_problem`.
    workspace_not_folder = "config-workspace-not-folder" (path, found);
    /// `--workspace path` does not exist.
    workspace_missing = "config-workspace-missing" (path);
    /// `samples` out of range: `samples` as given.
    samples_out_of_range = "config-samples-out-of-range" (samples);

    /// An error at a place in a config file: `file`, `line`, `column`, `problem`, and
    /// `source` the line itself.
    error_at = "config-error-at" (file, line, column, problem, source);
    /// The same, where the line sets `key` (dotted).
    error_at_key = "config-error-at-key" (file, line, column, key, problem, source);
    /// An error the TOML parser could not place: `file`, `problem`.
    error_in = "config-error-in" (file, problem);
    /// An unknown key: `keys` are the known keys of that table (a list of `` `key` ``).
    unknown_key = "config-unknown-key" (keys);
    /// An unknown key close to `suggestion`, a known one.
    unknown_key_suggest = "config-unknown-key-suggest" (suggestion, keys);
    /// Words of a library or of another module, shown as they are (the TOML parser's syntax
    /// errors, serde's): `error`.
    verbatim_error = "config-verbatim-error" (error);
    /// A value of the wrong TOML type: `found` is serde's words for it (``integer `5` ``),
    /// `expected` an `expected`.
    invalid_type = "config-invalid-type" (found, expected);
    /// What a value must look like: `what` is `timeout`, `age`, `version`, `resolver`,
    /// `encrypted` or `mirror`.
    expected = "config-expected" (what);
    /// A duration that is negative or not a number: `found` is the text, quoted.
    duration_invalid = "config-duration-invalid" (found);
    /// A duration humantime cannot read: `error` is humantime's text.
    duration_unparsable = "config-duration-unparsable" (found, error);
    /// A duration of zero.
    duration_zero = "config-duration-zero" (found);
    /// A duration above the 10-minute maximum.
    duration_too_long = "config-duration-too-long" (found);
    /// An age humantime cannot read: `error` is humantime's text.
    age_invalid = "config-age-invalid" (found, error);
    /// A version that does not parse.
    version_invalid = "config-version-invalid" (found);
    /// A resolver address that does not parse.
    resolver_invalid = "config-resolver-invalid" (found);
    /// A mirror without http(s):// in the config file: `url` the https URL to write instead.
    mirror_invalid = "config-mirror-invalid" (found, url);
    /// A `--mirror` that is no URL at all.
    mirror_flag_invalid = "config-mirror-flag-invalid" (found);
}
