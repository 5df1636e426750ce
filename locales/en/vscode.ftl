# the vscode check (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## Findings

vscode--unreadable--message = could not read { $path }: { $why }
vscode-unreadable-outside = it leads to { $target }, outside the workspace; godiag running as root does not follow it
vscode-unreadable-owner = it is owned by uid { $file_uid }, the workspace by uid { $workspace_uid }; godiag running as root does not read it
vscode-unreadable-too-large = larger than { $size }: only the first { $size } was read
vscode--parse-error--message = { $path } cannot be read by VS Code: { $error } at line { $line }, column { $column }
vscode-file-line = line { $line }: { $text }
vscode--duplicate-key--message = "{ $key }" appears on lines { $lines } of { $path }: VS Code uses the last one
vscode--nested-key--message = "{ $key }": {"{"}...{"}"} in { $path } is a nested object VS Code ignores; write the flat keys ("{ $key }.…")
vscode--path-missing--message = { $setting } = { $path } in { $file } does not exist
vscode--proxy-strict-ssl-off--message = http.proxyStrictSSL is false in { $path }: it hides TLS interception from VS Code, but the Go tools still verify certificates
vscode--gosumdb-off--message = { $setting } sets GOSUMDB=off for gopls and the Go tools ({ $file })
fix--vscode--gosumdb-off = let the Go tools inherit go env's checksum database (never GOSUMDB=off)
vscode--goproxy-mismatch--message = { $setting } gives gopls and the Go tools { $variable }={ $editor_value } while `go env` says { $variable }={ $go_value } ({ $product })
fix--vscode--goproxy-mismatch = give the Go tools go env's { $variable }
vscode--http-proxy-unreachable--message = http.proxy { $url } ({ $product }) does not accept connections: { $error }
vscode-no-answer = no answer
vscode-no-tcp-answer = no TCP answer within { $ms } ms
vscode-not-a-proxy-url = { $url } is not a proxy URL
vscode-no-address = no address
vscode--remote-proxy-leak--message = { $key } in { $path } points at this machine's loopback, and remote windows get it too (nothing listens there on the remote)
vscode--extension-missing--message = a VS Code-family editor is configured here but the Go extension (golang.go) is not installed
vscode--extension-old--message = the Go extension in { $product } is version { $version }, older than { $minimum }
vscode--gopls-stale-env--message = gopls (pid { $pid }) runs with { $variable }={ $running }, but would get { $variable }={ $expected } if started now: restart the language server
vscode-other-netns = it runs in another network namespace (container, snap or flatpak): godiag's network findings may not apply to it

## Summary

vscode-summary = { $files } settings { $files ->
    [one] file
   *[other] files
    } found; { $extension }; { $gopls }
vscode-summary-extension = Go extension { $version }
vscode-summary-no-extension = no Go extension
vscode-summary-gopls = { $count } gopls running
vscode-summary-gopls-unknown = running gopls not inspected (another process's environment cannot be read here)

## --verbose facts

vscode-facts-heading = facts:
vscode-facts-file = { $path } ({ $product }, { $scope }): { $state ->
    [unreadable] could not be read
    [does-not-parse] does not parse
   *[read] read
    }
vscode-facts-key = line { $line }{ $pad } { $key } = { $value }
vscode-facts-extension = extension   golang.go { $version } ({ $product })
vscode-facts-window = { $product } window gives gopls and the tools:
vscode-facts-variable = { $variable }={ $value }  [{ $from }]
vscode-facts-from-setting = { $setting }, { $file }:{ $line }
vscode-facts-from-process = process environment
vscode-facts-gopls = gopls pid { $pid }: { $env }

## Products that are godiag's labels

vscode-product-workspace = workspace
vscode-product-given = given with --vscode-settings
