//! Which places the go command will contact, from GOPROXY, GOSUMDB and the mirror candidates.
//! Pure.

use super::facts::Role;
use crate::go::goproxy;
use crate::go::gosumdb::{self, SumDb};

/// One base URL to probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The base URL as configured (trailing slash removed).
    pub base: String,
    pub role: Role,
    pub https: bool,
    pub host: String,
    pub port: u16,
    /// For proxy roles: the module whose list is fetched.
    pub probe_module: String,
    /// The checksum database's name: asked as `<proxy>/sumdb/<name>/supported`, and the name
    /// the database's signed note must carry.
    pub sumdb_name: String,
}

impl Target {
    fn new(base: &str, role: Role, probe_module: &str) -> Option<Target> {
        let base = base.trim_end_matches('/').to_string();
        let (scheme, rest) = base.split_once("://")?;
        let https = match scheme.to_ascii_lowercase().as_str() {
            "https" => true,
            "http" => false,
            _ => return None,
        };
        let authority = rest.split('/').next()?;
        let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let default = if https { 443 } else { 80 };
        let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
            let (h, after) = v6.split_once(']')?;
            (
                h.to_string(),
                after
                    .strip_prefix(':')
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(default),
            )
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => (h.to_string(), p.parse().ok()?),
                None => (authority.to_string(), default),
            }
        };
        (!host.is_empty()).then(|| Target {
            base,
            role,
            https,
            host,
            port,
            probe_module: probe_module.to_string(),
            sumdb_name: DEFAULT_SUMDB.to_string(),
        })
    }

    /// A target for any http(s) URL (a redirect's, an origin's): its base is the URL itself.
    pub fn for_url(url: &str, role: Role) -> Option<Target> {
        Target::new(url, role, "")
    }

    /// `scheme://authority` of the base URL.
    pub fn base_origin(&self) -> String {
        let (scheme, rest) = self.base.split_once("://").unwrap_or(("https", &self.base));
        let authority = rest.split(['/', '?']).next().unwrap_or(rest);
        format!("{scheme}://{authority}")
    }

    /// The path part of the base URL (`/goproxy` of `https://mirrors.aliyun.com/goproxy`).
    pub fn path_prefix(&self) -> String {
        let rest = self.base.split_once("://").map_or("", |(_, r)| r);
        match rest.find('/') {
            Some(i) => rest[i..].to_string(),
            None => String::new(),
        }
    }

    /// The Host header: the port only when it is not the scheme's default.
    pub fn host_header(&self) -> String {
        let host = self.host_for_connect();
        let default = if self.https { 443 } else { 80 };
        if self.port == default {
            host
        } else {
            format!("{host}:{}", self.port)
        }
    }

    /// The host as it goes into `host:port` (IPv6 bracketed).
    pub fn host_for_connect(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        }
    }

    /// The requests that prove what the target does: (path, primary). The probe walks Go's
    /// own path instead; the tests use this to pin the module-path escaping.
    #[cfg(test)]
    pub fn paths(&self) -> Vec<(String, bool)> {
        match self.role {
            Role::Goproxy | Role::Mirror => vec![
                (
                    format!("/{}/@v/list", escape_module_path(&self.probe_module)),
                    true,
                ),
                (format!("/sumdb/{}/supported", self.sumdb_name), false),
            ],
            Role::Sumdb | Role::SumdbAlternative => vec![("/latest".to_string(), true)],
            Role::Storage | Role::Origin => vec![],
        }
    }
}

/// The database Go uses when GOSUMDB is unset.
pub const DEFAULT_SUMDB: &str = "sum.golang.org";

/// The database name GOSUMDB selects (`gosum.io` for `gosum.io+<key>`), else the default.
pub fn sumdb_name(gosumdb: &str) -> String {
    match gosumdb::parse(gosumdb) {
        Ok(SumDb::Database { name, .. }) => name,
        _ => DEFAULT_SUMDB.to_string(),
    }
}

