# the connectivity check (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## Phrases shared by findings, verdicts and fact lines

connectivity-problem = { $kind ->
    [refused] 连接被拒绝
    [timeout] 超时无响应
    [reset] 连接被重置
    [closed] 连接被对方提前关闭
    [net-unreachable] 网络不可达
    [host-unreachable] 主机不可达
    [dns] 域名解析失败
    [cert-unknown] 证书不受信任（签发者未知）
    [cert-expired] 证书已过期（或本机时间不对）
    [cert-not-yet-valid] 证书尚未生效（或本机时间不对）
    [cert-name] 证书与域名不匹配
    [proxy-refused] 代理拒绝了连接
    [no-answer] 无响应
   *[other] { $error }
    }
connectivity-target = { $role ->
    [goproxy] GOPROXY 代理 { $url }
    [sumdb] 校验和数据库 { $url }
    [storage] proxy.golang.org 的 .zip 下载地址 { $url }
    [origin] 模块源站（direct）{ $url }
   *[mirror] 镜像 { $url }
    }
connectivity-role = { $role ->
    [goproxy] GOPROXY 代理
    [sumdb] 校验和数据库
    [sumdb-alternative] 校验和数据库（国内）
    [storage] zip 下载存储
    [origin] 源站（direct）
   *[mirror] 镜像
    }
connectivity-tls-failed = TLS 握手失败
connectivity-issuer-unknown = 未知

## Where a target failed, after its name

connectivity-failure-resolve = 无法解析（{ $problem }）
connectivity-failure-proxy = 通过 HTTP 代理连不上（{ $problem }）
connectivity-failure-tcp = 连不上：{ $outcome ->
    [timeout] TCP 连接超时无响应
    [refused] TCP 连接被拒绝
   *[other] TCP 连接失败
    }（共 { $count } 个地址）
connectivity-failure-tls = TLS 握手失败：{ $problem }
connectivity-failure-http-status = 对 { $request } 返回 HTTP { $status }
connectivity-failure-http = 没有 HTTP 响应：{ $problem }
connectivity-failure-none = 正常

## Why Go's verdict is what it is

connectivity-reason-target = { $url } { $failure }
connectivity-reason-origin-not-probed = 没有探测模块的源站
connectivity-reason-empty-list = GOPROXY 列表为空
connectivity-reason-not-private = 模块路径不匹配 GOPRIVATE/GONOPROXY
connectivity-reason-private = 被 GOPRIVATE/GONOPROXY 排除
connectivity-reason-off = GOPROXY=off 禁用了模块查找
connectivity-reason-direct = direct
connectivity-reason-not-probed = 本次未探测
connectivity-reason-no-settings = go env 没有及时给出 GOPROXY 和 GOSUMDB
connectivity-reason-url-not-probed = { $url } 本次未探测
connectivity-reason-url-not-read = { $url } 本次未读取
connectivity-reason-gonosumdb = { $module } 匹配 GONOSUMDB 模式 { $pattern }：Go 不会去校验和数据库查它
connectivity-reason-reading-status = 读取 { $request } 返回 { $status }
connectivity-reason-reading-error = 读取 { $request } 失败：{ $problem }
connectivity-reason-supported-only = 对 `supported` 有响应，但校验和数据库本身读不了（{ $problem }）；Go 在 `supported` 之后不会再回退

## What DNS gives for a host the hosts file pins

connectivity-dns-alternative-none = DNS 也解析不出地址（{ $problem }）
connectivity-dns-alternative-works = DNS 解析到 { $addresses }，可以连上（{ $ms } ms）
connectivity-dns-alternative-dead = DNS 解析到 { $addresses }，同样连不上

## Findings

connectivity--proxy-env-unreachable--message = { $variable }={ $url } 连不上（{ $problem }）：{ $needed ->
    [yes] go 命令的 https 请求（NO_PROXY 排除的除外）都要经过它，都会失败
   *[no] 当前设置下 Go 需要的主机都被 NO_PROXY 排除了，但其他 https 主机（换一个 GOPROXY、direct 直连源站）仍会经过它并失败
    }
fix--connectivity--proxy-env-unreachable = 启动这个代理，或者从环境变量中删掉 { $variable }
connectivity--slow--protocol = { $url } 响应模块代理请求用了 { $ms } ms（阈值 { $threshold } ms）
connectivity--slow--no-answer = { $url } 接受了连接，但 { $ms } ms 内没有响应 { $request }：Go 不给响应设超时，每个请求都至少要等这么久
connectivity--slow--pipe-timeout = GOPROXY 代理 { $url } 连接超时后 Go 才回退到 { $fallback }：每个模块请求都要先等 Go 的拨号超时（最长 30 秒）
connectivity--goproxy-unreachable--mirror-works = GOPROXY 代理 { $at } { $reason }，Go 不会越过它回退；{ $mirror } 可用（{ $ms } ms）
connectivity--goproxy-unreachable--nothing-works = GOPROXY 代理 { $at } { $reason }，Go 不会越过它回退；其他代理和镜像也都不通
fix--connectivity--goproxy-unreachable--mirror = 改用 { $mirror }，本次测得最快的可用镜像{ $sumdb ->
    [yes] （它也代理校验和数据库）
   *[no] {""}
    }
