# the vscode check (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## Findings

vscode--unreadable--message = 无法读取 { $path }：{ $why }
vscode-unreadable-outside = 它指向工作区之外的 { $target }；以 root 运行的 godiag 不跟随这个链接
vscode-unreadable-owner = 它的属主是 uid { $file_uid }，工作区的属主是 uid { $workspace_uid }；以 root 运行的 godiag 不读取它
vscode-unreadable-too-large = 文件超过 { $size }：只读取了前 { $size }
vscode--parse-error--message = VS Code 无法读取 { $path }：第 { $line } 行第 { $column } 列 { $error }
vscode-file-line = 第 { $line } 行：{ $text }
vscode--duplicate-key--message = { $path } 的第 { $lines } 行都写了 "{ $key }"：VS Code 只用最后一个
vscode--nested-key--message = { $path } 中的 "{ $key }": {"{"}...{"}"} 是嵌套对象，VS Code 会忽略它；请改写成扁平的键（"{ $key }.…"）
vscode--path-missing--message = { $file } 中的 { $setting } = { $path } 不存在
vscode--proxy-strict-ssl-off--message = { $path } 中 http.proxyStrictSSL 为 false：它只对 VS Code 隐藏了 TLS 拦截，Go 工具仍然会校验证书
vscode--gosumdb-off--message = { $setting } 为 gopls 和 Go 工具设置了 GOSUMDB=off（{ $file }）
fix--vscode--gosumdb-off = 让 Go 工具沿用 go env 中的校验和数据库（不要用 GOSUMDB=off）
vscode--goproxy-mismatch--message = { $product } 的 { $setting } 让 gopls 和 Go 工具使用 { $variable }={ $editor_value }，而 `go env` 中是 { $variable }={ $go_value }
fix--vscode--goproxy-mismatch = 让 Go 工具使用 go env 中的 { $variable }
vscode--http-proxy-unreachable--message = http.proxy { $url }（{ $product }）连不上：{ $error }
vscode-no-answer = 没有响应
vscode-no-tcp-answer = { $ms } ms 内 TCP 连接没有响应
vscode-not-a-proxy-url = { $url } 不是代理 URL
vscode-no-address = 解析不到地址
vscode--remote-proxy-leak--message = { $path } 中的 { $key } 指向本机回环地址，远程窗口也会用它（而远程机器的这个端口上没有服务在监听）
vscode--extension-missing--message = 这台机器配置了 VS Code 系列编辑器，但没有安装 Go 扩展（golang.go）
vscode--extension-old--message = { $product } 中的 Go 扩展版本是 { $version }，低于 { $minimum }
vscode--gopls-stale-env--message = gopls（pid { $pid }）运行时用的是 { $variable }={ $running }，现在启动会用 { $variable }={ $expected }：请重启语言服务器
vscode-other-netns = 它运行在另一个网络命名空间里（容器、snap 或 flatpak）：godiag 的网络检查结果对它不一定适用

## Summary

vscode-summary = 找到 { $files } 个设置文件；{ $extension }；{ $gopls }
vscode-summary-extension = Go 扩展 { $version }
vscode-summary-no-extension = 没有 Go 扩展
vscode-summary-gopls = { $count } 个 gopls 在运行
vscode-summary-gopls-unknown = 未检查运行中的 gopls（这里读不到其他进程的环境变量）

## --verbose facts

vscode-facts-heading = 详细信息：
vscode-facts-file = { $path }（{ $product }，{ $scope ->
    [user] 用户设置
    [profile] 配置文件设置
    [remote-machine] 远程机器设置
    [workspace] 工作区设置
   *[workspace-file] 工作区文件
    }）：{ $state ->
    [unreadable] 无法读取
    [does-not-parse] 解析失败
   *[read] 已读取
    }
vscode-facts-key = 第 { $line } 行{ $pad } { $key } = { $value }
vscode-facts-extension = 扩展   golang.go { $version }（{ $product }）
vscode-facts-window = gopls 和 Go 工具在窗口里拿到的环境（{ $product }）：
vscode-facts-variable = { $variable }={ $value }  [{ $from }]
vscode-facts-from-setting = { $setting }，{ $file }:{ $line }
vscode-facts-from-process = 进程环境变量
vscode-facts-gopls = gopls pid { $pid }：{ $env }

## Products that are godiag's labels

vscode-product-workspace = 工作区
vscode-product-given = 由 --vscode-settings 指定
