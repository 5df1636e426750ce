//! The catalogue of finding codes: every code godiag can emit, with its default severity and
//! what Go prints when it bites. Rules build findings from these constants only, so a code
//! cannot be emitted without an explanation (a test walks the rules' output against this list).
//!
//! The words of each code (its title, what it means, why it matters, how to fix it) live in
//! the message catalogues, `locales/<lang>/godiag.ftl`, under the code's Fluent id
//! ([`crate::i18n::code_id`]: `dns.poisoned` is `dns--poisoned`), so that every language has
//! them. The example stays here: it is Go's own output, which no translation changes.

use crate::i18n::{self, Lang};
use crate::model::{CodeInfo, Finding, FindingWire, Severity};

impl TryFrom<FindingWire> for Finding {
    type Error = String;

    fn try_from(wire: FindingWire) -> Result<Finding, String> {
        wire.into_finding(|code| CATALOGUE.iter().copied().find(|info| info.code == code))
    }
}

macro_rules! codes {
    ($($name:ident = $code:literal, $sev:ident,
        example: $example:literal;)*) => {
        $(
            pub static $name: CodeInfo = CodeInfo {
                code: $code,
                severity: Severity::$sev,
                example: $example,
            };
        )*
        /// Every code, in the order the report shows checks.
        pub static CATALOGUE: &[&CodeInfo] = &[$(&$name),*];
    };
}

/// The texts every code has in every catalogue, as Fluent attributes of the code's message.
#[cfg(test)]
pub const PARTS: [&str; 4] = ["title", "meaning", "why", "fix"];

impl CodeInfo {
    /// A few words, e.g. "a forged DNS answer".
    pub fn title(&self, lang: Lang) -> String {
        self.part(lang, "title")
    }

    /// What the finding means.
    pub fn meaning(&self, lang: Lang) -> String {
        self.part(lang, "meaning")
    }

    /// Why it breaks (or endangers) Go's module downloads.
    pub fn why(&self, lang: Lang) -> String {
        self.part(lang, "why")
    }

    /// How to fix it by hand.
    pub fn fix(&self, lang: Lang) -> String {
        self.part(lang, "fix")
    }

    /// What Go prints, for showing under the example heading. When the example is not Go's
    /// output but godiag's note in parentheses ("(none: ...)"), the catalogue may translate
    /// it (`.example`).
    pub fn example_text(&self, lang: Lang) -> String {
        let id = format!("{}.example", i18n::code_id(self.code));
        if self.is_note() && i18n::has(lang, &id) {
            i18n::text(lang, &id, &[])
        } else {
            self.example.to_string()
        }
    }

    /// Whether the example is godiag's own words in parentheses, not Go's output.
    pub fn is_note(&self) -> bool {
        self.example.starts_with('(')
    }

    fn part(&self, lang: Lang, part: &str) -> String {
        i18n::text(lang, &format!("{}.{part}", i18n::code_id(self.code)), &[])
    }
}

