# godiag 的简体中文文本。id 与 locales/en/godiag.ftl 一一对应（测试会检查），
# 写法见 docs/i18n.md。Go 自己的报错、命令、路径、环境变量名和代码保持原样，不翻译。
#
# 发现代码：每个代码一条消息，id 为把代码中的 `.` 写成 `--`（`dns.poisoned` 即 `dns--poisoned`），
# 带四个属性 .title .meaning .why .fix；示例不是 Go 输出而是括号里的说明时，另有 .example。
# 中文与英文、代码之间留一个空格；文本中的 `{` 和 `}` 写作 {"{"} 和 {"}"}。

## 严重级别

severity-error = 错误
severity-warning = 警告
severity-info = 提示

## godiag explain

explain-header = { $code } — { $title }（默认级别：{ $severity }）
explain-meaning = 这是什么意思
explain-why = 为什么要紧
explain-fix = 如何手动修复
explain-example = Go 的报错
explain-unknown = 错误：没有这个发现代码 `{ $query }`
explain-did-you-mean = 你是不是想找：{ $codes }
explain-list-hint = 用 `godiag explain --list` 查看所有代码。
explain-ambiguous = 错误：`{ $query }` 有歧义，它同时是 { $codes } 的简写，请给出完整代码
explain-and = {" 和 "}

## 命令行帮助（英文帮助在 src/cli.rs 的文档注释里，这里只有中文）

help-heading-usage = 用法：
help-heading-options = 选项
help-heading-arguments = 参数
help-heading-commands = 命令
help-flag-help = 显示帮助（-h 为简要版）
help-flag-version = 显示版本
help-subcommand-help = 显示本帮助或某个子命令的帮助

help-about = 诊断 Go 开发环境的网络问题。
help-long-about = 诊断 Go 开发环境的网络问题。

    `go mod download`、`go get`、gopls 或 VS Code 的 Go 插件下载不了模块时，godiag 找出原因，
    指出根本问题，并给出能直接运行的 `go env -w` 修复命令。
help-examples = 示例：
      godiag check                          彩色报告，带根本原因和修复命令
      godiag check --verbose                另外列出每个变量、它的值和来源
      godiag check --json                   给 CI 用的带版本号的 JSON 报告（同 --format json）
      godiag check --only go-env            只运行一项检查
      godiag check --fail-on warning        有警告也以 1 退出
      godiag check --go ~/sdk/go1.22/bin/go --workspace ./service
      godiag explain go-env.goproxy-comma-fallback
      godiag --lang zh-CN check             用中文输出

    退出码：0 没有达到 --fail-on 级别的问题；1 有达到该级别的问题；2 用法错误或 godiag 无法运行。
help--lang = 输出和帮助的语言：en 或 zh-CN［默认依次看 $GODIAG_LANG、LC_ALL、LC_MESSAGES、LANG，再看系统语言，最后是 en］。zh-TW 和 zh-HK 暂时回退到英文，等有人翻译。

help-check-about = 运行各项检查并输出报告
help-check-examples = { help-examples }
help-check--format = 报告格式
help-check--json = 等同于 --format json
help-check--verbose = 列出所有事实：每个变量、它的值和来源
help-check--color = 报告是否着色［默认 auto；设置了 NO_COLOR 时 auto 不着色］
help-check--fail-on = 有问题达到这个级别时以 1 退出
help-check--only = 只运行这些检查（逗号分隔）
help-check--skip = 跳过这些检查（逗号分隔）
help-check--offline = 跳过需要联网的检查（dns、connectivity）
help-check--config = 配置文件（TOML）［默认 $GODIAG_CONFIG，否则 <配置目录>/godiag/config.toml］
help-check--go = 要检查的 go 可执行文件［默认 PATH 上的 go］
help-check--workspace = 以哪个目录的 go.mod 为准［默认当前目录］
help-check--hosts-file = 要检查的 hosts 文件［默认 /etc/hosts；Windows 为 %SystemRoot%\System32\drivers\etc\hosts］
help-check--nsswitch = 决定 Go 是否读 hosts 文件的 nsswitch.conf［默认 /etc/nsswitch.conf］
help-check--resolv-conf = 指定系统 DNS 服务器的 resolv.conf［默认 /etc/resolv.conf］
help-check--resolver = 参考 DNS 服务器，IP 或 IP:端口；可重复（替换配置中的列表）
help-check--samples = 每个 DNS 查询同时发这么多次，报告成功率和延迟
help-check--mirror = 要测量的模块代理镜像 URL；可重复（替换配置中的列表）
help-check--vscode-settings = 要读取的 VS Code settings.json 或 .code-workspace；可重复（不再自动查找）
help-check--timeout = 每个探测的超时，包括 go 命令本身（如 3s、500ms）

