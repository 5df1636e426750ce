//! The hosts parser and the resolution API on arbitrary bytes: no panic, and the answers keep
//! their invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;

use godiag::hostsfile::{analyze, resolve_go};

fuzz_target!(|data: &[u8]| {
    // Watch a few names, including ones the input may contain in any case.
    let watch: Vec<String> = ["github.com", "proxy.golang.org", "a", "localhost"].iter().map(|s| s.to_string()).collect();
    let a = analyze(data, &watch);
    assert!(a.entry_count <= a.line_count);
    assert!(a.syntax.len() as u64 <= u64::from(a.syntax_total) + u64::from(a.zone_id_total));
    for c in &a.conflicts {
        assert!(c.lines.len() >= 2, "a conflict needs two lines: {c:?}");
    }
    for name in &watch {
        let entries = a.entries(name);
        let go = a.go_answer(name);
        assert!(go.entries.len() <= entries.len());
        assert!(go.entries.iter().all(|e| e.go_reads));
        let glibc = a.glibc_answer(name, false);
        assert!(glibc.entries.iter().filter(|e| e.ip.is_ipv4()).count() <= 1);
        assert!(glibc.entries.iter().filter(|e| e.ip.is_ipv6()).count() <= 1);
        assert!(glibc.entries.iter().all(|e| e.glibc_reads && e.zone.is_none()));
        let multi = a.glibc_answer(name, true);
        assert!(multi.entries.len() >= glibc.entries.len());
        // The one-name convenience agrees with the full analysis.
        assert_eq!(resolve_go(data, name), go.addresses());
    }
    for b in &a.blocks {
        assert!(b.start_line <= b.end_line);
    }
});
