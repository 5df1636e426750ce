//! What the vscode check says: every message its rules and renderers use, with the names of
//! their arguments. The words are in `locales/<lang>/vscode.ftl`.

crate::messages! {
    /// A settings file that exists but was not read. `why` is the OS's error or one of the
    /// `vscode-unreadable-*` phrases.
    unreadable = "vscode--unreadable--message" (path, why);
    /// Why: as root, a workspace file that leads outside the workspace is not followed.
    unreadable_outside = "vscode-unreadable-outside" (target);
    /// Why: as root, a workspace file owned by another user than the workspace is not read.
    unreadable_owner = "vscode-unreadable-owner" (file_uid, workspace_uid);
    /// Why: the file is larger than godiag reads (`size`: "16 MiB").
    unreadable_too_large = "vscode-unreadable-too-large" (size);
    /// A settings file VS Code refuses: the reader's own `error` text at `line`, `column`.
    parse_error = "vscode--parse-error--message" (path, error, line, column);
    /// Evidence: one line of a file, as it is (`text`), with its number.
    file_line = "vscode-file-line" (line, text);
    /// A key written more than once; `lines` is the list of its line numbers.
    duplicate_key = "vscode--duplicate-key--message" (key, lines, path);
    /// A nested object (`"go": {...}`) VS Code ignores.
    nested_key = "vscode--nested-key--message" (key, path);
    /// A configured path (`go.goroot` ...) that does not exist.
    path_missing = "vscode--path-missing--message" (setting, path, file);
    /// `http.proxyStrictSSL: false` in a settings file.
    proxy_strict_ssl_off = "vscode--proxy-strict-ssl-off--message" (path);
    /// `go.toolsEnvVars` (`setting`) gives the tools GOSUMDB=off.
    gosumdb_off = "vscode--gosumdb-off--message" (setting, file);
    /// Fix: drop GOSUMDB from the tools' environment.
    fix_gosumdb_off = "fix--vscode--gosumdb-off" ();
    /// The editor gives gopls and the tools another value than `go env` has.
    goproxy_mismatch = "vscode--goproxy-mismatch--message" (setting, variable, editor_value, go_value, product);
    /// Fix: write go env's value into the editor's tools environment.
    fix_goproxy_mismatch = "fix--vscode--goproxy-mismatch" (variable);
    /// `http.proxy` refuses connections. `error` is the OS's error text or a phrase
    /// ([`no_answer`], [`no_tcp_answer`], [`not_a_proxy_url`], [`no_address`]).
    http_proxy_unreachable = "vscode--http-proxy-unreachable--message" (url, product, error);
    /// The proxy gave no reason for failing.
    no_answer = "vscode-no-answer" ();
    /// A TCP connect to the proxy timed out after `ms` milliseconds.
    no_tcp_answer = "vscode-no-tcp-answer" (ms);
    /// The `http.proxy` value does not parse as a proxy URL.
    not_a_proxy_url = "vscode-not-a-proxy-url" (url);
    /// The proxy's host name resolved to no address.
    no_address = "vscode-no-address" ();
    /// A loopback proxy in user settings that remote windows inherit.
    remote_proxy_leak = "vscode--remote-proxy-leak--message" (key, path);
    /// An editor is configured but the Go extension is absent.
    extension_missing = "vscode--extension-missing--message" ();
    /// The Go extension is older than `minimum`.
    extension_old = "vscode--extension-old--message" (product, version, minimum);
    /// A running gopls has an older value of `variable` than a new one would get.
    gopls_stale_env = "vscode--gopls-stale-env--message" (pid, variable, running, expected);
    /// Evidence: that gopls runs in another network namespace.
    other_netns = "vscode-other-netns" ();

    /// The check's summary: `files` settings files found, `extension` ([`summary_extension`]
    /// or [`summary_no_extension`]), `gopls` ([`summary_gopls`] or [`summary_gopls_unknown`]).
    summary = "vscode-summary" (files, extension, gopls);
    /// Summary part: the Go extension's version.
    summary_extension = "vscode-summary-extension" (version);
    /// Summary part: no Go extension.
    summary_no_extension = "vscode-summary-no-extension" ();
    /// Summary part: how many gopls processes run.
    summary_gopls = "vscode-summary-gopls" (count);
    /// Summary part: processes cannot be inspected on this OS.
    summary_gopls_unknown = "vscode-summary-gopls-unknown" ();

    /// `--verbose`: the heading of the facts.
    facts_heading = "vscode-facts-heading" ();
    /// `--verbose`: one settings file, its product ([`product`]), its `scope` (the JSON
    /// words: `user`, `profile`, `remote-machine`, `workspace`, `workspace-file`), and `state`:
    /// `read`, `unreadable` or `does-not-parse`.
    facts_file = "vscode-facts-file" (path, product, scope, state);
    /// `--verbose`: one key of a settings file; `pad` is the spaces that align the keys of
    /// lines of fewer than four digits.
    facts_key = "vscode-facts-key" (line, pad, key, value);
    /// `--verbose`: the Go extension found.
    facts_extension = "vscode-facts-extension" (version, product);
    /// `--verbose`: the heading of what one window gives the tools.
    facts_window = "vscode-facts-window" (product);
    /// `--verbose`: one variable a window gives, and where from (`from`: a file, or
    /// [`facts_from_setting`]).
    facts_variable = "vscode-facts-variable" (variable, value, from);
    /// `--verbose`: a variable's origin: the setting and the file's line.
    facts_from_setting = "vscode-facts-from-setting" (setting, file, line);
    /// `--verbose`: a variable from the editor's own environment.
    facts_from_process = "vscode-facts-from-process" ();
    /// The product of settings that belong to no editor's installation: the workspace's.
    product_workspace = "vscode-product-workspace" ();
    /// The product of a settings file given with `--vscode-settings`.
    product_given = "vscode-product-given" ();
    /// `--verbose`: a running gopls and its environment (`env`: `NAME=value` texts).
    facts_gopls = "vscode-facts-gopls" (pid, env);
}

/// The product name of workspace settings in the facts (a label, shown translated).
pub const PRODUCT_WORKSPACE: &str = "workspace";
/// The product name of a file given with `--vscode-settings` in the facts.
pub const PRODUCT_GIVEN: &str = "given with --vscode-settings";

/// A product name as a message argument: the editor's own name as it is, godiag's labels
/// ([`PRODUCT_WORKSPACE`], [`PRODUCT_GIVEN`]) in the catalogue's words.
pub fn product(name: &str) -> crate::i18n::Value {
    match name {
        PRODUCT_WORKSPACE => product_workspace().into(),
        PRODUCT_GIVEN => product_given().into(),
        other => other.into(),
    }
}
