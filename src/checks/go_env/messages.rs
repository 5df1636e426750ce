//! What the go-env check says: every message its rules and renderers use, with the names of
//! their arguments. The words are in `locales/<lang>/go-env.ftl`.
//!
//! Keyword arguments (selectors) take the kebab-case names of the facts' enums: `source` is a
//! [`Source`](super::facts::Source) (`environment`, `env-file`, `goroot-env-file`,
//! `goprivate`, `default`, `computed`), `os` is `linux`, `macos` or `windows`.

crate::messages! {
    /// A step by hand: find the go on PATH with `command`.
    note_go_on_path = "go-env-note-go-on-path" (command);
    /// After the install command: Go's own download. `package`: tarball, installer, msi.
    note_install_download = "go-env-note-install-download" (package);
    // ---- findings ----

    /// A file godiag wanted to read could not be read at all. `role` is what it was read for:
    /// `env-file`, `go-mod` or `startup-file`; `problem` is the reader's own error text.
    file_unreadable = "go-env--file-unreadable--message" (role, path, problem);
    /// Only the first part of a file was read (it is larger than godiag's cap). `role` as above.
    file_read_in_part = "go-env--file-unreadable--partial" (role, path, problem);

    /// No go on PATH (nor at `--go`).
    go_missing = "go-env--go-missing--message" ();
    /// `--go` names no usable go: `given` as given; `problem` is `no-such-file`, `not-a-file`
    /// or `not-on-path`.
    go_flag_wrong = "go-env--go-missing--flag" (given, problem);

    /// `go env` was stopped at its deadline; `ms` is the timeout.
    go_timeout = "go-env--go-timeout--message" (ms);

    /// The go binary could not be started; `error` is the OS's error text.
    go_spawn_failed = "go-env--go-failed--spawn" (go, error);
    /// The go binary could not be started and the OS said nothing.
    go_spawn_failed_unknown = "go-env--go-failed--spawn-unknown" (go);
    /// `go env` failed; `what` is one of the `go_env_*` phrases below, `line` the first line
    /// go printed on stderr.
    go_failed_stderr = "go-env--go-failed--stderr" (what, line);
    /// `go env` failed and printed nothing on stderr; `what` as above.
    go_failed = "go-env--go-failed--message" (what);
    /// Phrase: `go env` exited with a non-zero `status`.
    go_env_exited = "go-env-go-env-exited" (status);
    /// Phrase: `go env` was killed by a signal.
    go_env_killed = "go-env-go-env-killed" ();
    /// Phrase: `go env` printed something that is not JSON.
    go_env_not_json = "go-env-go-env-not-json" ();

    /// The go found is older than `min` (module proxies need it); `go` is its path.
    too_old = "go-env--go-too-old--message" (go, version, min);

    /// A variable of the OS environment hides the `go env -w` value.
    os_env_override = "go-env--os-env-override--message" (variable, os_value, file_value);

    /// GO111MODULE=off; `from` is where the value comes from (a `source` phrase or a path).
    modules_off = "go-env--modules-off--message" (from);

    /// Go rejects the GOPROXY value; `value` is quoted, `error` is Go's own message.
    goproxy_invalid = "go-env--goproxy-invalid--message" (value, from, error);
    /// GOPROXY=off.
    goproxy_off = "go-env--goproxy-off--message" (from);
    /// GOPROXY separates `proxies` from the next entry with a comma.
    goproxy_comma_fallback = "go-env--goproxy-comma-fallback--message" (value, proxies);

    /// GOSUMDB=off.
    gosumdb_off = "go-env--gosumdb-off--message" (from);
    /// Go rejects the GOSUMDB value; `value` is quoted, `error` is Go's own message.
    gosumdb_invalid = "go-env--gosumdb-invalid--message" (value, from, error);

    /// GOFLAGS has -insecure; `value` is quoted. `consequence` is `removed` (Go 1.17+ or an
    /// unknown version) or `deprecated` (older Go, where it still works).
    insecure_flag = "go-env--insecure-flag--message" (value, from, consequence);

    /// A name of the env file that is not a Go variable.
    unknown_variable = "go-env--unknown-variable--message" (name);
    /// The same, and the name looks like the Go variable `meant`.
    unknown_variable_meant = "go-env--unknown-variable--meant" (name, meant);
    /// A name the env file sets on `count` lines (first and last given).
    unknown_variable_lines = "go-env--unknown-variable--lines" (name, count, first, last);
    /// The same, and the name looks like the Go variable `meant`.
    unknown_variable_lines_meant = "go-env--unknown-variable--lines-meant" (name, count, first, last, meant);
    /// `count` more unknown names than the report lists one by one.
    unknown_variables_more = "go-env--unknown-variable--more" (count);
    /// An OS variable whose name looks like the Go variable `meant` but is not one.
    unknown_os_variable = "go-env--unknown-variable--os" (name, meant);

    /// GONOPROXY or GONOSUMDB (`variable`, the selector) covers public modules. `value` is
    /// quoted; `set_in` is the variable that holds the patterns (GOPRIVATE or `variable`);
    /// `patterns` and `modules` are lists.
    private_matches_public = "go-env--private-matches-public--message" (variable, value, set_in, from, patterns, modules);

    /// go will download a newer toolchain first. `reason` is a `toolchain_*` phrase, `local`
    /// the installed version (or the `installed_go` phrase), `wanted` the version downloaded.
    /// `blocker` is `goproxy-off`, `gosumdb-off` or `none`.
    toolchain_download = "go-env--toolchain-download--message" (reason, local, wanted, blocker);
    /// Phrase: GOTOOLCHAIN forces a version.
    toolchain_forced = "go-env-toolchain-forced" (value);
    /// Phrase: a go.mod / go.work line asks for a newer go.
    toolchain_asked_by_file = "go-env-toolchain-asked-by-file" (file, line, version);
    /// Phrase: GOTOOLCHAIN=<name>+auto asks for at least `version`.
    toolchain_asked_by_env = "go-env-toolchain-asked-by-env" (value, version);
    /// Phrase: the go whose version is unknown.
    installed_go = "go-env-installed-go" ();

    // ---- evidence ----

    /// Evidence: the command godiag ran.
    evidence_command = "go-env-evidence-command" (command);
    /// Evidence: a line go printed on stderr.
    evidence_stderr = "go-env-evidence-stderr" (line);
    /// Evidence: the start of what go printed on stdout.
    evidence_stdout = "go-env-evidence-stdout" (text);
    /// Evidence: where the env file sets a variable.
    evidence_env_file = "go-env-evidence-env-file" (path, line);
    /// Evidence: some of the names a finding counts.
    evidence_among = "go-env-evidence-among" (names);

    // ---- where a value comes from ----

    /// Phrase: a value's source, by keyword (see the module doc).
    source = "go-env-source" (source);
    /// Phrase: a value set on `line` of the env file at `path`.
    source_env_file_line = "go-env-source-env-file-line" (path, line);

    // ---- fixes ----

    /// Fix: `--go` names nothing usable.
    fix_go_flag = "fix--go-env--go-missing--flag" ();
    /// Fix: install Go.
    fix_go_missing = "fix--go-env--go-missing" ();
    /// Fix: install a newer Go.
    fix_too_old = "fix--go-env--go-too-old" ();
    /// Fix reason: GO111MODULE=off.
    fix_modules_off = "fix--go-env--modules-off" ();
    /// Fix reason: an invalid GOPROXY.
    fix_goproxy_invalid = "fix--go-env--goproxy-invalid" ();
    /// Fix reason: GOPROXY=off.
    fix_goproxy_off = "fix--go-env--goproxy-off" ();
    /// Fix reason: GOSUMDB=off.
    fix_gosumdb_off = "fix--go-env--gosumdb-off" ();
    /// Fix reason: an invalid GOSUMDB.
    fix_gosumdb_invalid = "fix--go-env--gosumdb-invalid" ();
    /// Fix reason: -insecure in GOFLAGS.
    fix_insecure_flag = "fix--go-env--insecure-flag" ();
    /// Fix: delete the `count` lines of an unknown name (count 1: the line).
    fix_unknown_variable = "fix--go-env--unknown-variable" (name, count);
    /// Fix: remove an unknown name from the OS environment; `whereabouts` is a `whereabouts_*`
    /// or `check_profile` phrase.
    fix_unknown_os_variable = "fix--go-env--unknown-variable--os" (name, whereabouts);
    /// Fix: remove an OS variable so the env file's value applies.
    fix_os_env_override = "fix--go-env--os-env-override" (variable, whereabouts);
    /// Fix: narrow GOPRIVATE-style patterns (`variable`) to private modules.
    fix_private_matches_public = "fix--go-env--private-matches-public" (variable);
    /// Fix: turn GOSUMDB back on so a toolchain download can be verified.
    fix_toolchain_download = "fix--go-env--toolchain-download" ();
    /// Fix: a value from the OS environment; `why` is one of the fix reasons above.
    fix_from_os_env = "fix-go-env-from-os-env" (why, variable, whereabouts);
    /// Fix: a value from `$GOROOT/go.env` (`file`), overridden in the user's env file.
    fix_override_goroot = "fix-go-env-override-goroot" (why, file);

    /// Phrase: no startup line sets the variable; where such lines usually are on `os`.
    check_profile = "go-env-check-profile" (os);
    /// Phrase: the places that set a variable (`file:line`, `registry_place` phrases).
    whereabouts = "go-env-whereabouts" (places);
    /// Phrase: the same, some of them in the Windows registry.
    whereabouts_registry = "go-env-whereabouts-registry" (places);
    /// Phrase: a Windows environment in the registry. `scope` is `user` or `system`; `key`
    /// is the registry key.
    registry_place = "go-env-registry-place" (scope, key);

    // ---- summary ----

    /// Summary: no go.
    summary_no_go = "go-env-summary-no-go" ();
    /// Summary: go ran but its settings could not be read. `version` is go's version or
    /// the `unknown_version` phrase.
    summary_unreadable = "go-env-summary-unreadable" (version, go);
    /// Summary: go and the two settings that matter most.
    summary = "go-env-summary" (version, go, goproxy, gosumdb);
    /// Phrase: go's version is unknown.
    unknown_version = "go-env-unknown-version" ();

    // ---- verbose facts ----

    /// The heading of the facts.
    fact_heading = "go-env-fact-heading" ();
    /// The go binary; `from` is `flag`, `path` or `known-location`.
    fact_go_binary = "go-env-fact-go-binary" (path, from);
    /// A go command godiag ran; `outcome` is `ok`, `timeout`, `spawn-failed`, `failed` or
    /// `bad-output`.
    fact_ran = "go-env-fact-ran" (command, outcome, ms);
    /// The env file; `status` is `read`, `missing`, `no-config-dir`, `disabled` or
    /// `unreadable`.
    fact_env_file = "go-env-fact-env-file" (path, status);
    /// The env file with the reader's error text.
    fact_env_file_error = "go-env-fact-env-file-error" (path, status, error);
    /// Phrase: no env file path (GOENV=off, no config folder).
    fact_none = "go-env-fact-none" ();
    /// `$GOROOT/go.env`.
    fact_goroot_env = "go-env-fact-goroot-env" (path);
    /// The heading of the variables.
    fact_variables = "go-env-fact-variables" ();
    /// Phrase: an empty value.
    fact_empty = "go-env-fact-empty" ();
    /// Phrase: a source with the env file's line.
    fact_source_line = "go-env-fact-source-line" (source, line);
    /// What a GONOPROXY / GONOSUMDB / GOINSECURE value (`variable`, the selector) does.
    fact_pattern_effect = "go-env-fact-pattern-effect" (variable, value);
    /// An HTTP proxy variable of the OS environment.
    fact_proxy_env = "go-env-fact-proxy-env" (name, value);
    /// The folder go ran in.
    fact_workspace = "go-env-fact-workspace" (dir);
    /// Phrase: a go or toolchain directive; `directive` is `go` or `toolchain`.
    fact_directive = "go-env-fact-directive" (directive, value, line);
}
