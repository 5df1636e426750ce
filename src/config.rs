//! Configuration: the embedded `default.toml`, a user TOML file over it, flags over both, all
//! resolved into one [`Inputs`] value that the checks read.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context as _, bail};

use crate::i18n::Message;
use messages as msg;

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

mod layer;
pub mod messages;

use layer::Layer;
pub use layer::{parse_duration, parse_mirror_flag, parse_resolver};

/// What the command line says about inputs.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--config`: the user config file, instead of `$GODIAG_CONFIG` or the default location.
    pub config: Option<PathBuf>,
    /// `--go`: the go to examine (a path, or a name looked up on PATH).
    pub go: Option<PathBuf>,
    /// `--workspace`: the folder whose go.mod counts and where `go env` runs.
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
    /// The operating system whose rules apply (paths, shells, resolvers).
    pub os: Os,
    /// godiag's own environment, as go and the editor's tools inherit it.
    pub env: EnvMap,
    /// `--go`.
    pub go: Option<PathBuf>,
    /// The folder whose go.mod counts, and where `go env` runs.
    pub workspace: PathBuf,
    /// The host names the hosts, dns and connectivity checks look at.
    pub go_hosts: Vec<String>,
    /// The `[go_env]` section.
    pub go_env: GoEnvInputs,
    /// The `[hosts]` section and `--hosts-file`/`--nsswitch`.
    pub hosts: HostsInputs,
    /// The `[dns]` section, `--resolv-conf`, `--resolver` and `--samples`.
    pub dns: DnsInputs,
    /// The `[connectivity]` section and `--mirror`.
    pub connectivity: ConnectivityInputs,
    /// The `[vscode]` section and `--vscode-settings`.
    pub vscode: VscodeInputs,
    /// The `[fix]` section and where `godiag fix` keeps its state.
    pub fix: FixInputs,
    /// The user config file that was read, if any.
    pub config_file: Option<PathBuf>,
    /// The id of a check that must fail on purpose ([`FAULT_ENV`]); the pipeline checks that
    /// it names a check.
    pub fault: Option<String>,
}

