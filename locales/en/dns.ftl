# the dns check (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

dns--resolv-conf-unreadable--message = could not read { $path }: { $error }; the system resolvers probed are Go's default, 127.0.0.1 and ::1
dns--resolver-unreachable--message = { $role } { $address } answered none of { $queries } queries: { $reason ->
        [system] it is the system resolver, so Go cannot resolve any name the hosts file does not list
        [system-malformed] it is the system resolver and answers with malformed DNS messages (a broken resolver, or a middlebox rewriting DNS), so Go cannot resolve any name the hosts file does not list
        [system-upstream] systemd-resolved cannot refresh its cache from it
        [malformed] it answers with malformed DNS messages (a broken resolver, or a middlebox rewriting DNS)
        [encrypted] encrypted DNS to it is blocked, or its certificate is not trusted here
       *[blocked] UDP DNS to it is blocked or filtered on this network
    }
dns--poisoned--message = { $role } { $resolver } gave forged answers for { $names }: { $effect ->
        [censor] the path to this resolver is tampered with (an on-path censor), a strong hint that these names are blocked here
       *[go] Go uses this resolver and will connect to the forged addresses
    }
dns--fake-ip--message = { $role } { $address } answers { $count } names from the fake-IP range 198.18.0.0/15 or fc00::/18: a local proxy (Clash, mihomo, sing-box) is resolving; keep direct names such as goproxy.cn in its fake-ip filter
dns--inconsistent--message = the system resolver's answers for { $names } share no address with { $compared ->
        [system-upstream] systemd-resolved's own upstream servers: a stale or polluted cache in the systemd-resolved stub
       *[reference] every reference resolver: CDN geography, or a polluted or hijacked system resolver
    }
dns--slow--message = { $role } { $address } takes { $median } ms per answer (median; max { $max } ms), above { $threshold } ms
dns--lookup-failed--message = the system resolver has no address for { $host } ({ $why ->
        [first-proxy] the first GOPROXY proxy
        [sumdb-url] the checksum database (GOSUMDB URL)
       *[sumdb-direct] the checksum database, fetched directly
    }): { $outcomes }

fix--dns--fake-ip = keep the Go hosts out of the proxy's fake-IP range, so that Go gets their real addresses

dns-role = { $role ->
        [system] system resolver
        [system-upstream] systemd-resolved upstream
        [encrypted] encrypted resolver
       *[reference] reference resolver
    }
dns-outcome = { $outcome ->
        [ok] ok
        [nxdomain] nxdomain
        [nodata] nodata
        [servfail] servfail
        [refused] refused
        [other-rcode] other-rcode
        [timeout] timeout
        [not-waited-for] not-waited-for
        [malformed] malformed
       *[network-error] network-error
    }
dns-timeout-after = timeout after { $ms } ms
dns-not-waited = no answer within { $ms } ms; not waited for, as Go's own path already worked
dns-poisoned-evidence = { $name }: { $signal }
dns-signal-forged-pool = { $ip } is a known forged address
dns-signal-teredo = { $ip } is a Teredo (2001::/32) address, a known forgery pattern
dns-signal-non-global = { $ip } is not a public address, but { $name } is a public name
dns-signal-two-replies = two different replies to one query: { $replies }
dns-reply = { $position ->
        [first] {"["}{ $answers }] after { $ms } ms
       *[later] then {"["}{ $answers }] after { $ms } ms
    }
dns-signal-transport-mismatch = {"["}{ $plain }] over UDP shares nothing with [{ $truth }] from the same operator over { $transport }
dns-fake-ip-example = { $name } -> { $answers } (TTL { $ttl })
dns-inconsistent-evidence = { $name }: system { $system } says { $answers }; { $others }

dns-summary = { $answering } of { $resolvers } resolvers answered{ $not_waited ->
        [0] {""}
       *[other] {" "}({ $not_waited } not waited for)
    }; { $names } names x A/AAAA{ $samples ->
        [0] {""}
        [1] {""}
       *[other] {" "}x { $samples } samples
    }

dns-fact-heading = facts:
dns-fact-resolv-conf = resolv.conf { $path }
dns-fact-note = note        { $note }
dns-resolv-conf-no-nameserver = { $path } lists no nameserver: Go then asks 127.0.0.1 and ::1
dns-resolv-conf-cannot-read = cannot read { $path }: { $error }; Go then asks 127.0.0.1 and ::1
dns-system-conf-unreadable = cannot read the system DNS configuration: { $error }
dns-fact-resolver = answered { $answered }/{ $queries } ({ $percent }%), { $rtt }
dns-fact-rtt = rtt median { $median } ms, max { $max } ms
dns-fact-no-answer = no answer
dns-fact-name-column = name
dns-fact-injection = injection probe { $resolver } { $name }: { $replies } replies

## Steps by hand in a proxy tool's configuration

dns-note-clash-filter = Clash / mihomo config.yaml, under dns: fake-ip-filter: [{ $patterns }]
dns-note-sing-box-rule = sing-box: a dns rule sending { $names } to a real (non-fakeip) server
