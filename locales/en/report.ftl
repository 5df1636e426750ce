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