#[derive(Debug, Clone)]
pub struct GoEnvInputs {
    pub timeout: Duration,
    /// Older Go is `go-env.go-too-old`.
    pub min_version: GoVersion,
    /// Public modules no GOPRIVATE-like pattern should cover.
    pub public_modules: Vec<String>,
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

/// Builds the inputs: defaults, then the user file, then flags.
pub fn load(overrides: &Overrides, os: Os, env: EnvMap, cwd: &Path) -> anyhow::Result<Inputs> {
    let defaults = layer::parse(DEFAULT_TOML, Path::new("default.toml"))
        .context(msg::default_toml_invalid())?;
    let config_file = user_config_path(overrides, os, &env)?;
    let user = match &config_file {
        Some(path) => {
            let read = crate::readcap::read(path, crate::readcap::caps::CONFIG)
                .map_err(|e| fail(msg::unreadable(shown(path), read_problem(&e))))?;
            if read.truncated {
                bail!(fail(msg::truncated(
                    shown(path),
                    crate::readcap::human_size(read.cap)
                )));
            }
            let text = String::from_utf8(read.data)
                .map_err(|e| fail(msg::not_utf8(shown(path), e.to_string())))?;
            layer::parse(&text, path)?
        }
        None => Layer::default(),
    };
    let file = Merged::new(user, defaults);
    // `--timeout` replaces every probe timeout, the `go` subprocess included.
    let timeout = |configured: layer::Timeout| overrides.timeout.unwrap_or(configured.0);

    let workspace = match &overrides.workspace {
        Some(dir) => {
            let dir = cwd.join(dir);
            match std::fs::metadata(&dir) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => {
                    let what = match crate::readcap::check_regular(&dir) {
                        Ok(()) => msg::file_kind("file"),
                        Err(crate::readcap::ReadError::NotRegular(kind)) => file_kind(kind),
                        Err(e) => read_problem(&e),
                    };
                    bail!(fail(msg::workspace_not_folder(shown(&dir), what)));
                }
                Err(_) => bail!(fail(msg::workspace_missing(shown(&dir)))),
            }
            dir
        }
        None => cwd.to_path_buf(),
    };
    let resolvers = if overrides.resolvers.is_empty() {
        file.req(file.dns.resolvers.clone(), "dns.resolvers")?
            .into_iter()
            .map(|r| r.0)
            .collect()
    } else {
        overrides.resolvers.clone()
    };
    let samples = overrides
        .samples
        .map_or_else(|| file.req(file.dns.samples, "dns.samples"), Ok)?;
    if !(1..=100).contains(&samples) {
        bail!(fail(msg::samples_out_of_range(samples)));
    }
    let mirrors = if overrides.mirrors.is_empty() {
        file.req(file.connectivity.mirrors.clone(), "connectivity.mirrors")?
            .into_iter()
            .map(|m| m.0)
            .collect()
    } else {
        overrides.mirrors.clone()
    };
    // Paths in a config file are relative to its folder; paths on the command line to the
    // current folder.
    let config_dir = config_file
        .as_ref()
        .and_then(|p| p.parent())
        .map_or_else(|| cwd.to_path_buf(), Path::to_path_buf);
    let from_config = |value: Option<&String>| {
        value
            .filter(|v| !v.is_empty())
            .map(|v| clean_join(&config_dir, Path::new(v)))
    };
    let hosts = HostsInputs {
        file: overrides
            .hosts_file
            .as_ref()
            .map(|p| cwd.join(p))
            .or_else(|| from_config(file.hosts.file.as_ref()))
            .unwrap_or_else(|| default_hosts_file(os, &env)),
        nsswitch: overrides
            .nsswitch
            .as_ref()
            .map(|p| cwd.join(p))
            .or_else(|| from_config(file.hosts.nsswitch.as_ref()))
            .or_else(|| default_nsswitch(os)),
        host_conf: from_config(file.hosts.host_conf.as_ref()).or_else(|| default_host_conf(os)),
        timeout: timeout(file.req(file.hosts.timeout, "hosts.timeout")?),
        max_block_age: file.req(file.hosts.max_block_age, "hosts.max_block_age")?.0,
    };
    let dns = DnsInputs {
        timeout: timeout(file.req(file.dns.timeout, "dns.timeout")?),
        resolvers,
        encrypted: file
            .req(file.dns.encrypted.clone(), "dns.encrypted")?
            .into_iter()
            .map(|e| e.0)
            .collect(),
        resolv_conf: overrides
            .resolv_conf
            .as_ref()
            .map(|p| cwd.join(p))
            .or_else(|| from_config(file.dns.resolv_conf.as_ref()))
            .or_else(|| default_resolv_conf(os)),
        systemd_resolv_conf: from_config(file.dns.systemd_resolv_conf.as_ref()),
        system_port: file.req(file.dns.system_port, "dns.system_port")?,
        hold_on: file.req(file.dns.hold_on, "dns.hold_on")?.0,
        hold_on_private: file.req(file.dns.hold_on_private, "dns.hold_on_private")?,
        slow: file.req(file.dns.slow, "dns.slow")?.0,
        samples,
    };
    let fault = env.get(FAULT_ENV).filter(|v| !v.is_empty()).cloned();

    Ok(Inputs {
        os,
        // A relative --go names a file from where the user typed it, not from the workspace
        // that go later runs in; a bare name is looked up on PATH. A path with a root (also
        // Windows' `\dir\go.exe`, root without a drive) is not relative to the folder.
        go: overrides.go.as_ref().map(|g| {
            if g.components().count() > 1 && !g.has_root() {
                cwd.join(g)
            } else {
                g.clone()
            }
        }),
        workspace,
        go_hosts: file.req(file.go_hosts.clone(), "go_hosts")?,
        go_env: GoEnvInputs {
            timeout: timeout(file.req(file.go_env.timeout, "go_env.timeout")?),
            min_version: file
                .req(file.go_env.min_version.clone(), "go_env.min_version")?
                .0,
            public_modules: file
                .req(file.go_env.public_modules.clone(), "go_env.public_modules")?,
        },
        hosts,
        dns,
        connectivity: ConnectivityInputs {
            timeout: timeout(file.req(file.connectivity.timeout, "connectivity.timeout")?),
            slow: file.req(file.connectivity.slow, "connectivity.slow")?.0,
            mirrors,
            probe_module: file.req(
                file.connectivity.probe_module.clone(),
                "connectivity.probe_module",
            )?,
        },
        vscode: VscodeInputs {
            settings: overrides
                .vscode_settings
                .iter()
                .map(|p| cwd.join(p))
                .collect(),
            min_extension: file
                .req(file.vscode.min_extension.clone(), "vscode.min_extension")?
                .0,
            proc_root: PathBuf::from("/proc"),
        },
        fix: FixInputs {
            verify_timeout: file.req(file.fix.verify_timeout, "fix.verify_timeout")?.0,
            state_dir: crate::platform::godiag_state_dir(os, &env),
        },
        config_file,
        fault,
        env,
    })
}

