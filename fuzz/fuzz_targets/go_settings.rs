//! Go-semantics parsers (GOPROXY, GOSUMDB, patterns, versions, env files) and the redactor on
//! arbitrary text: no panic, and the properties the rules rely on.
#![no_main]

use libfuzzer_sys::fuzz_target;

use godiag::go::{envfile, goproxy, gosumdb, gover::GoVersion, pattern};
use godiag::redact::{redact, redact_proxy_list};

fuzz_target!(|data: &[u8]| {
    let _ = envfile::parse(data);
    let Ok(text) = std::str::from_utf8(data) else { return };

    // Redaction is idempotent and keeps a proxy list's meaning for Go.
    let once = redact(text);
    assert_eq!(redact(&once), once);
    let original = goproxy::parse(text).map(|l| l.entries.len()).map_err(|_| ());
    let redacted = goproxy::parse(&redact_proxy_list(text)).map(|l| l.entries.len()).map_err(|_| ());
    assert_eq!(original, redacted, "redaction changed how Go reads {text:?}");

    let _ = gosumdb::parse(text);
    let _ = pattern::match_prefix_patterns(text, "golang.org/x/text");
    if let Some((p, name)) = text.split_once('\n') {
        let _ = pattern::path_match(p, name);
    }

    // Version order is a total order on what parses.
    let mut words = text.split_whitespace();
    if let (Some(a), Some(b)) = (words.next().and_then(GoVersion::parse), words.next().and_then(GoVersion::parse)) {
        assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        assert_eq!(GoVersion::parse(&a.to_string()), Some(a.clone()));
    }
});
