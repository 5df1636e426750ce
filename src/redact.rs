//! Redaction of credentials in URLs.
//!
//! GOPROXY, HTTPS_PROXY and VS Code's `http.proxy` routinely carry `user:password@`. A doctor
//! whose report gets pasted into an issue tracker must never repeat them, so every string that
//! leaves godiag (human report, JSON, fix commands) goes through [`redact`].

/// What replaces the userinfo of a URL.
pub const MASK: &str = "***";

/// Replaces the userinfo (`user:password@`) of every `scheme://` URL in `text` with [`MASK`].
///
/// Works on free text (a go error message quoting a URL, a GOPROXY list with several URLs) and
/// leaves everything else byte for byte as it was.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("://") {
        let authority_start = pos + 3;
        out.push_str(&rest[..authority_start]);
        let after = &rest[authority_start..];
        let authority_len = after
            .find(|c: char| {
                matches!(c, '/' | '?' | '#' | '"' | '\'' | '<' | '>')
                    || c.is_whitespace()
                    || c == ','
                    || c == '|'
            })
            .unwrap_or(after.len());
        let authority = &after[..authority_len];
        match authority.rfind('@') {
            Some(at) => {
                out.push_str(MASK);
                out.push_str(&authority[at..]);
            }
            None => out.push_str(authority),
        }
        rest = &after[authority_len..];
    }
    out.push_str(rest);
    out
}

/// Redacts one entry of a proxy list, which Go accepts without a scheme (`user:pw@host:3128`
/// means `https://user:pw@host:3128`). Entries with a scheme go through [`redact`].
///
/// Go decides whether to add `https://` to a schemeless entry by looking for `.` or `:`
/// anywhere in it, userinfo included. The mask keeps that property (`***:***` when the userinfo
/// had either character, `***` otherwise), so a redacted list parses exactly like the original
/// and rules can work on redacted values.
pub fn redact_proxy_entry(entry: &str) -> String {
    // An entry Go completes with `https://` has a scheme-less authority. A bare word
    // (`token@goproxy`, rejected by Go) is masked too: it may still hold a token. Any other
    // entry is a URL as written (`http:u@r` has no userinfo at all).
    let implicit = crate::go::goproxy::gets_implicit_https(entry.trim());
    if !implicit && entry.contains(':') {
        return redact(entry);
    }
    let authority_len = entry.find('/').unwrap_or(entry.len());
    match entry[..authority_len].rfind('@') {
        Some(at) => {
            let userinfo = &entry[..at];
            let mask = if userinfo.contains(['.', ':']) {
                "***:***"
            } else {
                MASK
            };
            format!("{mask}{}", &entry[at..])
        }
        None => entry.to_string(),
    }
}

/// Redacts a whole GOPROXY-style list, keeping its `,` and `|` separators in place.
pub fn redact_proxy_list(list: &str) -> String {
    let mut out = String::with_capacity(list.len());
    let mut start = 0;
    for (i, c) in list.char_indices() {
        if c == ',' || c == '|' {
            out.push_str(&redact_proxy_entry(&list[start..i]));
            out.push(c);
            start = i + 1;
        }
    }
    out.push_str(&redact_proxy_entry(&list[start..]));
    out
}

/// Redacts every string inside a JSON value, in place.
pub fn redact_json(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) if s.contains('@') => *s = redact(s),
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact_json),
        serde_json::Value::Object(map) => map.values_mut().for_each(redact_json),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_user_and_password() {
        assert_eq!(
            redact("https://alice:s3cret@proxy.corp:8443/path"),
            "https://***@proxy.corp:8443/path"
        );
    }

    #[test]
    fn masks_token_without_password() {
        assert_eq!(
            redact("https://ghp_token@github.com/x"),
            "https://***@github.com/x"
        );
    }

    #[test]
    fn masks_every_url_in_free_text() {
        let text = r#"Get "https://u:p@a.example/x": dial tcp; via http://v:q@b.example:3128"#;
        assert_eq!(
            redact(text),
            r#"Get "https://***@a.example/x": dial tcp; via http://***@b.example:3128"#
        );
    }

    #[test]
    fn keeps_urls_without_userinfo_and_at_signs_in_paths() {
        let text = "https://proxy.golang.org/golang.org/x/text/@v/list";
        assert_eq!(redact(text), text);
        assert_eq!(redact("no url here a@b"), "no url here a@b");
    }

    #[test]
    fn password_containing_at_sign_is_fully_masked() {
        assert_eq!(redact("http://u:p@ss@host/"), "http://***@host/");
    }

    #[test]
    fn proxy_list_entries_without_scheme_are_masked() {
        assert_eq!(
            redact_proxy_list("u:pw@goproxy.corp,https://a:b@x.example|direct"),
            "***:***@goproxy.corp,https://***@x.example|direct"
        );
        assert_eq!(redact_proxy_list("token@goproxy"), "***@goproxy");
    }

    #[test]
    fn redacted_proxy_lists_parse_like_the_original() {
        for list in [
            "u:p@goproxy",
            "token@goproxy",
            "first.last@proxy,direct",
            "a@b.c|off",
        ] {
            let original = crate::go::goproxy::parse(list)
                .map(|l| l.entries.len())
                .map_err(|_| ());
            let redacted = crate::go::goproxy::parse(&redact_proxy_list(list))
                .map(|l| l.entries.len())
                .map_err(|_| ());
            assert_eq!(original, redacted, "{list}");
        }
    }

    #[test]
    fn json_strings_are_masked_recursively() {
        let mut v = serde_json::json!({"a": ["https://u:p@h/"], "b": {"c": "http://x:y@z"}});
        redact_json(&mut v);
        assert_eq!(
            v,
            serde_json::json!({"a": ["https://***@h/"], "b": {"c": "http://***@z"}})
        );
    }
}
