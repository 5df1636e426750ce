//! What the hosts check says: every message its rules and renderers use, with the names of
//! their arguments. The words are in `locales/<lang>/hosts.ftl`.
//!
//! Keyword arguments (selectors) take these values:
//! - `order` of [`lookup_order`]: the JSON words of
//!   [`LookupOrder`](crate::hosts::nsswitch::LookupOrder) (`files-dns`, `dns-files`, `files`,
//!   `dns`, `system`).
//! - `tool` of [`block_tool`]: the JSON words of [`BlockTool`](crate::hosts::blocks::BlockTool)
//!   (`github520`, `ineo6`, `hostctl`, `stevenblack`, `wsl`).
//! - `order` of [`order_note`]: `dns-only`, `dns-first`, `hosts-first` (no note).
//! - `rights` of the fixes: `root` or `administrator` (who may edit the hosts file).

crate::messages! {
    /// After the sample of lines to delete: how many more map the name to the address.
    note_other_lines = "hosts-note-other-lines" (count, name, address);
    /// The hosts file could not be read. `status` (keyword): `missing`, `permission-denied`,
    /// `not-a-file`, `unreadable`.
    unreadable = "hosts--unreadable--message" (path, status);
    /// Only the first `last_line` lines (`bytes` bytes) were checked; `cap`: the size limit
    /// (`1 MiB`).
    truncated = "hosts--truncated--message" (path, cap, last_line, bytes);
    /// The file is UTF-16.
    encoding_utf16 = "hosts--encoding--utf16" (path);
    /// The file holds NUL bytes.
    encoding_binary = "hosts--encoding--binary" (path);
    /// A byte-order mark spoils the entry on line 1 (`line`: that line).
    encoding_bom = "hosts--encoding--bom" (path, line);
    /// A name on `line` is not UTF-8 (`field`: the name as read).
    encoding_invalid_utf8 = "hosts--encoding--invalid-utf8" (line, field);
    /// A Go host mapped to a sinkhole `address` on `count` lines, from `first` to `last`;
    /// `note`: an [`order_note`] phrase.
    sinkhole = "hosts--sinkhole--message" (name, address, count, first, last, note);
    /// A Go host pinned to fixed addresses. `pins`: [`pin`] phrases; `more`: pins not shown
    /// (0: none); `origin`: an [`origin`] phrase or [`empty`]; `note`: an [`order_note`].
    pinned = "hosts--pinned--message" (name, path, pins, more, origin, note);
    /// A name mapped to different addresses. `lines`: [`line_address`] phrases; `go` and
    /// `glibc`: the addresses each takes (a list, or [`nothing`]).
    conflict = "hosts--conflict--message" (name, lines, go, glibc);
    /// `count` more names with conflicting lines, summed up.
    conflict_more = "hosts--conflict--more" (count, path);
    /// A line of 64 KiB or more; `ignored`: the lines after it Go ignores.
    long_line = "hosts--long-line--message" (line, bytes, ignored);
    /// A dated block older than the limit. `block`: a [`block_tool`] or [`block_dated`] phrase;
    /// `age`: days; `date`: the date as written; `kind` (keyword): `block-list` (StevenBlack)
    /// or `pins`.
    stale_block = "hosts--stale-block--message" (block, start, end, path, age, date, kind);
    /// `field` on `line` is not an IP address.
    syntax_bad_address = "hosts--syntax--bad-address" (line, field);
    /// The name comes before the address on `line` (`text`: the line).
    syntax_reversed = "hosts--syntax--reversed" (line, text);
    /// Address `field` on `line` has no name.
    syntax_missing_name = "hosts--syntax--missing-name" (line, field);
    /// `field` on `line` is not a host name.
    syntax_invalid_name = "hosts--syntax--invalid-name" (line, field);
    /// `field` on `line` has a zone id.
    syntax_zone_id = "hosts--syntax--zone-id" (line, field);
    /// `count` more malformed lines, summed up.
    syntax_more = "hosts--syntax--more" (count, path);

    /// Fix: delete the sinkhole line(s) (`count`) and allow-list the name. `rights`: keyword.
    fix_sinkhole = "fix--hosts--sinkhole" (count, rights);
    /// Fix: delete the pinned lines. `rights`: keyword.
    fix_pinned = "fix--hosts--pinned" (rights);

    /// The consequence of an entry given the lookup order. `order` (keyword): see above.
    order_note = "hosts-order-note" (order);
    /// How Go's resolver orders the hosts file and DNS. `order` (keyword): see above.
    lookup_order = "hosts-lookup-order" (order);
    /// A tool that writes blocks. `tool` (keyword): see above.
    block_tool = "hosts-block-tool" (tool);
    /// A block with the date it carries (`tool`: a [`block_tool`] phrase).
    block_dated = "hosts-block-dated" (tool, date);
    /// Where pinned lines come from: a [`block_tool`] or [`block_dated`] phrase in parentheses.
    origin = "hosts-origin" (block);
    /// Nothing at all (no origin to mention).
    empty = "hosts-empty" ();
    /// No address at all (what a resolver takes when no line applies).
    nothing = "hosts-nothing" ();
    /// One pinned line: `address` on `line`, repeated `repeats` more times up to `last`.
    pin = "hosts-pin" (line, address, repeats, last);
    /// `line -> address`.
    line_address = "hosts-line-address" (line, address);
    /// Evidence: a line of the file (`text` as written).
    evidence_line = "hosts-evidence-line" (line, text);
    /// Evidence: the block a line is in (`block`: a [`block_tool`] or [`block_dated`] phrase).
    evidence_block = "hosts-evidence-block" (block);
    /// Evidence: some of the names summed up.
    evidence_among = "hosts-evidence-among" (names);
    /// Evidence: Go hosts whose entries Go does not see past a long line.
    evidence_hidden = "hosts-evidence-hidden" (names);
    /// Evidence: the lines a block spans; `until` (keyword): `eof` or `line` (`end`).
    evidence_block_range = "hosts-evidence-block-range" (start, end, until);

    /// The summary of a file that was read: `entries` and `go_hosts` are counts; `order`: a
    /// [`lookup_order`] phrase.
    summary = "hosts-summary" (path, entries, go_hosts, order);
    /// The summary of a file that was not read.
    summary_unread = "hosts-summary-unread" (path);

    /// `--verbose`: the heading of the facts.
    fact_heading = "hosts-fact-heading" ();
    /// `--verbose`: the file. `encoding`: the JSON word (`utf8-bom`), or `none`.
    fact_file = "hosts-fact-file" (path, size, lines, entries, encoding);
    /// `--verbose`: why the file could not be read (the OS's words).
    fact_error = "hosts-fact-error" (error);
    /// `--verbose`: the lookup order (`order`: a [`lookup_order`] phrase) and where it comes
    /// from (`source`: one of the `fact_nsswitch*` phrases).
    fact_order = "hosts-fact-order" (order, source);
    /// nsswitch.conf and its `hosts:` line.
    fact_nsswitch = "hosts-fact-nsswitch" (path, line);
    /// nsswitch.conf without a `hosts:` line.
    fact_nsswitch_no_line = "hosts-fact-nsswitch-no-line" (path);
    /// nsswitch.conf not readable: Go's defaults.
    fact_nsswitch_unreadable = "hosts-fact-nsswitch-unreadable" (path);
    /// No nsswitch.conf on this platform.
    fact_nsswitch_none = "hosts-fact-nsswitch-none" ();
    /// `--verbose`: glibc's `multi` setting. `state` (keyword): `on` or `off`.
    fact_glibc_multi = "hosts-fact-glibc-multi" (state);
    /// `--verbose`: how many lines are malformed.
    fact_malformed = "hosts-fact-malformed" (count);
    /// `--verbose`: a block (`tool`: a [`block_tool`] phrase) and its lines.
    fact_block = "hosts-fact-block" (tool, start, end);
    /// `--verbose`: a dated block.
    fact_block_dated = "hosts-fact-block-dated" (tool, start, end, date);
    /// `--verbose`: a Go host's lines (`entries`: [`fact_entry`] phrases).
    fact_host = "hosts-fact-host" (name, entries);
    /// `--verbose`: one entry: `address` on `line`.
    fact_entry = "hosts-fact-entry" (line, address);
    /// `--verbose`: what Go and glibc take for a Go host (lists, or [`nothing`]).
    fact_answers = "hosts-fact-answers" (go, glibc);
}
