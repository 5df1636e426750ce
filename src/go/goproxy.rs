//! GOPROXY parsing with the exact semantics of `cmd/go/internal/modfetch/proxy.go`
//! (`proxyList` and `newProxyRepo`).
//!
//! The separator *after* an entry decides when Go moves on to the next one: after `,` only on a
//! 404 or 410 from that proxy, after `|` on any error. That single character is why
//! `https://proxy.golang.org,direct` fails outright when proxy.golang.org times out.

use serde::Serialize;

/// One entry of a parsed GOPROXY list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ProxyEntry {
    /// A module proxy URL, after Go's implicit `https://` was added.
    Url {
        /// The proxy's base URL.
        url: String,
        /// What Go does when this entry fails: decided by the separator after it.
        fallback: Fallback,
    },
    /// Fetch from the origin (git and friends). Ends the list.
    Direct,
    /// Disallow downloads. Ends the list.
    Off,
}

/// When Go tries the entry after this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fallback {
    /// Separator `,`: only after a 404 or 410 from this proxy.
    OnNotFound,
    /// Separator `|`: after any error, timeouts and DNS failures included.
    OnAnyError,
}

/// A GOPROXY that Go rejects, with the message Go prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyListError {
    /// Go's own words, e.g. `invalid proxy URL missing scheme: goproxy`.
    pub message: String,
    /// The offending entry, when one entry is to blame.
    pub entry: Option<String>,
}

/// The parsed list plus what Go silently ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProxyList {
    /// The entries Go will try, in order, up to and including `direct` or `off`.
    pub entries: Vec<ProxyEntry>,
    /// Entries after `direct` or `off`, which Go never reads.
    pub ignored_after_end: Vec<String>,
}

impl ProxyList {
    /// True when the list ends in `off` with nothing usable before it.
    pub fn is_off(&self) -> bool {
        matches!(self.entries.as_slice(), [ProxyEntry::Off])
    }

    /// The proxy URLs, in order.
    pub fn urls(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().filter_map(|e| match e {
            ProxyEntry::Url { url, .. } => Some(url.as_str()),
            _ => None,
        })
    }
}

/// Parses GOPROXY exactly as Go does.
pub fn parse(goproxy: &str) -> Result<ProxyList, ProxyListError> {
    let mut list = ProxyList::default();
    let mut rest = goproxy;
    let mut ended = false;
    while !rest.is_empty() {
        let (raw, fallback) = match rest.find([',', '|']) {
            Some(i) => {
                let fb = if rest.as_bytes()[i] == b'|' {
                    Fallback::OnAnyError
                } else {
                    Fallback::OnNotFound
                };
                let raw = &rest[..i];
                rest = &rest[i + 1..];
                (raw, fb)
            }
            None => {
                let raw = rest;
                rest = "";
                (raw, Fallback::OnNotFound)
            }
        };
        let entry = raw.trim();
        if entry.is_empty() {
            continue;
        }
        if ended {
            list.ignored_after_end.push(entry.to_string());
            continue;
        }
        match entry {
            "off" => {
                list.entries.push(ProxyEntry::Off);
                ended = true;
            }
            "direct" => {
                list.entries.push(ProxyEntry::Direct);
                ended = true;
            }
            _ => {
                let url = with_implicit_scheme(entry);
                validate_proxy_url(&url)?;
                list.entries.push(ProxyEntry::Url { url, fallback });
            }
        }
    }
    if list.entries.is_empty() {
        return Err(ProxyListError {
            message: "GOPROXY list is not the empty string, but contains no entries".into(),
            entry: None,
        });
    }
    Ok(list)
}

/// Go adds `https://` to an entry that contains `.`, `:` or `/`, unless it already contains
/// `:/` or is an absolute path. Single words are reserved and stay as they are.
pub fn gets_implicit_https(entry: &str) -> bool {
    let is_abs_path = entry.starts_with('/') || is_windows_abs(entry);
    entry.contains(['.', ':', '/']) && !entry.contains(":/") && !is_abs_path
}

fn with_implicit_scheme(entry: &str) -> String {
    if gets_implicit_https(entry) {
        format!("https://{entry}")
    } else {
        entry.to_string()
    }
}

fn is_windows_abs(entry: &str) -> bool {
    let b = entry.as_bytes();
    b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && (b[2] == b'\\' || b[2] == b'/')
}

