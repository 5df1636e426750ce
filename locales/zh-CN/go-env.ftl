# the go-env check: findings, fixes, summary, verbose lines (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## 问题

go-env--file-unreadable--message = 读不了{ $role ->
        [env-file] {" "}go env -w 文件
        [go-mod] 工作区的 go.mod / go.work
       *[startup-file] shell 启动文件
    } { $path }：{ $problem }
go-env--file-unreadable--partial = 只读了{ $role ->
        [env-file] {" "}go env -w 文件
        [go-mod] 工作区的 go.mod / go.work
       *[startup-file] shell 启动文件
    } { $path } 的开头一部分：{ $problem }
go-env--go-missing--message = 找不到 go 命令：PATH 上没有（--go 指定的位置也没有）
go-env--go-missing--flag = --go { $given }：{ $problem ->
        [not-a-file] 不是文件
        [not-on-path] PATH 上没有这个命令
       *[no-such-file] 文件不存在
    }
go-env--go-timeout--message = `go env` 超过 { $ms } ms 没有响应，已被终止
go-env--go-failed--spawn = { $go } 启动失败：{ $error }
go-env--go-failed--spawn-unknown = { $go } 启动失败：原因不明
go-env--go-failed--stderr = { $what }：{ $line }
go-env--go-failed--message = { $what }
go-env-go-env-exited = `go env` 失败，退出码 { $status }
go-env-go-env-killed = `go env` 被信号终止了
go-env-go-env-not-json = `go env` 输出的不是 JSON
go-env--go-too-old--message = { $go } 是 Go { $version }；模块代理（GOPROXY、GOSUMDB）需要 Go { $min } 或更新的版本
go-env--os-env-override--message = 系统环境变量里的 { $variable }={ $os_value } 覆盖了 `go env -w` 设置的 { $variable }={ $file_value }，Go 实际用的是 { $os_value }
go-env--modules-off--message = GO111MODULE=off（{ $from }）：go mod download、go get 和 gopls 都无法使用模块
go-env--goproxy-invalid--message = GOPROXY={ $value }（{ $from }）不被 Go 接受：{ $error }
go-env--goproxy-off--message = GOPROXY=off（{ $from }）：go 命令不会下载任何模块
go-env--goproxy-comma-fallback--message = GOPROXY={ $value }：{ $proxies } 只有返回 404/410 时 Go 才会换下一个，连不上时不会（要在任何错误时回退，请用 `|`）
go-env--gosumdb-off--message = GOSUMDB=off（{ $from }）：下载的模块不再对照校验和数据库校验
go-env--gosumdb-invalid--message = GOSUMDB={ $value }（{ $from }）不被 Go 接受：{ $error }
go-env--insecure-flag--message = GOFLAGS={ $value }（{ $from }）里有 -insecure：{ $consequence ->
        [removed] Go 1.17 已删除这个参数，`go get` 会直接报错退出：`-insecure flag is no longer supported`
       *[deprecated] 它让所有拉取都能走明文 HTTP、不验证 TLS，而且 Go 1.17 及以后不再接受它
    }
go-env--unknown-variable--message = go env -w 文件里的 { $name } 不是 Go 的变量，Go 会忽略它
go-env--unknown-variable--meant = go env -w 文件里的 { $name } 不是 Go 的变量，Go 会忽略它（是不是想写 { $meant }？）
go-env--unknown-variable--lines = go env -w 文件里的 { $name }（共 { $count } 行，第一行在第 { $first } 行，最后一行在第 { $last } 行）不是 Go 的变量，Go 会忽略它
go-env--unknown-variable--lines-meant = go env -w 文件里的 { $name }（共 { $count } 行，第一行在第 { $first } 行，最后一行在第 { $last } 行）不是 Go 的变量，Go 会忽略它（是不是想写 { $meant }？）
go-env--unknown-variable--more = go env -w 文件里还有 { $count } 个名字不是 Go 的变量，Go 会忽略它们
go-env--unknown-variable--os = 系统环境变量里设置了 { $name }，但它不是 Go 的变量，Go 会忽略它（是不是想写 { $meant }？）
go-env--private-matches-public--message = { $variable }={ $value }（通过 { $set_in } 设置，{ $from }）：模式 { $patterns } 覆盖了 { $modules } 等公共模块，这些模块因此{ $variable ->
        [GONOPROXY] 会绕过所有代理，直接用 git 从源站拉取
       *[GONOSUMDB] 不再对照校验和数据库校验
    }
go-env--toolchain-download--message = { $reason }，而 { $local } 版本更旧：go 会先下载 go{ $wanted } 的工具链模块 golang.org/toolchain，{ $blocker ->
        [goproxy-off] 但 GOPROXY=off 禁止下载，这个模块里的每条 go 命令都会失败
        [gosumdb-off] 但 GOSUMDB=off 会让这次下载失败：工具链总要对照校验和数据库校验
       *[none] 通过 GOPROXY 下载，并对照校验和数据库校验
    }
go-env-toolchain-forced = GOTOOLCHAIN={ $value }
go-env-toolchain-asked-by-file = { $file }:{ $line } 要求 go { $version }
go-env-toolchain-asked-by-env = GOTOOLCHAIN={ $value } 要求 go { $version }
go-env-installed-go = 已安装的 go

## 证据

go-env-evidence-command = 命令：{ $command }
go-env-evidence-stderr = stderr：{ $line }
go-env-evidence-stdout = stdout：{ $text }
go-env-evidence-env-file = go env -w 文件：{ $path }:{ $line }
go-env-evidence-among = 其中有：{ $names }

