//! One layer of configuration — the built-in `default.toml` or a user's file — read straight
//! into typed values, so that every error points at the line and column it comes from and
//! every duration, version and address is parsed exactly once.
//!
//! Every key is optional in a layer: a user file names only what it changes. An unknown key is
//! an error (almost always a typo that would otherwise be silently ignored).

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::messages as msg;
use crate::go::gover::GoVersion;
use crate::i18n::Message;
use crate::net::dns::Encrypted;

/// The longest timeout godiag accepts: a doctor that waits longer is not helping.
pub const MAX_TIMEOUT: Duration = Duration::from_secs(600);

/// The file layout of `default.toml` and user config files.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Layer {
    pub go_hosts: Option<Vec<String>>,
    pub go_env: GoEnvLayer,
    pub hosts: HostsLayer,
    pub dns: DnsLayer,
    pub connectivity: ConnectivityLayer,
    pub vscode: VscodeLayer,
    pub fix: FixLayer,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GoEnvLayer {
    pub timeout: Option<Timeout>,
    pub min_version: Option<Version>,
    pub public_modules: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HostsLayer {
    pub file: Option<String>,
    pub nsswitch: Option<String>,
    pub host_conf: Option<String>,
    pub timeout: Option<Timeout>,
    pub max_block_age: Option<Age>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DnsLayer {
    pub timeout: Option<Timeout>,
    pub resolv_conf: Option<String>,
    pub systemd_resolv_conf: Option<String>,
    pub system_port: Option<u16>,
    pub hold_on: Option<Age>,
    pub hold_on_private: Option<bool>,
    pub slow: Option<Timeout>,
    pub samples: Option<u32>,
    pub resolvers: Option<Vec<Resolver>>,
    pub encrypted: Option<Vec<EncryptedResolver>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConnectivityLayer {
    pub timeout: Option<Timeout>,
    pub slow: Option<Timeout>,
    pub mirrors: Option<Vec<Mirror>>,
    pub probe_module: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct VscodeLayer {
    pub min_extension: Option<Version>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FixLayer {
    pub verify_timeout: Option<Timeout>,
}

/// Reads a layer. `origin` names it in errors (a path, or `default.toml`).
///
/// The errors of values are rendered while TOML parses (serde keeps text): call this in the
/// language of the user ([`crate::i18n::in_lang`]).
pub fn parse(text: &str, origin: &Path) -> anyhow::Result<Layer> {
    toml::from_str(text).map_err(|e| anyhow::Error::msg(located(text, origin, &e)))
}

/// `file:line:col: key: message`, then the line itself: what was expected, what was found,
/// and where.
fn located(text: &str, origin: &Path, err: &toml::de::Error) -> Message {
    let problem = problem(err.message().trim());
    let file = origin.display().to_string();
    let Some(span) = err.span() else {
        return msg::error_in(file, problem);
    };
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line_no = text[..line_start].matches('\n').count() + 1;
    let column = text[line_start..start].chars().count() + 1;
    let source = text[line_start..line_end].trim_end();
    match key_of_line(&text[..line_start], &text[line_start..line_end]) {
        Some(key) => msg::error_at_key(file, line_no, column, key, problem, source),
        None => msg::error_at(file, line_no, column, problem, source),
    }
}
/// The dotted key a `key = value` line sets, under the last `[table]` header before it.
fn key_of_line(before: &str, line: &str) -> Option<String> {
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches('"');
    if key.is_empty() || key.starts_with('[') {
        return None;
    }
    let table = before
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('[') && !l.starts_with("[["))
        .map(|l| l.trim_matches(['[', ']']).trim());
    Some(match table {
        Some(table) => format!("{table}.{key}"),
        None => key.to_string(),
    })
}

/// What TOML or serde said, as a message: serde's "unknown field `timeuot`, expected one of
/// `timeout`, ..." in the words of a config file (keys, not fields) with the closest known key
/// suggested; "invalid type: X, expected Y" with Y (godiag's words) in the user's language.
/// The TOML parser's own syntax errors stay its text, as clap's stay clap's.
fn problem(message: &str) -> Message {
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
        && let Some(what) = EXPECTED
            .into_iter()
            .find(|what| msg::expected(*what).rendered() == expected)
    {
        return msg::invalid_type(found, msg::expected(what));
    }
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return msg::verbatim_error(message);
    };
    let Some((unknown, expected)) = rest.split_once('`') else {
        return msg::verbatim_error(message);
    };
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let closest = known
        .iter()
        .map(|k| (strsim::jaro_winkler(k, unknown), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k);
    let listed: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
    match closest {
        Some(k) => msg::unknown_key_suggest(k, listed),
        None => msg::unknown_key(listed),
    }
}

/// The keywords of [`msg::expected`], one per [`FromConfigText`] type.
const EXPECTED: [&str; 6] = [
    "timeout",
    "age",
    "version",
    "resolver",
    "encrypted",
    "mirror",
];

/// A value written as a string and parsed once, when the layer is read.
trait FromConfigText: Sized {
    /// What a valid value looks like, for "expected ..." in errors: a keyword of
    /// [`msg::expected`].
    const EXPECTED: &'static str;
    /// The value, or what is wrong with the text (rendered by serde in the current language).
    fn from_config_text(text: &str) -> Result<Self, Message>;
}

/// Deserializes a [`FromConfigText`] value from a TOML string.
fn text_value<'de, D: Deserializer<'de>, T: FromConfigText>(d: D) -> Result<T, D::Error> {
    struct TextVisitor<T>(std::marker::PhantomData<T>);
    impl<T: FromConfigText> Visitor<'_> for TextVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{}", msg::expected(T::EXPECTED))
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
            T::from_config_text(text).map_err(E::custom)
        }
    }
    d.deserialize_str(TextVisitor(std::marker::PhantomData))
}

macro_rules! config_text_values {
    ($($ty:ident),*) => {$(
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                text_value(d)
            }
        }
    )*};
}
config_text_values!(Timeout, Age, Version, Resolver, EncryptedResolver, Mirror);

