//! Shared helpers for the integration tests: a hermetic godiag command.

pub mod dns;
pub mod http;
#[cfg(target_os = "linux")]
pub mod netns;
pub mod sumdb;
pub mod synth;
pub mod worlds;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository's fixtures folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The folder holding one fake `go`.
pub fn fake_go_dir(name: &str) -> PathBuf {
    fixtures().join("go").join(name)
}

/// A sandbox: an empty HOME and workspace, and a godiag command that sees only them.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("home/.config/go")).expect("home");
        std::fs::create_dir_all(dir.path().join("work")).expect("work");
        Sandbox { dir }
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    pub fn work(&self) -> PathBuf {
        self.dir.path().join("work")
    }

    /// The `go env -w` file of this sandbox's HOME.
    pub fn go_env_file(&self) -> PathBuf {
        self.home().join(".config/go/env")
    }

    /// godiag with a cleared environment: HOME in the sandbox, PATH = the fake go's folder (or
    /// nothing) plus the system folders sh needs, the hermetic config that keeps every
    /// network target on loopback, and English whatever the machine's UI language is.
    pub fn godiag(&self, fake_go: Option<&str>) -> Command {
        let mut path = String::new();
        if let Some(name) = fake_go {
            path.push_str(&fake_go_dir(name).display().to_string());
            path.push(':');
        }
        path.push_str("/nonexistent-bin"); // never the real go in /usr/bin
        let mut cmd = Command::cargo_bin("godiag").expect("binary");
        cmd.env_clear()
            .env("PATH", path)
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.home().join(".config"))
            .env("GODIAG_CONFIG", fixtures().join("config/hermetic.toml"))
            .env("GODIAG_LANG", "en")
            .current_dir(self.work());
        cmd
    }

    /// godiag with the real `go` on PATH, a temporary GOENV file and HOME.
    pub fn godiag_real_go(&self) -> Command {
        let mut cmd = Command::cargo_bin("godiag").expect("binary");
        let go_dir = which_go().parent().expect("go's folder").to_path_buf();
        cmd.env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", go_dir.display()))
            .env("HOME", self.home())
            .env("GOENV", self.go_env_file())
            .env("GOCACHE", self.dir.path().join("gocache"))
            .env("GODIAG_CONFIG", fixtures().join("config/hermetic.toml"))
            .env("GODIAG_LANG", "en")
            .current_dir(self.work());
        cmd
    }

    /// The real go, with the same environment as [`Sandbox::godiag_real_go`].
    pub fn real_go(&self) -> Command {
        let mut cmd = Command::new(which_go());
        cmd.env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("HOME", self.home())
            .env("GOENV", self.go_env_file())
            .env("GOCACHE", self.dir.path().join("gocache"))
            .current_dir(self.work());
        cmd
    }
}

/// The real go on this machine; tests that call this are `#[ignore]`d unless Go is installed.
pub fn which_go() -> PathBuf {
    which::which("go").expect("these tests need the Go toolchain: apt-get install golang-go")
}

/// Runs a command and parses its stdout as the JSON report.
pub fn json_report(cmd: &mut Command) -> (serde_json::Value, i32) {
    let output = cmd.output().expect("run godiag");
    let text = String::from_utf8(output.stdout).expect("utf-8 stdout");
    let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"));
    (value, output.status.code().unwrap_or(-1))
}

/// The codes of all findings in a JSON report.
pub fn codes(report: &serde_json::Value) -> Vec<String> {
    report["checks"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["findings"].as_array().cloned().unwrap_or_default())
        .map(|f| f["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The finding with `code`, which must be there.
pub fn finding<'a>(report: &'a serde_json::Value, code: &str) -> &'a serde_json::Value {
    report["checks"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["findings"].as_array().into_iter().flatten())
        .find(|f| f["code"] == code)
        .unwrap_or_else(|| {
            panic!(
                "no {code} in {}",
                serde_json::to_string_pretty(report).unwrap_or_default()
            )
        })
}

/// The first step of a `godiag fix` JSON report whose action is of `kind` (`go-env-set`...).
pub fn fix_step<'a>(report: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    report["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["action"]["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} step in {report:#}"))
}

/// `fix --apply --proxy https://goproxy.cn` while the OS environment sets another GOPROXY: the
/// write must be reported ineffective, naming the `unset` to run. Returns the report.
pub fn assert_shadowed_goproxy_write_is_ineffective(godiag: &mut Command) -> serde_json::Value {
    let (report, code) = json_report(
        godiag
            .env("GOPROXY", "https://proxy.golang.org,direct")
            .args([
                "fix",
                "--offline",
                "--json",
                "--apply",
                "--proxy",
                "https://goproxy.cn",
            ]),
    );
    assert_eq!(code, 1, "{report:#}");
    let step = fix_step(&report, "go-env-set");
    assert_eq!(step["state"], "ineffective", "{step}");
    assert!(
        step["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("unset GOPROXY"),
        "{step}"
    );
    report
}

/// Validates a report against the committed JSON Schema.
pub fn assert_matches_schema(report: &serde_json::Value) {
    assert_matches(report, "report.schema.json");
}

/// Validates a `godiag fix` report against the committed JSON Schema.
pub fn assert_matches_fix_schema(report: &serde_json::Value) {
    assert_matches(report, "fix.schema.json");
}

fn assert_matches(report: &serde_json::Value, schema_name: &str) {
    let schema_text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("schema")
            .join(schema_name),
    )
    .expect("committed schema");
    let schema: serde_json::Value = serde_json::from_str(&schema_text).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(report)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "report does not match the schema:\n{}",
        errors.join("\n")
    );
}
