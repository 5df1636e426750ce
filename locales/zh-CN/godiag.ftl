# godiag 的简体中文文本。id 与 locales/en/godiag.ftl 一一对应（测试会检查），
# 写法见 docs/i18n.md。Go 自己的报错、命令、路径、环境变量名和代码保持原样，不翻译。
#
# 问题代码：每个代码一条消息，id 为把代码中的 `.` 写成 `--`（`dns.poisoned` 即 `dns--poisoned`），
# 带四个属性 .title .meaning .why .fix；示例不是 Go 输出而是括号里的说明时，另有 .example。
# 中文与英文、代码之间留一个空格；文本中的 `{` 和 `}` 写作 {"{"} 和 {"}"}。

## 严重级别

severity-error = 错误
severity-warning = 警告
severity-info = 提示

## godiag explain

explain-header = { $code } — { $title }（默认级别：{ $severity }）
explain-meaning = 这是什么意思
explain-why = 有什么影响
explain-fix = 如何手动修复
explain-example = Go 的输出
explain-unknown = 错误：未知的代码 `{ $query }`
explain-did-you-mean = 你是不是想找：{ $codes }
explain-list-hint = 用 `godiag explain --list` 查看所有代码。
explain-ambiguous = 错误：`{ $query }` 有歧义，它同时是 { $codes } 的简写，请写完整代码
explain-and = {" 和 "}
explain-severity-rule = 严重程度看的是对 Go 的实际影响，每次运行按实测结果定级：错误 = 你执行的 Go 操作会失败（下载模块、校验和验证、gopls 和编辑器里的 Go 工具、go 命令本身）；警告 = 现在能用，但变慢了或有隐患；提示 = 情况属实，但不影响 Go。

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

    `go mod download`、`go get`、gopls 或 VS Code 的 Go 扩展下载不了模块时，godiag 找出原因，
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
help-check--verbose = 列出详细信息：每个变量、它的值和来源
help-check--color = 报告是否着色［默认 auto；设置了 NO_COLOR 时 auto 不着色］
help-check--fail-on = 有问题达到这个级别时，退出码为 1
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
help-fix--force = 与 --undo 一起用：连 --apply 之后又被改过的文件也恢复（先说明会覆盖什么，并保留你改过的版本）
help-fix--verify = 修复后让 go 真正下载一个探测模块来验证（用临时模块和临时缓存）
help-fix--proxy = 要写入的 GOPROXY，代替测得最快的镜像（只写一个 URL 时按 URL,direct 写入）
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

help-explain-about = 解释报告里的一个代码：什么意思、为什么会让 Go 出错、怎样手动修复
help-explain-examples = 示例：
      godiag explain go-env.os-env-override
      godiag explain goproxy-off
      godiag explain --list
      godiag explain dns.poisoned --lang zh-CN
help-explain--code = 报告里的代码，如 go-env.goproxy-off（点后面的部分不重复时，只写这部分也行）
help-explain--list = 列出所有代码及其标题

help-completions-about = 输出 shell 补全脚本
help-completions-examples = 示例：
      godiag completions bash > ~/.local/share/bash-completion/completions/godiag
      godiag completions zsh > "${"{"}fpath[1]{"}"}/_godiag"
      godiag completions fish > ~/.config/fish/completions/godiag.fish
help-completions--shell = 要生成补全脚本的 shell

help-value-go-env = go 命令、版本和模块下载相关设置
help-value-hosts = hosts 文件，以及 Go 从中读到什么
help-value-dns = 向系统 DNS 服务器和参考 DNS 服务器查询 Go 用到的域名
help-value-connectivity = 模块代理、镜像和校验和数据库，逐层检查
help-value-vscode = VS Code 系列编辑器的设置，以及 gopls 拿到的环境变量
help-value-auto = 标准输出是终端且没有设置 NO_COLOR 时着色

## 问题代码

go-env--go-missing =
    .title = 找不到 go 命令
    .meaning = godiag 没有找到 `go` 可执行文件：--go 指定的路径下没有，PATH 上也没有。
    .why = 没有 go 命令就什么都下载不了，godiag 也读不到 Go 实际使用的设置。终端里能找到 `go`、编辑器里却找不到，通常是因为 PATH 只在 shell 的 rc 文件里设置了。
    .fix = 从 https://golang.google.cn/dl/ 下载安装 Go（国外也可以用 https://go.dev/dl/ ），或者用包管理器安装：`apt-get install golang-go`、`brew install go`、`winget install GoLang.Go`。装好后打开一个新终端。如果 Go 装在不常见的位置，用 `--go /path/to/go` 指定，或把它的 bin 目录加进 PATH。

go-env--go-timeout =
    .title = `go env` 超时没有响应
    .meaning = `go env -json ...` 运行超过了超时时间，被终止了。
    .why = `go env` 只读文件再打印，正常几毫秒就返回。卡住通常是因为：包装脚本阻塞了（版本管理器、等网络的 `go` shim），GOROOT/GOPATH 所在的网络文件系统卡住了，或者 GOTOOLCHAIN 正在下载新的工具链。
    .fix = 自己运行一次 `go env`，看它卡在哪里。用 `which go` 检查是不是 gvm、goenv、asdf 或 mise 的 shim，再试试 `GOTOOLCHAIN=local go env`。如果只是机器慢，用 `--timeout 15s` 放宽时限。
    .example = （没有输出：命令卡住不动）