/// The user's layer over the defaults, key by key (a list replaces the default list).
struct Merged(Layer);

impl std::ops::Deref for Merged {
    type Target = Layer;
    fn deref(&self) -> &Layer {
        &self.0
    }
}

impl Merged {
    fn new(user: Layer, base: Layer) -> Merged {
        let (u, b) = (user, base);
        Merged(Layer {
            go_hosts: u.go_hosts.or(b.go_hosts),
            go_env: layer::GoEnvLayer {
                timeout: u.go_env.timeout.or(b.go_env.timeout),
                min_version: u.go_env.min_version.or(b.go_env.min_version),
                public_modules: u.go_env.public_modules.or(b.go_env.public_modules),
            },
            hosts: layer::HostsLayer {
                file: u.hosts.file.or(b.hosts.file),
                nsswitch: u.hosts.nsswitch.or(b.hosts.nsswitch),
                host_conf: u.hosts.host_conf.or(b.hosts.host_conf),
                timeout: u.hosts.timeout.or(b.hosts.timeout),
                max_block_age: u.hosts.max_block_age.or(b.hosts.max_block_age),
            },
            dns: layer::DnsLayer {
                timeout: u.dns.timeout.or(b.dns.timeout),
                resolv_conf: u.dns.resolv_conf.or(b.dns.resolv_conf),
                systemd_resolv_conf: u.dns.systemd_resolv_conf.or(b.dns.systemd_resolv_conf),
                system_port: u.dns.system_port.or(b.dns.system_port),
                hold_on: u.dns.hold_on.or(b.dns.hold_on),
                hold_on_private: u.dns.hold_on_private.or(b.dns.hold_on_private),
                slow: u.dns.slow.or(b.dns.slow),
                samples: u.dns.samples.or(b.dns.samples),
                resolvers: u.dns.resolvers.or(b.dns.resolvers),
                encrypted: u.dns.encrypted.or(b.dns.encrypted),
            },
            connectivity: layer::ConnectivityLayer {
                timeout: u.connectivity.timeout.or(b.connectivity.timeout),
                slow: u.connectivity.slow.or(b.connectivity.slow),
                mirrors: u.connectivity.mirrors.or(b.connectivity.mirrors),
                probe_module: u.connectivity.probe_module.or(b.connectivity.probe_module),
            },
            vscode: layer::VscodeLayer {
                min_extension: u.vscode.min_extension.or(b.vscode.min_extension),
            },
            fix: layer::FixLayer {
                verify_timeout: u.fix.verify_timeout.or(b.fix.verify_timeout),
            },
        })
    }

    /// A key every layer may leave out but the built-in defaults must name (a test holds
    /// `default.toml` to that).
    fn req<T>(&self, value: Option<T>, key: &str) -> anyhow::Result<T> {
        value.ok_or_else(|| fail(msg::default_toml_lacks(key)))
    }
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
            bail!(fail(msg::config_flag_unusable(
                shown(path),
                read_problem(&e)
            )));
        }
        return Ok(Some(path.clone()));
    }
    if let Some(path) = env.get(CONFIG_ENV).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(path);
        if let Err(e) = crate::readcap::check_regular(&path) {
            bail!(fail(msg::config_env_unusable(
                CONFIG_ENV,
                shown(&path),
                read_problem(&e)
            )));
        }
        return Ok(Some(path));
    }
    Ok(default_godiag_config(os, env).filter(|p| p.is_file()))
}