fix--connectivity--goproxy-unreachable--offline = 本次没有任何代理或镜像能提供模块：设置一个能访问它们的 HTTPS_PROXY，或者只用本机已有的模块
connectivity--sumdb-unreachable--message = 校验和验证会失败：{ $at } { $reason }
connectivity--sumdb-unreachable--proxy-serves = 校验和验证会失败：{ $at } { $reason }；{ $proxy } 代理了校验和数据库
connectivity--sumdb-unreachable--alias-answers = 校验和验证会失败：{ $at } { $reason }；{ $alias } 可以访问
fix--connectivity--sumdb-unreachable--proxy = 改用 { $proxy }，它同时提供模块和校验和数据库
fix--connectivity--sumdb-unreachable--alias = 改用校验和数据库的国内地址（不要设 GOSUMDB=off）
connectivity--timeout--message = { $target }：TCP 连接超时（{ $addresses }）
connectivity--timeout--failed = { $target }：TCP 连接失败（{ $addresses }）
connectivity--refused--message = { $target }：TCP 连接被拒绝（{ $addresses }）
connectivity-evidence-addresses-from = { $source ->
    [literal] 主机名本身就是 IP 地址
    [hosts-file] 地址来自 hosts 文件
   *[dns] 地址来自 DNS
    }
connectivity-evidence-connect = { $address }：{ $kind ->
    [refused] 连接被拒绝
    [timeout] 超时无响应
    [reset] 连接被重置
    [net-unreachable] 网络不可达
    [host-unreachable] 主机不可达
   *[other] 连接失败
    }（{ $error }）
connectivity--tls-intercepted--unknown-issuer = { $target }：证书由“{ $issuer }”签发，本机不信任它：有公司代理或杀毒软件在拦截解密 HTTPS
connectivity--tls-intercepted--private-root = { $target }：证书链的根是“{ $root }”，它装在本机上，但不是公开受信任的根证书：可能有公司代理或杀毒软件在拦截解密 HTTPS
connectivity--tls--message = { $target }：{ $problem }
connectivity-evidence-issuer = 证书签发者：{ $issuer }
connectivity--http-status--status = { $target } 对 { $request } 返回 HTTP { $status }
connectivity--http-status--no-answer = { $target }：{ $request } 没有 HTTP 响应：{ $problem }
connectivity--http-status--nothing = { $target }：没有 HTTP 响应
connectivity--ipv6-broken--message = { $target }：IPv6 连接失败（{ $addresses }），IPv4 正常

## The check's summary

connectivity-summary = { $downloads }；{ $checksums }；{ $working } 个可用的模块代理
connectivity-summary-downloads-work = 模块经 { $via } 下载
connectivity-summary-downloads-fail = 下载卡在 { $at }
connectivity-summary-downloads-off = 已关闭下载（GOPROXY=off）
connectivity-summary-downloads-invalid = GOPROXY 无效
connectivity-summary-downloads-unknown = 无法判断下载情况：{ $reason }
connectivity-summary-downloads-skipped = 无需下载
connectivity-summary-sums-work = 校验和经 { $via } 验证
connectivity-summary-sums-fail = 校验和卡在 { $at }
connectivity-summary-sums-off = 已关闭校验和验证（GOSUMDB=off）
connectivity-summary-sums-invalid = GOSUMDB 无效
connectivity-summary-sums-unknown = 校验和验证情况未知
connectivity-summary-sums-skipped = 已跳过校验和查询（GONOSUMDB）

## --verbose fact lines

connectivity-fact-heading = 探测结果：
connectivity-fact-trust-roots = 信任的根证书：{ $roots }
connectivity-fact-proxy = { $variable }  { $url }（{ $reachable ->
    [yes] 可以连接
   *[no] 连不上
    }）
connectivity-fact-cut-short = { $ms } ms 内无响应；Go 实际走的路径已经通了，没有再等
connectivity-fact-ok = 正常{ $sumdb ->
    [yes] ，代理校验和数据库
   *[no] {""}
    }
connectivity-fact-ok-ms = 正常 { $ms } ms{ $sumdb ->
    [yes] ，代理校验和数据库
   *[no] {""}
    }
connectivity-fact-ranking = 排名（可用的，最快的在前）：
connectivity-fact-ranked = { $rank }. { $url } { $ms } ms{ $sumdb ->
    [yes] ，代理校验和数据库
   *[no] {""}
    }

## Notes after the commands of a fix

connectivity-note-cache-only = 只能用模块缓存里已有的模块
connectivity-note-vendor = 适用于有 vendor 目录的模块
