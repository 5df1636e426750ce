//! What the vscode check says: every message its rules and renderers use, with the names of
//! their arguments. The words are in `locales/<lang>/vscode.ftl`.

crate::messages! {
    /// The editor gives gopls and the tools another value than `go env` has.
    goproxy_mismatch = "vscode--goproxy-mismatch--message" (setting, variable, editor_value, go_value, product);
    /// Fix: write go env's value into the editor's tools environment.
    fix_goproxy_mismatch = "fix--vscode--goproxy-mismatch" (variable);
}
