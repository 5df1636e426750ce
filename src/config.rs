//! Configuration: the embedded `default.toml`, a user TOML file over it, flags over both, all
//! resolved into one [`Inputs`] value that the checks read.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context as _, bail};
use serde::Deserialize;

use crate::checks::CheckId;
use crate::checks::go_env::rules::RuleConfig;
use crate::go::gover::GoVersion;
use crate::platform::{
    EnvMap, Os, default_godiag_config, default_host_conf, default_hosts_file, default_nsswitch,
    default_resolv_conf,
};

/// The defaults, compiled in.
pub const DEFAULT_TOML: &str = include_str!("../default.toml");

/// The environment variable naming a config file.
pub const CONFIG_ENV: &str = "GODIAG_CONFIG";

/// The environment variable that makes a check panic on purpose, to test that one failing
/// check becomes a finding instead of a crash. Value: a check id.
pub const FAULT_ENV: &str = "GODIAG_INTERNAL_FAULT";

/// The longest timeout godiag accepts: a doctor that waits longer is not helping.
const MAX_TIMEOUT: Duration = Duration::from_secs(600);

/// The file layout of `default.toml` and user config files.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    go_hosts: Vec<String>,
    go_env: GoEnvSection,
    hosts: HostsSection,
    dns: DnsSection,
    connectivity: ConnectivitySection,
    vscode: VscodeSection,
    fix: FixSection,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FixSection {
    verify_timeout: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VscodeSection {
    min_extension: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoEnvSection {
    timeout: String,
    min_version: String,
    public_modules: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HostsSection {
    file: String,
    nsswitch: String,
    host_conf: String,
    timeout: String,
    max_block_age: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DnsSection {
    timeout: String,
    resolv_conf: String,
    systemd_resolv_conf: String,
    system_port: u16,
    hold_on: String,
    hold_on_private: bool,
    slow: String,
    samples: u32,
    resolvers: Vec<String>,
    encrypted: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConnectivitySection {
    timeout: String,
    slow: String,
    mirrors: Vec<String>,
    probe_module: String,
}

/// What the command line says about inputs.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub go: Option<PathBuf>,
    pub workspace: Option<PathBuf>,
    /// `--timeout`: every probe's timeout.
    pub timeout: Option<Duration>,
    /// `--hosts-file`.
    pub hosts_file: Option<PathBuf>,
    /// `--nsswitch`.
    pub nsswitch: Option<PathBuf>,
    /// `--resolv-conf`.
    pub resolv_conf: Option<PathBuf>,
    /// `--resolver` (repeatable): replaces the reference resolvers.
    pub resolvers: Vec<SocketAddr>,
    /// `--samples`.
    pub samples: Option<u32>,
    /// `--mirror` (repeatable): replaces the mirror candidates.
    pub mirrors: Vec<String>,
    /// `--vscode-settings` (repeatable): replaces settings discovery.
    pub vscode_settings: Vec<PathBuf>,
}

/// Everything the checks read, resolved once.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub os: Os,
    pub env: EnvMap,
    /// `--go`.
    pub go: Option<PathBuf>,
    /// The folder whose go.mod counts, and where `go env` runs.
    pub workspace: PathBuf,
    pub go_hosts: Vec<String>,
    pub go_env: GoEnvInputs,
    pub hosts: HostsInputs,
    pub dns: DnsInputs,
    pub connectivity: ConnectivityInputs,
    pub vscode: VscodeInputs,
    pub fix: FixInputs,
    /// The user config file that was read, if any.
    pub config_file: Option<PathBuf>,
    /// A check that must fail on purpose ([`FAULT_ENV`]).
    pub fault: Option<CheckId>,
    /// Probe results more than one check needs, computed once per run.
    pub shared: std::sync::Arc<crate::shared::Shared>,
}

#[derive(Debug, Clone)]
pub struct GoEnvInputs {
    pub timeout: Duration,
    pub rules: RuleConfig,
}

#[derive(Debug, Clone)]
pub struct HostsInputs {
    pub file: PathBuf,
    /// None: the platform's resolver decides the order (macOS, Windows).
    pub nsswitch: Option<PathBuf>,
    pub host_conf: Option<PathBuf>,
    pub timeout: Duration,
    pub max_block_age: Duration,
}

#[derive(Debug, Clone)]
pub struct DnsInputs {
    pub timeout: Duration,
    /// The reference resolvers.
    pub resolvers: Vec<SocketAddr>,
    /// The encrypted references (DoT/DoH).
    pub encrypted: Vec<crate::net::dns::Encrypted>,
    /// None: the platform's configuration (Windows registry).
    pub resolv_conf: Option<PathBuf>,
    pub systemd_resolv_conf: Option<PathBuf>,
    pub system_port: u16,
    /// Zero: no injection probe.
    pub hold_on: Duration,
    /// Also probe resolvers on loopback and private addresses for injection.
    pub hold_on_private: bool,
    pub slow: Duration,
    pub samples: u32,
}

#[derive(Debug, Clone)]
pub struct VscodeInputs {
    /// Files given with --vscode-settings (discovery is skipped when any are).
    pub settings: Vec<PathBuf>,
    pub min_extension: GoVersion,
    /// Where running processes are listed (Linux).
    pub proc_root: PathBuf,
}

#[derive(Debug, Clone)]
pub struct FixInputs {
    /// The deadline of `fix --verify`'s `go mod download`.
    pub verify_timeout: Duration,
    /// Lock, backups and manifests ([`crate::platform::godiag_state_dir`]); `None` when the
    /// environment names no home folder.
    pub state_dir: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct ConnectivityInputs {
    pub timeout: Duration,
    /// A proxy answering the protocol slower than this is `connectivity.slow`.
    pub slow: Duration,
    pub mirrors: Vec<String>,
    pub probe_module: String,
}

impl Inputs {
    /// The longest a check may run: its own probe timeout plus a margin for the work around
    /// the probes. A check still running then is reported as an internal error.
    pub fn check_budget(&self, id: CheckId) -> Duration {
        let margin = Duration::from_millis(500);
        match id {
            CheckId::GoEnv => self.go_env.timeout + margin,
            // Three files read concurrently, then a CPU pass over a possibly huge file.
            CheckId::Hosts => self.hosts.timeout + Duration::from_secs(2),
            // Every query, sample and the hold-on window share one deadline.
            CheckId::Dns => self.dns.timeout + self.dns.hold_on + Duration::from_millis(500),
            // It first needs go env's settings (shared with the go-env check), then one
            // deadline per target covers every layer.
            CheckId::Connectivity => {
                self.go_env.timeout + self.connectivity.timeout + Duration::from_millis(500)
            }
            // go env's values, local files, and one TCP connect to http.proxy.
            CheckId::Vscode => {
                self.go_env.timeout + self.connectivity.timeout + Duration::from_secs(1)
            }
        }
    }
}

/// Builds the inputs: defaults, then the user file, then flags.
pub fn load(overrides: &Overrides, os: Os, env: EnvMap, cwd: &Path) -> anyhow::Result<Inputs> {
    let mut merged: toml::Table = DEFAULT_TOML
        .parse()
        .context("the built-in default.toml is invalid")?;
    let config_file = user_config_path(overrides, os, &env)?;
    if let Some(path) = &config_file {
        let read = crate::readcap::read(path, crate::readcap::caps::CONFIG)
            .with_context(|| format!("cannot read config file {}", path.display()))?;
        if let Some(note) = read.truncation_note() {
            anyhow::bail!(
                "config file {} is {note}; refusing a config cut short",
                path.display()
            );
        }
        let text = String::from_utf8(read.data)
            .with_context(|| format!("config file {} is not UTF-8", path.display()))?;
        let user: toml::Table = text
            .parse()
            .with_context(|| format!("config file {} is not valid TOML", path.display()))?;
        merge(&mut merged, user, "", path)?;
    }
    let file: ConfigFile =
        toml::Value::Table(merged)
            .try_into()
            .with_context(|| match &config_file {
                Some(path) => format!(
                    "config file {} has a value of the wrong type",
                    path.display()
                ),
                None => "the built-in default.toml is invalid".to_string(),
            })?;
    let origin = config_file
        .as_ref()
        .map_or_else(|| "default.toml".to_string(), |p| p.display().to_string());
    let duration = |key: &str, value: &str| -> anyhow::Result<Duration> {
        match overrides.timeout {
            Some(d) => Ok(d),
            None => parse_duration(value).with_context(|| format!("`{key}` in {origin}")),
        }
    };

    let workspace = match &overrides.workspace {
        Some(dir) => {
            let dir = cwd.join(dir);
            match std::fs::metadata(&dir) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => {
                    let what = match crate::readcap::check_regular(&dir) {
                        Ok(()) => "a file".to_string(),
                        Err(crate::readcap::ReadError::NotRegular(kind)) => kind.to_string(),
                        Err(e) => e.to_string(),
                    };
                    bail!(
                        "--workspace {}: expected a folder, found {what}; pass the folder that holds your go.mod",
                        dir.display()
                    );
                }
                Err(_) => bail!(
                    "--workspace {}: expected a folder, found none; pass the folder that holds your go.mod",
                    dir.display()
                ),
            }
            dir
        }
        None => cwd.to_path_buf(),
    };
    let min_version = GoVersion::parse(&file.go_env.min_version).with_context(|| {
        format!(
            "`go_env.min_version` in {origin} is {:?}; expected a Go version such as \"1.13\"",
            file.go_env.min_version
        )
    })?;
    let resolvers = if overrides.resolvers.is_empty() {
        file.dns
            .resolvers
            .iter()
            .map(|r| parse_resolver(r).with_context(|| format!("`dns.resolvers` in {origin}")))
            .collect::<anyhow::Result<Vec<_>>>()?
    } else {
        overrides.resolvers.clone()
    };
    let samples = overrides.samples.unwrap_or(file.dns.samples);
    if !(1..=100).contains(&samples) {
        bail!("samples must be between 1 and 100, found {samples}");
    }
    let mirrors = if overrides.mirrors.is_empty() {
        file.connectivity.mirrors.clone()
    } else {
        overrides.mirrors.clone()
    };
    for mirror in &mirrors {
        if !(mirror.starts_with("https://") || mirror.starts_with("http://")) {
            bail!(
                "`connectivity.mirrors` in {origin}: {mirror:?} is not an http(s) URL; write it as https://host/path"
            );
        }
    }
    // Paths in a config file are relative to its folder; paths on the command line to the
    // current folder.
    let config_dir = config_file
        .as_ref()
        .and_then(|p| p.parent())
        .map_or_else(|| cwd.to_path_buf(), Path::to_path_buf);
    let from_config =
        |value: &str| (!value.is_empty()).then(|| clean_join(&config_dir, Path::new(value)));
    let hosts = HostsInputs {
        file: overrides
            .hosts_file
            .as_ref()
            .map(|p| cwd.join(p))
            .or_else(|| from_config(&file.hosts.file))
            .unwrap_or_else(|| default_hosts_file(os, &env)),
        nsswitch: overrides
            .nsswitch
            .as_ref()
            .map(|p| cwd.join(p))
            .or_else(|| from_config(&file.hosts.nsswitch))
            .or_else(|| default_nsswitch(os)),
        host_conf: from_config(&file.hosts.host_conf).or_else(|| default_host_conf(os)),
        timeout: duration("hosts.timeout", &file.hosts.timeout)?,
        max_block_age: parse_age(&file.hosts.max_block_age)
            .with_context(|| format!("`hosts.max_block_age` in {origin}"))?,
    };
    let fault = match env.get(FAULT_ENV).filter(|v| !v.is_empty()) {
        Some(id) => {
            Some(CheckId::parse(id).with_context(|| format!("{FAULT_ENV}={id} names no check"))?)
        }
        None => None,
    };

    Ok(Inputs {
        os,
        // A relative --go names a file from where the user typed it, not from the workspace
        // that go later runs in; a bare name is looked up on PATH.
        go: overrides
            .go
            .as_ref()
            .map(|g| if g.components().count() > 1 { cwd.join(g) } else { g.clone() }),
        workspace,
        go_hosts: file.go_hosts,
        go_env: GoEnvInputs {
            timeout: duration("go_env.timeout", &file.go_env.timeout)?,
            rules: RuleConfig {
                os,
                min_version,
                public_modules: file.go_env.public_modules,
            },
        },
        hosts,
        dns: DnsInputs {
            timeout: duration("dns.timeout", &file.dns.timeout)?,
            resolvers,
            encrypted: file
                .dns
                .encrypted
                .iter()
                .map(|e| crate::net::dns::Encrypted::parse(e).map_err(|m| anyhow::anyhow!("`dns.encrypted` in {origin}: {m}")))
                .collect::<anyhow::Result<Vec<_>>>()?,
            resolv_conf: overrides
                .resolv_conf
                .as_ref()
                .map(|p| cwd.join(p))
                .or_else(|| from_config(&file.dns.resolv_conf))
                .or_else(|| default_resolv_conf(os)),
            systemd_resolv_conf: from_config(&file.dns.systemd_resolv_conf),
            system_port: file.dns.system_port,
            hold_on: parse_age(&file.dns.hold_on)
                .with_context(|| format!("`dns.hold_on` in {origin}"))?,
            hold_on_private: file.dns.hold_on_private,
            slow: parse_duration(&file.dns.slow)
                .with_context(|| format!("`dns.slow` in {origin}"))?,
            samples,
        },
        connectivity: ConnectivityInputs {
            timeout: duration("connectivity.timeout", &file.connectivity.timeout)?,
            slow: parse_duration(&file.connectivity.slow)
                .with_context(|| format!("`connectivity.slow` in {origin}"))?,
            mirrors,
            probe_module: file.connectivity.probe_module,
        },
        vscode: VscodeInputs {
            settings: overrides.vscode_settings.iter().map(|p| cwd.join(p)).collect(),
            min_extension: GoVersion::parse(&file.vscode.min_extension).with_context(|| {
                format!("`vscode.min_extension` in {origin} is {:?}; expected a version such as \"0.38.0\"", file.vscode.min_extension)
            })?,
            proc_root: PathBuf::from("/proc"),
        },
        fix: FixInputs {
            verify_timeout: parse_duration(&file.fix.verify_timeout)
                .with_context(|| format!("`fix.verify_timeout` in {origin}"))?,
            state_dir: crate::platform::godiag_state_dir(os, &env),
        },
        config_file,
        fault,
        shared: Default::default(),
        env,
    })
}

/// `--config`, else `$GODIAG_CONFIG` (both must exist), else the default location if a file is
/// there.
fn user_config_path(
    overrides: &Overrides,
    os: Os,
    env: &EnvMap,
) -> anyhow::Result<Option<PathBuf>> {
    if let Some(path) = &overrides.config {
        if let Err(e) = crate::readcap::check_regular(path) {
            bail!("--config {}: {e}", path.display());
        }
        return Ok(Some(path.clone()));
    }
    if let Some(path) = env.get(CONFIG_ENV).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(path);
        if let Err(e) = crate::readcap::check_regular(&path) {
            bail!(
                "{CONFIG_ENV}={}: {e}; unset it or point it at a TOML file",
                path.display()
            );
        }
        return Ok(Some(path));
    }
    Ok(default_godiag_config(os, env).filter(|p| p.is_file()))
}

/// Overlays `user` on `base`. Every key of `user` must exist in `base`: an unknown key is
/// almost always a typo that would otherwise be silently ignored.
fn merge(
    base: &mut toml::Table,
    user: toml::Table,
    prefix: &str,
    file: &Path,
) -> anyhow::Result<()> {
    for (key, value) in user {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let known: Vec<String> = base.keys().cloned().collect();
        match base.get_mut(&key) {
            None => {
                let closest = known
                    .iter()
                    .filter(|k| strsim::jaro_winkler(k, &key) > 0.8)
                    .map(|k| format!(" (did you mean `{k}`?)"))
                    .next()
                    .unwrap_or_default();
                let table = if prefix.is_empty() {
                    "the top level".to_string()
                } else {
                    format!("[{prefix}]")
                };
                bail!(
                    "unknown key `{path}` in config file {}{closest}; known keys in {table}: {}",
                    file.display(),
                    known.join(", ")
                );
            }
            Some(toml::Value::Table(base_table)) => match value {
                toml::Value::Table(user_table) => merge(base_table, user_table, &path, file)?,
                other => bail!(
                    "`{path}` in config file {} must be a table, found a {}",
                    file.display(),
                    other.type_str()
                ),
            },
            Some(slot) => {
                if slot.type_str() != value.type_str() {
                    bail!(
                        "`{path}` in config file {} must be a {}, found a {}",
                        file.display(),
                        slot.type_str(),
                        value.type_str()
                    );
                }
                *slot = value;
            }
        }
    }
    Ok(())
}

/// Parses a timeout: `5s`, `500ms`, `1m 30s`, or a bare number of seconds (`2.5`).
pub fn parse_duration(text: &str) -> anyhow::Result<Duration> {
    let text = text.trim();
    let duration = match text.parse::<f64>() {
        Ok(secs) if secs.is_finite() && secs >= 0.0 => {
            Duration::from_secs_f64(secs.min(MAX_TIMEOUT.as_secs_f64() + 1.0))
        }
        Ok(_) => bail!("{text:?} is not a duration; expected e.g. 5s or 500ms"),
        Err(_) => humantime::parse_duration(text).map_err(|e| {
            anyhow::anyhow!("{text:?} is not a duration ({e}); expected e.g. 5s or 500ms")
        })?,
    };
    if duration.is_zero() {
        bail!("a timeout of 0 would fail every probe; expected e.g. 5s or 500ms");
    }
    if duration > MAX_TIMEOUT {
        bail!("{text:?} is longer than the maximum of 10m");
    }
    Ok(duration)
}

/// `base` joined with `rel`, with `.` and `..` resolved lexically, so that reports show
/// `/etc/godiag/hosts` rather than `/etc/godiag/conf.d/../hosts`.
fn clean_join(base: &Path, rel: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for part in base.join(rel).components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push(part);
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// An age such as `30d` or `12h` (no upper bound, unlike timeouts).
fn parse_age(text: &str) -> anyhow::Result<Duration> {
    humantime::parse_duration(text.trim())
        .map_err(|e| anyhow::anyhow!("{text:?} is not a duration ({e}); expected e.g. 30d or 12h"))
}

/// A resolver address: `ip` (port 53) or `ip:port`, `[v6]:port`.
pub fn parse_resolver(text: &str) -> anyhow::Result<SocketAddr> {
    if let Ok(ip) = text.parse::<std::net::IpAddr>() {
        return Ok(SocketAddr::new(ip, 53));
    }
    text.parse::<SocketAddr>().map_err(|_| {
        anyhow::anyhow!(
            "{text:?} is not a resolver address; expected an IP, IP:PORT or [IPv6]:PORT"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_with(toml_text: Option<&str>, overrides: Overrides) -> anyhow::Result<Inputs> {
        let dir = tempfile::tempdir()?;
        let mut overrides = overrides;
        if let Some(text) = toml_text {
            let path = dir.path().join("config.toml");
            std::fs::write(&path, text)?;
            overrides.config = Some(path);
        }
        load(&overrides, Os::Linux, EnvMap::new(), dir.path())
    }

    #[test]
    fn defaults_load() {
        let inputs = load_with(None, Overrides::default()).unwrap();
        assert_eq!(inputs.go_env.timeout, Duration::from_secs(5));
        assert_eq!(inputs.dns.timeout, Duration::from_secs(2));
        assert_eq!(inputs.dns.resolvers[0], "8.8.8.8:53".parse().unwrap());
        assert!(inputs.go_hosts.iter().any(|h| h == "proxy.golang.org"));
        assert_eq!(
            inputs.go_env.rules.min_version,
            GoVersion::parse("1.13").unwrap()
        );
    }

    #[test]
    fn user_file_overrides_and_flags_override_both() {
        let text = "[go_env]\ntimeout = \"7s\"\n[dns]\nresolvers = [\"127.0.0.1:5353\"]\n";
        let inputs = load_with(Some(text), Overrides::default()).unwrap();
        assert_eq!(inputs.go_env.timeout, Duration::from_secs(7));
        assert_eq!(
            inputs.dns.resolvers,
            vec!["127.0.0.1:5353".parse().unwrap()]
        );
        // Untouched keys keep their defaults.
        assert_eq!(inputs.connectivity.probe_module, "golang.org/x/text");

        let flags = Overrides {
            timeout: Some(Duration::from_millis(250)),
            ..Overrides::default()
        };
        let inputs = load_with(Some(text), flags).unwrap();
        assert_eq!(inputs.go_env.timeout, Duration::from_millis(250));
        assert_eq!(inputs.dns.timeout, Duration::from_millis(250));
        assert_eq!(inputs.connectivity.timeout, Duration::from_millis(250));
    }

    #[test]
    fn unknown_keys_name_the_key_and_the_file() {
        let err =
            load_with(Some("[go_env]\ntimeuot = \"1s\"\n"), Overrides::default()).unwrap_err();
        let msg = format!("{err:#}");
        assert!(msg.contains("unknown key `go_env.timeuot`"), "{msg}");
        assert!(msg.contains("config.toml"), "{msg}");
        assert!(msg.contains("did you mean `timeout`"), "{msg}");

        let err = load_with(Some("colour = true\n"), Overrides::default()).unwrap_err();
        assert!(format!("{err:#}").contains("unknown key `colour`"));
    }

    #[test]
    fn wrong_types_are_errors() {
        let err = load_with(Some("[go_env]\ntimeout = 5\n"), Overrides::default()).unwrap_err();
        assert!(
            format!("{err:#}").contains("`go_env.timeout` in config file"),
            "{err:#}"
        );
        let err = load_with(Some("go_env = 1\n"), Overrides::default()).unwrap_err();
        assert!(format!("{err:#}").contains("must be a table"), "{err:#}");
        let err =
            load_with(Some("[go_env]\ntimeout = \"soon\"\n"), Overrides::default()).unwrap_err();
        assert!(format!("{err:#}").contains("not a duration"), "{err:#}");
    }

    #[test]
    fn invalid_toml_and_missing_file() {
        let err = load_with(Some("[go_env\n"), Overrides::default()).unwrap_err();
        assert!(format!("{err:#}").contains("not valid TOML"));
        let missing = Overrides {
            config: Some("/nonexistent/godiag.toml".into()),
            ..Overrides::default()
        };
        let err = load(&missing, Os::Linux, EnvMap::new(), Path::new("/")).unwrap_err();
        assert!(format!("{err:#}").contains("no such file"));
    }

    #[test]
    fn godiag_config_env_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "[go_env]\nmin_version = \"1.18\"\n").unwrap();
        let env: EnvMap = [(CONFIG_ENV.to_string(), path.display().to_string())].into();
        let inputs = load(&Overrides::default(), Os::Linux, env, dir.path()).unwrap();
        assert_eq!(
            inputs.go_env.rules.min_version,
            GoVersion::parse("1.18").unwrap()
        );
        assert_eq!(inputs.config_file, Some(path));
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
    fn config_relative_paths_are_cleaned() {
        assert_eq!(
            clean_join(Path::new("/a/b"), Path::new("../c/./d")),
            PathBuf::from("/a/c/d")
        );
        assert_eq!(
            clean_join(Path::new("/a"), Path::new("/abs")),
            PathBuf::from("/abs")
        );
    }

    #[test]
    fn resolvers() {
        assert_eq!(
            parse_resolver("1.1.1.1").unwrap(),
            "1.1.1.1:53".parse().unwrap()
        );
        assert_eq!(
            parse_resolver("[::1]:5353").unwrap(),
            "[::1]:5353".parse().unwrap()
        );
        assert!(parse_resolver("dns.google").is_err());
    }
}
