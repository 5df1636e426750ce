//! Platform knowledge as pure functions of an [`Os`] and an environment map.
//!
//! godiag runs on Linux, macOS and Windows but is tested on Linux only. Keeping every
//! OS-specific path rule a pure function of its inputs lets the tests cover all three.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// The environment godiag reads, as a map. Captured once at start-up so that every rule sees
/// the same values and tests can inject their own.
pub type EnvMap = BTreeMap<String, String>;

/// The operating systems godiag knows the conventions of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    /// Linux and other Unix but macOS: glibc-style files, XDG folders.
    Linux,
    /// macOS: the system resolver, Library folders.
    MacOs,
    /// Windows: the registry, AppData folders, PowerShell.
    Windows,
}

impl Os {
    /// The OS this binary was built for. Other Unix systems follow the Linux conventions, as
    /// Go's `os.UserConfigDir` does.
    pub const fn current() -> Os {
        if cfg!(target_os = "macos") {
            Os::MacOs
        } else if cfg!(windows) {
            Os::Windows
        } else {
            Os::Linux
        }
    }
}

/// Captures the process environment, with names as [`env_for_os`] keeps them. Variables whose
/// name or value is not valid Unicode are kept lossily: godiag only reads them, never writes
/// them back.
pub fn capture_env() -> EnvMap {
    env_for_os(
        Os::current(),
        std::env::vars_os().map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        }),
    )
}

/// The environment as the rules look it up. Windows variable names are case-insensitive: Go's
/// `os.Getenv` there calls `GetEnvironmentVariableW` (syscall/env_windows.go), so `GoProxy` or
/// `Path` is what Go reads as `GOPROXY` or `PATH`. Upper-casing the names on Windows lets every
/// rule ask for `PATH`, `GOPROXY`, `HTTPS_PROXY` as on Unix, where names are case-sensitive and
/// kept as they are (there `goproxy` is not Go's variable). A real Windows environment has no two
/// names that differ only in case; should a map have them, the first in name order wins.
pub fn env_for_os(os: Os, vars: impl IntoIterator<Item = (String, String)>) -> EnvMap {
    let mut env = EnvMap::new();
    let mut vars: Vec<(String, String)> = vars.into_iter().collect();
    vars.sort();
    for (name, value) in vars {
        let name = match os {
            Os::Windows => name.to_uppercase(),
            Os::Linux | Os::MacOs => name,
        };
        env.entry(name).or_insert(value);
    }
    env
}

fn non_empty<'a>(env: &'a EnvMap, key: &str) -> Option<&'a str> {
    env.get(key).map(String::as_str).filter(|v| !v.is_empty())
}

/// The user's home directory, as Go's `os.UserHomeDir` finds it.
pub fn home_dir(os: Os, env: &EnvMap) -> Option<PathBuf> {
    match os {
        Os::Windows => non_empty(env, "USERPROFILE").map(PathBuf::from),
        Os::Linux | Os::MacOs => non_empty(env, "HOME").map(PathBuf::from),
    }
}

/// The per-user configuration folder, exactly as Go's `os.UserConfigDir` computes it: Linux
/// `$XDG_CONFIG_HOME` (only when absolute) else `$HOME/.config`; macOS
/// `$HOME/Library/Application Support`; Windows `%AppData%`.
///
/// Go's `go env -w` file lives below it, so godiag must agree with Go to the letter.
pub fn user_config_dir(os: Os, env: &EnvMap) -> Option<PathBuf> {
    match os {
        Os::Windows => non_empty(env, "AppData")
            .or_else(|| non_empty(env, "APPDATA"))
            .map(PathBuf::from),
        Os::MacOs => non_empty(env, "HOME").map(|home| {
            PathBuf::from(home)
                .join("Library")
                .join("Application Support")
        }),
        Os::Linux => match non_empty(env, "XDG_CONFIG_HOME") {
            Some(xdg) if xdg.starts_with('/') => Some(PathBuf::from(xdg)),
            _ => non_empty(env, "HOME").map(|home| PathBuf::from(home).join(".config")),
        },
    }
}

/// Where `go env -w` writes when `GOENV` is not set: `os.UserConfigDir()/go/env`. godiag asks
/// go itself (`go env GOENV`); this is the same rule, for the tests that pin it per OS.
#[cfg(test)]
pub fn default_go_env_file(os: Os, env: &EnvMap) -> Option<PathBuf> {
    user_config_dir(os, env).map(|dir| dir.join("go").join("env"))
}