/// A timeout or threshold: `5s`, `500ms`, `1m 30s`, or seconds (`2.5`); above zero, at most
/// [`MAX_TIMEOUT`].
#[derive(Debug, Clone, Copy)]
pub struct Timeout(pub Duration);

impl FromConfigText for Timeout {
    const EXPECTED: &'static str = "timeout";
    fn from_config_text(text: &str) -> Result<Self, Message> {
        parse_duration(text).map(Timeout)
    }
}

/// An age or a window: `30d`, `12h`, `300ms`, `0s`; no upper bound.
#[derive(Debug, Clone, Copy)]
pub struct Age(pub Duration);

impl FromConfigText for Age {
    const EXPECTED: &'static str = "age";
    fn from_config_text(text: &str) -> Result<Self, Message> {
        humantime::parse_duration(text.trim())
            .map(Age)
            .map_err(|e| msg::age_invalid(quoted(text), e.to_string()))
    }
}

/// A Go or extension version: `1.13`, `0.38.0`.
#[derive(Debug, Clone)]
pub struct Version(pub GoVersion);

impl FromConfigText for Version {
    const EXPECTED: &'static str = "version";
    fn from_config_text(text: &str) -> Result<Self, Message> {
        GoVersion::parse(text)
            .map(Version)
            .ok_or_else(|| msg::version_invalid(quoted(text)))
    }
}

/// A resolver address: `ip` (port 53), `ip:port` or `[v6]:port`.
#[derive(Debug, Clone, Copy)]
pub struct Resolver(pub SocketAddr);

impl FromConfigText for Resolver {
    const EXPECTED: &'static str = "resolver";
    fn from_config_text(text: &str) -> Result<Self, Message> {
        parse_resolver(text).map(Resolver)
    }
}

/// An encrypted resolver: `tls://IP[:PORT]#NAME` or `https://IP[:PORT]/PATH#NAME`.
#[derive(Debug, Clone)]
pub struct EncryptedResolver(pub Encrypted);

impl FromConfigText for EncryptedResolver {
    const EXPECTED: &'static str = "encrypted";
    fn from_config_text(text: &str) -> Result<Self, Message> {
        // The dns module's parser says what is wrong in its own (English) words.
        Encrypted::parse(text)
            .map(EncryptedResolver)
            .map_err(msg::verbatim_error)
    }
}

/// A module proxy mirror: an http(s) URL.
#[derive(Debug, Clone)]
pub struct Mirror(pub String);

