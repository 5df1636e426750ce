//! The other parsers of text godiag reads (resolv.conf, shell startup files, HTTP response
//! heads, proxy variables, encrypted-resolver specs) on arbitrary bytes: no panic, and the
//! properties their callers rely on.
#![no_main]

use libfuzzer_sys::fuzz_target;

use godiag::parsers;

fuzz_target!(|data: &[u8]| {
    let _ = parsers::resolv_conf_nameservers(data);

    if let Some(Ok((_status, body))) = parsers::http_head(data) {
        assert!(body <= data.len(), "the body starts past the data");
    }

    let Ok(text) = std::str::from_utf8(data) else { return };

    let names = ["GOPROXY", "HTTPS_PROXY", "GOFLAGS"];
    let lines = text.lines().count();
    for (name, line, assignment) in parsers::shell_assignments(text, &names) {
        assert!(names.contains(&name.as_str()));
        assert!(line >= 1 && line as usize <= lines, "line {line} of {lines}");
        assert!(assignment.contains(&name), "{assignment:?} does not name {name}");
        assert!(!assignment.starts_with('#'), "a comment: {assignment:?}");
    }

    // A proxy is shown without its credentials: whatever precedes `@` is the mask.
    if let Ok((shown, with_credentials)) = parsers::proxy_url(text) {
        let authority = shown.split_once("://").map_or(shown.as_str(), |(_, a)| a);
        match authority.split_once('@') {
            Some((userinfo, _)) => assert_eq!(userinfo, "***", "{shown:?} from {text:?}"),
            None => assert!(!with_credentials, "{shown:?} hides that {text:?} has credentials"),
        }
    }

    // An encrypted resolver's label reads back as itself.
    if let Ok(label) = parsers::encrypted_resolver(text) {
        assert_eq!(parsers::encrypted_resolver(&label).as_deref(), Ok(label.as_str()), "{text:?}");
    }
});