go-env--go-failed =
    .title = `go env` 执行失败
    .meaning = `go env -json ...` 以错误退出，或者输出的不是 Go 该输出的 JSON。
    .why = 所有 go 命令读的都是 `go env` 读的这些设置；`go env` 失败，`go mod download` 和 gopls 也会失败，报错通常一样。
    .fix = 看报告里 go 自己的报错。常见原因：GOFLAGS 的值不合法，GOROOT 损坏，GOTOOLCHAIN 指向一个不存在的工具链，或者这个 `go` 根本不是 Go 工具链（比如会多打印内容的包装脚本）。

go-env--go-too-old =
    .title = Go 版本太旧，不支持模块代理
    .meaning = 安装的 Go 比配置的最低版本（默认 1.13）还旧。
    .why = GOPROXY、GOSUMDB、GOPRIVATE 和 GONOSUMDB 都是 Go 1.13 才有的。更旧的版本会忽略它们，所有模块都直接用 git 拉取，而在国内或公司代理后面，这正是最容易失败的方式。
    .fix = 安装当前的 Go 版本：https://golang.google.cn/dl/ （国外也可以用 https://go.dev/dl/ ）。

go-env--goproxy-invalid =
    .title = Go 不接受的 GOPROXY 值
    .meaning = GOPROXY 里有 go 命令拒绝使用的内容：没有 scheme 且 Go 不会自动补全的条目（一个单词、一个绝对路径），https、http、file 以外的 scheme，或者一个条目都没有。
    .why = go 命令在下载之前会检查整个列表；只要有一个条目不对，所有下载都会失败，哪怕其他条目没问题。
    .fix = 设成合法的列表，如 `go env -w GOPROXY=https://goproxy.cn,direct`，或用 `go env -u GOPROXY` 恢复默认值。本地目录要写成 `file:///path`。给网络连接用的 SOCKS 或 HTTP 代理应该放在 HTTPS_PROXY 里，不是 GOPROXY。

go-env--modules-off =
    .title = GO111MODULE=off 关闭了模块模式
    .meaning = GO111MODULE 是 `off`（来自系统环境变量或 go env 文件），go 命令因此处于旧的 GOPATH 模式。
    .why = 所有模块相关的命令都不工作：`go mod download`、对模块的 `go get`、`go mod tidy`；gopls 也加载不了模块。不先改掉这个，网络设置再对也没用。
    .fix = 运行 `go env -u GO111MODULE`（Go 1.16 起默认就是 `on`）；如果它来自系统环境变量，就在那里删掉（`unset GO111MODULE`，并删除 shell 启动文件里对应的那一行）。

go-env--goproxy-off =
    .title = GOPROXY=off 禁止了下载
    .meaning = 实际生效的 GOPROXY 列表以 `off` 开头。
    .why = GOPROXY=off 时，go 命令不会下载任何模块缓存里没有、也没有 vendor 的模块。有时这是有意的（封闭构建），但它会让每个 `go get` 和每个新依赖都失败。
    .fix = 如果不是有意的：`go env -u GOPROXY`（恢复默认）或 `go env -w GOPROXY=https://goproxy.cn,direct`；如果它来自系统环境变量，就在那里删掉。如果是有意的，在那条流水线里用 `--fail-on never` 或 `--skip go-env`。

go-env--goproxy-comma-fallback =
    .title = `,` 只在 404/410 时才回退
    .meaning = GOPROXY 里某个代理后面跟的是 `,`。只有这个代理返回 404 或 410 时 Go 才会换下一个；超时、DNS 解析失败、TLS 错误或 5xx 都会直接让下载失败。
    .why = 很多人把 `https://proxy.golang.org,direct` 理解成“先走代理，不行就直连”。但 proxy.golang.org 连不上时（比如在国内），Go 并不会直连，而是直接报错。`|` 分隔符才会在任何错误时回退。
    .fix = 把能连上的代理放在最前面（`go env -w GOPROXY=https://goproxy.cn,direct`），或者用 `|` 在出错时回退：`go env -w 'GOPROXY=https://proxy.golang.org|https://goproxy.cn|direct'`（要加引号：`|` 在 shell 里是管道）。

go-env--gosumdb-off =
    .title = GOSUMDB=off 关闭了模块校验
    .meaning = 模块不再对照 Go 的校验和数据库校验。
    .why = 校验和数据库用来证明你下载的模块和其他人拿到的是同一份。关掉之后，被攻破的代理或中间人可以悄悄塞给你篡改过的代码。很多人用它来“解决” sum.golang.org 超时，但在国内可以通过 sum.golang.google.cn 或支持它的代理（比如 goproxy.cn）访问校验和数据库。GOSUMDB=off 时，工具链下载（GOTOOLCHAIN）也会拒绝工作。
    .fix = 运行 `go env -u GOSUMDB`（默认 sum.golang.org，goproxy.cn 也会代理它），或在 sum.golang.org 被墙的地方用 `go env -w GOSUMDB=sum.golang.google.cn`。私有模块请用 GOPRIVATE 或 GONOSUMDB 写明它们的路径，而不是把所有模块的校验都关掉。

go-env--gosumdb-invalid =
    .title = Go 不接受的 GOSUMDB 值
    .meaning = GOSUMDB 不是 Go 接受的写法：`off`、已知的数据库名（sum.golang.org、sum.golang.google.cn）、`<name>+<hash>+<key>`，后面可以再跟一个 URL。
    .why = Go 要用数据库的公钥来验证它的回答。Go 不认识的名字没有公钥，所以所有需要校验的下载都会失败。
    .fix = 用 `go env -u GOSUMDB` 恢复默认，国内可用 `go env -w GOSUMDB=sum.golang.google.cn`。私有校验和数据库需要完整的验证公钥：`go env -w "GOSUMDB=name+hash+key https://url"`。