impl FromConfigText for Mirror {
    const EXPECTED: &'static str = "mirror";
    fn from_config_text(text: &str) -> Result<Self, Message> {
        parse_mirror(text).map(Mirror)
    }
}

/// `text` as Rust's `{:?}` quotes it: errors show the value exactly, escapes included.
fn quoted(text: &str) -> String {
    format!("{text:?}")
}

/// A mirror URL, from the config file or `--mirror`: http or https, written out (a mirror
/// without a scheme is refused rather than guessed, since Go itself would take it as https).
pub fn parse_mirror(text: &str) -> Result<String, Message> {
    if text.starts_with("https://") || text.starts_with("http://") {
        Ok(text.to_string())
    } else {
        Err(msg::mirror_invalid(
            quoted(text),
            format!("https://{}", text.trim_start_matches('/')),
        ))
    }
}

/// A `--mirror` value: what [`parse_mirror`] accepts, and also a URL without its scheme such
/// as `goproxy.cn` (how Chinese guides often write mirrors), taken as https exactly when Go
/// takes a GOPROXY entry so: it holds `.`, `:` or `/` but no `:/` and is not an absolute path
/// (cmd/go/internal/modfetch/proxy.go, proxyList: "implicitly add https://"). Returns the URL
/// and whether the scheme was added, for the note that says so.
pub fn parse_mirror_flag(text: &str) -> Result<(String, bool), Message> {
    if let Ok(url) = parse_mirror(text) {
        return Ok((url, false));
    }
    let t = text.trim();
    let go_adds_https = t.contains(['.', ':', '/']) && !t.contains(":/") && !t.starts_with('/');
    if go_adds_https && !t.contains([',', '|']) && !t.contains(char::is_whitespace) {
        return Ok((format!("https://{t}"), true));
    }
    Err(msg::mirror_flag_invalid(quoted(text)))
}

/// Parses a timeout: `5s`, `500ms`, `1m 30s`, or a bare number of seconds (`2.5`). The error
/// says what was expected and what was found.
pub fn parse_duration(text: &str) -> Result<Duration, Message> {
    let trimmed = text.trim();
    let duration = match trimmed.parse::<f64>() {
        Ok(secs) if secs.is_finite() && secs >= 0.0 => {
            Duration::from_secs_f64(secs.min(MAX_TIMEOUT.as_secs_f64() + 1.0))
        }
        Ok(_) => return Err(msg::duration_invalid(quoted(text))),
        Err(_) => humantime::parse_duration(trimmed)
            .map_err(|e| msg::duration_unparsable(quoted(text), e.to_string()))?,
    };
    if duration.is_zero() {
        return Err(msg::duration_zero(quoted(text)));
    }
    if duration > MAX_TIMEOUT {
        return Err(msg::duration_too_long(quoted(text)));
    }
    Ok(duration)
}

