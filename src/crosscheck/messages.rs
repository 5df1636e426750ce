//! What the cross-check adds to findings of other checks. The words are in
//! `locales/<lang>/report.ftl`.

crate::messages! {
    /// A finding whose failure does not stop this workspace's builds: every required module
    /// is on this machine. `from` is `vendor` or `cache`.
    offline_ok = "crosscheck-offline-ok" (finding, required, from);
    /// Evidence: Go's own path worked in this run. `checksums` is `works`, `off` or `skipped`.
    go_path_works = "crosscheck-go-path-works" (via, checksums, sums_via);
    /// Evidence: Go stops at the URL a hosts line pins.
    go_stops_at = "crosscheck-go-stops-at" (url, failure);
    /// Evidence: an OS variable's value is where Go stops.
    override_stops_go = "crosscheck-override-stops-go" (variable, os_value, url, file_value);
    /// Evidence: whether checksum verification worked in this run. `works` is `yes` or `no`.
    checksums_in_run = "crosscheck-checksums-in-run" (works);
    /// Evidence: which of two values is the editor's. `measured` is a `crosscheck-measured-*`.
    editor_value = "crosscheck-editor-value" (measured);
    /// Evidence: which of two values is go env's.
    go_env_value = "crosscheck-go-env-value" (measured);
    /// A GOPROXY value with no proxy to try.
    measured_no_proxy = "crosscheck-measured-no-proxy" (goproxy);
    /// The first proxy of a GOPROXY value served the module protocol.
    measured_works = "crosscheck-measured-works" (url, ms);
    /// The first proxy of a GOPROXY value failed.
    measured_failed = "crosscheck-measured-failed" (url, failure);
    /// The first proxy of a GOPROXY value was not probed.
    measured_not_probed = "crosscheck-measured-not-probed" (url);
}
