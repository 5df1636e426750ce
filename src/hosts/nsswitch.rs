//! Whether name lookups consult the hosts file, and before or after DNS: `/etc/nsswitch.conf`
//! as Go's resolver reads it (net/nss.go, net/conf.go), and glibc's `/etc/host.conf` `multi`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The order in which Go's own resolver uses the hosts file and DNS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LookupOrder {
    /// The hosts file first, DNS for names it lacks.
    FilesDns,
    /// DNS first, the hosts file only when DNS has no answer.
    DnsFiles,
    /// Only the hosts file.
    Files,
    /// Only DNS: the hosts file is ignored.
    Dns,
    /// The platform's resolver decides (macOS, Windows): it reads the hosts file first.
    System,
}

impl LookupOrder {
    /// Does the hosts file answer before DNS is asked?
    pub fn hosts_first(self) -> bool {
        matches!(
            self,
            LookupOrder::FilesDns | LookupOrder::Files | LookupOrder::System
        )
    }

    /// Is the hosts file consulted at all?
    pub fn uses_hosts(self) -> bool {
        self != LookupOrder::Dns
    }

    /// The JSON word (serde kebab-case), which the messages select their words on
    /// (`hosts-lookup-order` in locales/*/hosts.ftl).
    pub fn keyword(self) -> &'static str {
        match self {
            LookupOrder::FilesDns => "files-dns",
            LookupOrder::DnsFiles => "dns-files",
            LookupOrder::Files => "files",
            LookupOrder::Dns => "dns",
            LookupOrder::System => "system",
        }
    }
}

/// The `hosts:` line of an nsswitch.conf, and the order Go derives from it. `None` text (file
/// missing or without a `hosts:` line) means Go's default: files, then DNS.
pub fn lookup_order(nsswitch: Option<&str>) -> (LookupOrder, Option<String>) {
    let Some(line) = nsswitch.and_then(hosts_line) else {
        return (LookupOrder::FilesDns, None);
    };
    // Sources in order, without their [criteria]. `resolve` (systemd-resolved) answers like DNS
    // and reads /etc/hosts itself; `myhostname`, `mdns*` and others only add names of their own.
    let mut sources = Vec::new();
    let mut in_criteria = false;
    for word in line.split_whitespace() {
        if word.starts_with('[') {
            in_criteria = !word.ends_with(']');
            continue;
        }
        if in_criteria {
            in_criteria = !word.ends_with(']');
            continue;
        }
        let word = word.to_ascii_lowercase();
        match word.as_str() {
            "files" => sources.push("files"),
            "dns" | "resolve" => sources.push("dns"),
            _ => {}
        }
    }
    sources.dedup();
    let order = match sources.as_slice() {
        ["files", "dns", ..] => LookupOrder::FilesDns,
        ["dns", "files", ..] => LookupOrder::DnsFiles,
        ["files"] => LookupOrder::Files,
        ["dns"] => LookupOrder::Dns,
        _ => LookupOrder::FilesDns,
    };
    (order, Some(line.to_string()))
}

fn hosts_line(text: &str) -> Option<&str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .find_map(|l| l.strip_prefix("hosts:").map(str::trim))
}

/// glibc's `multi on|off` from host.conf: with `multi on`, every line naming a host counts, not
/// just the first. Later lines win.
pub fn multi_on(host_conf: Option<&str>) -> bool {
    let mut multi = false;
    for line in host_conf.unwrap_or("").lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut words = line.split_whitespace();
        if words
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("multi"))
        {
            multi = words.next().is_some_and(|w| w.eq_ignore_ascii_case("on"));
        }
    }
    multi
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders() {
        let cases = [
            ("hosts: files dns", LookupOrder::FilesDns),
            (
                "hosts:          files mdns4_minimal [NOTFOUND=return] dns myhostname",
                LookupOrder::FilesDns,
            ),
            ("hosts: dns files", LookupOrder::DnsFiles),
            ("hosts: files", LookupOrder::Files),
            ("hosts: dns", LookupOrder::Dns),
            (
                "hosts: mymachines resolve [!UNAVAIL=return] files myhostname dns",
                LookupOrder::DnsFiles,
            ),
            ("# hosts: dns\npasswd: files", LookupOrder::FilesDns),
        ];
        for (text, want) in cases {
            assert_eq!(lookup_order(Some(text)).0, want, "{text}");
        }
        assert_eq!(lookup_order(None), (LookupOrder::FilesDns, None));
        assert!(!LookupOrder::Dns.uses_hosts());
        assert!(LookupOrder::System.hosts_first());
    }

    #[test]
    fn host_conf_multi() {
        assert!(multi_on(Some("multi on\n")));
        assert!(!multi_on(Some("multi on\nmulti off\n")));
        assert!(!multi_on(Some("# multi on\norder hosts,bind\n")));
        assert!(!multi_on(None));
    }
}
