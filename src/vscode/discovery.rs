//! Where VS Code-family editors keep their settings and extensions, as pure functions of the
//! OS and the environment.

use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::platform::{EnvMap, Os, home_dir};

/// The kind of settings file, in VS Code's precedence order (later wins).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// The user settings of a VS Code-family product (or one of its profiles).
    User,
    /// A profile's settings (`User/profiles/<id>/settings.json`), used instead of the user's
    /// when that profile is active.
    Profile,
    /// The remote server's machine settings (`~/.vscode-server/data/Machine/settings.json`).
    RemoteMachine,
    /// `<workspace>/.vscode/settings.json`.
    Workspace,
    /// The `"settings"` object of a `*.code-workspace` file.
    WorkspaceFile,
}

impl std::fmt::Display for Scope {
    /// The JSON report's words (`remote-machine`), for `--verbose`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Scope::User => "user",
            Scope::Profile => "profile",
            Scope::RemoteMachine => "remote-machine",
            Scope::Workspace => "workspace",
            Scope::WorkspaceFile => "workspace-file",
        })
    }
}

/// A place where a settings file may be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub path: PathBuf,
    pub product: String,
    pub scope: Scope,
}

/// The desktop products and their folder names under the user config folder.
pub const PRODUCTS: &[(&str, &str)] = &[
    ("VS Code", "Code"),
    ("VS Code Insiders", "Code - Insiders"),
    ("VSCodium", "VSCodium"),
    ("Cursor", "Cursor"),
    ("Windsurf", "Windsurf"),
];

/// Remote-server folders (in the home directory) and their products.
pub const SERVERS: &[(&str, &str)] = &[
    ("VS Code Server", ".vscode-server"),
    ("VS Code Server Insiders", ".vscode-server-insiders"),
    ("Cursor Server", ".cursor-server"),
    ("VSCodium Server", ".vscodium-server"),
];

/// Extension folders (in the home directory) and their products.
pub const EXTENSION_DIRS: &[(&str, &str)] = &[
    ("VS Code", ".vscode/extensions"),
    ("VS Code Insiders", ".vscode-insiders/extensions"),
    ("VSCodium", ".vscode-oss/extensions"),
    ("Cursor", ".cursor/extensions"),
    ("Windsurf", ".windsurf/extensions"),
    ("VS Code Server", ".vscode-server/extensions"),
];

/// A `.code-workspace` file: its settings live under `"settings"`.
pub fn is_workspace_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "code-workspace")
}

/// The folder that holds `<Product>/User/settings.json`: Linux `$XDG_CONFIG_HOME` or
/// `~/.config`, macOS `~/Library/Application Support`, Windows `%APPDATA%`; `VSCODE_APPDATA`
/// overrides all (VS Code's own rule).
pub fn user_data_parent(os: Os, env: &EnvMap) -> Option<PathBuf> {
    if let Some(dir) = env.get("VSCODE_APPDATA").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    crate::platform::user_config_dir(os, env)
}

/// Every user-level settings file that may apply (profiles are listed by the probe, which
/// reads the `profiles` folders).
pub fn user_candidates(os: Os, env: &EnvMap) -> Vec<Candidate> {
    let mut out = Vec::new();
    // A portable install keeps everything in <dir>/user-data.
    if let Some(portable) = env.get("VSCODE_PORTABLE").filter(|v| !v.is_empty()) {
        out.push(Candidate {
            path: PathBuf::from(portable)
                .join("user-data")
                .join("User")
                .join("settings.json"),
            product: "VS Code (portable)".into(),
            scope: Scope::User,
        });
    }
    if let Some(parent) = user_data_parent(os, env) {
        for (product, folder) in PRODUCTS {
            out.push(Candidate {
                path: parent.join(folder).join("User").join("settings.json"),
                product: (*product).to_string(),
                scope: Scope::User,
            });
        }
    }
    if let Some(home) = home_dir(os, env) {
        out.push(Candidate {
            path: home.join(".local/share/code-server/User/settings.json"),
            product: "code-server".into(),
            scope: Scope::User,
        });
        for (product, folder) in SERVERS {
            out.push(Candidate {
                path: home
                    .join(folder)
                    .join("data")
                    .join("Machine")
                    .join("settings.json"),
                product: (*product).to_string(),
                scope: Scope::RemoteMachine,
            });
        }
    }
    out
}

/// The extension folders to look for the Go extension in.
pub fn extension_dirs(os: Os, env: &EnvMap) -> Vec<(String, PathBuf)> {
    let Some(home) = home_dir(os, env) else {
        return Vec::new();
    };
    let mut out: Vec<(String, PathBuf)> = EXTENSION_DIRS
        .iter()
        .map(|(p, d)| ((*p).to_string(), home.join(d)))
        .collect();
    if let Some(portable) = env.get("VSCODE_PORTABLE").filter(|v| !v.is_empty()) {
        out.push((
            "VS Code (portable)".into(),
            PathBuf::from(portable).join("extensions"),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::platform::env_map as env;

    /// With `/` whatever the host: `PathBuf::join` inserts the separator of the OS the tests run
    /// on (they also run on Windows), not of the `Os` under test.
    fn paths(c: &[Candidate]) -> Vec<String> {
        c.iter()
            .map(|c| c.path.display().to_string().replace('\\', "/"))
            .collect()
    }

    #[test]
    fn linux_locations() {
        let c = user_candidates(Os::Linux, &env(&[("HOME", "/home/u")]));
        let p = paths(&c);
        assert!(p.contains(&"/home/u/.config/Code/User/settings.json".to_string()));
        assert!(p.contains(&"/home/u/.config/Cursor/User/settings.json".to_string()));
        assert!(p.contains(&"/home/u/.vscode-server/data/Machine/settings.json".to_string()));
        assert!(p.contains(&"/home/u/.local/share/code-server/User/settings.json".to_string()));
        assert_eq!(
            c.iter()
                .find(|c| c.path.ends_with("Machine/settings.json"))
                .unwrap()
                .scope,
            Scope::RemoteMachine
        );
    }

    #[test]
    fn macos_and_windows_locations() {
        let mac = paths(&user_candidates(Os::MacOs, &env(&[("HOME", "/Users/u")])));
        assert!(
            mac.contains(
                &"/Users/u/Library/Application Support/Code/User/settings.json".to_string()
            )
        );
        let win = user_candidates(
            Os::Windows,
            &env(&[
                ("APPDATA", r"C:\Users\u\AppData\Roaming"),
                ("USERPROFILE", r"C:\Users\u"),
            ]),
        );
        assert!(win[0].path.starts_with(r"C:\Users\u\AppData\Roaming"));
        assert_eq!(win[0].product, "VS Code");
    }

    #[test]
    fn portable_and_appdata_overrides() {
        let c = user_candidates(
            Os::Linux,
            &env(&[
                ("HOME", "/h"),
                ("VSCODE_PORTABLE", "/opt/vsc"),
                ("VSCODE_APPDATA", "/data"),
            ]),
        );
        let p = paths(&c);
        assert_eq!(p[0], "/opt/vsc/user-data/User/settings.json");
        assert!(p.contains(&"/data/Code/User/settings.json".to_string()));
        let ext = extension_dirs(
            Os::Linux,
            &env(&[("HOME", "/h"), ("VSCODE_PORTABLE", "/opt/vsc")]),
        );
        assert!(
            ext.iter()
                .any(|(_, d)| d == &PathBuf::from("/opt/vsc/extensions"))
        );
        assert!(
            ext.iter()
                .any(|(_, d)| d == &PathBuf::from("/h/.vscode/extensions"))
        );
    }
}
