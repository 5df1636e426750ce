# the human report: verdict, diagnosis, chrome, counts (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## What the cross-check adds to other checks' findings

crosscheck-offline-ok = { $finding }；不过这个工作区需要的 { $required } 个模块{ $from ->
    [vendor] 都已在 vendor 目录中
   *[cache] 都已在本机模块缓存中（go.sum 也有记录）
    }，go 可以离线构建它，只是新模块下载不了
crosscheck-go-path-works = 本次运行中 Go 实际走的路径是通的：模块经 { $via } 下载，{ $checksums ->
    [works] 校验和经 { $sums_via } 验证
    [off] 校验和验证已关闭
   *[skipped] 校验和查询已跳过（GONOSUMDB）
    }
crosscheck-go-stops-at = Go 卡在 { $url }：{ $failure }
crosscheck-override-stops-go = 在 { $variable }={ $os_value } 下 Go 卡在 { $url }；`go env -w` 设置的是 { $file_value }
crosscheck-checksums-in-run = go env：本次运行中校验和验证{ $works ->
    [yes] 正常
   *[no] 失败
    }
crosscheck-editor-value = 编辑器：{ $measured }
crosscheck-go-env-value = go env：{ $measured }
crosscheck-measured-no-proxy = { $goproxy }：没有可测的代理
crosscheck-measured-works = { $url } 本次能正常提供模块（{ $ms } ms）
crosscheck-measured-failed = { $url } 本次不通（{ $failure }）
crosscheck-measured-not-probed = { $url } 本次未测

## The runner

run-over-budget = { $check } 检查未能在 { $ms } ms 内完成，已被中止
run-no-result = 这项检查没有给出结果
run-cancelled = 这项检查被取消了
run-panicked = 这项检查内部出错：{ $detail }
run-out-of-files = 打开的文件太多：请调大 ulimit -n 后重新运行。本次有 { $count } 次打开文件或套接字时报 `too many open files`，受影响的结果（DNS 服务器或代理不可达、文件不可读、go 无法启动）不能反映网络的真实情况
run-out-of-files-limit = 打开的文件太多：请调大 ulimit -n（当前上限 { $limit }）后重新运行。本次有 { $count } 次打开文件或套接字时报 `too many open files`，受影响的结果（DNS 服务器或代理不可达、文件不可读、go 无法启动）不能反映网络的真实情况
run-skipped = { $reason ->
    [only] 未被 --only 选中
    [skip] 已用 --skip 跳过
   *[offline] 已用 --offline 跳过
    }

## Diagnosis headlines

diagnosis-does-not-work = 不通
diagnosis-override-breaks = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和验证失败
    }，原因是系统环境变量 { $variable }={ $os_value } 覆盖了 `go env -w { $variable }={ $file_value }`；{ $url } { $failure }
diagnosis-override-breaks-at = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和验证失败
    }，原因是系统环境变量 { $variable }={ $os_value }（设置于 { $places }）覆盖了 `go env -w { $variable }={ $file_value }`；{ $url } { $failure }
diagnosis-cause-breaks = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和验证失败
    }，原因：{ $cause }；{ $url } { $failure }
diagnosis-fails-with = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和验证失败
    }：{ $cause }
diagnosis-pin-breaks = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和验证失败
    }，原因是 hosts 记录（{ $place }）把 { $host } 写死为 { $addresses }，而它{ $failure }
diagnosis-pin-breaks-dns-works = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和验证失败
    }，原因是 hosts 记录（{ $place }）把 { $host } 写死为 { $addresses }，而它{ $failure }；{ $alternative }
diagnosis-place-line = { $file } 第 { $line } 行
diagnosis-place-file = { $file }
diagnosis-place-hosts-file = hosts 文件

## The verdict: the first line of the report

verdict-direct = Go 直接从模块源站下载模块
verdict-via = Go 经 { $via } 下载模块（{ $ms } ms）
verdict-via-unmeasured = Go 经 { $via } 下载模块
verdict-download-stops = Go 无法下载模块：卡在 { $at }
verdict-both-stop = Go 无法下载模块，也无法验证校验和：卡在 { $at }
verdict-goproxy-off = Go 不会下载任何模块：GOPROXY=off
verdict-goproxy-invalid = 当前的 GOPROXY 设置被 Go 拒绝
verdict-downloads-untested = 未测模块下载：{ $reason }
verdict-downloads-skipped = 模块下载已跳过：{ $reason }
verdict-sums-through-it = 校验和也经它验证
verdict-sums-via = 校验和经 { $via } 验证
verdict-sums-stop = 校验和验证卡在 { $at }
verdict-sums-off = 不验证校验和（GOSUMDB=off）
verdict-sums-skipped = 跳过了校验和查询（{ $reason }）
verdict-gosumdb-invalid = 当前的 GOSUMDB 设置被 Go 拒绝
verdict-sums-untested = 未测校验和验证：{ $reason }
verdict-and = { $downloads }；{ $checksums }
verdict-but = { $downloads }，但{ $checksums }
verdict-offline = { $worst ->
    [error] 部分 Go 操作会失败
    [warning] Go 能用，但有警告
   *[none] 没有发现问题
    }；未实测下载（没有运行 connectivity 检查）
verdict-nothing-ran = { $worst ->
    [error] 部分 Go 操作会失败
    [warning] Go 能用，但有警告
   *[none] 没有发现问题
    }：没有运行任何检查
verdict-editor-fails = { $verdict }；VS Code 里的 Go 工具会失败

## Report chrome

report-fixes-heading = 建议的修复
report-fixes-note-apply = （{ $shell }；`godiag fix --apply` 会修改 go env 并先做备份）
report-fixes-note = （{ $shell }）
report-errors = { $count } 个错误
report-warnings = { $count } 个警告
report-notes = { $count } 条提示{ $verbose ->
    [yes] {""}
   *[no] （--verbose）
    }
report-no-problems = 没有问题
report-skipped = { $checks }：{ $reason }
report-closing = { $counts }；{ $checks } 项检查，{ $seconds } 秒。
report-closing-explain = { $counts }；{ $checks } 项检查，{ $seconds } 秒。用 `godiag explain 代码` 查看说明。
run-check-title = { $check ->
    [go-env] Go 工具链与模块设置
    [hosts] hosts 文件
    [dns] DNS 服务器
    [connectivity] 模块代理与校验和数据库
   *[vscode] VS Code 与 gopls
    }

## Joining and reading back

list-separator = 、
verbatim = { $text }
