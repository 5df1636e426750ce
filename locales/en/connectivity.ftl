# the connectivity check (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## Phrases shared by findings, verdicts and fact lines

connectivity-problem = { $kind ->
    [no-answer] no answer
   *[other] { $error }
    }
connectivity-target = { $role ->
    [goproxy] GOPROXY entry { $url }
    [sumdb] checksum database { $url }
    [storage] storage.googleapis.com (proxy.golang.org's .zip downloads) { $url }
    [origin] the module's origin (direct) { $url }
   *[mirror] mirror { $url }
    }
connectivity-role = { $role ->
    [goproxy] GOPROXY entry
    [sumdb] checksum database
    [sumdb-alternative] checksum db (China)
    [storage] zip storage
    [origin] origin (direct)
   *[mirror] mirror
    }
connectivity-tls-failed = TLS failed
connectivity-issuer-unknown = unknown

## Where a target failed, after its name

connectivity-failure-resolve = does not resolve ({ $problem })
connectivity-failure-proxy = cannot be reached through the HTTP proxy ({ $problem })
connectivity-failure-tcp = is unreachable: { $outcome ->
    [timeout] no TCP answer
    [refused] TCP connections are refused
   *[other] TCP connections fail
    } ({ $count ->
    [one] { $count } address
   *[other] { $count } addresses
    })
connectivity-failure-tls = fails TLS: { $problem }
connectivity-failure-http-status = answers HTTP { $status } to { $request }
connectivity-failure-http = does not answer HTTP: { $problem }
connectivity-failure-none = works

## Why Go's verdict is what it is

connectivity-reason-target = { $url } { $failure }
connectivity-reason-origin-not-probed = the module's origin was not probed
connectivity-reason-empty-list = GOPROXY list is empty
connectivity-reason-not-private = path does not match GOPRIVATE/GONOPROXY
connectivity-reason-private = disabled by GOPRIVATE/GONOPROXY
connectivity-reason-off = module lookup disabled by GOPROXY=off
connectivity-reason-direct = direct
connectivity-reason-not-probed = was not probed
connectivity-reason-no-settings = go env did not report GOPROXY and GOSUMDB in time
connectivity-reason-url-not-probed = { $url } was not probed
connectivity-reason-url-not-read = { $url } was not read
connectivity-reason-gonosumdb = { $module } matches GONOSUMDB pattern { $pattern }: Go does not look it up in the checksum database
connectivity-reason-reading-status = reading { $request }: { $status }
connectivity-reason-reading-error = reading { $request }: { $problem }
connectivity-reason-supported-only = answers `supported` but not the database itself ({ $problem }); Go does not fall back after `supported`

## What DNS gives for a host the hosts file pins

connectivity-dns-alternative-none = DNS has no address for it either ({ $problem })
connectivity-dns-alternative-works = DNS gives { $addresses }, which accepts connections ({ $ms } ms)
connectivity-dns-alternative-dead = DNS gives { $addresses }, which does not accept connections either

## Findings

connectivity--proxy-env-unreachable--message = { $variable }={ $url } does not accept connections ({ $problem }): { $needed ->
    [yes] every https request of the go command that NO_PROXY does not exempt goes through it and fails
   *[no] NO_PROXY exempts the hosts Go needs with the current settings, but any other https host (a new GOPROXY, a direct origin) goes through it and fails
    }
fix--connectivity--proxy-env-unreachable = start the proxy, or remove { $variable } from the environment
connectivity--slow--protocol = { $url } took { $ms } ms to answer the module-proxy protocol (threshold { $threshold } ms)
connectivity--slow--no-answer = { $url } accepted the connection but did not answer { $request } within { $ms } ms: Go, which has no response timeout, waits at least that long for every request
connectivity--slow--pipe-timeout = GOPROXY entry { $url } times out before Go falls back to { $fallback }: every module request waits for Go's dial timeout (up to 30 s) first
connectivity--goproxy-unreachable--mirror-works = GOPROXY entry { $at } { $reason }, and Go does not fall back past it; { $mirror } works ({ $ms } ms)
connectivity--goproxy-unreachable--nothing-works = GOPROXY entry { $at } { $reason }, and Go does not fall back past it; no other proxy or mirror worked either
fix--connectivity--goproxy-unreachable--mirror = use { $mirror }, the fastest working mirror in this run{ $sumdb ->
    [yes] {" "}(it proxies checksums too)
   *[no] {""}
    }
fix--connectivity--goproxy-unreachable--offline = no proxy or mirror served the module protocol in this run: use an HTTPS_PROXY that can reach one, or work from what is already on this machine
connectivity--sumdb-unreachable--message = checksum verification will fail: { $at } { $reason }
connectivity--sumdb-unreachable--proxy-serves = checksum verification will fail: { $at } { $reason }; { $proxy } proxies the checksum database
connectivity--sumdb-unreachable--alias-answers = checksum verification will fail: { $at } { $reason }; { $alias } answers
fix--connectivity--sumdb-unreachable--proxy = use { $proxy }, which serves both modules and the checksum database
fix--connectivity--sumdb-unreachable--alias = use the checksum database's mainland-China address (never GOSUMDB=off)
connectivity--timeout--message = { $target }: TCP connections time out ({ $addresses })
connectivity--timeout--failed = { $target }: TCP connections fail ({ $addresses })
connectivity--refused--message = { $target }: TCP connections are refused ({ $addresses })
connectivity-evidence-addresses-from = addresses from { $source ->
    [literal] an IP literal
    [hosts-file] the hosts file
   *[dns] DNS
    }
connectivity-evidence-connect = { $address }: { $kind ->
   *[other] { $error }
    }
connectivity--tls-intercepted--unknown-issuer = { $target }: the certificate is issued by "{ $issuer }", which this machine does not trust: HTTPS is being intercepted (corporate proxy or antivirus)
connectivity--tls-intercepted--private-root = { $target }: the certificate chain ends at "{ $root }", a root installed on this machine but not publicly trusted: a corporate proxy or antivirus may be inspecting HTTPS
connectivity--tls--message = { $target }: { $problem }
connectivity-evidence-issuer = certificate issuer: { $issuer }
connectivity--http-status--status = { $target } answers HTTP { $status } to { $request }
connectivity--http-status--no-answer = { $target }: no HTTP answer to { $request }: { $problem }
connectivity--http-status--nothing = { $target }: no HTTP answer
connectivity--ipv6-broken--message = { $target }: IPv6 connections fail ({ $addresses }) while IPv4 works

## The check's summary

connectivity-summary = { $downloads }; { $checksums }; { $working } working { $working ->
    [one] proxy
   *[other] proxies
    }
connectivity-summary-downloads-work = downloads work via { $via }
connectivity-summary-downloads-fail = downloads fail at { $at }
connectivity-summary-downloads-off = downloads disabled (GOPROXY=off)
connectivity-summary-downloads-invalid = GOPROXY invalid
connectivity-summary-downloads-unknown = verdict unknown: { $reason }
connectivity-summary-downloads-skipped = downloads not needed
connectivity-summary-sums-work = checksums via { $via }
connectivity-summary-sums-fail = checksums fail at { $at }
connectivity-summary-sums-off = checksums off (GOSUMDB=off)
connectivity-summary-sums-invalid = GOSUMDB invalid
connectivity-summary-sums-unknown = checksums unknown
connectivity-summary-sums-skipped = checksum lookups skipped (GONOSUMDB)

## --verbose fact lines

connectivity-fact-heading = facts:
connectivity-fact-trust-roots = trust roots { $roots }
connectivity-fact-proxy = { $variable }  { $url } ({ $reachable ->
    [yes] reachable
   *[no] unreachable
    })
connectivity-fact-cut-short = no answer within { $ms } ms; not waited for, as Go's path already worked
connectivity-fact-ok = ok{ $sumdb ->
    [yes] , proxies sumdb
   *[no] {""}
    }
connectivity-fact-ok-ms = ok { $ms } ms{ $sumdb ->
    [yes] , proxies sumdb
   *[no] {""}
    }
connectivity-fact-ranking = ranking (fastest working first):
connectivity-fact-ranked = { $rank }. { $url } { $ms } ms{ $sumdb ->
    [yes] , proxies sumdb
   *[no] {""}
    }

## Notes after the commands of a fix

connectivity-note-cache-only = only modules already in the module cache
connectivity-note-vendor = in a module with a vendor folder
