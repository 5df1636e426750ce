# the go-env check: findings, fixes, summary, verbose lines (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

## findings

go-env--file-unreadable--message = could not read { $role ->
        [env-file] the go env -w file
        [go-mod] the workspace's go.mod / go.work
       *[startup-file] a shell startup file
    } { $path }: { $problem }
go-env--file-unreadable--partial = read only in part { $role ->
        [env-file] the go env -w file
        [go-mod] the workspace's go.mod / go.work
       *[startup-file] a shell startup file
    } { $path }: { $problem }
go-env--go-missing--message = the go command was not found on PATH (or at --go)
go-env--go-missing--flag = --go { $given }: { $problem ->
        [not-a-file] not a file
        [not-on-path] not on PATH
       *[no-such-file] no such file
    }
go-env--go-timeout--message = `go env` did not answer within { $ms } ms and was stopped
go-env--go-failed--spawn = { $go } could not be started: { $error }
go-env--go-failed--spawn-unknown = { $go } could not be started: unknown error
go-env--go-failed--stderr = { $what }: { $line }
go-env--go-failed--message = { $what }
go-env-go-env-exited = `go env` exited with status { $status }
go-env-go-env-killed = `go env` was killed by a signal
go-env-go-env-not-json = `go env` printed something that is not JSON
go-env--go-too-old--message = { $go } is Go { $version }; module proxies (GOPROXY, GOSUMDB) need Go { $min } or newer
go-env--os-env-override--message = { $variable }={ $os_value } in the OS environment shadows { $variable }={ $file_value } from `go env -w`; Go uses { $os_value }
go-env--modules-off--message = GO111MODULE=off ({ $from }): go mod download, go get and gopls refuse to work with modules
go-env--goproxy-invalid--message = GOPROXY={ $value } ({ $from }) is rejected by Go: { $error }
go-env--goproxy-off--message = GOPROXY=off ({ $from }): the go command will not download any module
go-env--goproxy-comma-fallback--message = GOPROXY={ $value }: Go moves past { $proxies } only on 404/410, not when it is unreachable (use `|` to fall back on any error)
go-env--gosumdb-off--message = GOSUMDB=off ({ $from }): downloaded modules are not checked against the checksum database
go-env--gosumdb-invalid--message = GOSUMDB={ $value } ({ $from }) is rejected by Go: { $error }
go-env--insecure-flag--message = GOFLAGS={ $value } ({ $from }) has -insecure: { $consequence ->
        [removed] Go 1.17 removed it and `go get` now stops with "-insecure flag is no longer supported"
       *[deprecated] it lets every fetch use plain HTTP and unverified TLS, and Go 1.17+ rejects it
    }
go-env--unknown-variable--message = { $name } in the go env -w file is not a Go variable, so Go ignores it
go-env--unknown-variable--meant = { $name } in the go env -w file is not a Go variable, so Go ignores it (did you mean { $meant }?)
go-env--unknown-variable--lines = { $name } in the go env -w file ({ $count } lines, first { $first }, last { $last }) is not a Go variable, so Go ignores it
go-env--unknown-variable--lines-meant = { $name } in the go env -w file ({ $count } lines, first { $first }, last { $last }) is not a Go variable, so Go ignores it (did you mean { $meant }?)
go-env--unknown-variable--more = { $count ->
        [one] { $count } more name in the go env -w file is not a Go variable, so Go ignores it
       *[other] { $count } more names in the go env -w file are not Go variables, so Go ignores them
    }
go-env--unknown-variable--os = { $name } is set in the OS environment but is not a Go variable, so Go ignores it (did you mean { $meant }?)
go-env--private-matches-public--message = { $variable }={ $value } (set through { $set_in }, { $from }): pattern { $patterns } covers public modules such as { $modules }, which then { $variable ->
        [GONOPROXY] bypass every proxy and are fetched directly from their origin with git
       *[GONOSUMDB] are not verified against the checksum database
    }
go-env--toolchain-download--message = { $reason } and { $local } is older: go will download the golang.org/toolchain module for go{ $wanted } first, { $blocker ->
        [goproxy-off] but GOPROXY=off forbids the download, so every go command in this module fails
        [gosumdb-off] but GOSUMDB=off makes that download fail: toolchains are always verified against the checksum database
       *[none] through GOPROXY, verified against the checksum database
    }
go-env-toolchain-forced = GOTOOLCHAIN={ $value }
go-env-toolchain-asked-by-file = { $file }:{ $line } asks for go { $version }
go-env-toolchain-asked-by-env = GOTOOLCHAIN={ $value } asks for go { $version }
go-env-installed-go = the installed go

## evidence

go-env-evidence-command = command: { $command }
go-env-evidence-stderr = stderr: { $line }
go-env-evidence-stdout = stdout: { $text }
go-env-evidence-env-file = go env -w file: { $path }:{ $line }
go-env-evidence-among = among them: { $names }

