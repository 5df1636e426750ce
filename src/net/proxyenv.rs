//! Which HTTP proxy the go command uses for an https URL: golang.org/x/net/http/httpproxy
//! (`FromEnvironment` + `ProxyFunc`), as pure functions of the environment.

use std::net::IpAddr;

use base64::Engine as _;

use crate::platform::EnvMap;

/// The proxy variables Go's net/http reads, uppercase first.
pub const PROXY_VARIABLES: &[&str] = &[
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "NO_PROXY",
    "no_proxy",
];

/// A proxy from HTTPS_PROXY / https_proxy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyUrl {
    /// The variable it came from.
    pub variable: String,
    /// `http`, `https` or `socks5`.
    pub scheme: String,
    pub host: String,
    pub port: u16,
    /// `user:password`, when the URL carries them.
    pub userinfo: Option<String>,
}

impl ProxyUrl {
    /// `scheme://***@host:port` (credentials never shown).
    pub fn display(&self) -> String {
        let auth = if self.userinfo.is_some() {
            format!("{}@", crate::redact::MASK)
        } else {
            String::new()
        };
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        format!("{}://{auth}{host}:{}", self.scheme, self.port)
    }

    /// User name and password, percent-decoded as net/url's `User` gives them to Go.
    pub fn credentials(&self) -> Option<(String, String)> {
        let u = self.userinfo.as_ref()?;
        let (user, password) = u.split_once(':').unwrap_or((u, ""));
        Some((percent_decode(user), percent_decode(password)))
    }

    /// The `Proxy-Authorization` header value Go sends for an http(s) proxy with userinfo:
    /// net/http transport.go, `Basic base64(username:password)` of the decoded values.
    pub fn basic_auth(&self) -> Option<String> {
        self.credentials().map(|(user, password)| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            )
        })
    }
}

/// `%XX` escapes decoded (net/url `unescape` for userinfo); a malformed escape stays as is.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn get_any<'a>(env: &'a EnvMap, names: &[&str]) -> Option<(&'a str, String)> {
    names.iter().find_map(|n| {
        env.get(*n)
            .filter(|v| !v.is_empty())
            .map(|v| (v.as_str(), (*n).to_string()))
    })
}

/// Parses a proxy value the way httpproxy does: a value without a known scheme is taken as
/// `http://value`.
pub fn parse_proxy(value: &str, variable: &str) -> Result<ProxyUrl, String> {
    let (scheme, rest) = match value.split_once("://") {
        Some((s, r))
            if matches!(
                s.to_ascii_lowercase().as_str(),
                "http" | "https" | "socks5" | "socks5h"
            ) =>
        {
            (s.to_ascii_lowercase(), r)
        }
        _ => ("http".to_string(), value),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (userinfo, hostport) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(u.to_string()), h),
        None => (None, authority),
    };
    let default_port = match scheme.as_str() {
        "https" => 443,
        "socks5" | "socks5h" => 1080,
        _ => 80,
    };
    let (host, port) = if let Some(rest) = hostport.strip_prefix('[') {
        let (h, after) = rest
            .split_once(']')
            .ok_or_else(|| format!("{variable}: bad IPv6 address"))?;
        let port = after
            .strip_prefix(':')
            .map(str::parse)
            .transpose()
            .map_err(|_| format!("{variable}: bad port"))?;
        (h.to_string(), port.unwrap_or(default_port))
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (
                h.to_string(),
                p.parse()
                    .map_err(|_| format!("{variable}: bad port {p:?}"))?,
            ),
            None => (hostport.to_string(), default_port),
        }
    };
    if host.is_empty() {
        return Err(format!("{variable} has no host"));
    }
    Ok(ProxyUrl {
        variable: variable.to_string(),
        scheme,
        host,
        port,
        userinfo,
    })
}

/// The proxy Go uses for `https://host:port/`, or None for a direct connection.
pub fn proxy_for_https(env: &EnvMap, host: &str, port: u16) -> Option<Result<ProxyUrl, String>> {
    let (value, variable) = get_any(env, &["HTTPS_PROXY", "https_proxy"])?;
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_ascii_lowercase();
    if host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback()) {
        return None;
    }
    if let Some((no_proxy, _)) = get_any(env, &["NO_PROXY", "no_proxy"])
        && no_proxy_matches(no_proxy, &host, port)
    {
        return None;
    }
    Some(parse_proxy(value, &variable))
}

/// Does NO_PROXY exclude `host:port`?
pub fn no_proxy_matches(no_proxy: &str, host: &str, port: u16) -> bool {
    let ip = host.parse::<IpAddr>().ok();
    for entry in no_proxy.split(',') {
        let p = entry.trim().to_ascii_lowercase();
        if p.is_empty() {
            continue;
        }
        if p == "*" {
            return true;
        }
        if let Some((net, bits)) = p.split_once('/') {
            if let (Ok(net), Ok(bits), Some(ip)) = (net.parse::<IpAddr>(), bits.parse::<u8>(), ip)
                && cidr_contains(net, bits, ip)
            {
                return true;
            }
            continue;
        }
        let (phost, pport) = split_host_port(&p);
        let port_ok = pport.is_none_or(|pp| pp == port);
        if let Ok(pip) = phost.parse::<IpAddr>() {
            if ip == Some(pip) && port_ok {
                return true;
            }
            continue;
        }
        if phost.is_empty() {
            continue;
        }
        let phost = phost.strip_prefix('*').unwrap_or(phost);
        let (suffix, match_host) = if phost.starts_with('.') {
            (phost.to_string(), false)
        } else {
            (format!(".{phost}"), true)
        };
        if (host.ends_with(&suffix) || (match_host && host == &suffix[1..])) && port_ok {
            return true;
        }
    }
    false
}