/// Where `godiag fix` keeps its lock, backups and manifests: the user's state folder (XDG
/// `$XDG_STATE_HOME`, else `~/.local/state`, on Linux; Application Support on macOS; the local,
/// non-roaming AppData on Windows, since backups belong to this machine), then `godiag`.
pub fn godiag_state_dir(os: Os, env: &EnvMap) -> Option<PathBuf> {
    let base = match os {
        Os::Windows => non_empty(env, "LocalAppData")
            .or_else(|| non_empty(env, "LOCALAPPDATA"))
            .map(PathBuf::from),
        Os::MacOs => user_config_dir(os, env),
        Os::Linux => match non_empty(env, "XDG_STATE_HOME") {
            Some(xdg) if xdg.starts_with('/') => Some(PathBuf::from(xdg)),
            _ => {
                non_empty(env, "HOME").map(|home| PathBuf::from(home).join(".local").join("state"))
            }
        },
    };
    base.map(|dir| dir.join("godiag"))
}

/// godiag's own config file when neither `--config` nor `$GODIAG_CONFIG` names one.
pub fn default_godiag_config(os: Os, env: &EnvMap) -> Option<PathBuf> {
    user_config_dir(os, env).map(|dir| dir.join("godiag").join("config.toml"))
}

/// The hosts file: `/etc/hosts` (macOS: a link to /private/etc/hosts), Windows
/// `%SystemRoot%\System32\drivers\etc\hosts`.
pub fn default_hosts_file(os: Os, env: &EnvMap) -> PathBuf {
    match os {
        Os::Windows => {
            let root = non_empty(env, "SystemRoot")
                .or_else(|| non_empty(env, "SYSTEMROOT"))
                .or_else(|| non_empty(env, "windir"))
                .or_else(|| non_empty(env, "WINDIR"))
                .unwrap_or(r"C:\Windows");
            PathBuf::from(format!(r"{root}\System32\drivers\etc\hosts"))
        }
        Os::Linux | Os::MacOs => PathBuf::from("/etc/hosts"),
    }
}

/// Where Go's own resolver reads the lookup order. macOS and Windows builds of go use the
/// system resolver by default, which reads the hosts file first: no file to read.
pub fn default_nsswitch(os: Os) -> Option<PathBuf> {
    (os == Os::Linux).then(|| PathBuf::from("/etc/nsswitch.conf"))
}

/// The system resolver's configuration file, on Linux only. Windows keeps the resolvers in the
/// adapters' configuration and macOS in SystemConfiguration (what `scutil --dns` prints; its
/// /etc/resolv.conf is a generated copy that "is not consulted by most processes", and Go's
/// default cgo resolver on macOS asks the system, not that file): hickory's
/// `system_conf::read_system_conf` reads both.
pub fn default_resolv_conf(os: Os) -> Option<PathBuf> {
    (os == Os::Linux).then(|| PathBuf::from("/etc/resolv.conf"))
}

/// The shell a person pastes godiag's commands into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    /// POSIX sh and its descendants (bash, zsh, dash).
    Posix,
    /// PowerShell: the terminal Windows opens by default.
    PowerShell,
}

/// The shell that OS users most often have: the one suggested commands are written for.
pub fn user_shell(os: Os) -> Shell {
    match os {
        Os::Windows => Shell::PowerShell,
        Os::Linux | Os::MacOs => Shell::Posix,
    }
}

/// Whether `path` is a system file that only root (an administrator) may edit: the hosts file
/// and its neighbours. A file under the user's home, or one a test or `--hosts-file` named
/// elsewhere, is the user's own.
pub fn is_system_file(os: Os, path: &str) -> bool {
    match os {
        Os::Windows => {
            let lower = path.to_ascii_lowercase().replace('/', "\\");
            lower.contains("\\windows\\") || lower.contains("\\programdata\\")
        }
        Os::Linux | Os::MacOs => ["/etc/", "/private/etc/", "/usr/", "/Library/", "/System/"]
            .iter()
            .any(|prefix| path.starts_with(prefix)),
    }
}

/// What editing a system file (the hosts file) takes, in the words of the OS.
pub fn admin_rights(os: Os) -> &'static str {
    match os {
        Os::Windows => "needs an editor run as administrator",
        Os::Linux | Os::MacOs => "needs root",
    }
}

/// Whether godiag can list gopls processes and read their environment (/proc/PID/environ).
/// Windows keeps another process's environment in that process's memory and macOS shows it only
/// to privileged tools: there godiag says it did not look rather than "0 gopls running".
pub fn can_read_process_env(os: Os) -> bool {
    os == Os::Linux
}

/// glibc's host.conf (Linux only).
pub fn default_host_conf(os: Os) -> Option<PathBuf> {
    (os == Os::Linux).then(|| PathBuf::from("/etc/host.conf"))
}

/// The name of the Go executable on this OS.
pub fn go_executable_name(os: Os) -> &'static str {
    match os {
        Os::Windows => "go.exe",
        Os::Linux | Os::MacOs => "go",
    }
}

