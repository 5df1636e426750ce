# the vscode check (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

vscode--goproxy-mismatch--message = { $product } 的 { $setting } 让 gopls 和 Go 工具使用 { $variable }={ $editor_value }，而 `go env` 中是 { $variable }={ $go_value }
fix--vscode--goproxy-mismatch = 让 Go 工具使用 go env 中的 { $variable }