help-fix-about = 以命令和 diff 显示修复方案；--apply 执行，--undo 撤销
help-fix-examples = 示例：
      godiag fix                            修复方案：命令和 diff，不做任何改动
      godiag fix --apply                    执行 go env -w，修改 VS Code 设置（有备份），再检查一遍
      godiag fix --apply --verify           再用新设置真正 go mod download 一次来验证
      godiag fix --apply --proxy https://goproxy.cn
      godiag fix --undo                     恢复上次 --apply 改过的内容

    退出码：0 没有要改的（方案）或全部改好（--apply、--undo）；1 有待做的修改（方案），
    或某项修改失败、没有生效、被拒绝，或 --verify 失败；2 用法错误或 godiag 无法运行。
help-fix--apply = 执行安全的修复：通过你的 go 改 go env，原地修改 VS Code 设置，并做备份
help-fix--undo = 恢复上次 --apply 改过的文件和 go env 值
help-fix--verify = 修复后用 go 本身下载探测模块（临时模块和缓存）
help-fix--proxy = 要写入的 GOPROXY，不用测得最快的镜像（只给 URL 即 URL,direct）
help-fix--sumdb = 要写入的 GOSUMDB，如 sum.golang.google.cn（绝不会是 off）
help-fix--format = 输出格式
help-fix--json = 等同于 --format json
help-fix--color = 输出是否着色［默认 auto；设置了 NO_COLOR 时 auto 不着色］
help-fix--offline = 不运行需要联网的检查就出方案（没有测得的镜像，就不改 GOPROXY）
help-fix--config = { help-check--config }
help-fix--go = { help-check--go }
help-fix--workspace = { help-check--workspace }
help-fix--hosts-file = { help-check--hosts-file }
help-fix--nsswitch = { help-check--nsswitch }
help-fix--resolv-conf = { help-check--resolv-conf }
help-fix--resolver = { help-check--resolver }
help-fix--samples = { help-check--samples }
help-fix--mirror = { help-check--mirror }
help-fix--vscode-settings = { help-check--vscode-settings }
help-fix--timeout = { help-check--timeout }

help-explain-about = 解释一个发现代码：什么意思、为什么会让 Go 出错、怎样手动修复
help-explain-examples = 示例：
      godiag explain go-env.os-env-override
      godiag explain goproxy-off
      godiag explain --list
      godiag explain dns.poisoned --lang zh-CN
help-explain--code = 发现代码，如 go-env.goproxy-off（点后面的部分唯一时也可以只写这部分）
help-explain--list = 列出所有代码及其标题

help-completions-about = 输出 shell 补全脚本
help-completions-examples = 示例：
      godiag completions bash > ~/.local/share/bash-completion/completions/godiag
      godiag completions zsh > "${"{"}fpath[1]{"}"}/_godiag"
      godiag completions fish > ~/.config/fish/completions/godiag.fish
help-completions--shell = 要生成补全脚本的 shell

help-value-go-env = go 命令、版本和模块下载相关设置
help-value-hosts = hosts 文件，以及 Go 从中读到什么
help-value-dns = 系统 DNS 和参考 DNS 服务器，查询 Go 用到的域名
help-value-connectivity = 模块代理、镜像和校验和数据库，逐层检查
help-value-vscode = VS Code 系编辑器的设置，以及 gopls 拿到的环境变量
help-value-auto = 标准输出是终端且没有设置 NO_COLOR 时着色