## where a value comes from

go-env-source = { $source ->
        [environment] OS environment
        [env-file] go env -w file
        [goroot-env-file] $GOROOT/go.env
        [goprivate] from GOPRIVATE
        [default] default
       *[computed] computed by go
    }
go-env-source-env-file-line = go env -w file { $path }:{ $line }

## fixes

fix--go-env--go-missing--flag = give --go the path of an existing go executable, or leave --go out to use the go on PATH
fix--go-env--go-missing = install Go, then open a new terminal
fix--go-env--go-too-old = install a current Go release
fix--go-env--modules-off = turn module mode back on
fix--go-env--goproxy-invalid = restore the default GOPROXY
fix--go-env--goproxy-off = re-enable module downloads
fix--go-env--gosumdb-off = turn module authentication back on (sum.golang.org, or GOSUMDB=sum.golang.google.cn where it is blocked)
fix--go-env--gosumdb-invalid = restore the default checksum database
fix--go-env--insecure-flag = remove -insecure from GOFLAGS (use GOINSECURE=host for hosts without HTTPS)
fix--go-env--unknown-variable = { $count ->
        [one] delete the line
       *[other] delete the lines
    } (`go env -u { $name }` refuses unknown names)
fix--go-env--unknown-variable--os = remove { $name } from the OS environment ({ $whereabouts })
fix--go-env--os-env-override = remove { $variable } from the OS environment so the `go env -w` value applies ({ $whereabouts }), then open a new terminal
fix--go-env--private-matches-public = narrow { $variable } to your own module paths, e.g. git.corp.example.com,github.com/yourorg/*
fix--go-env--toolchain-download = turn module authentication back on so the toolchain can be verified
fix-go-env-from-os-env = { $why }: { $variable } comes from the OS environment; remove it there ({ $whereabouts }), then open a new terminal
fix-go-env-override-goroot = { $why }: override the value from { $file } in your own env file
go-env-check-profile = check { $os ->
        [windows] System Properties > Environment Variables (user and system)
        [macos] ~/.zshrc, ~/.zprofile, ~/.bash_profile or launchctl setenv
       *[linux] ~/.bashrc, ~/.profile, ~/.zshrc, /etc/environment or /etc/profile.d/
    }
go-env-whereabouts = set at { $places }
go-env-whereabouts-registry = set at { $places }; VS Code and terminals opened before the change keep the old value until restarted
go-env-registry-place = { $scope ->
        [user] the Windows user environment
       *[system] the Windows system environment (change it as administrator)
    } { $key }

## summary

go-env-summary-no-go = go not found
go-env-summary-unreadable = { $version } at { $go }; settings unreadable
go-env-summary = { $version } at { $go }; GOPROXY={ $goproxy } GOSUMDB={ $gosumdb }
go-env-unknown-version = unknown version

## verbose facts (the label and its padding make one column)

go-env-fact-heading = facts:
go-env-fact-go-binary = go binary   { $path } ({ $from ->
        [flag] given with --go
        [known-location] not on PATH; found where its installer puts it
       *[path] found on PATH
    })
go-env-fact-ran = ran         { $command } -> { $outcome ->
        [ok] ok
        [timeout] timed out
        [spawn-failed] could not start
        [failed] failed
       *[bad-output] unreadable output
    } in { $ms } ms
go-env-fact-env-file = env file    { $path } ({ $status ->
        [read] read
        [missing] does not exist
        [no-config-dir] does not exist: go found no user config folder for the env file
        [disabled] disabled by GOENV=off
       *[unreadable] unreadable
    })
go-env-fact-env-file-error = env file    { $path } ({ $status ->
        [read] read
        [missing] does not exist
        [disabled] disabled by GOENV=off
       *[unreadable] unreadable
    }: { $error })
go-env-fact-none = none
go-env-fact-goroot-env = go.env      { $path }
go-env-fact-variables = variables:
go-env-fact-empty = (empty)
go-env-fact-source-line = { $source } line { $line }
go-env-fact-pattern-effect = modules matching { $value } are { $variable ->
        [GONOPROXY] fetched directly with git, bypassing GOPROXY
        [GONOSUMDB] not verified against the checksum database
       *[GOINSECURE] may be fetched over plain HTTP
    } ({ $variable })
go-env-fact-proxy-env = proxy env   { $name }={ $value }
go-env-fact-workspace = workspace   { $dir }
go-env-fact-directive = { $directive } { $value } (line { $line })

## Notes in a fix

go-env-note-go-on-path = the go on PATH, if any: { $command }
go-env-note-install-download = or the { $package ->
    [tarball] tarball
    [installer] installer
   *[msi] MSI
    } from https://go.dev/dl/ (China: https://golang.google.cn/dl/)
