//! What the dns check says: every message its rules and renderers use, with the names of
//! their arguments. The words are in `locales/<lang>/dns.ftl`.
//!
//! Keyword arguments (selectors) take these values:
//! - `role` of [`role`]: `system`, `system-upstream`, `reference`, `encrypted` (the JSON words
//!   of [`Role`](super::facts::Role)).
//! - `outcome` of [`outcome`]: the JSON words of [`Outcome`](crate::net::dns::Outcome)
//!   (`nxdomain`, `timeout`, `network-error`, `malformed` ...).

crate::messages! {
    /// The fake-ip fix in Clash / mihomo: `patterns` is the YAML list's items.
    note_clash_filter = "dns-note-clash-filter" (patterns);
    /// The fake-ip fix in sing-box: `names`, comma-separated.
    note_sing_box_rule = "dns-note-sing-box-rule" (names);
    /// resolv.conf exists but could not be read whole; `error` is the reader's own text.
    resolv_conf_unreadable = "dns--resolv-conf-unreadable--message" (path, error);
    /// A resolver answered none of its queries. `role`: a [`role`] phrase; `queries`: how
    /// many were sent; `reason` (keyword): `system`, `system-malformed`, `system-upstream`,
    /// `malformed` (a reference or upstream resolver sending malformed DNS), `encrypted`,
    /// `blocked` (a reference resolver UDP cannot reach).
    resolver_unreachable = "dns--resolver-unreachable--message" (role, address, queries, reason);
    /// Forged answers from one resolver. `role`: a [`role`] phrase; `names`: the names;
    /// `effect` (keyword): `censor` (a reference resolver: the path is tampered with) or `go`
    /// (a resolver Go uses).
    poisoned = "dns--poisoned--message" (role, resolver, names, effect);
    /// Answers from the fake-IP range of a local proxy. `count`: how many names.
    fake_ip = "dns--fake-ip--message" (role, address, count);
    /// The system resolver's answers share nothing with the compared resolvers. `compared`
    /// (keyword): `reference` or `system-upstream`.
    inconsistent = "dns--inconsistent--message" (names, compared);
    /// A resolver slower than the threshold; all in milliseconds.
    slow = "dns--slow--message" (role, address, median, max, threshold);
    /// The system resolver gives no address for a host Go needs. `why` (keyword, see
    /// [`NeededWhy`](super::rules::NeededWhy)): `first-proxy`, `sumdb-url`, `sumdb-direct`;
    /// `outcomes`: [`outcome`] phrases.
    lookup_failed = "dns--lookup-failed--message" (host, why, outcomes);

    /// Fix: keep the Go hosts out of a proxy's fake-IP range.
    fix_fake_ip = "fix--dns--fake-ip" ();

    /// Who a resolver is. `role` (keyword): see the module doc.
    role = "dns-role" (role);
    /// What a query came back with. `outcome` (keyword): see the module doc.
    outcome = "dns-outcome" (outcome);
    /// Evidence: a query that timed out after `ms` milliseconds.
    timeout_after = "dns-timeout-after" (ms);
    /// Evidence: a query not waited for (`ms` milliseconds) because Go's own path worked.
    not_waited = "dns-not-waited" (ms);
    /// Evidence of a forged answer: `name`, and the `signal` phrase that fired.
    poisoned_evidence = "dns-poisoned-evidence" (name, signal);
    /// Signal: `ip` is in the pool of known forged addresses.
    signal_forged_pool = "dns-signal-forged-pool" (ip);
    /// Signal: `ip` is a Teredo AAAA answer.
    signal_teredo = "dns-signal-teredo" (ip);
    /// Signal: `ip` is not public, `name` is.
    signal_non_global = "dns-signal-non-global" (ip, name);
    /// Signal: one query got several different replies; `replies`: [`reply`] phrases.
    signal_two_replies = "dns-signal-two-replies" (replies);
    /// One reply of the hold-on probe: `answers` after `ms` milliseconds. `position`
    /// (keyword): `first` or `later`.
    reply = "dns-reply" (answers, ms, position);
    /// Signal: the plain UDP answers share nothing with the same operator's encrypted ones.
    /// `transport`: `HTTPS` or `TLS`.
    signal_transport_mismatch = "dns-signal-transport-mismatch" (plain, truth, transport);
    /// Evidence of a fake-IP answer: `name -> answers (TTL ttl)`.
    fake_ip_example = "dns-fake-ip-example" (name, answers, ttl);
    /// Evidence of disagreement: what the `system` resolver says for `name` and what the
    /// others say (`others`: `resolver: addresses` data, `; `-separated).
    inconsistent_evidence = "dns-inconsistent-evidence" (name, system, answers, others);

    /// The check's one-line summary. `not_waited`: resolvers not waited for (0: none);
    /// `samples`: queries per name and type (1: no mention).
    summary = "dns-summary" (answering, resolvers, not_waited, names, samples);

    /// `--verbose`: the heading of the facts.
    fact_heading = "dns-fact-heading" ();
    /// `--verbose`: the resolv.conf read.
    fact_resolv_conf = "dns-fact-resolv-conf" (path);
    /// `--verbose`: why the system resolvers are Go's default (`note`: one of the three
    /// phrases below, or the English text of a report read back from JSON).
    fact_note = "dns-fact-note" (note);
    /// resolv.conf lists no nameserver.
    resolv_conf_no_nameserver = "dns-resolv-conf-no-nameserver" (path);
    /// resolv.conf could not be read (`error`: the reader's words).
    resolv_conf_cannot_read = "dns-resolv-conf-cannot-read" (path, error);
    /// The platform's DNS configuration could not be read (`error`: the resolver library's
    /// words).
    system_conf_unreadable = "dns-system-conf-unreadable" (error);
    /// `--verbose`: how one resolver did (after its address and role).
    fact_resolver = "dns-fact-resolver" (answered, queries, percent, rtt);
    /// `--verbose`: median and maximum round trip, in milliseconds.
    fact_rtt = "dns-fact-rtt" (median, max);
    /// `--verbose`: a resolver without any answer.
    fact_no_answer = "dns-fact-no-answer" ();
    /// `--verbose`: the heading of the matrix's first column.
    fact_name_column = "dns-fact-name-column" ();
    /// `--verbose`: a hold-on probe that saw `replies` replies.
    fact_injection = "dns-fact-injection" (resolver, name, replies);
}
