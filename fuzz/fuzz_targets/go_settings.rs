//! Go-semantics parsers (GOPROXY, GOSUMDB, patterns, versions, env files), the `go env -w`
//! file update and the redactor on arbitrary text: no panic, and the properties the rules rely
//! on.
#![no_main]

use libfuzzer_sys::fuzz_target;

use godiag::gorules::goenv_file;
use godiag::gorules::{GoVersion, envfile, goproxy, gosumdb, pattern};
use godiag::gorules::redact_proxy_list;
use godiag::redact;

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

    // What `go env -w` / `-u` makes of the env file (the port that `godiag fix` shows as a
    // diff): Go then reads the new value (or none) for the key, and the same value as before for
    // every other key.
    let before = envfile::parse(text.as_bytes());
    for value in [Some("https://goproxy.cn,direct"), None] {
        let after_text = goenv_file::update(text, "GOPROXY", value);
        let after = envfile::parse(after_text.as_bytes());
        assert_eq!(envfile::lookup(&after, "GOPROXY").map(|e| e.value.as_str()), value, "{text:?}");
        for e in before.iter().filter(|e| e.key != "GOPROXY") {
            assert_eq!(
                envfile::lookup(&after, &e.key).map(|e| &e.value),
                envfile::lookup(&before, &e.key).map(|e| &e.value),
                "{} changed in {text:?}",
                e.key
            );
        }
    }

    // Version order is a total order on what parses.
    let mut words = text.split_whitespace();
    if let (Some(a), Some(b)) = (words.next().and_then(GoVersion::parse), words.next().and_then(GoVersion::parse)) {
        assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        assert_eq!(GoVersion::parse(&a.to_string()), Some(a.clone()));
    }
});