codes! {
    GO_ENV_GO_MISSING = "go-env.go-missing", Error,
        example: "bash: go: command not found";

    GO_ENV_GO_TIMEOUT = "go-env.go-timeout", Error,
        example: "(no output: the command hangs)";

    GO_ENV_GO_FAILED = "go-env.go-failed", Error,
        example: "go: parsing $GOFLAGS: non-flag \"mod=mod\"";

    GO_ENV_GO_TOO_OLD = "go-env.go-too-old", Error,
        example: "go: unknown environment setting GOPROXY=https://goproxy.cn";

    GO_ENV_GOPROXY_INVALID = "go-env.goproxy-invalid", Error,
        example: "go: golang.org/x/text@latest: invalid proxy URL missing scheme: goproxy";

    GO_ENV_MODULES_OFF = "go-env.modules-off", Error,
        example: "go: modules disabled by GO111MODULE=off; see 'go help modules'";

    GO_ENV_GOPROXY_OFF = "go-env.goproxy-off", Error,
        example: "go: golang.org/x/text@v0.14.0: module lookup disabled by GOPROXY=off";

    GO_ENV_GOPROXY_COMMA_FALLBACK = "go-env.goproxy-comma-fallback", Info,
        example: "go: golang.org/x/text@v0.14.0: Get \"https://proxy.golang.org/golang.org/x/text/@v/v0.14.0.info\": dial tcp 142.250.72.17:443: i/o timeout";

    GO_ENV_GOSUMDB_OFF = "go-env.gosumdb-off", Warning,
        example: "go: downloading golang.org/toolchain v0.0.1-go1.22.1.linux-amd64\ngo: golang.org/toolchain@v0.0.1-go1.22.1.linux-amd64: verifying module: checksum database disabled by GOSUMDB=off";

    GO_ENV_GOSUMDB_INVALID = "go-env.gosumdb-invalid", Error,
        example: "verifying golang.org/x/text@v0.14.0: invalid GOSUMDB: malformed verifier id";

    GO_ENV_OS_ENV_OVERRIDE = "go-env.os-env-override", Warning,
        example: "warning: go env -w GOPROXY=... does not override conflicting OS environment variable";

    GO_ENV_INSECURE_FLAG = "go-env.insecure-flag", Error,
        example: "go: -insecure flag is no longer supported; use GOINSECURE instead";

    GO_ENV_UNKNOWN_VARIABLE = "go-env.unknown-variable", Warning,
        example: "go: unknown go command variable GONOSUMCHECK";

    GO_ENV_TOOLCHAIN_DOWNLOAD = "go-env.toolchain-download", Info,
        example: "go: downloading go1.22.1 (linux/amd64)\ngo: download go1.22.1 for linux/amd64: toolchain not available";

    GO_ENV_PRIVATE_MATCHES_PUBLIC = "go-env.private-matches-public", Warning,
        example: "go: golang.org/x/text@v0.14.0: unrecognized import path \"golang.org/x/text\": https fetch: Get \"https://golang.org/x/text?go-get=1\": dial tcp 172.217.160.113:443: i/o timeout";

    GO_ENV_FILE_UNREADABLE = "go-env.file-unreadable", Warning,
        example: "(no Go message: godiag reports what it could not see)";

    GO_ENV_INTERNAL_ERROR = "go-env.internal-error", Error,
        example: "(godiag's own error message)";

    HOSTS_UNREADABLE = "hosts.unreadable", Warning,
        example: "dial tcp: lookup localhost: no such host";

    HOSTS_SYNTAX = "hosts.syntax", Warning,
        example: "(none: Go ignores the line and uses DNS)";

    HOSTS_ENCODING = "hosts.encoding", Warning,
        example: "(none: the entries are silently ignored)";

    HOSTS_CONFLICT = "hosts.conflict", Warning,
        example: "go: github.com/x/y@v1.2.3: Get \"https://proxy.golang.org/...\": dial tcp 20.205.243.166:443: i/o timeout";

    HOSTS_SINKHOLE = "hosts.sinkhole", Error,
        example: "go: downloading golang.org/x/text v0.14.0\ngo: golang.org/x/text@v0.14.0: Get \"https://storage.googleapis.com/...\": dial tcp 0.0.0.0:443: connect: connection refused";

    HOSTS_PINNED = "hosts.pinned", Warning,
        example: "go: github.com/x/y@v1.2.3: Get \"https://github.com/...\": dial tcp 140.82.114.4:443: i/o timeout";

    HOSTS_LONG_LINE = "hosts.long-line", Warning,
        example: "(none: Go ignores the rest of the file)";

    HOSTS_STALE_BLOCK = "hosts.stale-block", Warning,
        example: "go: github.com/x/y@v1.2.3: Get \"https://github.com/...\": dial tcp 140.82.114.4:443: i/o timeout";

    HOSTS_TRUNCATED = "hosts.truncated", Warning,
        example: "(no Go message: lookups are slow, and entries at the end still apply)";

    HOSTS_INTERNAL_ERROR = "hosts.internal-error", Error,
        example: "(godiag's own error message)";

    DNS_RESOLVER_UNREACHABLE = "dns.resolver-unreachable", Warning,
        example: "go: golang.org/x/text@v0.14.0: Get \"https://proxy.golang.org/...\": dial tcp: lookup proxy.golang.org on 127.0.0.53:53: read udp 127.0.0.1:46543->127.0.0.53:53: i/o timeout";

    DNS_LOOKUP_FAILED = "dns.lookup-failed", Error,
        example: "dial tcp: lookup proxy.golang.org: no such host";

    DNS_POISONED = "dns.poisoned", Error,
        example: "go: golang.org/x/text@v0.14.0: Get \"https://proxy.golang.org/...\": dial tcp 243.185.187.39:443: i/o timeout";

    DNS_INCONSISTENT = "dns.inconsistent", Warning,
        example: "(connections to one of the addresses time out)";

    DNS_FAKE_IP = "dns.fake-ip", Info,
        example: "go: golang.org/x/text@v0.14.0: Get \"https://proxy.golang.org/...\": dial tcp 198.18.0.23:443: connect: connection refused";

    DNS_SLOW = "dns.slow", Warning,
        example: "(slow downloads, occasional `i/o timeout` on lookup)";

    DNS_RESOLV_CONF_UNREADABLE = "dns.resolv-conf-unreadable", Warning,
        example: "dial tcp: lookup proxy.golang.org on [::1]:53: read udp [::1]:38016->[::1]:53: read: connection refused";

    DNS_INTERNAL_ERROR = "dns.internal-error", Error,
        example: "(godiag's own error message)";

    CONNECTIVITY_GOPROXY_UNREACHABLE = "connectivity.goproxy-unreachable", Error,
        example: "go: golang.org/x/text@v0.14.0: Get \"https://proxy.golang.org/golang.org/x/text/@v/v0.14.0.info\": dial tcp 142.250.72.17:443: i/o timeout";

    CONNECTIVITY_SUMDB_UNREACHABLE = "connectivity.sumdb-unreachable", Error,
        example: "verifying golang.org/x/text@v0.14.0: golang.org/x/text@v0.14.0: Get \"https://sum.golang.org/lookup/golang.org/x/text@v0.14.0\": dial tcp 142.251.43.17:443: i/o timeout";

    CONNECTIVITY_TIMEOUT = "connectivity.timeout", Warning,
        example: "dial tcp 142.250.72.17:443: i/o timeout";

    CONNECTIVITY_REFUSED = "connectivity.refused", Warning,
        example: "dial tcp 127.0.0.1:443: connect: connection refused";

    CONNECTIVITY_TLS = "connectivity.tls", Warning,
        example: "x509: certificate is valid for *.example.com, not proxy.golang.org";

    CONNECTIVITY_TLS_INTERCEPTED = "connectivity.tls-intercepted", Error,
        example: "go: golang.org/x/text@v0.14.0: Get \"https://proxy.golang.org/...\": tls: failed to verify certificate: x509: certificate signed by unknown authority";

    CONNECTIVITY_HTTP_STATUS = "connectivity.http-status", Warning,
        example: "reading https://goproxy.example/golang.org/x/text/@v/list: 403 Forbidden";

    CONNECTIVITY_PROXY_ENV_UNREACHABLE = "connectivity.proxy-env-unreachable", Error,
        example: "proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused";

    CONNECTIVITY_SLOW = "connectivity.slow", Warning,
        example: "(slow `go mod download`)";

    CONNECTIVITY_IPV6_BROKEN = "connectivity.ipv6-broken", Warning,
        example: "dial tcp [2404:6800:4008::2011]:443: connect: network is unreachable";

    CONNECTIVITY_INTERNAL_ERROR = "connectivity.internal-error", Error,
        example: "(godiag's own error message)";

    VSCODE_PARSE_ERROR = "vscode.parse-error", Error,
        example: "Unable to write into user settings. Please open the user settings to correct errors/warnings in it and try again.";

    VSCODE_DUPLICATE_KEY = "vscode.duplicate-key", Warning,
        example: "(none: the earlier value is silently ignored)";

    VSCODE_GOPROXY_MISMATCH = "vscode.goproxy-mismatch", Warning,
        example: "gopls: err: exit status 1: stderr: go: golang.org/x/text@v0.14.0: Get \"https://proxy.golang.org/...\": dial tcp 142.250.72.17:443: i/o timeout";

    VSCODE_GOSUMDB_OFF = "vscode.gosumdb-off", Warning,
        example: "(none: modules are silently unverified)";

    VSCODE_HTTP_PROXY_UNREACHABLE = "vscode.http-proxy-unreachable", Error,
        example: "proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused";

    VSCODE_PROXY_STRICT_SSL_OFF = "vscode.proxy-strict-ssl-off", Warning,
        example: "x509: certificate signed by unknown authority";

    VSCODE_PATH_MISSING = "vscode.path-missing", Warning,
        example: "Failed to find the \"go\" binary in either GOROOT() or PATH";

    VSCODE_NESTED_KEY = "vscode.nested-key", Warning,
        example: "(none: the setting has no effect)";

    VSCODE_EXTENSION_MISSING = "vscode.extension-missing", Info,
        example: "(none)";

    VSCODE_EXTENSION_OLD = "vscode.extension-old", Warning,
        example: "(varies)";

    VSCODE_GOPLS_STALE_ENV = "vscode.gopls-stale-env", Warning,
        example: "(gopls keeps failing after the fix)";

    VSCODE_REMOTE_PROXY_LEAK = "vscode.remote-proxy-leak", Warning,
        example: "proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused";

    VSCODE_UNREADABLE = "vscode.unreadable", Warning,
        example: "Unable to open 'settings.json': Unable to read file";

    VSCODE_INTERNAL_ERROR = "vscode.internal-error", Error,
        example: "(godiag's own error message)";
}