/// The scheme as Go's `url.Parse` finds it (`getScheme`), lowercased.
fn scheme_of(url: &str) -> Result<&str, String> {
    for (i, c) in url.char_indices() {
        match c {
            'a'..='z' | 'A'..='Z' => {}
            '0'..='9' | '+' | '-' | '.' if i > 0 => {}
            '0'..='9' | '+' | '-' | '.' => return Ok(""),
            ':' if i == 0 => return Err("missing protocol scheme".into()),
            ':' => return Ok(&url[..i]),
            _ => return Ok(""),
        }
    }
    Ok("")
}

fn validate_proxy_url(url: &str) -> Result<(), ProxyListError> {
    let redacted = crate::redact::redact(url);
    let err = |message: String| ProxyListError {
        message,
        entry: Some(redacted.clone()),
    };
    let scheme = scheme_of(url).map_err(|e| err(format!("parse \"{redacted}\": {e}")))?;
    match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" => Ok(()),
        "file" => {
            // Go: a file:// URL may carry only a path ("file:///srv/proxy").
            let rest = &url[scheme.len() + 1..];
            let has_authority = rest
                .strip_prefix("//")
                .is_some_and(|after| !after.is_empty() && !after.starts_with('/'));
            if has_authority || url.contains(['?', '#']) {
                Err(err(format!(
                    "invalid file:// proxy URL with non-path elements: {redacted}"
                )))
            } else {
                Ok(())
            }
        }
        "" => Err(err(format!("invalid proxy URL missing scheme: {redacted}"))),
        _ => Err(err(format!(
            "invalid proxy URL scheme (must be https, http, file): {redacted}"
        ))),
    }
}

/// The host of a proxy URL (`https://goproxy.cn/x` -> `goproxy.cn`), without port or userinfo.
pub fn host_of(url: &str) -> Option<&str> {
    let after = url.split_once("://")?.1;
    let authority = after.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(rest) = authority.strip_prefix('[') {
        rest.split(']').next()?
    } else {
        authority.split(':').next()?
    };
    (!host.is_empty()).then_some(host)
}

/// Redacts one entry of a proxy list, which Go accepts without a scheme (`user:pw@host:3128`
/// means `https://user:pw@host:3128`). Entries with a scheme go through [`crate::redact::redact`].
///
/// Go decides whether to add `https://` to a schemeless entry by looking for `.` or `:`
/// anywhere in it, userinfo included. The mask keeps that property (`***:***` when the userinfo
/// had either character, `***` otherwise), so a redacted list parses exactly like the original
/// and rules can work on redacted values.
pub fn redact_proxy_entry(entry: &str) -> String {
    // An entry Go completes with `https://` has a scheme-less authority. A bare word
    // (`token@goproxy`, rejected by Go) is masked too: it may still hold a token. Any other
    // entry is a URL as written (`http:u@r` has no userinfo at all).
    let implicit = gets_implicit_https(entry.trim());
    if !implicit && entry.contains(':') {
        return crate::redact::redact(entry);
    }
    let authority_len = entry.find('/').unwrap_or(entry.len());
    match entry[..authority_len].rfind('@') {
        Some(at) => {
            let userinfo = &entry[..at];
            let mask = if userinfo.contains(['.', ':']) {
                "***:***"
            } else {
                crate::redact::MASK
            };
            format!("{mask}{}", &entry[at..])
        }
        None => entry.to_string(),
    }
}

