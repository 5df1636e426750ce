# the command line's own errors and notes (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## Errors and notes

cli-error = godiag：错误：{ $detail }
cli-note = godiag：提示：{ $detail }

## The command line

cli-same-check = --only { $ids } 和 --skip { $ids } 里有 { $count } 个相同的检查项：每个检查项只能写在其中一处
cli-nothing-to-run = 用了 { $flags }，没有剩下可运行的检查了
cli-flags-with = { $first }、{ $rest }
cli-flag-only = --only { $ids }
cli-flag-skip = --skip { $ids }
cli-flag-offline = --offline（会跳过 dns 和 connectivity）
cli-mirror-without-scheme = --mirror { $given } 没写协议，godiag 按 { $url } 来测（Go 读 GOPROXY 里这种写法时也是这样理解的）
cli-unknown-lang = godiag 支持 en 和 zh-CN（zh-TW、zh-HK 暂时显示英文）
cli-fault-names-no-check = { $variable }={ $value } 不是任何一个检查项
cli-cannot-write-stdout = 无法把报告写到标准输出：{ $error }
cli-cannot-read-cwd = 无法读取当前目录：{ $error }
cli-cannot-start-runtime = 无法启动异步运行时：{ $error }

## The spinner

cli-checking = 正在检查 { $checks }
cli-waiting-for-lock = 正在等待 godiag 的锁（可能有另一个 godiag fix 在运行）
cli-applying = 正在应用修复
cli-verifying = 正在验证：go mod download { $module }@latest

## godiag fix

cli-force-without-undo = --force 只能和 --undo 一起用（`godiag fix --undo --force`）
cli-no-state-dir = { $command ->
    [undo] 找不到 godiag 的备份
   *[apply] 找不到存放 godiag 备份的目录
    }：环境变量里没有用户主目录（请设置 HOME 或 XDG_STATE_HOME）

## The config file

config-default-toml-invalid = 内置的 default.toml 有错误
config-default-toml-lacks = 内置的 default.toml 缺少 `{ $key }`
config-unreadable = 无法读取配置文件 { $path }：{ $problem }
config-truncated = 配置文件 { $path } 超过了 { $size }，只读到前 { $size }；godiag 不使用被截断的配置
config-not-utf8 = 配置文件 { $path } 不是 UTF-8 编码：{ $error }
config-flag-unusable = --config { $path }：{ $problem }
config-env-unusable = { $variable }={ $path }：{ $problem }；请取消设置这个环境变量，或让它指向一个 TOML 文件
config-read-problem = { $problem ->
    [not-found] 文件不存在
    [permission-denied] 没有权限（{ $detail }）
    [not-regular] 它是{ $detail }，不是普通文件
    [loop] 符号链接形成了循环
    [timed-out] 读取超时（超过 { $detail }）
   *[io] { $detail }
    }
config-file-kind = { $kind ->
    [file] 文件
    [directory] 目录
    [fifo] 命名管道（FIFO）
    [char-device] 字符设备
    [block-device] 块设备
    [socket] 套接字（socket）
   *[other] 特殊文件
    }
config-workspace-not-folder = --workspace { $path }：需要的是目录，实际是{ $found }；请传入 go.mod 所在的目录
config-workspace-missing = --workspace { $path }：目录不存在；请传入 go.mod 所在的目录
config-samples-out-of-range = samples 必须在 1 到 100 之间，现在是 { $samples }

## Errors in a config file: where, then what

config-error-at = { $file }:{ $line }:{ $column }: { $problem }
    {"  "}{ $source }
config-error-at-key = { $file }:{ $line }:{ $column }: `{ $key }`：{ $problem }
    {"  "}{ $source }
config-error-in = { $file }: { $problem }
config-unknown-key = 未知的配置项；这里可用的配置项有 { $keys }
config-unknown-key-suggest = 未知的配置项（是不是想写 `{ $suggestion }`？）；这里可用的配置项有 { $keys }
config-verbatim-error = { $error }
config-invalid-type = 类型不对：这里是 { $found }，需要的是{ $expected }
config-expected = { $what ->
    [timeout] 时长，例如 "5s" 或 "500ms"
    [age] 时长，例如 "30d"、"12h" 或 "300ms"
    [version] 版本号，例如 "1.13" 或 "0.38.0"
    [resolver] DNS 服务器地址，例如 "8.8.8.8" 或 "127.0.0.1:5353"
    [encrypted] 加密 DNS 服务器，例如 "tls://223.5.5.5#dns.alidns.com"
   *[mirror] 网址（http 或 https），例如 "https://goproxy.cn"
    }
config-duration-invalid = 需要一个时长，例如 5s 或 500ms，实际是 { $found }
config-duration-unparsable = 需要一个时长，例如 5s 或 500ms，实际是 { $found }（{ $error }）
config-duration-zero = 需要一个时长，例如 5s 或 500ms，实际是 { $found }：超时设为 0 会让每个探测都失败
config-duration-too-long = 需要一个时长，例如 5s 或 500ms，实际是 { $found }，超过了最大值 10m
config-age-invalid = 需要一个时长，例如 "30d"、"12h" 或 "300ms"，实际是 { $found }（{ $error }）
config-version-invalid = 需要一个版本号，例如 "1.13" 或 "0.38.0"，实际是 { $found }
config-resolver-invalid = 需要一个 DNS 服务器地址（IP、IP:PORT 或 [IPv6]:PORT），实际是 { $found }
config-mirror-invalid = 需要一个网址（http 或 https），例如 "https://goproxy.cn"，实际是 { $found }；请写成 { $url }
config-mirror-flag-invalid = 需要一个模块代理地址，例如 https://goproxy.cn（每个 --mirror 只写一个镜像），实际是 { $found }