go-env--os-env-override =
    .title = 系统环境变量覆盖了 `go env -w`
    .meaning = 同一个变量既在系统环境变量里、又在 `go env -w` 文件里设置了，值不一样。系统环境变量优先。
    .why = 这就是 `go env -w GOPROXY=...` “不生效”的原因：Go 写了文件，打印一条很容易被忽略的警告，然后继续用 shell 里的值。从桌面启动的编辑器读不到你的 shell rc 文件，可能又是另一个值。
    .fix = 从系统环境变量里删掉它（当前终端 `unset NAME`，再删掉 ~/.bashrc、~/.zshrc、~/.profile 或 /etc/environment 里的 `export NAME=...` 那一行；Windows 在“系统属性 > 环境变量”里删），然后打开新终端。如果系统环境变量里的值才是你要的，就用 `go env -u NAME` 删掉文件里过时的那一条。

go-env--insecure-flag =
    .title = GOFLAGS 里有 -insecure
    .meaning = GOFLAGS 包含 `-insecure`，这是 `go get` 的一个参数，Go 1.17 已经删除。
    .why = 从 Go 1.17 起，`go get` 看到 -insecure 会直接报错退出，所以从旧博客抄来的 GOFLAGS 会让每个 `go get` 都失败。在更旧的 Go 上，它会悄悄允许所有拉取走明文 HTTP、不验证 TLS。
    .fix = 把 -insecure 从 GOFLAGS 里去掉（`go env -w GOFLAGS=<其他参数>` 或 `go env -u GOFLAGS`）。对极少数确实没有 HTTPS 的主机，用 `go env -w GOINSECURE=host.example.com`；它只影响直连拉取，也不会关闭校验和验证。

go-env--unknown-variable =
    .title = Go 不认识的变量
    .meaning = 设置了一个看起来像 Go 设置的变量，但 Go 没有这个变量（比如 GONOSUMCHECK），或者它是某个模块设置的拼写错误。
    .why = Go 会悄悄忽略不认识的变量，你以为生效的设置其实没有任何作用。`go env -w` 会拒绝这种名字，所以它们往往出现在 shell rc 文件或手改的 env 文件里。
    .fix = 删掉它，改设你真正想设的变量（报告里写了是哪个）。`go env -u` 删不掉 env 文件里的未知变量，要手动删那一行。GONOSUMCHECK 通常是想写 GONOSUMDB，它接受私有模块路径的模式；如果目的是绕过国内 sum.golang.org 超时，请改用 `go env -w GOSUMDB=sum.golang.google.cn`。

go-env--toolchain-download =
    .title = go 会先下载更新的工具链
    .meaning = 工作区的 go.mod 或 go.work 要求的 Go 比已安装的新，而 GOTOOLCHAIN 允许切换，所以 go 命令会先下载工具链模块 golang.org/toolchain。
    .why = 工具链也是一个普通模块：通过 GOPROXY 下载，而且总要对照校验和数据库校验，GONOSUMDB 里的模式也不例外。GOPROXY=off 或 GOSUMDB=off 时它根本下载不了；在 proxy.golang.org 被墙的地方，项目里第一次 `go build` 就会卡住或失败。
    .fix = 确保 GOPROXY 能连上可用的镜像并且 GOSUMDB 没有关闭（`go env -w GOPROXY=https://goproxy.cn,direct`），或者自己安装所需的 Go 版本，或者设置 `GOTOOLCHAIN=local` 拒绝切换（这样构建会给出明确的报错）。

go-env--private-matches-public =
    .title = GOPRIVATE 类的模式覆盖了公共模块
    .meaning = GOPRIVATE、GONOPROXY 或 GONOSUMDB 里有一个模式匹配到了常用的公共模块（比如 `*`、`github.com` 或 `golang.org`）。
    .why = GONOPROXY（默认等于 GOPRIVATE）让匹配的模块绕过所有代理，直接用 git 从源站拉取，而在国内直连这些源站（go.googlesource.com、github.com）恰恰最容易失败。GONOSUMDB（默认也等于 GOPRIVATE）会关掉这些模块的校验：GONOSUMDB 为 `*` 时所有模块都不校验。
    .fix = 把模式收窄到你自己的模块，如 `go env -w GOPRIVATE=git.corp.example.com,github.com/yourorg/*`。

go-env--file-unreadable =
    .title = 与 go 设置相关的文件没能完整读取
    .meaning = godiag 没能读取某个说明 go 设置来源的文件（`go env -w` 文件、go.mod / go.work、shell 启动文件），或者只读了开头一部分：它不是普通文件（FIFO、设备、目录），比正常大得多，或者读得太慢。
    .why = 报告里就少了这个文件本该说明的信息：变量从哪里来，go.mod 要求哪个工具链，哪一行启动脚本设置了 GOPROXY。如果 go.mod 或 env 文件是设备或超大文件，go 命令本身也会变慢甚至出错。
    .fix = 检查消息里提到的文件（`ls -l`、`file`）：把 FIFO 或指向设备的链接换成真正的文件，把意外变大的文件删减到正常大小。
    .example = （没有 Go 报错：godiag 报告的是它看不到的内容）

