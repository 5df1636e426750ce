# godiag's texts in English: the source language. docs/i18n.md explains the ids and how to
# add a language. Every id here must also be in locales/zh-CN/godiag.ftl (a test checks).
#
# Finding codes: one message per code, its id the code with `.` written `--`
# (`dns.poisoned` is `dns--poisoned`), with four attributes: .title (a few words), .meaning,
# .why and .fix. `{` and `}` in text are written {"{"} and {"}"}.

## Severities, as `explain` and the report name them

severity-error = error
severity-warning = warning
severity-info = info

## godiag explain

explain-header = { $code } — { $title } (default severity: { $severity })
explain-meaning = What it means
explain-why = Why it matters
explain-fix = How to fix it by hand
explain-example = What Go prints
explain-unknown = error: unknown finding code `{ $query }`
explain-did-you-mean = did you mean: { $codes }
explain-list-hint = `godiag explain --list` shows every code.
explain-ambiguous = error: `{ $query }` is ambiguous: it is the slug of { $codes }; give the full code
explain-and = {" and "}
explain-severity-rule = Severity is the effect on Go, and a run sets it from what it saw: error when a Go operation you run will fail (downloads, checksum verification, gopls and the editor's tools, go itself); warning when it works but is degraded or at risk; note when it is true but changes nothing for Go.

## Finding codes

go-env--go-missing =
    .title = the go command was not found
    .meaning = godiag found no `go` executable: not at the path given with --go, and not on PATH.
    .why = Without the go command nothing can be downloaded, and godiag cannot read the settings Go will use. A `go` that your terminal finds but an editor does not usually means PATH is set only in a shell rc file.
    .fix = Install Go from https://go.dev/dl/ (in mainland China: https://golang.google.cn/dl/) or your package manager (`apt-get install golang-go`, `brew install go`, `winget install GoLang.Go`), then open a new terminal. If Go is installed somewhere unusual, pass `--go /path/to/go` or add its bin folder to PATH.

go-env--go-timeout =
    .title = `go env` did not answer in time
    .meaning = `go env -json ...` ran longer than the timeout and was killed.
    .why = `go env` only reads files and prints; it normally answers in milliseconds. A hang means a wrapper script that blocks (version managers, a `go` shim waiting for the network), a hung network file system under GOROOT/GOPATH, or a GOTOOLCHAIN switch downloading a toolchain.
    .fix = Run `go env` yourself and watch where it stops. Check `which go` (a shim from gvm, goenv, asdf or mise?), and try `GOTOOLCHAIN=local go env`. Raise the limit with `--timeout 15s` if your machine is just slow.

go-env--go-failed =
    .title = `go env` failed
    .meaning = `go env -json ...` exited with an error or printed something that is not the JSON Go prints.
    .why = Every go command reads the same settings `go env` reads; if `go env` fails, `go mod download` and gopls fail too, usually with the same message.
    .fix = Read go's own message in the evidence. Common causes: an invalid GOFLAGS value, a broken GOROOT, a GOTOOLCHAIN that names a missing toolchain, or a `go` that is not the Go toolchain at all (a wrapper printing extra text).

go-env--go-too-old =
    .title = Go is too old for module proxies
    .meaning = The installed Go is older than the configured minimum (1.13 by default).
    .why = GOPROXY, GOSUMDB, GOPRIVATE and GONOSUMDB arrived in Go 1.13. Older versions ignore them and fetch every module directly with git, which is what fails behind the Great Firewall and corporate proxies.
    .fix = Install a current Go release (https://go.dev/dl/, in mainland China https://golang.google.cn/dl/).

go-env--goproxy-invalid =
    .title = GOPROXY is rejected by Go
    .meaning = GOPROXY holds something the go command refuses to use: an entry without a scheme that Go will not complete (a single word, an absolute path), a scheme other than https, http or file, or no entries at all.
    .why = The go command checks the whole list before it downloads anything; one bad entry makes every download fail, even when the other entries are fine.
    .fix = Set a valid list, e.g. `go env -w GOPROXY=https://goproxy.cn,direct`, or return to the default with `go env -u GOPROXY`. A local directory needs `file:///path`. A SOCKS or HTTP proxy for your connection belongs in HTTPS_PROXY, not in GOPROXY.

go-env--modules-off =
    .title = GO111MODULE=off disables modules
    .meaning = GO111MODULE is `off` (in the OS environment or the go env file), which puts the go command in the old GOPATH mode.
    .why = Every module command refuses to run: `go mod download`, `go get` of a module, `go mod tidy`; gopls cannot load a module. Network settings do not matter until this is undone.
    .fix = `go env -u GO111MODULE` (the default, `on`, since Go 1.16); if it comes from the OS environment, remove it there (`unset GO111MODULE` and the line in your shell startup file).

go-env--goproxy-off =
    .title = GOPROXY=off disables downloads
    .meaning = The effective GOPROXY list starts with `off`.
    .why = With GOPROXY=off the go command refuses to download any module that is not already in the module cache or vendored. That is sometimes wanted (hermetic builds), but it fails every `go get` and every new dependency.
    .fix = If you did not mean it: `go env -u GOPROXY` (back to the default) or `go env -w GOPROXY=https://goproxy.cn,direct`; if it comes from the OS environment, remove it there. If you did mean it, use `--fail-on never` or `--skip go-env` in that pipeline.

go-env--goproxy-comma-fallback =
    .title = `,` falls back only on 404/410
    .meaning = A proxy in GOPROXY is followed by `,`. Go moves to the next entry only when that proxy answers 404 or 410; a timeout, DNS failure, TLS error or 5xx stops the download.
    .why = Most people read `https://proxy.golang.org,direct` as "try the proxy, else go direct". When proxy.golang.org is unreachable (mainland China), Go does not go direct: it fails. The `|` separator falls back on any error.
    .fix = Put a proxy you can reach first (`go env -w GOPROXY=https://goproxy.cn,direct`), or use `|` to fall back on errors: `go env -w 'GOPROXY=https://proxy.golang.org|https://goproxy.cn|direct'` (quote it: `|` is a pipe to the shell).

go-env--gosumdb-off =
    .title = GOSUMDB=off disables module authentication
    .meaning = Checksum verification against the Go checksum database is turned off.
    .why = The checksum database is what proves that the module you download is the one everyone else got. With it off, a compromised proxy or a man in the middle can hand you altered code unnoticed. It is a popular "fix" for sum.golang.org timeouts, but the database is reachable from mainland China through sum.golang.google.cn or through a proxy that supports it, such as goproxy.cn. Toolchain downloads (GOTOOLCHAIN) refuse to work with GOSUMDB=off.
    .fix = `go env -u GOSUMDB` (default sum.golang.org, which goproxy.cn also proxies), or `go env -w GOSUMDB=sum.golang.google.cn` where sum.golang.org is blocked. For private modules use GOPRIVATE or GONOSUMDB with their paths instead of turning verification off for everything.

go-env--gosumdb-invalid =
    .title = GOSUMDB is rejected by Go
    .meaning = GOSUMDB is not one of the forms Go accepts: `off`, a known database name (sum.golang.org, sum.golang.google.cn), `<name>+<hash>+<key>`, optionally followed by a URL.
    .why = Go needs the database's public key to verify its answers. A name it does not know has no key, so every download that needs verification fails.
    .fix = `go env -u GOSUMDB` for the default, or `go env -w GOSUMDB=sum.golang.google.cn` in mainland China. A private checksum database needs its full verifier key: `go env -w "GOSUMDB=name+hash+key https://url"`.

go-env--os-env-override =
    .title = an OS variable shadows `go env -w`
    .meaning = A variable is set both in the OS environment and in the `go env -w` file, with different values. The OS environment wins.
    .why = This is why `go env -w GOPROXY=...` "does not work": Go writes the file, prints a warning that is easy to miss, and keeps using the shell's value. Editors started from the desktop may see yet another value, since they do not read your shell rc files.
    .fix = Remove the variable from the OS environment (`unset NAME` now, and delete the `export NAME=...` line from ~/.bashrc, ~/.zshrc, ~/.profile or /etc/environment; on Windows, System Properties > Environment Variables), then open a new terminal. Or, if the OS value is the one you want, `go env -u NAME` to remove the stale file entry.

go-env--insecure-flag =
    .title = GOFLAGS has -insecure
    .meaning = GOFLAGS contains `-insecure`, a flag of `go get` that Go 1.17 removed.
    .why = Since Go 1.17 `go get` stops with an error when it sees -insecure, so a GOFLAGS line copied from an old blog post breaks every `go get`. On older Go it silently allowed plain HTTP and unverified TLS for every fetch.
    .fix = Remove -insecure from GOFLAGS (`go env -w GOFLAGS=<the other flags>` or `go env -u GOFLAGS`). For the few hosts that really lack HTTPS, use `go env -w GOINSECURE=host.example.com`; it applies to direct fetches only and does not disable checksum verification.

go-env--unknown-variable =
    .title = a variable Go does not know
    .meaning = A variable that looks like a Go setting is set, but Go has no such variable (for example GONOSUMCHECK), or it is a misspelling of a module setting.
    .why = Go ignores unknown variables silently, so the setting the user thinks is active has no effect. `go env -w` refuses such names, which is why they end up in shell rc files or hand-edited env files.
    .fix = Remove it, and set the variable that was meant (the finding names it). `go env -u` cannot remove an unknown name from the env file: delete the line by hand. GONOSUMCHECK usually stands for GONOSUMDB, which takes patterns of private module paths; if the goal was to get past sum.golang.org timeouts in mainland China, set `go env -w GOSUMDB=sum.golang.google.cn` instead.

go-env--toolchain-download =
    .title = go will download a newer toolchain
    .meaning = The workspace's go.mod or go.work asks for a newer Go than the one installed, and GOTOOLCHAIN allows switching, so the go command will download the toolchain module golang.org/toolchain first.
    .why = The toolchain is a module like any other: it comes through GOPROXY and is always verified against the checksum database, even with GONOSUMDB patterns. With GOPROXY=off or GOSUMDB=off it cannot work at all, and where proxy.golang.org is blocked the first `go build` in the project hangs or fails.
    .fix = Make sure GOPROXY reaches a working mirror and GOSUMDB is on (`go env -w GOPROXY=https://goproxy.cn,direct`), or install the required Go release yourself, or set `GOTOOLCHAIN=local` to refuse the switch (then the build fails with a clear message instead).

go-env--private-matches-public =
    .title = GOPRIVATE-style pattern covers public modules
    .meaning = A pattern in GOPRIVATE, GONOPROXY or GONOSUMDB matches well-known public modules (for example `*`, `github.com` or `golang.org`).
    .why = GONOPROXY (defaults to GOPRIVATE) makes matching modules bypass every proxy and come straight from their origin with git, which is what fails behind the Great Firewall (go.googlesource.com, github.com). GONOSUMDB (also defaults to GOPRIVATE) turns off checksum verification for them: a GONOSUMDB of `*` disables it for everything.
    .fix = Narrow the pattern to your own modules, e.g. `go env -w GOPRIVATE=git.corp.example.com,github.com/yourorg/*`.

go-env--file-unreadable =
    .title = a file behind the go settings could not be read whole
    .meaning = godiag could not read one of the files that explain the go settings (the `go env -w` file, go.mod / go.work, a shell startup file), or read only its first part: it is not a regular file (a FIFO, a device, a directory), it is far larger than such a file ever is, or reading it took too long.
    .why = What the file would have told is missing from the report: where a variable comes from, which toolchain go.mod asks for, which startup line sets GOPROXY. A go.mod or env file that is a device or a huge file also slows down or breaks the go command itself.
    .fix = Look at the file named in the message (`ls -l`, `file`): replace a FIFO or a link to a device by the real file, and trim a file that grew by accident.

go-env--internal-error =
    .title = the go-env check failed internally
    .meaning = godiag's go-env check stopped because of a bug or an unexpected condition in godiag itself, not in your setup.
    .why = The check's verdict is missing, so problems in this area may go unreported. The other checks are unaffected.
    .fix = Run again with --verbose and send the message to the godiag maintainers together with the JSON report (`godiag check --json`; URLs in it are redacted).

hosts--unreadable =
    .title = the hosts file cannot be read
    .meaning = The hosts file is missing, is not a file, or this user may not read it.
    .why = Go's resolver reads the same file as the same user. When it cannot, every name goes to DNS, including `localhost` on some systems, and entries you rely on (a pinned mirror, a private module host) do not apply.
    .fix = Restore the file (`/etc/hosts` needs at least `127.0.0.1 localhost` and `::1 localhost`) and make it world-readable: `sudo chmod 644 /etc/hosts`. On Windows check %SystemRoot%\System32\drivers\etc\hosts and that your antivirus does not lock it.

hosts--syntax =
    .title = a malformed hosts line
    .meaning = A line Go and glibc skip or misread: the first field is not an IP address, the fields are reversed (`github.com 140.82.114.4`), an address has no name, or a name has characters no host name has (`https://github.com`, `github.com:443`).
    .why = The entry you meant to add does nothing, silently. When the line was meant to pin or block a Go host, downloads still go wherever DNS says.
    .fix = Rewrite the line as `ADDRESS NAME [ALIASES...]`, one address per line, names without scheme, port or path; or delete it. Editing the hosts file needs root (`sudo nano /etc/hosts`) or an Administrator editor on Windows.

hosts--encoding =
    .title = the hosts file has the wrong encoding
    .meaning = The file is UTF-16 (Windows Notepad's "Unicode"), has a UTF-8 byte-order mark, contains NUL bytes, or has names that are not valid UTF-8.
    .why = Go and glibc read hosts files as plain ASCII/UTF-8 bytes. A UTF-16 file is unreadable to both: no entry applies. A byte-order mark glues itself to the first address, so the first line is lost.
    .fix = Save the file as UTF-8 without BOM (or ANSI) with LF or CRLF line endings. On Windows: open it in an Administrator editor and choose "UTF-8" (not "UTF-8 with BOM", not "Unicode"). On Linux: `iconv -f UTF-16 -t UTF-8 hosts > hosts.utf8`, check it, then replace the file.

hosts--conflict =
    .title = a name is mapped to different addresses
    .meaning = One name appears on several lines with different addresses of the same family (or sinkholed on one line and routed on another).
    .why = Tools disagree on which line wins: Go's resolver merges every line and may dial any of the addresses; glibc (curl, git, most C programs) takes the first line only (unless `multi on` in /etc/host.conf). So `curl` works while `go mod download` fails, or the other way round.
    .fix = Keep one line per name and address family; delete the others (the finding lists every line). Delete pinned lines you did not add on purpose: DNS usually knows better.

hosts--sinkhole =
    .title = a Go host is blocked in the hosts file
    .meaning = A host the go command needs (proxy.golang.org, sum.golang.org, storage.googleapis.com, github.com, goproxy.cn...) is mapped to 0.0.0.0, 127.x, :: or ::1.
    .why = Go connects to your own machine instead of the real server and fails at once. Ad-block and privacy lists have listed storage.googleapis.com (where proxy.golang.org redirects .zip downloads) and other Google hosts.
    .fix = Delete the line (root needed: `sudo nano /etc/hosts`), or add the name to your block list's allow list (StevenBlack: `--whitelist`; Pi-hole/AdGuard: allow list) so that the next update does not bring it back.

hosts--pinned =
    .title = a Go host is pinned to a fixed address
    .meaning = A host the go command needs is mapped to a fixed address in the hosts file instead of being resolved by DNS.
    .why = Pins copied from "accelerate GitHub" lists (GitHub520, ineo6) or old blog posts go stale: the service moves, the address stops answering or serves a certificate for another name, and Go fails with timeouts or TLS errors while the browser (which may use DoH) works.
    .fix = Delete the line unless you maintain it on purpose (an internal mirror). If a tool keeps re-adding it, remove that tool's block (see hosts.stale-block). Use a module proxy (GOPROXY=https://goproxy.cn,direct) instead of pinning GitHub.

hosts--long-line =
    .title = a hosts line of 64 KiB or more
    .meaning = A line is at least 64 KiB long.
    .why = Go's resolver reads the hosts file through a 64 KiB line buffer: at such a line it stops reading, silently, so every entry after it exists for glibc but not for Go.
    .fix = Split the line (one address and a few names per line) or delete it. Generated files with very long lines usually come from a tool that joins names; regenerate with one name per line.

hosts--stale-block =
    .title = an old tool-written block
    .meaning = A block written by a tool (GitHub520, ineo6's GitHub hosts, StevenBlack's lists) carries a date older than the configured age (hosts.max_block_age, 30 days by default).
    .why = Those blocks pin names to addresses that were right on the day they were written. GitHub and CDN addresses change; a block from last year sends Go to addresses that time out or fail TLS.
    .fix = Update the block with its tool (SwitchHosts, the GitHub520 script, `hostctl`), or delete it from the start marker to the end marker.

hosts--truncated =
    .title = the hosts file is larger than godiag reads
    .meaning = The hosts file is larger than godiag's cap for it (64 MiB); only the lines before the cap were checked.
    .why = Entries after the cut (a sinkhole for proxy.golang.org, a stale pin) are not in this report, although Go reads them. A hosts file this size also slows every lookup that goes through it.
    .fix = Trim the file: keep the blocklist you need, not several merged ones. Then run godiag again.

hosts--internal-error =
    .title = the hosts check failed internally
    .meaning = godiag's hosts check stopped because of a bug or an unexpected condition in godiag itself, not in your setup.
    .why = The check's verdict is missing, so problems in the hosts file may go unreported. The other checks are unaffected.
    .fix = Run again with --verbose and send the message to the godiag maintainers together with the JSON report (`godiag check --json`; URLs in it are redacted).

dns--resolver-unreachable =
    .title = a resolver does not answer
    .meaning = Every query to this resolver timed out or failed at the network level: it never answered, not even with an error.
    .why = When it is the system resolver (the one in resolv.conf), Go cannot resolve any name that the hosts file does not list: every download fails with `lookup proxy.golang.org ... i/o timeout`. A reference resolver that does not answer is only a hint about the network (UDP port 53 blocked, resolver filtered).
    .fix = Check the nameserver lines of /etc/resolv.conf (or your network settings): is that server running and reachable? On systemd systems: `resolvectl status`. In a VPN or proxy tool, check whether it hijacks DNS. Set a working resolver, e.g. 223.5.5.5 or 119.29.29.29 in mainland China, 1.1.1.1 or 8.8.8.8 elsewhere.

dns--lookup-failed =
    .title = Go cannot resolve a host it needs
    .meaning = The system resolver, which Go uses, gave no address for a host the current settings need: the first GOPROXY proxy or the checksum database.
    .why = Without an address the go command cannot even try to connect: `go mod download` fails at the first module.
    .fix = See the resolver findings next to this one. If the name does not resolve anywhere, check the spelling in GOPROXY/GOSUMDB. If only the system resolver fails, fix or replace it (resolv.conf, VPN DNS settings). As a stopgap, switch to a proxy your resolver can resolve: `go env -w GOPROXY=https://goproxy.cn,direct`.

dns--poisoned =
    .title = a forged DNS answer
    .meaning = A resolver answered with an address that is not the real one: a known forged address, a Teredo (2001::/32) AAAA, a private or reserved address for a public name, or two different replies to one query (an injected answer racing the real one).
    .why = Go connects to the forged address and times out or fails TLS. The Great Firewall injects forged UDP answers for blocked names; a domestic resolver may then cache and serve them over any transport.
    .fix = Use a module proxy reachable without the poisoned name: `go env -w GOPROXY=https://goproxy.cn,direct` and `go env -w GOSUMDB=sum.golang.google.cn`. If the system resolver itself is poisoned, use encrypted DNS (DoH/DoT) in your OS or proxy tool. Do not pin addresses in the hosts file: they go stale.

dns--inconsistent =
    .title = resolvers disagree
    .meaning = The system resolver's answer for a name shares no address with any reference resolver, without a sign of forgery; or systemd-resolved's cache disagrees with its own upstream servers.
    .why = Often harmless (CDNs answer by location), but it is also how a polluted cache or a hijacking middlebox looks. If connections to the system resolver's addresses fail while others work, this is the cause.
    .fix = Compare with `dig NAME @RESOLVER`. Flush a stale cache (`resolvectl flush-caches` on systemd, `ipconfig /flushdns` on Windows, `sudo dscacheutil -flushcache` on macOS). If the answers keep differing and connections fail, change the system resolver.

dns--fake-ip =
    .title = a local proxy answers with fake IPs
    .meaning = Answers come from 198.18.0.0/15 or fc00::/18 with tiny TTLs: a proxy tool in fake-IP mode (Clash, mihomo, sing-box) is answering DNS and will route the connection itself.
    .why = That works while the tool runs and its rules send the name through a working proxy. It breaks when the tool stops (cached fake IPs lead nowhere), when a direct-connect name (goproxy.cn) is routed through a foreign node, or for programs that bypass the tool.
    .fix = Add direct-connect names to the tool's fake-ip filter (`fake-ip-filter: ['+.goproxy.cn', '+.golang.google.cn']` in mihomo; `fakeip.exclude_rule` in sing-box) and route them DIRECT; keep proxy.golang.org and sum.golang.org on the proxy. Restart gopls/VS Code after the tool restarts.

dns--slow =
    .title = a slow resolver
    .meaning = The resolver's median round trip is above the configured threshold (dns.slow, 300 ms by default).
    .why = Every new host costs that much before Go can connect; with tight timeouts in tools and many module hosts this adds up, and slow answers often come before dropped ones.
    .fix = Prefer a closer resolver (in mainland China 223.5.5.5 or 119.29.29.29), or a local caching resolver.

dns--resolv-conf-unreadable =
    .title = resolv.conf could not be read
    .meaning = godiag could not read resolv.conf (missing, not a regular file, too large, or too slow to read) and fell back to Go's default resolvers, 127.0.0.1 and ::1.
    .why = Go reads the same file to find its nameservers. When Go cannot read it either, it asks 127.0.0.1:53, where usually nothing answers: every lookup fails.
    .fix = Make /etc/resolv.conf a regular, readable file with `nameserver` lines (on systemd systems it links to /run/systemd/resolve/stub-resolv.conf).

dns--internal-error =
    .title = the dns check failed internally
    .meaning = godiag's dns check stopped because of a bug or an unexpected condition in godiag itself, not in your setup.
    .why = The check's verdict is missing, so DNS problems may go unreported. The other checks are unaffected.
    .fix = Run again with --verbose and send the message to the godiag maintainers together with the JSON report (`godiag check --json`; URLs in it are redacted).

connectivity--goproxy-unreachable =
    .title = module downloads will fail
    .meaning = By Go's own fallback rules, the current GOPROXY cannot deliver modules: the entry Go stops at is unreachable, fails TLS or answers an error, and nothing after it is tried (a `,` moves on only after 404/410).
    .why = This is the `go mod download` / `go get` failure itself. The most common case is proxy.golang.org, blocked in mainland China (its address times out), with the default `https://proxy.golang.org,direct`.
    .fix = Use a proxy that this run measured as working: the fix below is the fastest mirror that served the module-proxy protocol, e.g. `go env -w GOPROXY=https://goproxy.cn,direct`. If no mirror works, you need an HTTPS_PROXY that can reach one, or work offline: `GOFLAGS=-mod=vendor` with a vendored module, or `GOPROXY=file://$(go env GOMODCACHE)/cache/download` for what the module cache already holds.

connectivity--sumdb-unreachable =
    .title = checksum verification will fail
    .meaning = Go cannot reach the checksum database the way the current GOSUMDB and GOPROXY make it: not through a proxy that supports it, and not directly.
    .why = Every module not yet in go.sum must be verified; without the database, `go get` and `go mod tidy` fail with `verifying module` errors even when the download itself worked.
    .fix = Use a proxy that proxies the checksum database (goproxy.cn does), or `go env -w GOSUMDB=sum.golang.google.cn`, the database's mainland-China address. Never `GOSUMDB=off`: it disables module authentication.

connectivity--timeout =
    .title = connections time out
    .meaning = TCP connections to the addresses of a host Go uses get no answer before the timeout.
    .why = Packets are dropped on the way: a firewall, a censor (proxy.golang.org from mainland China), or a dead pinned address. Go waits for its own timeout and fails with `i/o timeout`.
    .fix = Use a reachable mirror (see connectivity.goproxy-unreachable), or an HTTPS_PROXY that can reach the host. If the address comes from the hosts file, remove the pin.

connectivity--refused =
    .title = connections are refused
    .meaning = Something at the target address actively refuses TCP connections on that port.
    .why = Nothing listens there: a stale pinned address, a proxy tool that is not running, a sinkhole, or a firewall that rejects instead of dropping.
    .fix = Check the address (hosts file pins, fake-IP answers from a stopped proxy tool) and the port in the URL.

connectivity--tls =
    .title = the TLS handshake fails
    .meaning = TCP works but the TLS handshake does not: the certificate is for another name, expired, or the server breaks the handshake.
    .why = Go refuses the connection, like a browser would, and the download fails.
    .fix = Read the error in plain words in the finding. A wrong name usually means a wrong address (a stale hosts pin, a hijacked DNS answer); an expired certificate may be a wrong system clock.

connectivity--tls-intercepted =
    .title = TLS is intercepted
    .meaning = The certificate chain does not lead to a root this machine trusts (or only to a root that is not publicly trusted): a corporate proxy or an antivirus is decrypting HTTPS. The finding names the issuer.
    .why = Go trusts only the system roots (or SSL_CERT_FILE / SSL_CERT_DIR). An inspecting proxy's root installed only in a browser makes Go fail with `x509: certificate signed by unknown authority`.
    .fix = Install the interceptor's root certificate in the system store (Debian/Ubuntu: copy it to /usr/local/share/ca-certificates/ and run `sudo update-ca-certificates`; macOS: Keychain, System, Always Trust; Windows: certmgr, Trusted Root), or point SSL_CERT_FILE at a bundle that includes it. Ask IT whether the Go hosts can bypass inspection.

connectivity--http-status =
    .title = the proxy answers an error
    .meaning = The module proxy or checksum database answered with an error status (403, 418, 5xx) instead of the protocol's answer.
    .why = After `,` only 404 and 410 let Go try the next GOPROXY entry; any other status stops the download with this error.
    .fix = 403/418 often mean a filtering proxy or a blocked region; 5xx a broken or overloaded mirror. Put a working mirror first, or separate entries with `|` to fall back on errors.

connectivity--proxy-env-unreachable =
    .title = HTTPS_PROXY does not answer
    .meaning = HTTPS_PROXY (or https_proxy) is set, so Go sends every https request through it, but the proxy does not accept connections.
    .why = Every download fails, whatever GOPROXY says: the classic leftover of a proxy tool (Clash, v2rayN) that is no longer running.
    .fix = Start the proxy tool, or remove the variable: `unset HTTPS_PROXY https_proxy` (and from ~/.bashrc, ~/.profile or the Windows environment).

connectivity--slow =
    .title = a slow module proxy
    .meaning = A module proxy Go uses takes longer than the configured threshold (connectivity.slow) to answer the protocol.
    .why = Every module fetch pays it, several times; large dependency trees crawl and tools with short timeouts fail.
    .fix = Switch to the fastest mirror of the ranking (see --verbose): `go env -w GOPROXY=<mirror>,direct`.

connectivity--ipv6-broken =
    .title = IPv6 is broken
    .meaning = The host has IPv6 addresses and this machine has an IPv6 route, but IPv6 connections fail while IPv4 works.
    .why = Go tries the addresses in order and falls back after a delay; some tools do not, and every connection pays the wait.
    .fix = Fix or disable IPv6 on this network interface, or ask the network administrator; as a stopgap prefer IPv4 (gai.conf) for these hosts.

connectivity--internal-error =
    .title = the connectivity check failed internally
    .meaning = godiag's connectivity check stopped because of a bug or an unexpected condition in godiag itself, not in your setup.
    .why = The check's verdict is missing, so network problems may go unreported. The other checks are unaffected.
    .fix = Run again with --verbose and send the message to the godiag maintainers together with the JSON report (`godiag check --json`; URLs in it are redacted).

vscode--parse-error =
    .title = a settings file VS Code cannot read
    .meaning = A settings.json (or .code-workspace) file has a syntax error: something JSON with comments and trailing commas does not allow.
    .why = VS Code ignores the settings it cannot read, and refuses to write the file ("Unable to write into user settings"), so the Go extension runs with defaults and `godiag fix` will not touch the file either.
    .fix = Open the file at the line and column given and fix the syntax (a missing comma, a stray quote, a single-quoted string). VS Code's own editor underlines the error.

vscode--duplicate-key =
    .title = a setting appears twice
    .meaning = The same key appears more than once in one settings file.
    .why = VS Code uses the last one; the earlier one, which may be the one you edited, has no effect.
    .fix = Delete the duplicates and keep one line per key.

vscode--goproxy-mismatch =
    .title = the editor's GOPROXY differs from go env
    .meaning = VS Code gives gopls and the Go tools a GOPROXY or GOSUMDB (through go.toolsEnvVars, gopls build.env or http.proxy) different from what `go env` reports in the terminal.
    .why = The terminal downloads fine while gopls ("could not import", "no required module provides package") or tool installs fail, or the other way round. A value in go.toolsEnvVars overrides `go env -w`, because it reaches the go command as an OS variable.
    .fix = Make them agree: remove GOPROXY/GOSUMDB from go.toolsEnvVars so the `go env -w` value applies everywhere, or set the working value in both places. Then restart VS Code or run "Go: Restart Language Server".

vscode--gosumdb-off =
    .title = the editor turns module authentication off
    .meaning = go.toolsEnvVars (or gopls build.env) sets GOSUMDB=off.
    .why = Every module gopls and the tool installer download is unverified. It is usually copied from a workaround for sum.golang.org timeouts.
    .fix = Remove it, or use GOSUMDB=sum.golang.google.cn where sum.golang.org is blocked.

vscode--http-proxy-unreachable =
    .title = VS Code's http.proxy does not answer
    .meaning = http.proxy is set, so the Go extension sets HTTP_PROXY and HTTPS_PROXY for gopls and the tools, but nothing accepts connections at that address.
    .why = Every download the editor starts (tool installs, gopls module loading) fails, while the terminal may work. Typical after a proxy tool (Clash, v2rayN) stops or changes its port.
    .fix = Start the proxy, fix the port, or remove http.proxy from the user settings.

vscode--proxy-strict-ssl-off =
    .title = http.proxyStrictSSL is off
    .meaning = http.proxyStrictSSL is false: VS Code accepts any certificate from its proxy.
    .why = It hides TLS interception from VS Code, but the Go extension and the go command do not read this setting: they still fail with `x509: certificate signed by unknown authority`, which is confusing.
    .fix = Install the proxy's root certificate in the system store (see connectivity.tls-intercepted) and set http.proxyStrictSSL back to true.

vscode--path-missing =
    .title = a configured Go path does not exist
    .meaning = go.goroot, go.gopath, go.toolsManagement.go or a go.alternateTools entry points to a path that does not exist.
    .why = The extension then fails to start gopls or runs another Go than the terminal, with other settings.
    .fix = Fix or remove the setting; without it the extension uses the go on PATH.

vscode--nested-key =
    .title = a nested key VS Code ignores
    .meaning = A setting is written as a nested object (`"go": {"{"}"toolsEnvVars": ...{"}"}`) instead of a flat dotted key (`"go.toolsEnvVars"`).
    .why = VS Code reads settings by their flat names only: the nested object is silently ignored.
    .fix = Rewrite it as `"go.toolsEnvVars": {"{"}...{"}"}` (or `"http.proxy": ...`).

vscode--extension-missing =
    .title = the Go extension is not installed
    .meaning = A VS Code-family editor is set up on this machine but no Go extension (golang.go) was found.
    .why = Without it there is no gopls integration; if you expected it, it may be installed for another product or profile.
    .fix = Install it: `code --install-extension golang.go` (or from the Extensions view; the Open VSX registry for VSCodium).

vscode--extension-old =
    .title = an old Go extension
    .meaning = The installed Go extension is older than the configured minimum (vscode.min_extension, 0.38.0 by default).
    .why = Old versions handle proxies, toolchains and gopls settings differently from what current Go expects.
    .fix = Update the extension from the Extensions view.

vscode--gopls-stale-env =
    .title = a running gopls has old settings
    .meaning = A gopls process of this user runs with a GOPROXY or GOSUMDB different from what it would get if started now.
    .why = gopls reads its environment once, at start. After changing go env or settings, the old gopls keeps failing until it is restarted.
    .fix = Run "Go: Restart Language Server" in VS Code, or restart the editor.

vscode--remote-proxy-leak =
    .title = a local proxy setting reaches remote windows
    .meaning = The local user settings point the Go tools at a proxy on 127.0.0.1/localhost, and remote-server settings exist on this machine.
    .why = go.toolsEnvVars from the local machine also apply in remote windows (SSH, WSL, containers), where nothing listens on that local port: every download in the remote window fails.
    .fix = Move the proxy setting to the remote machine's own settings (Preferences: Open Remote Settings), or use an address the remote can reach.

vscode--unreadable =
    .title = a settings file could not be read
    .meaning = A VS Code settings file exists at a place VS Code reads, but godiag could not read it: it is not a regular file (a FIFO, a device, a directory), it is larger than godiag's cap (16 MiB), or this user may not read it.
    .why = VS Code cannot use such a file either, or takes seconds to load it; the settings you expect there (go.toolsEnvVars, http.proxy) do not reach gopls and the Go tools.
    .fix = Replace the file by a regular JSON file (`ls -l` shows what it is), or delete it and set the values again in the Settings editor.

vscode--internal-error =
    .title = the vscode check failed internally
    .meaning = godiag's vscode check stopped because of a bug or an unexpected condition in godiag itself, not in your setup.
    .why = The check's verdict is missing, so editor problems may go unreported. The other checks are unaffected.
    .fix = Run again with --verbose and send the message to the godiag maintainers together with the JSON report (`godiag check --json`; URLs in it are redacted).