/// Where Go's installers put `go` on this OS, searched when it is not on PATH: the official
/// macOS package (/usr/local/go/bin) and Homebrew (/opt/homebrew/bin on Apple silicon,
/// /usr/local/bin on Intel). A shell whose profile never added them, or an app started from the
/// Dock, runs without them on PATH. Linux and Windows installers put go on PATH themselves.
pub fn known_go_dirs(os: Os) -> &'static [&'static str] {
    match os {
        Os::MacOs => &["/usr/local/go/bin", "/opt/homebrew/bin", "/usr/local/bin"],
        Os::Linux | Os::Windows => &[],
    }
}

/// How a person unsets a variable in the shell that OS users most often have (PowerShell on
/// Windows), for that shell only.
pub fn unset_command(os: Os, name: &str) -> String {
    match os {
        Os::Windows => format!("Remove-Item Env:{name}"),
        Os::Linux | Os::MacOs => format!("unset {name}"),
    }
}

/// Windows: removing a variable from the user (`User`) or system (`Machine`, as administrator)
/// environment in the registry, in PowerShell; programs started afterwards no longer get it.
pub fn registry_unset_command(target: &str, name: &str) -> String {
    format!("[Environment]::SetEnvironmentVariable('{name}', $null, '{target}')")
}

/// An environment map from pairs, for tests.
#[cfg(test)]
pub(crate) fn env_map(pairs: &[(&str, &str)]) -> EnvMap {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::env_map as env;

    #[test]
    fn linux_config_dir_prefers_absolute_xdg() {
        let e = env(&[("HOME", "/home/u"), ("XDG_CONFIG_HOME", "/xdg")]);
        assert_eq!(user_config_dir(Os::Linux, &e), Some(PathBuf::from("/xdg")));
        assert_eq!(
            default_go_env_file(Os::Linux, &e),
            Some(PathBuf::from("/xdg/go/env"))
        );
    }

    #[test]
    fn linux_config_dir_ignores_relative_xdg_like_go() {
        let e = env(&[("HOME", "/home/u"), ("XDG_CONFIG_HOME", "rel")]);
        assert_eq!(
            user_config_dir(Os::Linux, &e),
            Some(PathBuf::from("/home/u/.config"))
        );
    }

    #[test]
    fn linux_without_home_has_no_config_dir() {
        assert_eq!(user_config_dir(Os::Linux, &env(&[])), None);
    }

    #[test]
    fn macos_uses_application_support() {
        let e = env(&[("HOME", "/Users/u"), ("XDG_CONFIG_HOME", "/xdg")]);
        assert_eq!(
            default_go_env_file(Os::MacOs, &e),
            Some(PathBuf::from("/Users/u/Library/Application Support/go/env"))
        );
    }

    #[test]
    fn windows_uses_appdata() {
        let e = env(&[
            ("APPDATA", r"C:\Users\u\AppData\Roaming"),
            ("USERPROFILE", r"C:\Users\u"),
        ]);
        let dir = user_config_dir(Os::Windows, &e).unwrap();
        assert_eq!(dir, PathBuf::from(r"C:\Users\u\AppData\Roaming"));
        assert_eq!(
            home_dir(Os::Windows, &e),
            Some(PathBuf::from(r"C:\Users\u"))
        );
        assert_eq!(go_executable_name(Os::Windows), "go.exe");
    }

    #[test]
    fn godiag_config_sits_next_to_go_config() {
        let e = env(&[("HOME", "/home/u")]);
        assert_eq!(
            default_godiag_config(Os::Linux, &e),
            Some(PathBuf::from("/home/u/.config/godiag/config.toml"))
        );
    }

    #[test]
    fn hosts_paths_per_os() {
        let e = env(&[("SystemRoot", r"D:\Win")]);
        assert_eq!(
            default_hosts_file(Os::Windows, &e),
            PathBuf::from(r"D:\Win\System32\drivers\etc\hosts")
        );
        assert_eq!(
            default_hosts_file(Os::Windows, &env(&[])),
            PathBuf::from(r"C:\Windows\System32\drivers\etc\hosts")
        );
        assert_eq!(
            default_hosts_file(Os::MacOs, &e),
            PathBuf::from("/etc/hosts")
        );
        assert_eq!(
            default_nsswitch(Os::Linux),
            Some(PathBuf::from("/etc/nsswitch.conf"))
        );
        assert_eq!(default_nsswitch(Os::MacOs), None);
        assert_eq!(default_host_conf(Os::Windows), None);
        assert_eq!(
            default_resolv_conf(Os::Linux),
            Some(PathBuf::from("/etc/resolv.conf"))
        );
        assert_eq!(default_resolv_conf(Os::MacOs), None);
        assert_eq!(default_resolv_conf(Os::Windows), None);
        assert!(admin_rights(Os::Windows).contains("administrator"));
        assert!(can_read_process_env(Os::Linux));
        assert!(!can_read_process_env(Os::MacOs));
        assert!(!can_read_process_env(Os::Windows));
        assert!(admin_rights(Os::Linux).contains("root"));
        assert!(admin_rights(Os::MacOs).contains("root"));
    }

    #[test]
    fn known_go_dirs_per_os() {
        assert!(known_go_dirs(Os::MacOs).contains(&"/opt/homebrew/bin"));
        assert!(known_go_dirs(Os::MacOs).contains(&"/usr/local/go/bin"));
        assert!(known_go_dirs(Os::Linux).is_empty());
        assert!(known_go_dirs(Os::Windows).is_empty());
    }

    #[test]
    fn shells_and_system_files_per_os() {
        assert_eq!(user_shell(Os::Linux), Shell::Posix);
        assert_eq!(user_shell(Os::MacOs), Shell::Posix);
        assert_eq!(user_shell(Os::Windows), Shell::PowerShell);
        assert!(is_system_file(Os::Linux, "/etc/hosts"));
        assert!(is_system_file(Os::MacOs, "/private/etc/hosts"));
        assert!(!is_system_file(Os::Linux, "/home/u/.bashrc"));
        assert!(!is_system_file(Os::Linux, "/tmp/x/hosts"));
        assert!(is_system_file(
            Os::Windows,
            r"C:\Windows\System32\drivers\etc\hosts"
        ));
        assert!(!is_system_file(Os::Windows, r"C:\Users\u\.bashrc"));
    }

    #[test]
    fn unset_commands_per_os() {
        assert_eq!(unset_command(Os::Linux, "GOPROXY"), "unset GOPROXY");
        assert_eq!(unset_command(Os::MacOs, "GOPROXY"), "unset GOPROXY");
        assert_eq!(
            unset_command(Os::Windows, "GOPROXY"),
            "Remove-Item Env:GOPROXY"
        );
        assert_eq!(
            registry_unset_command("User", "GOPROXY"),
            "[Environment]::SetEnvironmentVariable('GOPROXY', $null, 'User')"
        );
    }

    #[test]
    fn windows_names_are_case_insensitive() {
        let raw = || {
            [
                ("Path", r"C:\Go\bin"),
                ("GoProxy", "https://goproxy.cn"),
                ("https_proxy", "http://p:1"),
            ]
            .map(|(k, v)| (k.to_string(), v.to_string()))
        };
        let win = env_for_os(Os::Windows, raw());
        assert_eq!(win.get("PATH").map(String::as_str), Some(r"C:\Go\bin"));
        assert_eq!(
            win.get("GOPROXY").map(String::as_str),
            Some("https://goproxy.cn")
        );
        assert_eq!(
            win.get("HTTPS_PROXY").map(String::as_str),
            Some("http://p:1")
        );
        assert!(!win.contains_key("Path"));
        // Lookups that ask for Windows' usual spelling still find the value.
        let appdata = env_for_os(Os::Windows, [("AppData".to_string(), r"C:\A".to_string())]);
        assert_eq!(
            user_config_dir(Os::Windows, &appdata),
            Some(PathBuf::from(r"C:\A"))
        );
        for os in [Os::Linux, Os::MacOs] {
            let unix = env_for_os(os, raw());
            assert!(!unix.contains_key("GOPROXY"), "{os:?}");
            assert_eq!(
                unix.get("GoProxy").map(String::as_str),
                Some("https://goproxy.cn")
            );
        }
    }

    #[test]
    fn state_dir_per_os() {
        let linux = env_map(&[("HOME", "/home/u")]);
        assert_eq!(
            godiag_state_dir(Os::Linux, &linux),
            Some(PathBuf::from("/home/u/.local/state/godiag"))
        );
        let xdg = env_map(&[("HOME", "/home/u"), ("XDG_STATE_HOME", "/s")]);
        assert_eq!(
            godiag_state_dir(Os::Linux, &xdg),
            Some(PathBuf::from("/s/godiag"))
        );
        let relative = env_map(&[("HOME", "/home/u"), ("XDG_STATE_HOME", "s")]);
        assert_eq!(
            godiag_state_dir(Os::Linux, &relative),
            Some(PathBuf::from("/home/u/.local/state/godiag"))
        );
        assert_eq!(
            godiag_state_dir(Os::MacOs, &linux),
            Some(PathBuf::from("/home/u/Library/Application Support/godiag"))
        );
        let windows = env_map(&[("LOCALAPPDATA", r"C:\Users\u\AppData\Local")]);
        assert_eq!(
            godiag_state_dir(Os::Windows, &windows),
            Some(PathBuf::from(r"C:\Users\u\AppData\Local").join("godiag"))
        );
        assert_eq!(godiag_state_dir(Os::Linux, &env_map(&[])), None);
    }
}