go-env--internal-error =
    .title = go-env 检查内部出错
    .meaning = godiag 的 go-env 检查因为 godiag 自身的 bug 或意外情况中止了，不是你的环境有问题。
    .why = 这项检查没有给出结论，这方面的问题可能没被报告出来。其他检查不受影响。
    .fix = 加 --verbose 再运行一次，把消息和 JSON 报告（`godiag check --json`，其中的 URL 已脱敏）一起发给 godiag 的维护者。
    .example = （godiag 自己的错误消息）

hosts--unreadable =
    .title = hosts 文件读不了
    .meaning = hosts 文件不存在、不是文件，或者当前用户没有读权限。
    .why = Go 的解析器以同一个用户身份读同一个文件。它读不了时，所有域名都会走 DNS，在某些系统上连 `localhost` 也是；你依赖的条目（固定的镜像地址、私有模块主机）也都不起作用。
    .fix = 恢复这个文件（`/etc/hosts` 至少要有 `127.0.0.1 localhost` 和 `::1 localhost`），并让所有人可读：`sudo chmod 644 /etc/hosts`。Windows 上检查 %SystemRoot%\System32\drivers\etc\hosts，以及杀毒软件有没有锁住它。

hosts--syntax =
    .title = hosts 文件有格式错误的行
    .meaning = 有一行会被 Go 和 glibc 跳过或读错：第一列不是 IP 地址，两列写反了（`github.com 140.82.114.4`），地址后面没有域名，或者域名里有域名不该有的字符（`https://github.com`、`github.com:443`）。
    .why = 你想加的条目悄无声息地不起作用。如果这一行本来是要固定或屏蔽某个 Go 用到的主机，下载还是会按 DNS 的结果走。
    .fix = 把这一行改成 `地址 域名 [别名...]`，每行一个地址，域名不带 scheme、端口或路径；或者删掉它。改 hosts 文件需要 root（`sudo nano /etc/hosts`），Windows 上要用管理员身份打开编辑器。
    .example = （无：Go 忽略这一行，改用 DNS）

hosts--encoding =
    .title = hosts 文件编码不对
    .meaning = 文件是 UTF-16（Windows 记事本里的 “Unicode”），带 UTF-8 BOM，含有 NUL 字节，或者有不是合法 UTF-8 的域名。
    .why = Go 和 glibc 都按 ASCII/UTF-8 字节读取 hosts 文件。UTF-16 文件两者都读不懂：所有条目都不生效。BOM 会粘在第一个地址前面，于是第一行丢了。
    .fix = 把文件另存为不带 BOM 的 UTF-8（或 ANSI），换行用 LF 或 CRLF。Windows 上以管理员身份打开编辑器，选 “UTF-8”（不是 “UTF-8 with BOM”，也不是 “Unicode”）。Linux 上：`iconv -f UTF-16 -t UTF-8 hosts > hosts.utf8`，检查无误后再替换原文件。
    .example = （无：这些条目被悄悄忽略）

hosts--conflict =
    .title = 同一个域名指向了不同地址
    .meaning = 同一个域名出现在多行里，同一地址族的地址却不一样（或者一行屏蔽、另一行正常指向）。
    .why = 不同工具认哪一行不一样：Go 的解析器会合并所有行，可能连接其中任何一个地址；glibc（curl、git 和大多数 C 程序）只认第一行（除非 /etc/host.conf 里有 `multi on`）。于是 `curl` 能用、`go mod download` 却失败，或者反过来。
    .fix = 每个域名每个地址族只留一行，删掉其他的（报告里列出了所有相关的行）。不是你特意加的固定地址就删掉：DNS 通常更可靠。

hosts--sinkhole =
    .title = hosts 文件屏蔽了 Go 要用的主机
    .meaning = go 命令要用的某个主机（proxy.golang.org、sum.golang.org、storage.googleapis.com、github.com、goproxy.cn 等）被指向了 0.0.0.0、127.x、:: 或 ::1。
    .why = Go 会连到你自己的机器而不是真正的服务器，立即失败。广告屏蔽和隐私类的 hosts 列表收录过 storage.googleapis.com（proxy.golang.org 的 .zip 下载会重定向到这里）和其他 Google 主机。
    .fix = 删掉这一行（需要 root：`sudo nano /etc/hosts`），或者把这个域名加进屏蔽列表的白名单（StevenBlack：`--whitelist`；Pi-hole/AdGuard：允许列表），免得下次更新又加回来。

hosts--pinned =
    .title = hosts 文件写死了 Go 要用的主机地址
    .meaning = go 命令要用的某个主机在 hosts 文件里被写死了一个地址，而不是通过 DNS 解析。
    .why = 从 “GitHub 加速” 列表（GitHub520、ineo6）或旧博客抄来的 hosts 条目会过时：服务换了地址，旧地址不再响应，或者返回的是别的域名的证书，于是 Go 报超时或 TLS 错误，而浏览器（可能用了 DoH）却正常。
    .fix = 除非是你有意维护的（比如内部镜像），否则删掉这一行。如果某个工具总是把它加回来，删掉那个工具写入的整个区块（见 hosts.stale-block）。用模块代理（`GOPROXY=https://goproxy.cn,direct`），而不是在 hosts 里固定 GitHub 的地址。

hosts--long-line =
    .title = hosts 文件里有 64 KiB 以上的长行
    .meaning = 有一行至少 64 KiB 长。
    .why = Go 的解析器用 64 KiB 的行缓冲读取 hosts 文件：读到这样一行就悄悄停止，之后的所有条目对 glibc 有效，对 Go 却不存在。
    .fix = 把这一行拆开（每行一个地址加几个域名），或者删掉。行特别长的文件通常是某个工具把域名拼在一起生成的；重新生成成每行一个域名。
    .example = （无：Go 忽略文件剩下的部分）

