//! What the connectivity check says: every message its rules and renderers use, with the names of
//! their arguments. The words are in `locales/<lang>/connectivity.ftl`.
//!
//! Keyword arguments used below:
//! - `role`: `goproxy`, `sumdb`, `storage`, `origin`, `mirror`, `sumdb-alternative` (a target's
//!   [`Role`](super::facts::Role)).
//! - `kind`: a [`Problem`](super::problem::Problem) keyword (`refused`, `timeout`, `reset`,
//!   `closed`, `net-unreachable`, `host-unreachable`, `dns`, `cert-unknown`, `cert-expired`,
//!   `cert-not-yet-valid`, `cert-name`, `proxy-refused`, `no-answer`, `other`).
//! - `source`: `literal`, `hosts-file`, `dns` (an [`AddressSource`](super::facts::AddressSource)).
//! - `outcome`: `timeout`, `refused`, `other` (the first TCP connect's outcome).
//! - yes/no flags (`needed`, `sumdb`, `reachable`): `yes` or `no`.

crate::messages! {
    /// After the offline fix's GOPROXY=file://...: what it serves.
    note_cache_only = "connectivity-note-cache-only" ();
    /// After the offline fix's GOFLAGS=-mod=vendor: where it applies.
    note_vendor = "connectivity-note-vendor" ();
    // ---- phrases shared by findings, verdicts and fact lines ----

    /// An error, in the words of its class (连接被拒绝, 超时无响应 ...): `kind` is the class,
    /// `error` the OS's, Go's or the probe's own text, shown as it is in English and where
    /// the class is `other`.
    problem = "connectivity-problem" (kind, error);
    /// A target: what it is to Go (`role`) and its URL.
    target = "connectivity-target" (role, url);
    /// A role on its own, for the `--verbose` table.
    role = "connectivity-role" (role);
    /// A TLS failure the handshake did not explain.
    tls_failed = "connectivity-tls-failed" ();
    /// An issuer the certificate did not name.
    issuer_unknown = "connectivity-issuer-unknown" ();

    // ---- where a target failed (`describe_failure`), after the target's name ----

    /// The name does not resolve; `problem` says why.
    failure_resolve = "connectivity-failure-resolve" (problem);
    /// The HTTP(S)/SOCKS proxy could not take the request there; `problem` says why.
    failure_proxy = "connectivity-failure-proxy" (problem);
    /// No address accepted TCP: `outcome` of the first connect, `count` addresses tried.
    failure_tcp = "connectivity-failure-tcp" (outcome, count);
    /// The TLS handshake failed; `problem` says why.
    failure_tls = "connectivity-failure-tls" (problem);
    /// The request `request` was answered with HTTP `status`.
    failure_http_status = "connectivity-failure-http-status" (status, request);
    /// No HTTP answer; `problem` says why.
    failure_http = "connectivity-failure-http" (problem);
    /// Nothing failed.
    failure_none = "connectivity-failure-none" ();

    // ---- why Go's verdict is what it is (`Verdict::Fails/Unknown/Skipped` reasons) ----

    /// `url` (a target) failed as `failure` says.
    reason_target = "connectivity-reason-target" (url, failure);
    /// `direct` was on the path but the origin was not probed.
    reason_origin_not_probed = "connectivity-reason-origin-not-probed" ();
    /// GOPROXY has no entry at all.
    reason_empty_list = "connectivity-reason-empty-list" ();
    /// Go's "noproxy" step, for a module GONOPROXY does not match.
    reason_not_private = "connectivity-reason-not-private" ();
    /// A proxy skipped because GONOPROXY/GOPRIVATE match the module.
    reason_private = "connectivity-reason-private" ();
    /// GOPROXY=off reached.
    reason_off = "connectivity-reason-off" ();
    /// The checksum database path reached `direct` or `off`: Go then reads the database itself.
    reason_direct = "connectivity-reason-direct" ();
    /// An entry this run did not probe (after the target's name).
    reason_not_probed = "connectivity-reason-not-probed" ();
    /// `go env` did not give the settings in time: no verdict.
    reason_no_settings = "connectivity-reason-no-settings" ();
    /// `url` was not probed (a whole sentence).
    reason_url_not_probed = "connectivity-reason-url-not-probed" (url);
    /// `url`'s database was not read.
    reason_url_not_read = "connectivity-reason-url-not-read" (url);
    /// GONOSUMDB's `pattern` exempts `module` from checksum lookups.
    reason_gonosumdb = "connectivity-reason-gonosumdb" (module, pattern);
    /// Reading `request` answered HTTP `status`.
    reason_reading_status = "connectivity-reason-reading-status" (request, status);
    /// Reading `request` failed; `problem` says why.
    reason_reading_error = "connectivity-reason-reading-error" (request, problem);
    /// A proxy said `supported` but did not serve the database; `problem` says why.
    reason_supported_only = "connectivity-reason-supported-only" (problem);

    // ---- what DNS gives for a host the hosts file pins ----

    /// DNS gave no address either; `problem` says why.
    dns_alternative_none = "connectivity-dns-alternative-none" (problem);
    /// DNS gives `addresses`, one of which accepted a connection in `ms`.
    dns_alternative_works = "connectivity-dns-alternative-works" (addresses, ms);
    /// DNS gives `addresses`, none of which accepted a connection.
    dns_alternative_dead = "connectivity-dns-alternative-dead" (addresses);

    // ---- findings ----

    /// The HTTPS proxy variable `variable`=`url` refused or ignored connections (`problem`);
    /// `needed` is `yes` when Go needs it with the current settings, `no` when NO_PROXY
    /// exempts every host Go needs.
    proxy_env_unreachable = "connectivity--proxy-env-unreachable--message" (variable, url, problem, needed);
    /// Fix: start the proxy or unset `variable`.
    fix_proxy_env_unreachable = "fix--connectivity--proxy-env-unreachable" (variable);

    /// `url` served the protocol in `ms`, over the `threshold`.
    slow_protocol = "connectivity--slow--protocol" (url, ms, threshold);
    /// `url` accepted the connection but `request` had no answer within `ms`.
    slow_no_answer = "connectivity--slow--no-answer" (url, request, ms);
    /// GOPROXY entry `url` times out before Go falls back to `fallback`.
    slow_pipe_timeout = "connectivity--slow--pipe-timeout" (url, fallback);

    /// Downloads stop at `at` for `reason`; `mirror` worked in `ms`.
    goproxy_unreachable_mirror = "connectivity--goproxy-unreachable--mirror-works" (at, reason, mirror, ms);
    /// Downloads stop at `at` for `reason`; nothing else worked.
    goproxy_unreachable_alone = "connectivity--goproxy-unreachable--nothing-works" (at, reason);
    /// Fix: the fastest working `mirror`; `sumdb` (yes/no) whether it proxies checksums.
    fix_use_mirror = "fix--connectivity--goproxy-unreachable--mirror" (mirror, sumdb);
    /// Fix: nothing answered; work offline from the module cache or vendor.
    fix_offline = "fix--connectivity--goproxy-unreachable--offline" ();

    /// Checksum verification stops at `at` for `reason`.
    sumdb_unreachable = "connectivity--sumdb-unreachable--message" (at, reason);
    /// ... and `proxy` proxies the checksum database.
    sumdb_unreachable_proxy = "connectivity--sumdb-unreachable--proxy-serves" (at, reason, proxy);
    /// ... and the mainland-China alias `alias` answers.
    sumdb_unreachable_alias = "connectivity--sumdb-unreachable--alias-answers" (at, reason, alias);
    /// Fix: use `proxy`, which serves modules and the checksum database.
    fix_sumdb_proxy = "fix--connectivity--sumdb-unreachable--proxy" (proxy);
    /// Fix: GOSUMDB=sum.golang.google.cn.
    fix_sumdb_alias = "fix--connectivity--sumdb-unreachable--alias" ();

    /// TCP to `target` times out (`addresses` tried).
    tcp_timeout = "connectivity--timeout--message" (target, addresses);
    /// TCP to `target` fails otherwise (unreachable, reset ...).
    tcp_failed = "connectivity--timeout--failed" (target, addresses);
    /// TCP to `target` is refused.
    tcp_refused = "connectivity--refused--message" (target, addresses);
    /// Evidence: where the addresses came from (`source`).
    evidence_addresses_from = "connectivity-evidence-addresses-from" (source);
    /// Evidence: one connect to `address` failed: `kind` its class, `error` the OS's text.
    evidence_connect = "connectivity-evidence-connect" (address, kind, error);

    /// `target`'s certificate comes from `issuer`, which this machine does not trust.
    tls_unknown_issuer = "connectivity--tls-intercepted--unknown-issuer" (target, issuer);
    /// `target`'s chain ends at `root`, trusted here but not public.
    tls_private_root = "connectivity--tls-intercepted--private-root" (target, root);
    /// `target`'s TLS handshake failed: `problem`.
    tls_failure = "connectivity--tls--message" (target, problem);
    /// Evidence: the certificate's `issuer`.
    evidence_issuer = "connectivity-evidence-issuer" (issuer);

    /// `target` answered HTTP `status` to `request`.
    http_status = "connectivity--http-status--status" (target, status, request);
    /// `target` gave no HTTP answer to `request`: `problem`.
    http_no_answer = "connectivity--http-status--no-answer" (target, request, problem);
    /// `target` gave no HTTP answer.
    http_nothing = "connectivity--http-status--nothing" (target);

    /// `target`: IPv6 `addresses` fail while IPv4 works.
    ipv6_broken = "connectivity--ipv6-broken--message" (target, addresses);

    // ---- the check's summary ----

    /// The summary: `downloads` and `checksums` are the phrases below, `working` a count.
    summary = "connectivity-summary" (downloads, checksums, working);
    /// Downloads work via `via`.
    summary_downloads_work = "connectivity-summary-downloads-work" (via);
    /// Downloads fail at `at`.
    summary_downloads_fail = "connectivity-summary-downloads-fail" (at);
    /// GOPROXY=off.
    summary_downloads_off = "connectivity-summary-downloads-off" ();
    /// GOPROXY invalid.
    summary_downloads_invalid = "connectivity-summary-downloads-invalid" ();
    /// Not known, for `reason`.
    summary_downloads_unknown = "connectivity-summary-downloads-unknown" (reason);
    /// Not needed for the probe module.
    summary_downloads_skipped = "connectivity-summary-downloads-skipped" ();
    /// Checksums via `via`.
    summary_sums_work = "connectivity-summary-sums-work" (via);
    /// Checksums fail at `at`.
    summary_sums_fail = "connectivity-summary-sums-fail" (at);
    /// GOSUMDB=off.
    summary_sums_off = "connectivity-summary-sums-off" ();
    /// GOSUMDB invalid.
    summary_sums_invalid = "connectivity-summary-sums-invalid" ();
    /// Not known.
    summary_sums_unknown = "connectivity-summary-sums-unknown" ();
    /// GONOSUMDB exempts the probe module.
    summary_sums_skipped = "connectivity-summary-sums-skipped" ();

    // ---- `--verbose` fact lines ----

    /// The heading of the facts.
    fact_heading = "connectivity-fact-heading" ();
    /// Where the TLS roots came from (`roots`, the probe's own text).
    fact_trust_roots = "connectivity-fact-trust-roots" (roots);
    /// The proxy variable, its URL, and `reachable` (yes/no).
    fact_proxy = "connectivity-fact-proxy" (variable, url, reachable);
    /// A target not waited for after `ms`.
    fact_cut_short = "connectivity-fact-cut-short" (ms);
    /// A target that works; `sumdb` (yes/no) whether it proxies the checksum database.
    fact_ok = "connectivity-fact-ok" (sumdb);
    /// A target that works in `ms`.
    fact_ok_ms = "connectivity-fact-ok-ms" (ms, sumdb);
    /// The heading of the ranking.
    fact_ranking = "connectivity-fact-ranking" ();
    /// One ranked mirror: `rank`, `url`, `ms`, `sumdb` (yes/no).
    fact_ranked = "connectivity-fact-ranked" (rank, url, ms, sumdb);
}

/// `yes` or `no`, for the flags above.
pub fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}
