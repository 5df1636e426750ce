# the hosts check (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

hosts--unreadable--message = { $path } { $status ->
        [missing] does not exist
        [permission-denied] cannot be read by this user (permission denied)
        [not-a-file] is not a regular file
       *[unreadable] cannot be read
    }: Go's resolver cannot use it either and sends every name to DNS
hosts--truncated--message = { $path } is larger than { $cap }: only lines 1-{ $last_line } ({ $bytes } bytes) were checked; entries after line { $last_line } (Go still reads them) are not in this report
hosts--encoding--utf16 = { $path } is UTF-16: Go and glibc cannot read it, so none of its entries apply
hosts--encoding--binary = { $path } contains NUL bytes: it is not a text file
hosts--encoding--bom = { $path } starts with a UTF-8 byte-order mark, which glues itself to the first address: Go and glibc drop line 1 ({ $line })
hosts--encoding--invalid-utf8 = line { $line }: the name `{ $field }` is not valid UTF-8
hosts--sinkhole--message = { $name } is mapped to { $address } { $count ->
        [1] on line { $first }
       *[other] on { $count } lines (first { $first }, last { $last })
    }: Go connects to this machine instead{ $note }
hosts--pinned--message = { $name } is pinned in { $path }: { $pins }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }{ $origin }; pinned addresses go stale{ $note }
hosts--conflict--message = { $name } is mapped to different addresses ({ $lines }): Go uses { $go }, glibc { $glibc }
hosts--conflict--more = { $count } more names are mapped to different addresses in { $path }
hosts--long-line--message = line { $line } is { $bytes } bytes (64 KiB or more): Go's resolver stops reading there and ignores { $ignored ->
        [0] it
        [1] it and the line after it
       *[other] it and the { $ignored } lines after it
    }
hosts--stale-block--message = the { $block } at lines { $start }-{ $end } of { $path } is { $age } days old (dated { $date }): { $kind ->
        [block-list] update the list, so that new blocks and un-blocks apply
       *[pins] the addresses it pins may no longer answer
    }
hosts--syntax--bad-address = line { $line }: `{ $field }` is not an IP address, so the line is ignored
hosts--syntax--reversed = line { $line }: the name comes before the address (`{ $text }`), so the line is ignored
hosts--syntax--missing-name = line { $line }: address { $field } has no name
hosts--syntax--invalid-name = line { $line }: `{ $field }` is not a host name (no scheme, port, path or spaces belong here)
hosts--syntax--zone-id = line { $line }: `{ $field }` has a zone id: Go reads the line, glibc skips it
hosts--syntax--more = { $count } more malformed lines in { $path }

fix--hosts--sinkhole = { $count ->
        [1] delete the line
       *[other] delete the lines
    } ({ $rights ->
        [administrator] needs an editor run as administrator
       *[root] needs root
    }), and allow-list the name in the tool that wrote it
fix--hosts--pinned = delete the pinned lines unless you maintain them on purpose ({ $rights ->
        [administrator] needs an editor run as administrator
       *[root] needs root
    })

hosts-order-note = { $order ->
        [dns-only] {" "}(Go's resolver ignores the hosts file here: nsswitch.conf says DNS only; other tools still read it)
        [dns-first] {" "}(Go asks DNS first and uses the hosts file only when DNS has no answer)
       *[hosts-first] {""}
    }
hosts-lookup-order = { $order ->
        [dns-files] DNS, then hosts file
        [files] hosts file only
        [dns] DNS only (the hosts file is ignored)
        [system] the system resolver (hosts file first)
       *[files-dns] hosts file, then DNS
    }
hosts-block-tool = { $tool ->
        [github520] GitHub520 block
        [ineo6] ineo6 GitHub hosts block
        [hostctl] hostctl profile
        [stevenblack] StevenBlack/hosts block list
       *[wsl] WSL-generated section
    }
hosts-block-dated = { $tool } from { $date }
hosts-origin = {" "}({ $block })
hosts-empty = {""}
hosts-nothing = nothing
hosts-pin = line { $line } -> { $address }{ $repeats ->
        [0] {""}
       *[other] {" "}(and { $repeats } more lines up to { $last })
    }
hosts-line-address = line { $line } -> { $address }
hosts-evidence-line = line { $line }: { $text }
hosts-evidence-block = inside the { $block }
hosts-evidence-among = among them: { $names }
hosts-evidence-hidden = entries Go does not see but glibc does: { $names }
hosts-evidence-block-range = the block runs from line { $start } to { $until ->
        [eof] the end of the file
       *[line] line { $end }
    }

hosts-summary = { $path }: { $entries ->
        [one] 1 entry
       *[other] { $entries } entries
    }, { $go_hosts ->
        [0] no Go host
        [one] 1 Go host
       *[other] { $go_hosts } Go hosts
    }; lookup order: { $order }
hosts-summary-unread = { $path }: not read

hosts-fact-heading = facts:
hosts-fact-file = file        { $path } ({ $size } bytes, { $lines } lines, { $entries } entries{ $encoding ->
        [none] {""}
       *[other] , { $encoding }
    })
hosts-fact-error = error       { $error }
hosts-fact-order = order       { $order } — from { $source }
hosts-fact-nsswitch = { $path } ({ $line })
hosts-fact-nsswitch-no-line = { $path } (no hosts: line)
hosts-fact-nsswitch-unreadable = { $path } (not readable: defaults)
hosts-fact-nsswitch-none = none (platform resolver)
hosts-fact-glibc-multi = glibc multi { $state ->
        [on] on
       *[off] off
    }
hosts-fact-malformed = malformed   { $count } lines
hosts-fact-block = block       { $tool } lines { $start }-{ $end }
hosts-fact-block-dated = block       { $tool } lines { $start }-{ $end }, dated { $date }
hosts-fact-host = { $name }: { $entries }
hosts-fact-entry = line { $line } { $address }
hosts-fact-answers = Go takes { $go }; glibc takes { $glibc }

## Notes in a fix

hosts-note-other-lines = and the other { $count } lines mapping { $name } to { $address }
