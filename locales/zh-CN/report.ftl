# the human report: verdict, diagnosis, chrome, counts (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## What the cross-check adds to other checks' findings

crosscheck-offline-ok = { $finding }；不过这个工作区需要的 { $required } 个模块{ $from ->
    [vendor] 都已在 vendor 目录中
   *[cache] 都已在本机模块缓存中（go.sum 也有记录）
    }，go 可以离线构建它，只是新模块下载不了
crosscheck-go-path-works = 本次运行中 Go 的实际路径是通的：模块经 { $via } 下载，{ $checksums ->
    [works] 校验和经 { $sums_via } 校验
    [off] 校验和校验已关闭
   *[skipped] 校验和查询已跳过（GONOSUMDB）
    }
crosscheck-go-stops-at = Go 卡在 { $url }：{ $failure }
crosscheck-override-stops-go = 在 { $variable }={ $os_value } 下 Go 卡在 { $url }；`go env -w` 设置的是 { $file_value }
crosscheck-checksums-in-run = go env：本次运行中校验和校验{ $works ->
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
run-no-result = 该检查没有产生结果
run-cancelled = 该检查被取消
run-panicked = 该检查内部出错：{ $detail }
run-out-of-files = 打开的文件太多：请调大 ulimit -n 后重新运行。本次运行中有 { $count } 次打开文件或套接字时报 "too many open files"，依赖它们的结果（DNS 服务器或代理不可达、文件不可读、go 无法启动）不能说明网络的情况
run-out-of-files-limit = 打开的文件太多：请调大 ulimit -n（当前上限 { $limit }）后重新运行。本次运行中有 { $count } 次打开文件或套接字时报 "too many open files"，依赖它们的结果（DNS 服务器或代理不可达、文件不可读、go 无法启动）不能说明网络的情况
run-skipped = { $reason ->
    [only] 未被 --only 选中
    [skip] 已用 --skip 跳过
   *[offline] 已用 --offline 跳过
    }

## Diagnosis headlines

diagnosis-does-not-work = 不通
diagnosis-override-breaks = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和校验失败
    }，原因是系统环境变量 { $variable }={ $os_value } 覆盖了 `go env -w { $variable }={ $file_value }`；{ $url } { $failure }
diagnosis-override-breaks-at = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和校验失败
    }，原因是系统环境变量 { $variable }={ $os_value }（设置于 { $places }）覆盖了 `go env -w { $variable }={ $file_value }`；{ $url } { $failure }
diagnosis-cause-breaks = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和校验失败
    }，原因是{ $cause }：{ $url } { $failure }
diagnosis-fails-with = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和校验失败
    }：{ $cause }
diagnosis-pin-breaks = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和校验失败
    }，原因是 { $place } 把 { $host } 固定到了 { $addresses }，而它{ $failure }
diagnosis-pin-breaks-dns-works = { $what ->
    [downloads] 模块下载失败
   *[checksums] 校验和校验失败
    }，原因是 { $place } 把 { $host } 固定到了 { $addresses }，而它{ $failure }；{ $alternative }
diagnosis-place-line = { $file } 第 { $line } 行
diagnosis-place-file = { $file }
diagnosis-place-hosts-file = hosts 文件
