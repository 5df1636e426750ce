# the command line's own errors and notes (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## Errors and notes

cli-error = godiag: error: { $detail }
cli-note = godiag: note: { $detail }

## The command line

cli-same-check = --only { $ids } and --skip { $ids } name the same { $count ->
    [one] check
   *[other] checks
    }: give it to one of them
cli-nothing-to-run = { $flags }: no check is left to run
cli-flags-with = { $first } with { $rest }
cli-flag-only = --only { $ids }
cli-flag-skip = --skip { $ids }
cli-flag-offline = --offline (skips dns and connectivity)
cli-mirror-without-scheme = --mirror { $given }: no scheme, so godiag measures { $url } (as Go reads such a GOPROXY entry)
cli-unknown-lang = godiag speaks en and zh-CN (zh-TW and zh-HK fall back to English)
cli-fault-names-no-check = { $variable }={ $value } names no check
cli-cannot-write-stdout = cannot write the report to standard output: { $error }
cli-cannot-read-cwd = cannot read the current folder: { $error }
cli-cannot-start-runtime = cannot start the async runtime: { $error }

## The spinner

cli-checking = checking { $checks }
cli-waiting-for-lock = waiting for godiag's lock
cli-applying = applying
cli-verifying = verifying: go mod download { $module }@latest

## godiag fix

cli-force-without-undo = --force only goes with --undo (`godiag fix --undo --force`)
cli-no-state-dir = { $command ->
    [undo] cannot find godiag's backups
   *[apply] cannot find a folder for godiag's backups
    }: the environment names no home folder (set HOME, or XDG_STATE_HOME)

## The config file

config-default-toml-invalid = the built-in default.toml is invalid
config-default-toml-lacks = the built-in default.toml has no `{ $key }`
config-unreadable = cannot read config file { $path }: { $problem }
config-truncated = config file { $path } is larger than { $size }: only the first { $size } was read; refusing a config cut short
config-not-utf8 = config file { $path } is not UTF-8: { $error }
config-flag-unusable = --config { $path }: { $problem }
config-env-unusable = { $variable }={ $path }: { $problem }; unset it or point it at a TOML file
config-read-problem = { $problem ->
    [not-found] no such file
    [permission-denied] permission denied ({ $detail })
    [not-regular] it is { $detail }, not a regular file
    [loop] its symbolic links form a loop
    [timed-out] reading took longer than { $detail }
   *[io] { $detail }
    }
config-file-kind = { $kind ->
    [file] a file
    [directory] a directory
    [fifo] a FIFO (named pipe)
    [char-device] a character device
    [block-device] a block device
    [socket] a socket
   *[other] not a regular file
    }
config-workspace-not-folder = --workspace { $path }: expected a folder, found { $found }; pass the folder that holds your go.mod
config-workspace-missing = --workspace { $path }: expected a folder, found none; pass the folder that holds your go.mod
config-samples-out-of-range = samples must be between 1 and 100, found { $samples }

## Errors in a config file: where, then what

config-error-at = { $file }:{ $line }:{ $column }: { $problem }
    {"  "}{ $source }
config-error-at-key = { $file }:{ $line }:{ $column }: `{ $key }`: { $problem }
    {"  "}{ $source }
config-error-in = { $file }: { $problem }
config-unknown-key = unknown key; the keys here are { $keys }
config-unknown-key-suggest = unknown key (did you mean `{ $suggestion }`?); the keys here are { $keys }
config-verbatim-error = { $error }
config-invalid-type = invalid type: { $found }, expected { $expected }
config-expected = { $what ->
    [timeout] a duration such as "5s" or "500ms"
    [age] a duration such as "30d", "12h" or "300ms"
    [version] a version such as "1.13" or "0.38.0"
    [resolver] a resolver address such as "8.8.8.8" or "127.0.0.1:5353"
    [encrypted] an encrypted resolver such as "tls://223.5.5.5#dns.alidns.com"
   *[mirror] an http(s) URL such as "https://goproxy.cn"
    }
config-duration-invalid = expected a duration such as 5s or 500ms, found { $found }
config-duration-unparsable = expected a duration such as 5s or 500ms, found { $found } ({ $error })
config-duration-zero = expected a duration such as 5s or 500ms, found { $found }: a timeout of 0 would fail every probe
config-duration-too-long = expected a duration such as 5s or 500ms, found { $found }, longer than the maximum of 10m
config-age-invalid = expected a duration such as "30d", "12h" or "300ms", found { $found } ({ $error })
config-version-invalid = expected a version such as "1.13" or "0.38.0", found { $found }
config-resolver-invalid = expected a resolver address (IP, IP:PORT or [IPv6]:PORT), found { $found }
config-mirror-invalid = expected an http(s) URL such as "https://goproxy.cn", found { $found }; write it as { $url }
config-mirror-flag-invalid = expected a module proxy URL such as https://goproxy.cn (one mirror per --mirror), found { $found }
