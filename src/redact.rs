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
    fn json_strings_are_masked_recursively() {
        let mut v = serde_json::json!({"a": ["https://u:p@h/"], "b": {"c": "http://x:y@z"}});
        redact_json(&mut v);
        assert_eq!(
            v,
            serde_json::json!({"a": ["https://***@h/"], "b": {"c": "http://***@z"}})
        );
    }
}