/// Redacts a whole GOPROXY-style list, keeping its `,` and `|` separators in place. When
/// userinfo itself holds a separator (`https://u:p,w@h`), the entry before it (`https://u:p`)
/// is masked whole: its authority has a `:` and the next entry carries the `@`.
pub fn redact_proxy_list(list: &str) -> String {
    let mut entries: Vec<(&str, char)> = Vec::new();
    let mut start = 0;
    for (i, c) in list.char_indices() {
        if c == ',' || c == '|' {
            entries.push((&list[start..i], c));
            start = i + 1;
        }
    }
    entries.push((&list[start..], '\0'));
    let authority = |e: &str| -> String {
        let after = e.split_once("://").map_or(e, |(_, a)| a);
        after.split('/').next().unwrap_or("").to_string()
    };
    // Entries that are pieces of one userinfo split at separators: from a URL-like entry whose
    // authority has a `:` but no `@`, through the entries up to the first whose authority has
    // the `@` (none of them a URL of its own).
    let mut masked = vec![false; entries.len()];
    for (i, (entry, _)) in entries.iter().enumerate() {
        let url_like = entry.contains("://") || gets_implicit_https(entry.trim());
        if !(url_like && authority(entry).contains(':') && !authority(entry).contains('@')) {
            continue;
        }
        let mut j = i + 1;
        while j < entries.len() && !entries[j].0.contains("://") {
            if authority(entries[j].0).contains('@') {
                masked[i..j].iter_mut().for_each(|m| *m = true);
                break;
            }
            j += 1;
        }
    }
    let mut out = String::with_capacity(list.len());
    for (i, (entry, sep)) in entries.iter().enumerate() {
        if masked[i] {
            match entry.find("://") {
                Some(p) => {
                    out.push_str(&entry[..p + 3]);
                    out.push_str(crate::redact::MASK);
                }
                // Go completes it with https:// because of the `:`; the mask keeps one.
                None if entry.contains(':') => out.push_str("***:***"),
                None => out.push_str(crate::redact::MASK),
            }
        } else {
            out.push_str(&redact_proxy_entry(entry));
        }
        if *sep != '\0' {
            out.push(*sep);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let original = parse(list).map(|l| l.entries.len()).map_err(|_| ());
            let redacted = parse(&redact_proxy_list(list))
                .map(|l| l.entries.len())
                .map_err(|_| ());
            assert_eq!(original, redacted, "{list}");
        }
    }

    fn url(u: &str, fallback: Fallback) -> ProxyEntry {
        ProxyEntry::Url {
            url: u.into(),
            fallback,
        }
    }

    #[test]
    fn default_value() {
        let l = parse("https://proxy.golang.org,direct").unwrap();
        assert_eq!(
            l.entries,
            vec![
                url("https://proxy.golang.org", Fallback::OnNotFound),
                ProxyEntry::Direct
            ]
        );
    }

    #[test]
    fn pipe_means_fallback_on_any_error() {
        let l = parse("https://a.example|https://b.example,direct").unwrap();
        assert_eq!(
            l.entries,
            vec![
                url("https://a.example", Fallback::OnAnyError),
                url("https://b.example", Fallback::OnNotFound),
                ProxyEntry::Direct
            ]
        );
    }

    #[test]
    fn implicit_https_and_trimming() {
        let l = parse(" goproxy.cn , localhost:3000 ,direct").unwrap();
        assert_eq!(
            l.urls().collect::<Vec<_>>(),
            ["https://goproxy.cn", "https://localhost:3000"]
        );
    }

    #[test]
    fn direct_and_off_end_the_list() {
        let l = parse("direct,https://goproxy.cn").unwrap();
        assert_eq!(l.entries, vec![ProxyEntry::Direct]);
        assert_eq!(l.ignored_after_end, vec!["https://goproxy.cn"]);
        assert!(parse("off").unwrap().is_off());
        assert!(!parse("https://x.example,off").unwrap().is_off());
    }

    #[test]
    fn empty_entries_are_skipped_but_no_entries_is_an_error() {
        assert_eq!(parse(",,direct").unwrap().entries, vec![ProxyEntry::Direct]);
        for blank in [",", " ", " , | "] {
            let e = parse(blank).unwrap_err();
            assert_eq!(
                e.message,
                "GOPROXY list is not the empty string, but contains no entries"
            );
        }
    }

    #[test]
    fn bare_word_is_missing_scheme() {
        let e = parse("goproxy").unwrap_err();
        assert_eq!(e.message, "invalid proxy URL missing scheme: goproxy");
    }

    #[test]
    fn absolute_path_needs_file_scheme() {
        let e = parse("/srv/proxy").unwrap_err();
        assert_eq!(e.message, "invalid proxy URL missing scheme: /srv/proxy");
        assert!(parse("file:///srv/proxy").is_ok());
    }

    #[test]
    fn file_url_with_host_is_rejected() {
        let e = parse("file://host/srv").unwrap_err();
        assert_eq!(
            e.message,
            "invalid file:// proxy URL with non-path elements: file://host/srv"
        );
    }

    #[test]
    fn other_schemes_are_rejected() {
        let e = parse("socks5://127.0.0.1:1080").unwrap_err();
        assert_eq!(
            e.message,
            "invalid proxy URL scheme (must be https, http, file): socks5://127.0.0.1:1080"
        );
        assert!(parse("HTTPS://goproxy.cn").is_ok());
    }

    #[test]
    fn error_messages_are_redacted() {
        let e = parse("ftp://user:pw@x.example").unwrap_err();
        assert!(!e.message.to_string().contains("pw"), "{}", e.message);
    }

    #[test]
    fn host_of_urls() {
        assert_eq!(host_of("https://goproxy.cn"), Some("goproxy.cn"));
        assert_eq!(
            host_of("https://u:p@mirrors.aliyun.com:443/goproxy/"),
            Some("mirrors.aliyun.com")
        );
        assert_eq!(host_of("http://[::1]:8080/x"), Some("::1"));
        assert_eq!(host_of("file:///srv"), None);
    }
}
