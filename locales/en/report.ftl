# the human report: verdict, diagnosis, chrome, counts (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## What the cross-check adds to other checks' findings

crosscheck-offline-ok = { $finding }; this workspace's { $required } required modules are all { $from ->
    [vendor] vendored
   *[cache] in the module cache, with their go.sum lines
    }: go builds it from them, new modules will not download
crosscheck-go-path-works = Go's path works in this run: downloads via { $via }, { $checksums ->
    [works] checksums via { $sums_via }
    [off] checksums off
   *[skipped] checksum lookups skipped (GONOSUMDB)
    }
crosscheck-go-stops-at = Go stops at { $url }: { $failure }
crosscheck-override-stops-go = with { $variable }={ $os_value } Go stops at { $url }; `go env -w` set { $file_value }
crosscheck-checksums-in-run = go env: checksum verification { $works ->
    [yes] works
   *[no] does not work
    } in this run
crosscheck-editor-value = editor: { $measured }
crosscheck-go-env-value = go env: { $measured }
crosscheck-measured-no-proxy = { $goproxy }: no proxy to measure
crosscheck-measured-works = { $url } served the module protocol in this run ({ $ms } ms)
crosscheck-measured-failed = { $url } did not work in this run ({ $failure })
crosscheck-measured-not-probed = { $url } was not measured in this run

## Diagnosis headlines

diagnosis-does-not-work = does not work
diagnosis-override-breaks = { $what ->
    [downloads] module downloads fail
   *[checksums] checksum verification fails
    } because { $variable }={ $os_value } in the OS environment shadows `go env -w { $variable }={ $file_value }`; { $url } { $failure }
diagnosis-override-breaks-at = { $what ->
    [downloads] module downloads fail
   *[checksums] checksum verification fails
    } because { $variable }={ $os_value } in the OS environment ({ $places }) shadows `go env -w { $variable }={ $file_value }`; { $url } { $failure }
diagnosis-cause-breaks = { $what ->
    [downloads] module downloads fail
   *[checksums] checksum verification fails
    } because { $cause }: { $url } { $failure }
diagnosis-fails-with = { $what ->
    [downloads] module downloads fail
   *[checksums] checksum verification fails
    }: { $cause }
diagnosis-pin-breaks = { $what ->
    [downloads] module downloads fail
   *[checksums] checksum verification fails
    } because { $place } pins { $host } to { $addresses }, which { $failure }
diagnosis-pin-breaks-dns-works = { $what ->
    [downloads] module downloads fail
   *[checksums] checksum verification fails
    } because { $place } pins { $host } to { $addresses }, which { $failure }; { $alternative }
diagnosis-place-line = { $file } line { $line }
diagnosis-place-file = { $file }
diagnosis-place-hosts-file = the hosts file

## The runner

run-over-budget = the { $check } check did not finish within { $ms } ms and was stopped
run-no-result = the check produced no result
run-cancelled = the check was cancelled
run-panicked = the check failed internally: { $detail }
run-out-of-files = too many open files: raise ulimit -n and run again. { $count } file or socket opens failed with "too many open files" during this run, so results that depend on them (unreachable resolvers or proxies, unreadable files, a go that could not start) say nothing about the network
run-out-of-files-limit = too many open files: raise ulimit -n (the limit is { $limit }) and run again. { $count } file or socket opens failed with "too many open files" during this run, so results that depend on them (unreachable resolvers or proxies, unreadable files, a go that could not start) say nothing about the network
run-skipped = { $reason ->
    [only] not selected by --only
    [skip] skipped by --skip
   *[offline] skipped by --offline
    }

## The verdict: the first line of the report

verdict-direct = Go downloads modules directly from their origin
verdict-via = Go downloads modules via { $via } ({ $ms } ms)
verdict-via-unmeasured = Go downloads modules via { $via }
verdict-download-stops = Go cannot download modules: it stops at { $at }
verdict-both-stop = Go cannot download modules or verify checksums: it stops at { $at }
verdict-goproxy-off = Go downloads no module: GOPROXY=off
verdict-goproxy-invalid = Go rejects its GOPROXY setting
verdict-downloads-untested = module downloads were not tested: { $reason }
verdict-downloads-skipped = module downloads are skipped: { $reason }
verdict-sums-through-it = checksums through it too
verdict-sums-via = checksums via { $via }
verdict-sums-stop = checksum verification stops at { $at }
verdict-sums-off = no checksum verification (GOSUMDB=off)
verdict-sums-skipped = checksum lookups skipped ({ $reason })
verdict-gosumdb-invalid = Go rejects its GOSUMDB setting
verdict-sums-untested = checksums were not tested: { $reason }
verdict-and = { $downloads }; { $checksums }
verdict-but = { $downloads }, but { $checksums }
verdict-offline = { $worst ->
    [error] A Go operation will fail
    [warning] Go works, with warnings
   *[none] No problem found
    }; downloads were not tried (the connectivity check did not run)
verdict-nothing-ran = { $worst ->
    [error] A Go operation will fail
    [warning] Go works, with warnings
   *[none] No problem found
    }: no check ran
verdict-editor-fails = { $verdict }; VS Code's Go tools will fail

## Report chrome

report-fixes-heading = Suggested fixes
report-fixes-note-apply = {" "}({ $shell }; `godiag fix --apply` makes the go env changes, with backups)
report-fixes-note = {" "}({ $shell })
report-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
    }
report-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
    }
report-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
    }{ $verbose ->
    [yes] {""}
   *[no] {" "}(--verbose)
    }
report-no-problems = No problems
report-skipped = { $checks }: { $reason }
report-closing = { $counts }; { $checks ->
    [one] 1 check
   *[other] { $checks } checks
    } in { $seconds } s.
report-closing-explain = { $counts }; { $checks ->
    [one] 1 check
   *[other] { $checks } checks
    } in { $seconds } s. `godiag explain CODE` explains a code.
run-check-title = { $check ->
    [go-env] Go toolchain and module settings
    [hosts] Hosts file
    [dns] DNS resolvers
    [connectivity] Module proxies and checksum database
   *[vscode] VS Code and gopls
    }

## Joining and reading back

list-separator = {", "}
verbatim = { $text }