/// The `file://` entries of GOPROXY, which Go reads from the file system.
pub fn file_entries(goproxy: &str) -> Vec<String> {
    goproxy::parse(goproxy)
        .map(|l| {
            l.urls()
                .filter(|u| {
                    u.get(..7)
                        .is_some_and(|s| s.eq_ignore_ascii_case("file://"))
                })
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Go's module path escaping for proxy URLs: an upper-case letter becomes `!` + lower case.
pub fn escape_module_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The targets, GOPROXY entries first, without duplicates. `module` is the probe module.
pub fn targets(goproxy: &str, gosumdb: &str, mirrors: &[String], module: &str) -> Vec<Target> {
    let mut out: Vec<Target> = Vec::new();
    let name = sumdb_name(gosumdb);
    let mut push = |t: Option<Target>| {
        if let Some(t) = t.map(|mut t| {
            t.sumdb_name = name.clone();
            t
        }) && !out.iter().any(|o| o.base.eq_ignore_ascii_case(&t.base))
        {
            out.push(t);
        }
    };
    let list = goproxy::parse(goproxy).ok();
    let urls: Vec<String> = list
        .as_ref()
        .map(|l| l.urls().map(str::to_string).collect())
        .unwrap_or_default();
    for url in &urls {
        push(Target::new(url, Role::Goproxy, module));
    }
    for m in mirrors {
        push(Target::new(m, Role::Mirror, module));
    }
    let uses_proxy_golang_org = urls
        .iter()
        .any(|u| goproxy::host_of(u) == Some("proxy.golang.org"));
    match gosumdb::parse(gosumdb) {
        Ok(SumDb::Database { url: Some(url), .. }) => push(Target::new(&url, Role::Sumdb, module)),
        Ok(SumDb::Database { name, url: None }) => {
            push(Target::new(&format!("https://{name}"), Role::Sumdb, module));
            if name == "sum.golang.org" {
                push(Target::new(
                    "https://sum.golang.google.cn",
                    Role::SumdbAlternative,
                    module,
                ));
            }
        }
        Ok(SumDb::Off) | Err(_) => {}
    }
    if uses_proxy_golang_org {
        push(Target::new(
            "https://storage.googleapis.com",
            Role::Storage,
            module,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bases(t: &[Target]) -> Vec<(&str, Role)> {
        t.iter().map(|t| (t.base.as_str(), t.role)).collect()
    }

    #[test]
    fn default_settings() {
        let mirrors = [
            "https://proxy.golang.org/".to_string(),
            "https://goproxy.cn".to_string(),
        ];
        let t = targets(
            "https://proxy.golang.org,direct",
            "sum.golang.org",
            &mirrors,
            "golang.org/x/text",
        );
        assert_eq!(
            bases(&t),
            [
                ("https://proxy.golang.org", Role::Goproxy),
                ("https://goproxy.cn", Role::Mirror),
                ("https://sum.golang.org", Role::Sumdb),
                ("https://sum.golang.google.cn", Role::SumdbAlternative),
                ("https://storage.googleapis.com", Role::Storage),
            ]
        );
    }

    #[test]
    fn explicit_sumdb_url_and_paths() {
        let t = targets(
            "https://mirrors.aliyun.com/goproxy/|direct",
            "sum.golang.google.cn",
            &[],
            "golang.org/x/text",
        );
        assert_eq!(
            bases(&t),
            [
                ("https://mirrors.aliyun.com/goproxy", Role::Goproxy),
                ("https://sum.golang.google.cn", Role::Sumdb)
            ]
        );
        assert_eq!(t[0].path_prefix(), "/goproxy");
        assert_eq!(t[0].paths()[0].0, "/golang.org/x/text/@v/list");
        assert_eq!(t[1].paths(), [("/latest".to_string(), true)]);
    }

    #[test]
    fn hosts_ports_and_escaping() {
        let t = Target::new(
            "http://127.0.0.1:8080/",
            Role::Mirror,
            "github.com/BurntSushi/toml",
        )
        .unwrap();
        assert_eq!(
            (t.host.as_str(), t.port, t.https),
            ("127.0.0.1", 8080, false)
        );
        assert_eq!(t.host_header(), "127.0.0.1:8080");
        assert_eq!(t.paths()[0].0, "/github.com/!burnt!sushi/toml/@v/list");
        let v6 = Target::new("https://[::1]:8443", Role::Mirror, "m").unwrap();
        assert_eq!(
            (v6.host.as_str(), v6.host_for_connect().as_str()),
            ("::1", "[::1]")
        );
        assert!(Target::new("ftp://x", Role::Mirror, "m").is_none());
    }
}