hosts--stale-block =
    .title = 工具写入的 hosts 区块已过时
    .meaning = 某个工具（GitHub520、ineo6 的 GitHub hosts、StevenBlack 的列表）写入的区块标注的日期早于配置的期限（hosts.max_block_age，默认 30 天）。
    .why = 这些区块里的地址只在写入那天是对的。GitHub 和 CDN 的地址会变；一年前的区块会把 Go 指向超时或 TLS 失败的地址。
    .fix = 用对应的工具（SwitchHosts、GitHub520 的脚本、`hostctl`）更新这个区块，或者把它从开始标记到结束标记整块删掉。

hosts--truncated =
    .title = hosts 文件超出了 godiag 读取的上限
    .meaning = hosts 文件超过了 godiag 为它设的上限（64 MiB），只检查了上限之前的行。
    .why = 截断之后的条目（比如屏蔽 proxy.golang.org 的一行、一个过时的固定地址）不在这份报告里，但 Go 照样会读到。这么大的 hosts 文件也会拖慢每一次经过它的解析。
    .fix = 精简这个文件：只保留你需要的那份屏蔽列表，不要合并好几份。然后再运行一次 godiag。
    .example = （没有 Go 报错：解析很慢，文件末尾的条目仍然生效）

hosts--internal-error =
    .title = hosts 检查内部出错
    .meaning = godiag 的 hosts 检查因为 godiag 自身的 bug 或意外情况中止了，不是你的环境有问题。
    .why = 这项检查没有给出结论，hosts 文件的问题可能没被报告出来。其他检查不受影响。
    .fix = { go-env--internal-error.fix }
    .example = { go-env--internal-error.example }

dns--resolver-unreachable =
    .title = DNS 服务器没有应答
    .meaning = 发给这个 DNS 服务器的所有查询都超时或在网络层失败：它一次都没有回答，连错误都没回。
    .why = 如果它是系统 DNS（resolv.conf 里的那个），hosts 文件里没写的域名 Go 一个都解析不了：每次下载都报 `lookup proxy.golang.org ... i/o timeout`。如果没有响应的是参考 DNS 服务器，那只说明网络的情况（UDP 53 端口被封，或这个 DNS 被过滤）。
    .fix = 检查 /etc/resolv.conf 里的 nameserver 行（或网络设置）：那个服务器在运行、连得上吗？systemd 系统上用 `resolvectl status` 查看。如果开了 VPN 或代理工具，检查它是否劫持了 DNS。换一个可用的 DNS，国内如 223.5.5.5 或 119.29.29.29，国外如 1.1.1.1 或 8.8.8.8。

dns--lookup-failed =
    .title = Go 解析不了要用的域名
    .meaning = Go 使用的系统 DNS 没有为当前设置需要的主机返回地址：GOPROXY 里的第一个代理，或者校验和数据库。
    .why = 没有地址，go 命令根本无法发起连接：`go mod download` 在第一个模块就失败。
    .fix = 先看报告里关于 DNS 服务器的其他问题。如果这个域名在哪里都解析不了，检查 GOPROXY/GOSUMDB 里的拼写。如果只有系统 DNS 解析失败，修好或换掉它（resolv.conf、VPN 的 DNS 设置）。临时办法：换一个你的 DNS 服务器能解析的模块代理，`go env -w GOPROXY=https://goproxy.cn,direct`。

dns--poisoned =
    .title = DNS 污染：应答是伪造的
    .meaning = DNS 服务器返回的不是真实地址：已知的伪造地址、Teredo（2001::/32）的 AAAA 记录、公网域名却解析到私有或保留地址，或者一次查询收到两个不同的应答（抢先注入的假应答和真应答）。
    .why = Go 会连到伪造的地址，结果超时或 TLS 失败。这就是 DNS 污染：防火墙会对被封锁的域名注入伪造的 UDP 应答；国内的 DNS 服务器可能把它缓存下来，之后不管用什么方式查询都返回假地址。
    .fix = 改用一个不依赖被污染域名的模块代理：`go env -w GOPROXY=https://goproxy.cn,direct` 和 `go env -w GOSUMDB=sum.golang.google.cn`。如果系统 DNS 本身就被污染了，在系统或代理工具里启用加密 DNS（DoH/DoT）。不要在 hosts 文件里写死地址：它们会过时。

dns--inconsistent =
    .title = 各 DNS 服务器的应答不一致
    .meaning = 系统 DNS 对某个域名的应答，和任何一个参考 DNS 服务器都没有相同的地址，但看不出伪造的迹象；或者 systemd-resolved 的缓存和它自己的上游服务器不一致。
    .why = 这常常无害（CDN 按地理位置返回不同地址），但缓存被污染、中间设备劫持 DNS 时也是这个样子。如果连接系统 DNS 给的地址失败、连接其他地址却正常，原因就在这里。
    .fix = 用 `dig 域名 @DNS服务器` 对比。清掉过时的缓存（systemd 用 `resolvectl flush-caches`，Windows 用 `ipconfig /flushdns`，macOS 用 `sudo dscacheutil -flushcache`）。如果应答一直不同、连接也失败，就换掉系统 DNS。
    .example = （连接其中某个地址时超时）

