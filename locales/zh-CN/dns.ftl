# the dns check (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

dns--resolv-conf-unreadable--message = 读不了 { $path }：{ $error }；因此按 Go 的默认值检查系统 DNS 服务器：127.0.0.1 和 ::1
dns--resolver-unreachable--message = { $role } { $address } 对 { $queries } 次查询都没有应答：{ $reason ->
        [system] hosts 文件里没有的域名 Go 都解析不了，`go mod download` 会失败
        [system-malformed] 返回的 DNS 报文是坏的（DNS 服务器有问题，或者中间有设备在改写 DNS），hosts 文件里没有的域名 Go 都解析不了
        [system-upstream] systemd-resolved 无法从它刷新缓存
        [malformed] 它返回的 DNS 报文是坏的（DNS 服务器有问题，或者中间有设备在改写 DNS）
        [encrypted] 到它的加密 DNS 被墙了，或者本机不信任它的证书
       *[blocked] 这个网络上到它的 UDP DNS 被墙或被过滤了
    }
dns--poisoned--message = { $role } { $resolver } 对 { $names } 返回了伪造的地址（DNS 污染）：{ $effect ->
        [censor] 到这个 DNS 服务器的路上有审查设备在注入伪造应答，这些域名在这个网络上多半被墙了
       *[go] Go 用的就是这个 DNS 服务器，会连到伪造的地址上
    }
dns--fake-ip--message = { $role } { $address } 对 { $count } 个域名返回了 fake-ip 段（198.18.0.0/15 或 fc00::/18）的地址：本机的代理工具（Clash、mihomo、sing-box）接管了解析；请把 goproxy.cn 这类直连域名加进它的 fake-ip-filter
dns--inconsistent--message = 系统 DNS 服务器对 { $names } 的解析结果{ $compared ->
        [system-upstream] 与 systemd-resolved 自己的上游 DNS 服务器没有一个地址相同：systemd-resolved 的本地缓存过期或被污染了
       *[reference] 与所有参考 DNS 服务器都没有一个地址相同：可能是 CDN 按地域解析，也可能是系统 DNS 服务器被污染或劫持了
    }
dns--slow--message = { $role } { $address } 应答耗时中位数 { $median } ms（最慢 { $max } ms），超过了阈值 { $threshold } ms
dns--lookup-failed--message = 系统 DNS 服务器解析不出 { $host }（{ $why ->
        [first-proxy] GOPROXY 里的第一个代理
        [sumdb-url] GOSUMDB 里写明 URL 的校验和数据库
       *[sumdb-direct] Go 直连的校验和数据库
    }）：{ $outcomes }，Go 连不上它

fix--dns--fake-ip = 把 Go 用到的域名排除在代理的 fake-ip 段之外，让 Go 拿到真实地址

dns-role = { $role ->
        [system] 系统 DNS 服务器
        [system-upstream] systemd-resolved 的上游 DNS 服务器
        [encrypted] 加密 DNS 服务器
       *[reference] 参考 DNS 服务器
    }
dns-outcome = { $outcome ->
        [ok] 正常
        [nxdomain] 域名不存在（NXDOMAIN）
        [nodata] 没有该类型的记录
        [servfail] 服务器出错（SERVFAIL）
        [refused] 查询被拒绝（REFUSED）
        [other-rcode] 其他错误码
        [timeout] 超时
        [not-waited-for] 未等待
        [malformed] 报文损坏
       *[network-error] 网络错误
    }
dns-timeout-after = { $ms } ms 内没有应答（超时）
dns-not-waited = { $ms } ms 内没有应答；Go 自己的解析已经成功，没有再等
dns-poisoned-evidence = { $name }：{ $signal }
dns-signal-forged-pool = { $ip } 是已知的 DNS 污染地址
dns-signal-teredo = { $ip } 是 Teredo（2001::/32）地址，这是已知的伪造手法
dns-signal-non-global = { $name } 是公网域名，却解析到了非公网地址 { $ip }
dns-signal-two-replies = 同一个查询收到两个不同的应答（抢答式 DNS 污染）：{ $replies }
dns-reply = { $position ->
        [first] { $ms } ms 后收到 [{ $answers }]
       *[later] { $ms } ms 后又收到 [{ $answers }]
    }
dns-signal-transport-mismatch = 走 UDP 得到的 [{ $plain }] 与同一家服务商走 { $transport } 得到的 [{ $truth }] 没有一个相同
dns-fake-ip-example = { $name } -> { $answers }（TTL { $ttl }）
dns-inconsistent-evidence = { $name }：系统 DNS 服务器 { $system } 解析为 { $answers }；{ $others }

dns-summary = { $resolvers } 个 DNS 服务器中 { $answering } 个有应答{ $not_waited ->
        [0] {""}
       *[other] （{ $not_waited } 个未等待）
    }；{ $names } 个域名 × A/AAAA{ $samples ->
        [0] {""}
        [1] {""}
       *[other] {" "}× { $samples } 次采样
    }

dns-fact-heading = 详细信息：
dns-fact-resolv-conf = resolv.conf { $path }
dns-fact-note = 说明        { $note }
dns-resolv-conf-no-nameserver = { $path } 里没有 nameserver：Go 会改问 127.0.0.1 和 ::1
dns-resolv-conf-cannot-read = 读不了 { $path }：{ $error }；Go 会改问 127.0.0.1 和 ::1
dns-system-conf-unreadable = 读不了系统的 DNS 配置：{ $error }
dns-fact-resolver = 应答 { $answered }/{ $queries }（{ $percent }%），{ $rtt }
dns-fact-rtt = 往返时间中位数 { $median } ms，最慢 { $max } ms
dns-fact-no-answer = 无应答
dns-fact-name-column = 域名
dns-fact-injection = 抢答探测 { $resolver } { $name }：收到 { $replies } 个应答

## Steps by hand in a proxy tool's configuration

dns-note-clash-filter = Clash / mihomo：在 config.yaml 的 dns: fake-ip-filter: 里加上 [{ $patterns }]
dns-note-sing-box-rule = sing-box：加一条 dns 规则，把 { $names } 交给真实（非 fakeip）的 DNS 服务器解析