/// A resolver address: `ip` (port 53) or `ip:port`, `[v6]:port`.
pub fn parse_resolver(text: &str) -> Result<SocketAddr, Message> {
    if let Ok(ip) = text.parse::<std::net::IpAddr>() {
        return Ok(SocketAddr::new(ip, 53));
    }
    text.parse::<SocketAddr>()
        .map_err(|_| msg::resolver_invalid(quoted(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        format!(
            "{:#}",
            parse(text, Path::new("/etc/godiag.toml")).unwrap_err()
        )
    }

    #[test]
    fn unknown_keys_point_at_the_line_and_suggest_the_known_one() {
        let msg = error("[go_env]\ntimeuot = \"1s\"\n");
        assert!(
            msg.starts_with(
                "/etc/godiag.toml:2:1: `go_env.timeuot`: unknown key (did you mean `timeout`?); \
                 the keys here are `timeout`, "
            ),
            "{msg}"
        );
        assert!(msg.contains("did you mean `timeout`"), "{msg}");
        assert!(msg.ends_with("  timeuot = \"1s\""), "{msg}");
        let msg = error("colour = true\n");
        assert!(
            msg.starts_with(
                "/etc/godiag.toml:1:1: `colour`: unknown key; the keys here are `go_hosts`, "
            ),
            "{msg}"
        );
    }

    #[test]
    fn wrong_values_say_what_was_expected_and_what_was_found() {
        let msg = error("[go_env]\ntimeout = 5\n");
        assert!(
            msg.starts_with("/etc/godiag.toml:2:11: `go_env.timeout`: "),
            "{msg}"
        );
        assert!(msg.contains("expected a duration such as \"5s\""), "{msg}");
        let msg = error("[dns]\n# comment\ntimeout = \"soon\"\n");
        assert!(
            msg.starts_with("/etc/godiag.toml:3:11: `dns.timeout`: "),
            "{msg}"
        );
        assert!(msg.contains("found \"soon\""), "{msg}");
        let msg = error("[connectivity]\nmirrors = [\"goproxy.cn\"]\n");
        assert!(msg.contains(":2:12: `connectivity.mirrors`: "), "{msg}");
        assert!(msg.contains("found \"goproxy.cn\""), "{msg}");
        let msg = error("[vscode]\nmin_extension = \"new\"\n");
        assert!(msg.contains("expected a version"), "{msg}");
    }

    #[test]
    fn errors_in_chinese_keep_the_place_and_the_line() {
        let zh = |text: &str| crate::i18n::in_lang(crate::i18n::Lang::ZhCn, || error(text));
        let msg = zh("[go_env]\ntimeuot = \"1s\"\n");
        assert!(
            msg.starts_with(
                "/etc/godiag.toml:2:1: `go_env.timeuot`：未知的配置项（是不是想写 `timeout`？）；\
                 这里可用的配置项有 `timeout`、`min_version`"
            ),
            "{msg}"
        );
        assert!(msg.ends_with("\n  timeuot = \"1s\""), "{msg}");
        let msg = zh("[go_env]\ntimeout = 5\n");
        assert!(
            msg.contains(
                "`go_env.timeout`：类型不对：这里是 integer `5`，需要的是时长，例如 \"5s\""
            ),
            "{msg}"
        );
        let msg = zh("[dns]\ntimeout = \"0s\"\n");
        assert!(
            msg.contains("实际是 \"0s\"：超时设为 0 会让每个探测都失败"),
            "{msg}"
        );
        let msg = zh("[connectivity]\nmirrors = [\"goproxy.cn\"]\n");
        assert!(msg.contains("请写成 https://goproxy.cn"), "{msg}");
        // The TOML parser's own words stay its own.
        let msg = zh("[go_env\n");
        assert!(msg.starts_with("/etc/godiag.toml:1:"), "{msg}");
    }

    #[test]
    fn broken_toml_is_located() {
        let msg = error("[go_env\n");
        assert!(msg.starts_with("/etc/godiag.toml:1:"), "{msg}");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("5s").unwrap(), Duration::from_secs(5));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("1.5").unwrap(), Duration::from_millis(1500));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("-1").is_err());
        assert!(parse_duration("11m").is_err());
        assert!(parse_duration("1e9").is_err());
    }

    #[test]
    fn the_built_in_defaults_name_every_key() {
        let layer = parse(super::super::DEFAULT_TOML, Path::new("default.toml")).unwrap();
        assert!(layer.go_hosts.is_some());
        assert!(layer.go_env.timeout.is_some() && layer.go_env.min_version.is_some());
        assert!(layer.dns.encrypted.is_some() && layer.dns.samples.is_some());
        assert!(layer.connectivity.mirrors.is_some() && layer.fix.verify_timeout.is_some());
    }

    #[test]
    fn a_mirror_flag_without_a_scheme_is_https_as_go_takes_it() {
        assert_eq!(
            parse_mirror_flag("goproxy.cn").unwrap(),
            ("https://goproxy.cn".to_string(), true)
        );
        assert_eq!(
            parse_mirror_flag("mirrors.aliyun.com/goproxy/").unwrap(),
            ("https://mirrors.aliyun.com/goproxy/".to_string(), true)
        );
        assert_eq!(
            parse_mirror_flag("http://127.0.0.1:8080").unwrap(),
            ("http://127.0.0.1:8080".to_string(), false)
        );
        for bad in [
            "direct",
            "goproxy.cn,direct",
            "ftp://x.example",
            "/srv/mirror",
            "a b.cn",
        ] {
            let err = parse_mirror_flag(bad).unwrap_err().to_string();
            assert!(err.contains("https://goproxy.cn"), "{bad}: {err}");
        }
        // The config file stays strict: its error names the file, line and key.
        assert!(parse_mirror("goproxy.cn").is_err());
    }
}
