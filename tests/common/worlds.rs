//! Fixture worlds: one machine's Go setup, built hermetically in a [`Sandbox`] — the `go env
//! -w` file, OS variables, shell startup files, a hosts file, VS Code user settings and module
//! proxy mirrors on loopback — and godiag run against it with the fake go. Shared by the tests
//! that look at the whole report (the fix script, the layout, the exit codes).

use std::path::PathBuf;

use assert_cmd::Command;

use super::Sandbox;

/// A world under construction; every method writes its part at once.
pub struct World {
    pub sb: Sandbox,
    env: Vec<(String, String)>,
    hosts: Option<PathBuf>,
    mirrors: Vec<String>,
}

impl Default for World {
    fn default() -> World {
        World::new()
    }
}

impl World {
    /// An empty world: no go env file, no startup files, the hermetic config's clean hosts file.
    pub fn new() -> World {
        World {
            sb: Sandbox::new(),
            env: Vec::new(),
            hosts: None,
            mirrors: Vec::new(),
        }
    }

    /// The `go env -w` file's text.
    pub fn go_env(self, text: &str) -> World {
        std::fs::write(self.sb.go_env_file(), text).expect("go env file");
        self
    }

    /// An OS environment variable godiag (and the fake go) sees.
    pub fn os_env(mut self, name: &str, value: &str) -> World {
        self.env.push((name.to_string(), value.to_string()));
        self
    }

    /// A file under HOME, such as `.bashrc`.
    pub fn home_file(self, relative: &str, text: &str) -> World {
        let path = self.sb.home().join(relative);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
        std::fs::write(path, text).expect("home file");
        self
    }

    /// The hosts file godiag reads (`--hosts-file`).
    pub fn hosts(mut self, text: &str) -> World {
        let path = self.sb.dir.path().join("hosts");
        std::fs::write(&path, text).expect("hosts file");
        self.hosts = Some(path);
        self
    }

    /// VS Code's user settings.json, where discovery finds it under HOME.
    pub fn vscode_settings(self, text: &str) -> World {
        self.home_file(".config/Code/User/settings.json", text)
    }

    /// The path of VS Code's user settings.json.
    pub fn vscode_settings_path(&self) -> PathBuf {
        self.sb.home().join(".config/Code/User/settings.json")
    }

    /// A mirror the connectivity check measures (`--mirror`), e.g. a loopback module proxy.
    pub fn mirror(mut self, url: &str) -> World {
        self.mirrors.push(url.to_string());
        self
    }

    /// godiag with the fake go, run as `godiag ARGS...` in this world.
    pub fn godiag(&self, args: &[&str]) -> Command {
        let mut cmd = self.sb.godiag(Some("fake"));
        self.finish(&mut cmd, args);
        cmd
    }

    /// godiag with the real go (see [`Sandbox::godiag_real_go`]).
    pub fn godiag_real_go(&self, args: &[&str]) -> Command {
        let mut cmd = self.sb.godiag_real_go();
        self.finish(&mut cmd, args);
        cmd
    }

    fn finish(&self, cmd: &mut Command, args: &[&str]) {
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd.args(args);
        if let Some(hosts) = &self.hosts {
            cmd.arg("--hosts-file").arg(hosts);
        }
        for m in &self.mirrors {
            cmd.arg("--mirror").arg(m);
        }
    }

    /// `godiag check --color never ARGS...`: stdout and the exit code.
    pub fn check(&self, args: &[&str]) -> (String, i32) {
        let mut all = vec!["check", "--color", "never"];
        all.extend_from_slice(args);
        let out = self.godiag(&all).output().expect("run godiag");
        (
            String::from_utf8(out.stdout).expect("utf-8"),
            out.status.code().unwrap_or(-1),
        )
    }
}

/// The lines of the "Suggested fixes" block of a human report (without its indentation);
/// empty when there is none.
pub fn fix_script(report: &str) -> Vec<String> {
    block(report, "Suggested fixes")
}

/// The lines under the heading `heading` up to the next empty line, without indentation.
pub fn block(report: &str, heading: &str) -> Vec<String> {
    report
        .lines()
        .skip_while(|l| !l.trim().starts_with(heading))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.trim_start().to_string())
        .collect()
}

/// The commands a fix script may start with: everything else must be a `#` comment. (`by`,
/// `delete` and bash's `set` builtin were what pasting used to run.)
pub const SCRIPT_COMMANDS: &[&str] = &["go", "sudo", "sed", "unset", "godiag"];

/// Asserts that `lines` paste into sh: each is a comment or a known command, and `sh -n`
/// accepts the whole.
pub fn assert_pastes(lines: &[String]) {
    for line in lines.iter().filter(|l| !l.trim().is_empty()) {
        let first = line.split_whitespace().next().unwrap_or_default();
        assert!(
            line.starts_with('#') || SCRIPT_COMMANDS.contains(&first),
            "neither a comment nor a command: {line:?} in\n{}",
            lines.join("\n")
        );
    }
    let mut sh = std::process::Command::new("sh");
    sh.arg("-n")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = sh.spawn().expect("sh");
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all(format!("{}\n", lines.join("\n")).as_bytes())
            .expect("write the script");
    }
    let out = child.wait_with_output().expect("sh -n");
    assert!(
        out.status.success(),
        "sh -n rejects the script: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        lines.join("\n")
    );
}

/// The lines of a script that change only the user's own things: `go env -w/-u`, and `sed`
/// on a file (no `sudo`). Running them in a sandbox's HOME touches nothing outside it.
pub fn safe_subset(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| {
            l.starts_with("go env -w ")
                || l.starts_with("go env -u ")
                || l.starts_with("sed -i.bak ")
        })
        .cloned()
        .collect()
}
