//! Where an OS environment variable probably comes from: the shell startup files that assign
//! it. A manual fix that says "delete line 12 of ~/.bashrc" is one the user can follow; "check
//! your shell profile" sends them searching. Pure: the file list is a function of the OS and
//! the environment, the scan a function of a file's text. The go-env probe does the reading.

use std::path::PathBuf;

use crate::platform::{EnvMap, Os, home_dir, user_config_dir};

/// One line that assigns an environment variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub name: String,
    /// 1-based.
    pub line: u32,
    /// The line, trimmed.
    pub text: String,
}

/// The startup files where exported variables are usually set, most personal first, and the
/// folders whose `*.sh` files are sourced too (`/etc/profile.d`). Windows keeps variables in
/// the registry, not in files: nothing to scan.
pub fn startup_files(os: Os, env: &EnvMap) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let Some(home) = home_dir(os, env) else {
        return (Vec::new(), Vec::new());
    };
    let zdot = env
        .get("ZDOTDIR")
        .filter(|d| d.starts_with('/'))
        .map_or_else(|| home.clone(), PathBuf::from);
    let fish = user_config_dir(Os::Linux, env)
        .unwrap_or_else(|| home.join(".config"))
        .join("fish/config.fish");
    let mut files: Vec<PathBuf> = match os {
        Os::Windows => return (Vec::new(), Vec::new()),
        Os::Linux | Os::MacOs => [".bashrc", ".bash_profile", ".bash_login", ".profile"]
            .iter()
            .map(|f| home.join(f))
            .chain(
                [".zshenv", ".zprofile", ".zshrc", ".zlogin"]
                    .iter()
                    .map(|f| zdot.join(f)),
            )
            .chain([fish])
            .collect(),
    };
    let system: &[&str] = match os {
        Os::Linux => &[
            "/etc/environment",
            "/etc/profile",
            "/etc/bash.bashrc",
            "/etc/zsh/zshenv",
            "/etc/zsh/zprofile",
        ],
        _ => &["/etc/profile", "/etc/zshenv", "/etc/zprofile", "/etc/zshrc"],
    };
    if os == Os::Linux {
        files.push(home.join(".pam_environment"));
    }
    files.extend(system.iter().map(PathBuf::from));
    (files, vec![PathBuf::from("/etc/profile.d")])
}

/// The lines of `text` that assign one of `names`: `NAME=`, `export NAME=`, `declare -x NAME=`,
/// `typeset -x`, fish's `set -x NAME` / `set -gx NAME` / `set --export NAME`, csh's
/// `setenv NAME`, and `NAME DEFAULT=` of pam_environment. Comments are skipped.
pub fn assignments(text: &str, names: &[&str]) -> Vec<Assignment> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = names.iter().find(|n| assigns(line, n)) {
            out.push(Assignment {
                name: (*name).to_string(),
                line: u32::try_from(i + 1).unwrap_or(u32::MAX),
                text: line.to_string(),
            });
        }
    }
    out
}

fn assigns(line: &str, name: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let starts_assignment = |w: &str| {
        w.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('=') || rest.starts_with("+="))
    };
    match words.as_slice() {
        [] => false,
        [
            "export" | "declare" | "typeset" | "local" | "readonly",
            rest @ ..,
        ] => rest
            .iter()
            .skip_while(|w| w.starts_with('-'))
            .any(|w| starts_assignment(w) || *w == name),
        ["set", rest @ ..] => {
            let exported = rest
                .iter()
                .take_while(|w| w.starts_with('-'))
                .any(|w| *w == "--export" || (!w.starts_with("--") && w.contains('x')));
            exported && rest.iter().find(|w| !w.starts_with('-')) == Some(&name)
        }
        ["setenv", n, ..] => *n == name,
        [first, second, ..] if *first == name && second.starts_with("DEFAULT=") => true,
        [first, ..] => starts_assignment(first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::env_map;

    #[test]
    fn recognises_the_usual_forms() {
        let text = "\
# export GOPROXY=commented
export GOPROXY=https://goproxy.cn,direct
GOSUMDB=off
export PATH=$PATH:/usr/local/go/bin
declare -x GOFLAGS=-mod=mod
set -gx GOPRIVATE git.corp.example.com
setenv GONOSUMDB corp
GOINSECURE DEFAULT=corp.example
export GOPROXYX=1
  export HTTPS_PROXY=http://127.0.0.1:7890
GOTOOLCHAIN+=x
";
        let found = assignments(
            text,
            &[
                "GOPROXY",
                "GOSUMDB",
                "GOFLAGS",
                "GOPRIVATE",
                "GONOSUMDB",
                "GOINSECURE",
                "HTTPS_PROXY",
                "GOTOOLCHAIN",
            ],
        );
        let lines: Vec<(&str, u32)> = found.iter().map(|a| (a.name.as_str(), a.line)).collect();
        assert_eq!(
            lines,
            [
                ("GOPROXY", 2),
                ("GOSUMDB", 3),
                ("GOFLAGS", 5),
                ("GOPRIVATE", 6),
                ("GONOSUMDB", 7),
                ("GOINSECURE", 8),
                ("HTTPS_PROXY", 10),
                ("GOTOOLCHAIN", 11),
            ]
        );
        assert_eq!(found[6].text, "export HTTPS_PROXY=http://127.0.0.1:7890");
    }

    #[test]
    fn fish_set_must_export() {
        assert!(assignments("set -x GOPROXY off", &["GOPROXY"]).len() == 1);
        assert!(assignments("set --export GOPROXY off", &["GOPROXY"]).len() == 1);
        assert!(assignments("set -g GOPROXY off", &["GOPROXY"]).is_empty());
        assert!(assignments("export GOPROXY", &["GOPROXY"]).len() == 1);
    }

    #[test]
    fn startup_files_per_os() {
        let env = env_map(&[("HOME", "/home/u"), ("ZDOTDIR", "/home/u/.zsh")]);
        let (files, dirs) = startup_files(Os::Linux, &env);
        assert_eq!(files[0], PathBuf::from("/home/u/.bashrc"));
        assert!(files.contains(&PathBuf::from("/home/u/.zsh/.zshrc")));
        assert!(files.contains(&PathBuf::from("/home/u/.config/fish/config.fish")));
        assert!(files.contains(&PathBuf::from("/etc/environment")));
        assert_eq!(dirs, [PathBuf::from("/etc/profile.d")]);
        let (mac, _) = startup_files(Os::MacOs, &env_map(&[("HOME", "/Users/u")]));
        assert!(mac.contains(&PathBuf::from("/Users/u/.zprofile")));
        assert!(mac.contains(&PathBuf::from("/etc/zshrc")));
        assert!(!mac.contains(&PathBuf::from("/etc/environment")));
        let (win, win_dirs) =
            startup_files(Os::Windows, &env_map(&[("USERPROFILE", r"C:\Users\u")]));
        assert!(win.is_empty() && win_dirs.is_empty());
    }
}
