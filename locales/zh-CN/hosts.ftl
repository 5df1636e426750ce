# the hosts check (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

hosts--unreadable--message = { $path } { $status ->
        [missing] 不存在
        [permission-denied] 当前用户没有权限读取（permission denied）
        [not-a-file] 不是普通文件
       *[unreadable] 读取失败
    }：Go 的解析器也用不了它，所有域名都会走 DNS
hosts--truncated--message = { $path } 超过了 { $cap }：只检查了第 1-{ $last_line } 行（{ $bytes } 字节）；第 { $last_line } 行之后的条目 Go 仍然会读，但不在这份报告里
hosts--encoding--utf16 = { $path } 是 UTF-16 编码：Go 和 glibc 都读不了，里面的条目全部不生效
hosts--encoding--binary = { $path } 里有 NUL 字节：它不是文本文件
hosts--encoding--bom = { $path } 开头有 UTF-8 BOM，会粘在第一个地址前面：Go 和 glibc 都会丢掉第 1 行（{ $line }）
hosts--encoding--invalid-utf8 = 第 { $line } 行：域名 `{ $field }` 不是合法的 UTF-8
hosts--sinkhole--message = { $name } 在 hosts 文件里被指向了黑洞地址 { $address }（{ $count ->
        [1] 第 { $first } 行
       *[other] 共 { $count } 行，第一处在第 { $first } 行，最后一处在第 { $last } 行
    }）：Go 会连到本机，而不是真正的服务器{ $note }
hosts--pinned--message = { $name } 在 { $path } 里被写死了地址：{ $pins }{ $more ->
        [0] {""}
       *[other] ，另外还有 { $more } 处
    }{ $origin }；写死的地址迟早会失效{ $note }
hosts--conflict--message = { $name } 在 hosts 文件里对应了不同的地址（{ $lines }）：Go 用 { $go }，glibc 用 { $glibc }
hosts--conflict--more = { $path } 里还有 { $count } 个域名对应了不同的地址
hosts--long-line--message = 第 { $line } 行有 { $bytes } 字节（不少于 64 KiB）：Go 的解析器读到这里就停了，{ $ignored ->
        [0] 这一行被忽略
       *[other] 这一行和后面的 { $ignored } 行都被忽略
    }
hosts--stale-block--message = { $block }（{ $path } 第 { $start }-{ $end } 行）已经 { $age } 天没更新了（日期 { $date }）：{ $kind ->
        [block-list] 请更新这份列表，新的屏蔽和解除屏蔽才会生效
       *[pins] 它写死的地址可能已经连不上了
    }
hosts--syntax--bad-address = 第 { $line } 行：`{ $field }` 不是 IP 地址，这一行会被忽略
hosts--syntax--reversed = 第 { $line } 行：域名写在了地址前面（`{ $text }`），这一行会被忽略
hosts--syntax--missing-name = 第 { $line } 行：地址 { $field } 后面没有域名
hosts--syntax--invalid-name = 第 { $line } 行：`{ $field }` 不是主机名（这里不能写协议、端口、路径或空格）
hosts--syntax--zone-id = 第 { $line } 行：`{ $field }` 带了 zone id：Go 会读这一行，glibc 会跳过
hosts--syntax--more = { $path } 里还有 { $count } 行格式不对

fix--hosts--sinkhole = 删除这 { $count } 行（{ $rights ->
        [administrator] 需要以管理员身份运行编辑器
       *[root] 需要 root 权限
    }），并在写入它的工具里把这个域名加进白名单
fix--hosts--pinned = 删除这些写死地址的行，除非是你自己有意维护的（{ $rights ->
        [administrator] 需要以管理员身份运行编辑器
       *[root] 需要 root 权限
    }）

hosts-order-note = { $order ->
        [dns-only] （不过 nsswitch.conf 设为只用 DNS，Go 的解析器在这里会忽略 hosts 文件；其他工具仍会读它）
        [dns-first] （Go 会先问 DNS，DNS 没有结果时才用 hosts 文件）
       *[hosts-first] {""}
    }
hosts-lookup-order = { $order ->
        [dns-files] 先 DNS，再 hosts 文件
        [files] 只用 hosts 文件
        [dns] 只用 DNS（忽略 hosts 文件）
        [system] 系统解析器（先查 hosts 文件）
       *[files-dns] 先 hosts 文件，再 DNS
    }
hosts-block-tool = { $tool ->
        [github520] GitHub520 区块
        [ineo6] ineo6 GitHub hosts 区块
        [hostctl] hostctl 配置（profile）
        [stevenblack] StevenBlack/hosts 屏蔽列表
       *[wsl] WSL 自动生成的区块
    }
hosts-block-dated = { $date } 的 { $tool }
hosts-origin = （{ $block }）
hosts-empty = {""}
hosts-nothing = 无
hosts-pin = 第 { $line } 行 -> { $address }{ $repeats ->
        [0] {""}
       *[other] （后面还有 { $repeats } 行，直到第 { $last } 行）
    }
hosts-line-address = 第 { $line } 行 -> { $address }
hosts-evidence-line = 第 { $line } 行：{ $text }
hosts-evidence-block = 位于 { $block }内
hosts-evidence-among = 其中有：{ $names }
hosts-evidence-hidden = Go 看不到、glibc 能看到的条目：{ $names }
hosts-evidence-block-range = 这个区块从第 { $start } 行到{ $until ->
        [eof] 文件末尾
       *[line] 第 { $end } 行
    }

hosts-summary = { $path }：{ $entries } 条记录，{ $go_hosts ->
        [0] 没有 Go 用到的域名
       *[other] { $go_hosts } 个 Go 用到的域名
    }；解析顺序：{ $order }
hosts-summary-unread = { $path }：未读取

hosts-fact-heading = 详细信息：
hosts-fact-file = 文件        { $path }（{ $size } 字节，{ $lines } 行，{ $entries } 条记录{ $encoding ->
        [none] {""}
       *[other] ，{ $encoding }
    }）
hosts-fact-error = 错误        { $error }
hosts-fact-order = 解析顺序    { $order }，依据 { $source }
hosts-fact-nsswitch = { $path }（{ $line }）
hosts-fact-nsswitch-no-line = { $path }（没有 hosts: 行）
hosts-fact-nsswitch-unreadable = { $path }（读不了，按默认值）
hosts-fact-nsswitch-none = 无（由平台解析器决定）
hosts-fact-glibc-multi = glibc multi { $state ->
        [on] 开
       *[off] 关
    }
hosts-fact-malformed = 格式错误    { $count } 行
hosts-fact-block = 区块        { $tool }，第 { $start }-{ $end } 行
hosts-fact-block-dated = 区块        { $tool }，第 { $start }-{ $end } 行，日期 { $date }
hosts-fact-host = { $name }：{ $entries }
hosts-fact-entry = 第 { $line } 行 { $address }
hosts-fact-answers = Go 取 { $go }；glibc 取 { $glibc }

## Notes in a fix

hosts-note-other-lines = 以及其余 { $count } 行把 { $name } 指向 { $address } 的记录