dns--fake-ip =
    .title = 本地代理工具用 fake-ip 应答
    .meaning = 应答的地址来自 198.18.0.0/15 或 fc00::/18，TTL 很短：有代理工具（Clash、mihomo、sing-box）在 fake-ip 模式下接管了 DNS，会自己转发连接。
    .why = 工具在运行、并且规则把这个域名送到能用的节点时，这样没问题。但工具一停（缓存的 fake-ip 无处可去），或者本该直连的域名（goproxy.cn）被转到海外节点，或者程序绕过了这个工具，就会出问题。
    .fix = 把直连的域名加进工具的 fake-ip 过滤列表（mihomo 里写 `fake-ip-filter: ['+.goproxy.cn', '+.golang.google.cn']`；sing-box 用 `fakeip.exclude_rule`），并让它们走 DIRECT；proxy.golang.org 和 sum.golang.org 留在代理上。代理工具重启后，也要重启 gopls/VS Code。

dns--slow =
    .title = DNS 服务器很慢
    .meaning = 这个 DNS 服务器往返时间的中位数超过了配置的阈值（dns.slow，默认 300 ms）。
    .why = Go 每连一个新主机都要先花掉这么长时间；工具的超时设得紧、模块主机又多的时候，这些时间会累积起来。而且应答变慢往往是开始丢包的前兆。
    .fix = 换一个更近的 DNS（国内如 223.5.5.5 或 119.29.29.29），或者用本地缓存 DNS。
    .example = （下载慢，偶尔在解析时报 `i/o timeout`）

dns--resolv-conf-unreadable =
    .title = resolv.conf 读不了
    .meaning = godiag 读不了 resolv.conf（不存在、不是普通文件、太大或读得太慢），于是退回到 Go 的默认 DNS 服务器 127.0.0.1 和 ::1。
    .why = Go 也是从这个文件里找 DNS 服务器的。Go 也读不了时，它会去问 127.0.0.1:53，而那里通常没有服务：所有解析都会失败。
    .fix = 让 /etc/resolv.conf 成为一个可读的普通文件，里面有 `nameserver` 行（systemd 系统上它链接到 /run/systemd/resolve/stub-resolv.conf）。

dns--internal-error =
    .title = dns 检查内部出错
    .meaning = godiag 的 dns 检查因为 godiag 自身的 bug 或意外情况中止了，不是你的环境有问题。
    .why = 这项检查没有给出结论，DNS 的问题可能没被报告出来。其他检查不受影响。
    .fix = { go-env--internal-error.fix }
    .example = { go-env--internal-error.example }

connectivity--goproxy-unreachable =
    .title = 模块下载会失败
    .meaning = 按 Go 自己的回退规则，当前的 GOPROXY 下载不了模块：Go 停下的那个条目连不上、TLS 失败或返回错误，后面的条目不会再试（`,` 只在 404/410 时才换下一个）。
    .why = `go mod download` 和 `go get` 失败的直接原因就是这个。最常见的情况是默认的 `https://proxy.golang.org,direct`，而 proxy.golang.org 在国内被墙（连它的地址会超时）。
    .fix = 换一个本次实测能用的代理：下面的修复给的是实测最快、确实能提供模块代理协议的镜像，如 `go env -w GOPROXY=https://goproxy.cn,direct`。如果没有一个镜像能用，你需要一个能连上镜像的 HTTPS_PROXY，或者离线工作：有 vendor 目录时用 `GOFLAGS=-mod=vendor`，只用模块缓存里已有的内容时用 `GOPROXY=file://$(go env GOMODCACHE)/cache/download`。

connectivity--sumdb-unreachable =
    .title = 校验和验证会失败
    .meaning = 按当前的 GOSUMDB 和 GOPROXY，Go 连不上校验和数据库：既不能通过支持它的代理，也不能直连。
    .why = go.sum 里还没有的模块都要校验；连不上数据库，`go get` 和 `go mod tidy` 就会报 `verifying module` 错误，哪怕下载本身成功了。
    .fix = 改用同时代理校验和数据库的模块代理（goproxy.cn 就支持），或者 `go env -w GOSUMDB=sum.golang.google.cn`，这是该数据库在国内可访问的地址。千万不要设 `GOSUMDB=off`：那会关掉模块校验。

connectivity--timeout =
    .title = 连接超时
    .meaning = Go 要用的某个主机，在超时之前它的所有地址都没有响应 TCP 连接。
    .why = 数据包在路上被丢掉了：防火墙、审查（在国内连 proxy.golang.org），或者一个已经失效的固定地址。Go 会等到自己的超时，然后报 `i/o timeout`。
    .fix = 换一个能连上的镜像（见 connectivity.goproxy-unreachable），或者用一个能连上这个主机的 HTTPS_PROXY。如果地址来自 hosts 文件，删掉那个固定地址。

connectivity--refused =
    .title = 连接被拒绝
    .meaning = 目标地址主动拒绝了这个端口上的 TCP 连接。
    .why = 那里没有服务在监听：过时的固定地址、没在运行的代理工具、被屏蔽到本机的地址，或者是直接拒绝而不是丢包的防火墙。
    .fix = 检查这个地址（hosts 文件里的固定地址、已停止的代理工具留下的 fake-ip）和 URL 里的端口。

connectivity--tls =
    .title = TLS 握手失败
    .meaning = TCP 连得上，但 TLS 握手失败：证书是给别的域名的、已过期，或者服务器中断了握手。
    .why = Go 会像浏览器一样拒绝这个连接，下载失败。
    .fix = 先看报告里对错误原因的说明。证书域名不对通常说明地址不对（过时的 hosts 固定地址、被劫持的 DNS 应答）；证书过期可能是系统时间不对。