## 值从哪里来

go-env-source = { $source ->
        [environment] 系统环境变量
        [env-file] go env -w 文件
        [goroot-env-file] $GOROOT/go.env
        [goprivate] 取自 GOPRIVATE
        [default] 默认值
       *[computed] go 计算得出
    }
go-env-source-env-file-line = go env -w 文件 { $path }:{ $line }

## 修复

fix--go-env--go-missing--flag = 给 --go 一个存在的 go 可执行文件的路径，或者去掉 --go，使用 PATH 上的 go
fix--go-env--go-missing = 安装 Go，然后打开一个新终端
fix--go-env--go-too-old = 安装当前的 Go 版本
fix--go-env--modules-off = 重新启用模块模式
fix--go-env--goproxy-invalid = 恢复默认的 GOPROXY
fix--go-env--goproxy-off = 重新允许下载模块
fix--go-env--gosumdb-off = 重新启用模块校验（sum.golang.org；被墙的地方用 GOSUMDB=sum.golang.google.cn）
fix--go-env--gosumdb-invalid = 恢复默认的校验和数据库
fix--go-env--insecure-flag = 把 -insecure 从 GOFLAGS 里去掉（没有 HTTPS 的主机用 GOINSECURE=host）
fix--go-env--unknown-variable = 删掉{ $count ->
        [1] 这一行
       *[other] 这 { $count } 行
    }（`go env -u { $name }` 删不掉未知的名字）
fix--go-env--unknown-variable--os = 从系统环境变量里删掉 { $name }（{ $whereabouts }）
fix--go-env--os-env-override = 从系统环境变量里删掉 { $variable }，让 `go env -w` 的值生效（{ $whereabouts }），然后打开一个新终端
fix--go-env--private-matches-public = 把 { $variable } 收窄到你自己的模块路径，如 git.corp.example.com,github.com/yourorg/*
fix--go-env--toolchain-download = 重新启用模块校验，工具链才能通过校验
fix-go-env-from-os-env = { $why }：{ $variable } 来自系统环境变量，要在那里删掉（{ $whereabouts }），然后打开一个新终端
fix-go-env-override-goroot = { $why }：在你自己的 env 文件里覆盖 { $file } 中的值
go-env-check-profile = 检查{ $os ->
        [windows] “系统属性 > 环境变量”（用户和系统）
        [macos] {" "}~/.zshrc、~/.zprofile、~/.bash_profile 或 launchctl setenv
       *[linux] {" "}~/.bashrc、~/.profile、~/.zshrc、/etc/environment 或 /etc/profile.d/
    }
go-env-whereabouts = 设置在 { $places }
go-env-whereabouts-registry = 设置在 { $places }；改完之后，之前打开的 VS Code 和终端要重启才会拿到新值
go-env-registry-place = { $scope ->
        [user] Windows 用户环境变量
       *[system] Windows 系统环境变量（需要管理员权限修改）
    } { $key }

## 摘要

go-env-summary-no-go = 找不到 go
go-env-summary-unreadable = { $version }，位于 { $go }；读不到设置
go-env-summary = { $version }，位于 { $go }；GOPROXY={ $goproxy } GOSUMDB={ $gosumdb }
go-env-unknown-version = 版本未知

## --verbose 的事实（标签连同空格占 12 列，对齐）

go-env-fact-heading = 详细信息：
go-env-fact-go-binary = go 程序     { $path }（{ $from ->
        [flag] 由 --go 指定
        [known-location] 不在 PATH 上，在安装程序的默认位置找到
       *[path] 在 PATH 上找到
    }）
go-env-fact-ran = 运行        { $command } -> { $outcome ->
        [ok] 成功
        [timeout] 超时
        [spawn-failed] 无法启动
        [failed] 失败
       *[bad-output] 输出无法解析
    }，用时 { $ms } ms
go-env-fact-env-file = env 文件    { $path }（{ $status ->
        [read] 已读取
        [missing] 不存在
        [no-config-dir] 不存在：go 找不到存放它的用户配置目录
        [disabled] 已被 GOENV=off 关闭
       *[unreadable] 读不了
    }）
go-env-fact-env-file-error = env 文件    { $path }（{ $status ->
        [read] 已读取
        [missing] 不存在
        [disabled] 已被 GOENV=off 关闭
       *[unreadable] 读不了
    }：{ $error }）
go-env-fact-none = 无
go-env-fact-goroot-env = go.env      { $path }
go-env-fact-variables = 变量：
go-env-fact-empty = （空）
go-env-fact-source-line = { $source }（第 { $line } 行）
go-env-fact-pattern-effect = 匹配 { $value } 的模块{ $variable ->
        [GONOPROXY] 绕过 GOPROXY，直接用 git 拉取
        [GONOSUMDB] 不对照校验和数据库校验
       *[GOINSECURE] 可能通过明文 HTTP 拉取
    }（{ $variable }）
go-env-fact-proxy-env = 代理变量    { $name }={ $value }
go-env-fact-workspace = 工作区      { $dir }
go-env-fact-directive = { $directive } { $value }（第 { $line } 行）

## Notes in a fix

go-env-note-go-on-path = PATH 上的 go（如果有）：{ $command }
go-env-note-install-download = 或者从 https://golang.google.cn/dl/ 下载{ $package ->
    [tarball] 压缩包
    [installer] 安装包
   *[msi] MSI 安装包
    }（国外：https://go.dev/dl/）