/// Looks up a code. Accepts the full code, or a slug when exactly one code has it.
pub fn lookup(query: &str) -> Option<&'static CodeInfo> {
    let query = query.trim();
    if let Some(info) = CATALOGUE
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(query))
    {
        return Some(info);
    }
    let mut by_slug = CATALOGUE.iter().filter(|c| {
        c.code
            .split_once('.')
            .is_some_and(|(_, slug)| slug.eq_ignore_ascii_case(query))
    });
    match (by_slug.next(), by_slug.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// The known codes closest to an unknown one, best first, for "did you mean".
pub fn closest(query: &str, max: usize) -> Vec<&'static str> {
    let query = query.trim().to_ascii_lowercase();
    let mut scored: Vec<(f64, &'static str)> = CATALOGUE
        .iter()
        .map(|c| {
            let slug = c.code.split_once('.').map_or(c.code, |(_, s)| s);
            let score =
                strsim::jaro_winkler(&query, c.code).max(strsim::jaro_winkler(&query, slug));
            (score, c.code)
        })
        .filter(|(score, _)| *score >= 0.7)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(max).map(|(_, code)| code).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = std::collections::BTreeSet::new();
        for info in CATALOGUE {
            assert!(seen.insert(info.code), "duplicate code {}", info.code);
            let (check, slug) = info.code.split_once('.').expect("code has a dot");
            assert!(
                crate::checks::CheckId::parse(check).is_some(),
                "{} names no check",
                info.code
            );
            assert!(
                slug.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}",
                info.code
            );
            assert!(
                !info.example.trim().is_empty(),
                "{} has no example",
                info.code
            );
        }
    }

    #[test]
    fn lookup_by_code_and_slug() {
        assert_eq!(
            lookup("go-env.goproxy-off").map(|c| c.code),
            Some("go-env.goproxy-off")
        );
        assert_eq!(
            lookup("GOPROXY-OFF").map(|c| c.code),
            Some("go-env.goproxy-off")
        );
        assert!(lookup("nonsense").is_none());
    }

    #[test]
    fn closest_suggests_near_misses() {
        assert_eq!(
            closest("go-env.goproxy-of", 3).first(),
            Some(&"go-env.goproxy-off")
        );
        assert!(closest("go-env.gosumdb", 3).contains(&"go-env.gosumdb-off"));
        assert!(closest("zzzzzzzz", 3).is_empty());
    }
}