connectivity--tls-intercepted =
    .title = TLS 被拦截解密
    .meaning = 证书链追溯不到这台机器信任的根证书（或者只追溯到一个不受公众信任的根证书）：公司代理或杀毒软件在解密 HTTPS。报告里写了签发者。
    .why = Go 只信任系统的根证书（或 SSL_CERT_FILE / SSL_CERT_DIR 指定的）。如果拦截方的根证书只装在浏览器里，Go 就会报 `x509: certificate signed by unknown authority`。
    .fix = 把拦截方的根证书装进系统证书库（Debian/Ubuntu：复制到 /usr/local/share/ca-certificates/ 再运行 `sudo update-ca-certificates`；macOS：钥匙串“系统”中设为“始终信任”；Windows：certmgr 的“受信任的根证书颁发机构”），或者让 SSL_CERT_FILE 指向包含它的证书包。也可以问 IT 能否让 Go 用到的主机不经过检查。

connectivity--http-status =
    .title = 代理返回了错误状态码
    .meaning = 模块代理或校验和数据库返回了错误状态码（403、418、5xx），而不是协议规定的响应。
    .why = 在 `,` 后面，只有 404 和 410 会让 Go 尝试 GOPROXY 的下一个条目；其他状态码都会让下载直接以这个错误失败。
    .fix = 403/418 通常是过滤代理或地区封锁；5xx 是镜像坏了或负载过高。把能用的镜像放在最前面，或者用 `|` 分隔条目，让 Go 在出错时回退。

connectivity--proxy-env-unreachable =
    .title = HTTPS_PROXY 连不上
    .meaning = 设置了 HTTPS_PROXY（或 https_proxy），Go 的所有 https 请求都会走它，但这个代理不接受连接。
    .why = 不管 GOPROXY 怎么设，所有下载都会失败：典型的情况是代理工具（Clash、v2rayN）已经退出，环境变量还留着。
    .fix = 启动代理工具，或者删掉这个变量：`unset HTTPS_PROXY https_proxy`（并从 ~/.bashrc、~/.profile 或 Windows 环境变量里删掉）。

connectivity--slow =
    .title = 模块代理很慢
    .meaning = Go 使用的某个模块代理响应协议请求的时间超过了配置的阈值（connectivity.slow）。
    .why = 每拉取一个模块都要多花这些时间，而且不止一次；依赖多的项目会非常慢，超时设得短的工具会直接失败。
    .fix = 换成排名里最快的镜像（见 --verbose）：`go env -w GOPROXY=<镜像>,direct`。
    .example = （`go mod download` 很慢）

connectivity--ipv6-broken =
    .title = IPv6 不通
    .meaning = 这个主机有 IPv6 地址，本机也有 IPv6 路由，但 IPv6 连接失败，IPv4 却正常。
    .why = Go 会按顺序尝试地址，等一会儿再回退；有些工具不会回退，而且每次连接都要白等这段时间。
    .fix = 修好或关掉这个网卡上的 IPv6，或者找网络管理员；临时办法是让这些主机优先用 IPv4（gai.conf）。

connectivity--internal-error =
    .title = connectivity 检查内部出错
    .meaning = godiag 的 connectivity 检查因为 godiag 自身的 bug 或意外情况中止了，不是你的环境有问题。
    .why = 这项检查没有给出结论，网络问题可能没被报告出来。其他检查不受影响。
    .fix = { go-env--internal-error.fix }
    .example = { go-env--internal-error.example }

vscode--parse-error =
    .title = VS Code 解析不了的设置文件
    .meaning = 某个 settings.json（或 .code-workspace）文件有语法错误：有了带注释和尾逗号的 JSON 也不允许的内容。
    .why = VS Code 会忽略它读不了的设置，也拒绝写这个文件（“Unable to write into user settings”），于是 Go 扩展用默认设置运行，`godiag fix` 也不会动这个文件。
    .fix = 打开文件，到给出的行和列修正语法（少了逗号、多了引号、用了单引号字符串）。VS Code 自己的编辑器会在错误处画波浪线。

vscode--duplicate-key =
    .title = 同一个设置出现了两次
    .meaning = 同一个键在一个设置文件里出现了不止一次。
    .why = VS Code 用最后一个；前面那个（可能正是你改的那个）不起作用。
    .fix = 删掉重复的，每个键只留一行。
    .example = （无：前面的值被悄悄忽略）

vscode--goproxy-mismatch =
    .title = 编辑器里的 GOPROXY 和 go env 不一致
    .meaning = VS Code 给 gopls 和 Go 工具的 GOPROXY 或 GOSUMDB（通过 go.toolsEnvVars、gopls 的 build.env 或 http.proxy）和终端里 `go env` 显示的不一样。
    .why = 终端里下载正常，gopls（“could not import”、“no required module provides package”）或安装工具却失败，或者反过来。go.toolsEnvVars 里的值会覆盖 `go env -w`，因为它是以系统环境变量的方式传给 go 命令的。
    .fix = 让两边一致：把 GOPROXY/GOSUMDB 从 go.toolsEnvVars 里删掉，让 `go env -w` 的值在所有地方生效；或者两处都设成能用的值。然后重启 VS Code，或者运行 “Go: Restart Language Server”。