fn split_host_port(p: &str) -> (&str, Option<u16>) {
    if let Some(rest) = p.strip_prefix('[')
        && let Some((h, after)) = rest.split_once(']')
    {
        return (h, after.strip_prefix(':').and_then(|x| x.parse().ok()));
    }
    match p.rsplit_once(':') {
        Some((h, port)) if !h.contains(':') => match port.parse() {
            Ok(port) => (h, Some(port)),
            Err(_) => (p, None),
        },
        _ => (p, None),
    }
}

fn cidr_contains(net: IpAddr, bits: u8, ip: IpAddr) -> bool {
    match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(i)) if bits <= 32 => {
            let mask = if bits == 0 {
                0
            } else {
                u32::MAX << (32 - bits)
            };
            (u32::from(n) & mask) == (u32::from(i) & mask)
        }
        (IpAddr::V6(n), IpAddr::V6(i)) if bits <= 128 => {
            let mask = if bits == 0 {
                0
            } else {
                u128::MAX << (128 - bits)
            };
            (u128::from(n) & mask) == (u128::from(i) & mask)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::platform::env_map as env;

    #[test]
    fn https_uses_https_proxy_uppercase_first() {
        let e = env(&[
            ("HTTPS_PROXY", "http://u:p@proxy.corp:3128"),
            ("https_proxy", "http://other:1"),
            ("HTTP_PROXY", "http://h:2"),
        ]);
        let p = proxy_for_https(&e, "proxy.golang.org", 443)
            .unwrap()
            .unwrap();
        assert_eq!(
            (p.host.as_str(), p.port, p.variable.as_str()),
            ("proxy.corp", 3128, "HTTPS_PROXY")
        );
        assert_eq!(p.display(), "http://***@proxy.corp:3128");
        assert_eq!(p.basic_auth().as_deref(), Some("Basic dTpw"));
        // HTTP_PROXY alone does not apply to https URLs.
        assert!(
            proxy_for_https(
                &env(&[("HTTP_PROXY", "http://h:2")]),
                "proxy.golang.org",
                443
            )
            .is_none()
        );
    }

    #[test]
    fn userinfo_is_percent_decoded_for_basic_auth() {
        let p = parse_proxy("http://us%40er:p%3Ass@proxy.corp:3128", "HTTPS_PROXY").unwrap();
        assert_eq!(
            p.credentials(),
            Some(("us@er".to_string(), "p:ss".to_string()))
        );
        // base64("us@er:p:ss")
        assert_eq!(p.basic_auth().as_deref(), Some("Basic dXNAZXI6cDpzcw=="));
        assert_eq!(percent_decode("a%zzb%41"), "a%zzbA");
    }

    #[test]
    fn bare_host_port_means_http() {
        let p = parse_proxy("127.0.0.1:7890", "HTTPS_PROXY").unwrap();
        assert_eq!(
            (p.scheme.as_str(), p.host.as_str(), p.port),
            ("http", "127.0.0.1", 7890)
        );
        assert_eq!(parse_proxy("socks5://[::1]:1080", "x").unwrap().host, "::1");
    }

    #[test]
    fn loopback_is_never_proxied() {
        let e = env(&[("HTTPS_PROXY", "http://proxy:3128")]);
        assert!(proxy_for_https(&e, "localhost", 443).is_none());
        assert!(proxy_for_https(&e, "127.0.0.1", 8443).is_none());
        assert!(proxy_for_https(&e, "::1", 8443).is_none());
    }

    #[test]
    fn no_proxy_forms() {
        assert!(no_proxy_matches("*", "anything.example", 443));
        assert!(no_proxy_matches("goproxy.cn", "goproxy.cn", 443));
        assert!(no_proxy_matches("goproxy.cn", "mirror.goproxy.cn", 443));
        assert!(!no_proxy_matches(".goproxy.cn", "goproxy.cn", 443));
        assert!(no_proxy_matches(".goproxy.cn", "a.goproxy.cn", 443));
        assert!(no_proxy_matches("*.goproxy.cn", "a.goproxy.cn", 443));
        assert!(!no_proxy_matches("goproxy.cn:8443", "goproxy.cn", 443));
        assert!(no_proxy_matches(" 10.0.0.0/8 , corp", "10.1.2.3", 443));
        assert!(no_proxy_matches("10.1.2.3", "10.1.2.3", 443));
        assert!(no_proxy_matches("[2001:db8::1]:443", "2001:db8::1", 443));
        assert!(!no_proxy_matches("example.com", "notexample.com", 443));
    }
}
