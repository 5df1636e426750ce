//! What the human report says around the findings: the verdict, headings, counts. The words
//! are in `locales/<lang>/report.ftl`.

crate::messages! {
    /// Go fetches modules from their origin (GOPROXY=direct).
    verdict_direct = "verdict-direct" ();
    /// Go fetches modules through a proxy, and how long its answer took.
    verdict_via = "verdict-via" (via, ms);
    /// The same, not timed.
    verdict_via_unmeasured = "verdict-via-unmeasured" (via);
    /// Downloads stop at a URL.
    verdict_download_stops = "verdict-download-stops" (at);
    /// Downloads and checksum lookups stop at the same URL.
    verdict_both_stop = "verdict-both-stop" (at);
    /// GOPROXY=off.
    verdict_goproxy_off = "verdict-goproxy-off" ();
    /// Go refuses GOPROXY.
    verdict_goproxy_invalid = "verdict-goproxy-invalid" ();
    /// Downloads were not tried; `reason` says why.
    verdict_downloads_untested = "verdict-downloads-untested" (reason);
    /// Downloads are skipped; `reason` says why.
    verdict_downloads_skipped = "verdict-downloads-skipped" (reason);
    /// The download proxy serves the checksum database too.
    verdict_sums_through_it = "verdict-sums-through-it" ();
    /// Checksums are looked up at a URL.
    verdict_sums_via = "verdict-sums-via" (via);
    /// Checksum lookups stop at a URL.
    verdict_sums_stop = "verdict-sums-stop" (at);
    /// GOSUMDB=off.
    verdict_sums_off = "verdict-sums-off" ();
    /// Checksum lookups skipped; `reason` says why.
    verdict_sums_skipped = "verdict-sums-skipped" (reason);
    /// Go refuses GOSUMDB.
    verdict_gosumdb_invalid = "verdict-gosumdb-invalid" ();
    /// Checksums were not tried; `reason` says why.
    verdict_sums_untested = "verdict-sums-untested" (reason);
    /// Two parts of the verdict, both good or both bad.
    verdict_and = "verdict-and" (downloads, checksums);
    /// Downloads work, checksums do not.
    verdict_but = "verdict-but" (downloads, checksums);
    /// Without the connectivity check. `worst` is `error`, `warning` or `none`.
    verdict_offline = "verdict-offline" (worst);
    /// No check ran. `worst` as above.
    verdict_nothing_ran = "verdict-nothing-ran" (worst);
    /// The verdict, and the editor's tools fail.
    verdict_editor_fails = "verdict-editor-fails" (verdict);
    /// The heading of the fix script; `shell` is `sh` or `PowerShell`.
    fixes_heading = "report-fixes-heading" ();
    /// What the fix script is for, when `fix --apply` can make some of it.
    fixes_note_apply = "report-fixes-note-apply" (shell);
    /// What the fix script is for, when every step is by hand.
    fixes_note = "report-fixes-note" (shell);
    /// Error count.
    errors = "report-errors" (count);
    /// Warning count.
    warnings = "report-warnings" (count);
    /// Note count; `verbose` is `yes` when notes are shown.
    notes = "report-notes" (count, verbose);
    /// Checks that did not run, and why.
    skipped = "report-skipped" (checks, reason);
    /// No finding at all.
    no_problems = "report-no-problems" ();
    /// The closing line: counts, how many checks ran and how long it took.
    closing = "report-closing" (counts, checks, seconds);
    /// The closing line with the pointer to `godiag explain`.
    closing_explain = "report-closing-explain" (counts, checks, seconds);
}
