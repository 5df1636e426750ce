# the vscode check (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

vscode--goproxy-mismatch--message = { $setting } gives gopls and the Go tools { $variable }={ $editor_value } while `go env` says { $variable }={ $go_value } ({ $product })
fix--vscode--goproxy-mismatch = give the Go tools go env's { $variable }