vscode--gosumdb-off =
    .title = 编辑器关闭了模块校验
    .meaning = go.toolsEnvVars（或 gopls 的 build.env）设置了 GOSUMDB=off。
    .why = gopls 和工具安装程序下载的所有模块都不校验。它通常是从绕过 sum.golang.org 超时的“偏方”里抄来的。
    .fix = 删掉它；在 sum.golang.org 被墙的地方改用 GOSUMDB=sum.golang.google.cn。
    .example = （无：模块悄悄地不经校验）

vscode--http-proxy-unreachable =
    .title = VS Code 的 http.proxy 连不上
    .meaning = 设置了 http.proxy，Go 扩展会为 gopls 和工具设置 HTTP_PROXY 和 HTTPS_PROXY，但那个地址上没有东西接受连接。
    .why = 编辑器发起的所有下载（安装工具、gopls 加载模块）都会失败，而终端里可能正常。典型情况是代理工具（Clash、v2rayN）停了或者换了端口。
    .fix = 启动代理，改对端口，或者从用户设置里删掉 http.proxy。

vscode--proxy-strict-ssl-off =
    .title = http.proxyStrictSSL 被关闭
    .meaning = http.proxyStrictSSL 为 false：VS Code 接受代理给的任何证书。
    .why = 它让 VS Code 看不到 TLS 拦截，但 Go 扩展和 go 命令不读这个设置：它们还是会报 `x509: certificate signed by unknown authority`，让人摸不着头脑。
    .fix = 把代理的根证书装进系统证书库（见 connectivity.tls-intercepted），然后把 http.proxyStrictSSL 改回 true。

vscode--path-missing =
    .title = 配置的 Go 路径不存在
    .meaning = go.goroot、go.gopath、go.toolsManagement.go 或 go.alternateTools 里的某一项指向一个不存在的路径。
    .why = Go 扩展会因此启动不了 gopls，或者用的是和终端不同的 Go、不同的设置。
    .fix = 改对或删掉这个设置；不设时 Go 扩展使用 PATH 上的 go。

vscode--nested-key =
    .title = VS Code 会忽略的嵌套写法
    .meaning = 某个设置写成了嵌套对象（`"go": {"{"}"toolsEnvVars": ...{"}"}`），而不是带点的扁平键（`"go.toolsEnvVars"`）。
    .why = VS Code 只按扁平的名字读设置：嵌套对象被悄悄忽略。
    .fix = 改写成 `"go.toolsEnvVars": {"{"}...{"}"}`（或 `"http.proxy": ...`）。
    .example = （无：这个设置不起作用）

vscode--extension-missing =
    .title = 没有安装 Go 扩展
    .meaning = 这台机器上配置了 VS Code 系列编辑器，但没有找到 Go 扩展（golang.go）。
    .why = 没有它就没有 gopls 集成；如果你以为装了，它可能装在了别的产品或配置文件（profile）里。
    .fix = 安装它：`code --install-extension golang.go`（或在扩展视图里安装；VSCodium 用 Open VSX 仓库）。
    .example = （无）

vscode--extension-old =
    .title = Go 扩展版本太旧
    .meaning = 安装的 Go 扩展比配置的最低版本（vscode.min_extension，默认 0.38.0）旧。
    .why = 旧版本处理代理、工具链和 gopls 设置的方式和当前 Go 的预期不一样。
    .fix = 在扩展视图里更新它。
    .example = （因情况而异）

vscode--gopls-stale-env =
    .title = 正在运行的 gopls 用的是旧设置
    .meaning = 当前用户有一个 gopls 进程，它的 GOPROXY 或 GOSUMDB 和现在启动时会拿到的不一样。
    .why = gopls 只在启动时读一次环境变量。改了 go env 或设置之后，旧的 gopls 会一直失败，直到重启。
    .fix = 在 VS Code 里运行 “Go: Restart Language Server”，或者重启编辑器。
    .example = （修复之后 gopls 仍然报错）

vscode--remote-proxy-leak =
    .title = 本地的代理设置被带进了远程窗口
    .meaning = 本地用户设置让 Go 工具使用 127.0.0.1/localhost 上的代理，而这台机器上存在远程服务器的设置。
    .why = 本地的 go.toolsEnvVars 在远程窗口（SSH、WSL、容器）里同样生效，而远程那边的这个本地端口上没有东西在监听：远程窗口里的所有下载都会失败。
    .fix = 把代理设置移到远程机器自己的设置里（Preferences: Open Remote Settings），或者改用远程能访问的地址。

vscode--unreadable =
    .title = 设置文件读不了
    .meaning = VS Code 会读的位置上有一个设置文件，但 godiag 读不了它：它不是普通文件（FIFO、设备、目录），比 godiag 的上限（16 MiB）还大，或者当前用户没有读权限。
    .why = VS Code 也用不了这样的文件，或者要花好几秒才能加载；你以为在里面的设置（go.toolsEnvVars、http.proxy）到不了 gopls 和 Go 工具。
    .fix = 把它换成一个普通的 JSON 文件（`ls -l` 能看出它是什么），或者删掉它，在设置编辑器里重新设置。

vscode--internal-error =
    .title = vscode 检查内部出错
    .meaning = godiag 的 vscode 检查因为 godiag 自身的 bug 或意外情况中止了，不是你的环境有问题。
    .why = 这项检查没有给出结论，编辑器的问题可能没被报告出来。其他检查不受影响。
    .fix = { go-env--internal-error.fix }
    .example = { go-env--internal-error.example }