/// An error that is a message: rendered where it is printed, in the user's language.
pub(crate) fn fail(message: Message) -> anyhow::Error {
    anyhow::Error::msg(message)
}

/// A path as errors show it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// Why a file could not be read, in words of the catalogue.
fn read_problem(e: &crate::readcap::ReadError) -> Message {
    use crate::readcap::ReadError;
    match e {
        ReadError::NotFound => msg::read_problem("not-found", ""),
        ReadError::PermissionDenied(os) => msg::read_problem("permission-denied", os),
        ReadError::NotRegular(kind) => msg::read_problem("not-regular", file_kind(*kind)),
        ReadError::Loop => msg::read_problem("loop", ""),
        ReadError::TimedOut(t) => {
            msg::read_problem("timed-out", humantime::format_duration(*t).to_string())
        }
        ReadError::Io(os) => msg::read_problem("io", os),
    }
}

/// What a path is instead of a regular file.
fn file_kind(kind: crate::readcap::FileKind) -> Message {
    use crate::readcap::FileKind;
    msg::file_kind(match kind {
        FileKind::Directory => "directory",
        FileKind::Fifo => "fifo",
        FileKind::CharDevice => "char-device",
        FileKind::BlockDevice => "block-device",
        FileKind::Socket => "socket",
        FileKind::Other => "other",
    })
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
        assert_eq!(inputs.go_env.min_version, GoVersion::parse("1.13").unwrap());
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
    fn invalid_toml_and_missing_file() {
        let err = load_with(Some("[go_env\n"), Overrides::default()).unwrap_err();
        assert!(format!("{err:#}").contains("config.toml:1:"), "{err:#}");
        let err = load_with(Some("[dns]\ntimeout = \"soon\"\n"), Overrides::default()).unwrap_err();
        let msg = format!("{err:#}");
        assert!(
            msg.contains("config.toml:2:11: `dns.timeout`: expected a duration"),
            "{msg}"
        );
        let missing = Overrides {
            config: Some("/nonexistent/godiag.toml".into()),
            ..Overrides::default()
        };
        let err = load(&missing, Os::Linux, EnvMap::new(), Path::new("/")).unwrap_err();
        assert!(format!("{err:#}").contains("no such file"));
    }

    #[test]
    fn unusable_config_files_are_said_in_either_language() {
        use crate::i18n::{Lang, in_lang};
        use crate::readcap::{FileKind, ReadError};
        let fifo = read_problem(&ReadError::NotRegular(FileKind::Fifo));
        assert_eq!(
            fifo.render(Lang::En),
            "it is a FIFO (named pipe), not a regular file"
        );
        assert_eq!(
            fifo.render(Lang::ZhCn),
            "它是命名管道（FIFO），不是普通文件"
        );
        let slow = read_problem(&ReadError::TimedOut(Duration::from_secs(2)));
        assert_eq!(slow.render(Lang::ZhCn), "读取超时（超过 2s）");
        let dir = tempfile::tempdir().unwrap();
        let overrides = Overrides {
            config: Some(dir.path().to_path_buf()),
            ..Overrides::default()
        };
        let err = load(&overrides, Os::Linux, EnvMap::new(), dir.path()).unwrap_err();
        let shown = dir.path().display();
        assert_eq!(
            in_lang(Lang::En, || format!("{err:#}")),
            format!("--config {shown}: it is a directory, not a regular file")
        );
        assert_eq!(
            in_lang(Lang::ZhCn, || format!("{err:#}")),
            format!("--config {shown}：它是目录，不是普通文件")
        );
        let err = load_with(Some("[dns]\nsamples = 0\n"), Overrides::default()).unwrap_err();
        assert_eq!(
            in_lang(Lang::ZhCn, || format!("{err:#}")),
            "samples 必须在 1 到 100 之间，现在是 0"
        );
    }

    #[test]
    fn godiag_config_env_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "[go_env]\nmin_version = \"1.18\"\n").unwrap();
        let env: EnvMap = [(CONFIG_ENV.to_string(), path.display().to_string())].into();
        let inputs = load(&Overrides::default(), Os::Linux, env, dir.path()).unwrap();
        assert_eq!(inputs.go_env.min_version, GoVersion::parse("1.18").unwrap());
        assert_eq!(inputs.config_file, Some(path));
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
