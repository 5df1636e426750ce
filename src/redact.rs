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
        // Userinfo may hold `,` or `|` (`http://u:p,w@h`): when the short authority has no `@`
        // but the stretch up to the next `/`, quote or space has one, all of it is userinfo
        // (masking a little too much beats printing half a password).
        let wide_len = after
            .find(|c: char| {
                matches!(c, '/' | '?' | '#' | '"' | '\'' | '<' | '>') || c.is_whitespace()
            })
            .unwrap_or(after.len());
        let authority_len =
            if !after[..authority_len].contains('@') && after[..wide_len].contains('@') {
                wide_len
            } else {
                authority_len
            };
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
    redact_schemeless(&out)
}

/// Characters that end a word in free text: a `user:pass@host` starts after one of them.
fn ends_word(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\''
                | '='
                | ','
                | '|'
                | '('
                | ')'
                | '<'
                | '>'
                | ';'
                | '`'
                | '['
                | ']'
                | '{'
                | '}'
        )
}

/// Masks `user:pass@host` without a scheme (`HTTPS_PROXY=bob:pa55@proxy:3128`, a GOPROXY
/// entry, a shell line): a word with a `:` before an `@` that a host name follows. An address
/// like `me@example.com` or `git@github.com:org/repo` has no `:` before its `@` and stays.
fn redact_schemeless(text: &str) -> String {
    if !text.contains('@') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    // Where the text after the previous `@` starts: a word never reaches back past an `@`
    // already looked at, so in `http://***@a.example,bob:pw@b.example` the URL before `bob`
    // does not hide bob's password.
    let mut floor = 0;
    for (i, _) in text.match_indices('@') {
        let from = floor.max(last);
        floor = i + 1;
        if i < from {
            continue;
        }
        // The word runs back to a space or quote; its userinfo starts after the last soft
        // delimiter (`=`, `,`, `|`...) before its first `:`: a user name holds none of them, a
        // password may hold any.
        let word_start = text[from..i]
            .rfind(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
            .map_or(from, |p| from + p + 1);
        let Some(colon) = text[word_start..i].find(':') else {
            continue;
        };
        let start = text[word_start..word_start + colon]
            .rfind(ends_word)
            .map_or(word_start, |p| word_start + p + 1);
        let word = &text[start..i];
        let host_follows = text[i + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '[');
        if word.is_empty()
            || word.contains("://")
            // A path (`host/a/@v/list`), not userinfo: `/` would end a URL's authority.
            || word.contains('/')
            || word.starts_with(MASK)
            || !word.contains(':')
            || !host_follows
        {
            continue;
        }
        out.push_str(&text[last..start]);
        out.push_str("***:***");
        last = i;
    }
    out.push_str(&text[last..]);
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
    fn a_scheme_less_entry_after_a_url_in_one_list_is_masked() {
        assert_eq!(
            redact("http://corp:pw1@a.example,bob:pw2@127.0.0.1:9|direct"),
            "http://***@a.example,***:***@127.0.0.1:9|direct"
        );
        assert_eq!(
            redact("GOPROXY=https://u:p@a.example|bob:pw@b.example/x"),
            "GOPROXY=https://***@a.example|***:***@b.example/x"
        );
    }

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

#[cfg(test)]
mod property_tests {
    //! A planted password never survives redaction, whatever it is made of and wherever it
    //! sits. Hand-rolled generator (xorshift, fixed seed): reproducible, no dependency.
    use super::*;
    use crate::go::goproxy::redact_proxy_list;

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[(self.next() % items.len() as u64) as usize]
        }
    }

    /// Characters a password may hold in a URL's userinfo without percent-encoding, `,` and
    /// `|` included (Go splits GOPROXY at them, users still write them).
    const ALPHABET: &[u8] =
        b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&*+;=,|%";

    fn password(rng: &mut Rng) -> String {
        let len = 6 + (rng.next() % 12) as usize;
        // Starts with letters, so that the test looks for a distinctive string.
        let mut p = String::from("Pw");
        for _ in 0..len {
            p.push(ALPHABET[(rng.next() % ALPHABET.len() as u64) as usize] as char);
        }
        p
    }

    #[test]
    fn a_planted_password_never_survives() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..5000 {
            let pass = password(&mut rng);
            let user = rng.pick(&["bob", "corp", "u", "first.last", "tok"]);
            let host = rng.pick(&[
                "proxy.corp:3128",
                "127.0.0.1:7890",
                "h",
                "[::1]:8080",
                "goproxy.cn",
            ]);
            let scheme = rng.pick(&["https://", "http://", "socks5://", ""]);
            let url = format!("{scheme}{user}:{pass}@{host}");
            let contexts = [
                url.clone(),
                format!("{url},direct"),
                format!("https://goproxy.cn|{url}|off"),
                format!("export HTTPS_PROXY={url}"),
                format!("\"GOPROXY\": \"{url}\""),
                format!("Get \"{url}/golang.org/x/text/@v/list\": EOF"),
                format!("0.0.0.0 sum.golang.org # via {url}"),
                // After another URL of the same list (a running gopls' GOPROXY).
                format!("https://a:b@c.example,{url}|direct"),
            ];
            for text in contexts {
                let out = redact(&text);
                assert!(!out.contains(&pass), "redact({text:?}) = {out:?}");
                assert_eq!(redact(&out), out, "not idempotent on {text:?}");
                if !text.contains(' ') && !text.contains('"') {
                    let list = redact_proxy_list(&text);
                    assert!(
                        !list.contains(&pass),
                        "redact_proxy_list({text:?}) = {list:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn plain_text_and_lists_keep_their_shape() {
        assert_eq!(redact("me@example.com"), "me@example.com");
        assert_eq!(redact("git@github.com:org/repo"), "git@github.com:org/repo");
        assert_eq!(
            redact_proxy_list("https://a.com,https://b.com:8443|direct"),
            "https://a.com,https://b.com:8443|direct"
        );
        assert_eq!(redact("bob:pa55@proxy:3128"), "***:***@proxy:3128");
        assert_eq!(redact("http://u:p,w@h/x"), "http://***@h/x");
        assert_eq!(
            redact_proxy_list("http://u:p,w@h,direct"),
            "http://***,***@h,direct"
        );
    }
}
