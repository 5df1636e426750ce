//! Rule tests on facts built here: no I/O.

use super::*;
use crate::checks::go_env::facts::{
    Directive, EnvFileFacts, EnvFileLine, EnvFileStatus, WorkspaceFacts,
};
use crate::checks::go_env::facts::{GoFlagError, UnreadFile};
use crate::go::command::Invocation;
use crate::i18n::Lang;
use crate::model::Applicability;

const ENV_FILE: &str = "/home/u/.config/go/env";

fn cfg() -> RuleConfig {
    RuleConfig {
        os: Os::Linux,
        min_version: GoVersion::parse("1.13").unwrap(),
        public_modules: vec![
            "golang.org/x/text".into(),
            "github.com/stretchr/testify".into(),
        ],
    }
}

fn ok_invocation() -> Invocation {
    Invocation {
        command: "go env -json ...".into(),
        outcome: InvocationOutcome::Ok,
        exit_code: Some(0),
        stderr: String::new(),
        stdout_excerpt: None,
        error: None,
        duration_ms: 5,
        timeout_ms: 5000,
    }
}

/// Facts of a healthy Go 1.22 with Go's defaults.
fn facts() -> GoEnvFacts {
    let mut f = GoEnvFacts {
        go_binary: Some("/usr/local/go/bin/go".into()),
        go_binary_from: Some(crate::checks::go_env::facts::GoBinarySource::Path),
        invocations: vec![ok_invocation()],
        go_version: Some("go1.22.3".into()),
        goroot: Some("/usr/local/go".into()),
        env_file: Some(EnvFileFacts {
            path: Some(ENV_FILE.into()),
            status: EnvFileStatus::Missing,
            error: None,
            entries: vec![],
            keys_dropped: 0,
        }),
        ..GoEnvFacts::default()
    };
    for (name, value) in [
        ("GOVERSION", "go1.22.3"),
        ("GOPROXY", "https://goproxy.cn|direct"),
        ("GOSUMDB", "sum.golang.org"),
        ("GOPRIVATE", ""),
        ("GONOPROXY", ""),
        ("GONOSUMDB", ""),
        ("GOINSECURE", ""),
        ("GOFLAGS", ""),
        ("GOTOOLCHAIN", "auto"),
    ] {
        set(&mut f, name, value, Source::Default);
    }
    f
}

fn set(f: &mut GoEnvFacts, name: &str, value: &str, source: Source) {
    f.variables.retain(|v| v.name != name);
    f.variables.push(Variable {
        name: name.into(),
        value: value.into(),
        source,
        os_value: (source == Source::Environment).then(|| value.to_string()),
        file_value: None,
        file_line: None,
    });
}

/// Sets a variable as the `go env -w` file holds it, at `line`.
fn set_in_file(f: &mut GoEnvFacts, name: &str, value: &str, line: u32) {
    set(f, name, value, Source::EnvFile);
    if let Some(v) = f.variables.iter_mut().find(|v| v.name == name) {
        v.file_value = Some(value.into());
        v.file_line = Some(line);
    }
    if let Some(file) = &mut f.env_file {
        file.status = EnvFileStatus::Read;
        file.entries.push(EnvFileLine {
            key: name.into(),
            value: value.into(),
            line,
            count: None,
            first_line: None,
        });
    }
}

fn codes_of(findings: &[Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.code.as_str()).collect()
}

fn only(findings: &[Finding], code: &str) -> Finding {
    let matching: Vec<&Finding> = findings.iter().filter(|f| f.code == code).collect();
    assert_eq!(
        matching.len(),
        1,
        "expected one {code} in {:?}",
        codes_of(findings)
    );
    matching[0].clone()
}

#[test]
fn healthy_setup_has_no_findings() {
    assert_eq!(codes_of(&evaluate(&facts(), &cfg())), Vec::<&str>::new());
}

#[test]
fn go_missing() {
    let f = GoEnvFacts::default();
    let findings = evaluate(&f, &cfg());
    assert_eq!(codes_of(&findings), ["go-env.go-missing"]);
    assert_eq!(findings[0].severity, Severity::Error);
    let fix = findings[0].fix.as_ref().unwrap();
    assert_eq!(fix.applicability, Applicability::Manual);
    assert!(fix.actions[0].command().contains("golang-go"));
}

#[test]
fn a_wrong_go_flag_names_the_flag_and_the_path_not_an_install() {
    let f = GoEnvFacts {
        go_flag_error: Some(GoFlagError {
            given: "/nonexistent/go".into(),
            problem: GoFlagProblem::NoSuchFile,
        }),
        ..GoEnvFacts::default()
    };
    let findings = evaluate(&f, &cfg());
    assert_eq!(codes_of(&findings), ["go-env.go-missing"]);
    assert_eq!(findings[0].message, "--go /nonexistent/go: no such file");
    let fix = findings[0].fix.as_ref().unwrap();
    assert!(
        fix.description.to_string().contains("--go"),
        "{}",
        fix.description
    );
    assert!(
        !fix.description.to_string().contains("install"),
        "{}",
        fix.description
    );
    assert!(!fix.actions[0].command().contains("golang-go"));
}

#[test]
fn go_timeout_stops_further_rules() {
    let mut f = facts();
    f.invocations[0].outcome = InvocationOutcome::Timeout;
    f.variables.clear();
    let findings = evaluate(&f, &cfg());
    assert_eq!(codes_of(&findings), ["go-env.go-timeout"]);
    assert!(findings[0].message.to_string().contains("5000 ms"));
}

#[test]
fn go_failed_carries_stderr() {
    let mut f = facts();
    f.variables.clear();
    f.invocations[0].outcome = InvocationOutcome::Failed;
    f.invocations[0].exit_code = Some(1);
    f.invocations[0].stderr = "go: parsing $GOFLAGS: non-flag \"mod=mod\"".into();
    let finding = only(&evaluate(&f, &cfg()), "go-env.go-failed");
    assert!(
        finding.message.to_string().contains("exited with status 1"),
        "{}",
        finding.message
    );
    assert!(finding.message.to_string().contains("non-flag"));
    assert!(
        finding
            .evidence
            .iter()
            .any(|e| e.to_string().starts_with("stderr: go: parsing"))
    );
}

#[test]
fn go_bad_output_and_spawn_failure() {
    let mut f = facts();
    f.variables.clear();
    f.invocations[0].outcome = InvocationOutcome::BadOutput;
    f.invocations[0].stdout_excerpt = Some("hello".into());
    let finding = only(&evaluate(&f, &cfg()), "go-env.go-failed");
    assert!(finding.message.to_string().contains("not JSON"));
    assert!(
        finding
            .evidence
            .iter()
            .any(|e| e.render(Lang::En) == "stdout: hello")
    );

    f.invocations[0].outcome = InvocationOutcome::SpawnFailed;
    f.invocations[0].error = Some("Permission denied (os error 13)".into());
    let finding = only(&evaluate(&f, &cfg()), "go-env.go-failed");
    assert!(
        finding
            .message
            .to_string()
            .contains("could not be started: Permission denied")
    );
}

#[test]
fn go_too_old_even_when_go_env_json_fails() {
    let mut f = facts();
    f.go_version = Some("go1.12.17".into());
    let findings = evaluate(&f, &cfg());
    let finding = only(&findings, "go-env.go-too-old");
    assert!(finding.message.to_string().contains("Go 1.12.17"));
    assert!(finding.message.to_string().contains("1.13 or newer"));

    // go 1.8 has no `go env -json`: the call fails, `go version` still tells.
    f.variables.clear();
    f.invocations[0].outcome = InvocationOutcome::Failed;
    assert_eq!(codes_of(&evaluate(&f, &cfg())), ["go-env.go-too-old"]);
}

#[test]
fn goproxy_invalid_uses_gos_words_and_fix_depends_on_source() {
    let mut f = facts();
    set_in_file(&mut f, "GOPROXY", "goproxy", 2);
    let finding = only(&evaluate(&f, &cfg()), "go-env.goproxy-invalid");
    assert!(
        finding
            .message
            .to_string()
            .contains("invalid proxy URL missing scheme: goproxy"),
        "{}",
        finding.message
    );
    assert_eq!(finding.location, Some(Location::line(ENV_FILE, 2)));
    let fix = finding.fix.unwrap();
    assert_eq!(fix.applicability, Applicability::Safe);
    assert_eq!(fix.actions[0].command(), "go env -u GOPROXY");

    set(
        &mut f,
        "GOPROXY",
        "socks5://127.0.0.1:1080",
        Source::Environment,
    );
    let finding = only(&evaluate(&f, &cfg()), "go-env.goproxy-invalid");
    assert!(
        finding
            .message
            .to_string()
            .contains("must be https, http, file")
    );
    let fix = finding.fix.unwrap();
    assert_eq!(fix.applicability, Applicability::Manual);
    assert_eq!(fix.actions[0].command(), "unset GOPROXY");
}

#[test]
fn goproxy_off() {
    let mut f = facts();
    set_in_file(&mut f, "GOPROXY", "off", 1);
    let finding = only(&evaluate(&f, &cfg()), "go-env.goproxy-off");
    assert_eq!(finding.severity, Severity::Error);
    assert!(finding.message.to_string().contains(ENV_FILE));
    // Off after a proxy is a deliberate "nothing else", not "downloads disabled".
    set(&mut f, "GOPROXY", "https://goproxy.cn,off", Source::Default);
    assert!(!codes_of(&evaluate(&f, &cfg())).contains(&"go-env.goproxy-off"));
}

#[test]
fn comma_fallback_is_info_and_names_the_proxies() {
    let mut f = facts();
    set(
        &mut f,
        "GOPROXY",
        "https://proxy.golang.org,https://goproxy.cn|direct",
        Source::Default,
    );
    let finding = only(&evaluate(&f, &cfg()), "go-env.goproxy-comma-fallback");
    assert_eq!(finding.severity, Severity::Info);
    assert!(
        finding
            .message
            .to_string()
            .contains("past https://proxy.golang.org only on 404/410")
    );
    assert!(
        !finding
            .message
            .to_string()
            .contains("past https://goproxy.cn"),
        "{}",
        finding.message
    );

    for fine in [
        "https://goproxy.cn|direct",
        "https://goproxy.cn",
        "direct",
        "https://a.example|https://b.example",
    ] {
        set(&mut f, "GOPROXY", fine, Source::Default);
        assert!(
            !codes_of(&evaluate(&f, &cfg())).contains(&"go-env.goproxy-comma-fallback"),
            "{fine}"
        );
    }
}

#[test]
fn gosumdb_off_is_a_warning_never_fixed_to_off() {
    let mut f = facts();
    set_in_file(&mut f, "GOSUMDB", "off", 3);
    let finding = only(&evaluate(&f, &cfg()), "go-env.gosumdb-off");
    assert_eq!(finding.severity, Severity::Warning);
    let fix = finding.fix.unwrap();
    assert_eq!(fix.applicability, Applicability::Manual);
    assert!(fix.description.to_string().contains("sum.golang.google.cn"));
    assert!(fix.actions.iter().all(|a| !a.command().contains("=off")));
}

#[test]
fn gosumdb_invalid_and_valid_forms() {
    let mut f = facts();
    set(&mut f, "GOSUMDB", "gosum.io", Source::Environment);
    let finding = only(&evaluate(&f, &cfg()), "go-env.gosumdb-invalid");
    assert!(
        finding
            .message
            .to_string()
            .contains("malformed verifier id")
    );
    for fine in [
        "sum.golang.google.cn",
        "sum.golang.org https://goproxy.cn/sumdb/sum.golang.org",
        "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
    ] {
        set(&mut f, "GOSUMDB", fine, Source::Default);
        assert!(evaluate(&f, &cfg()).is_empty(), "{fine}");
    }
}

#[test]
fn os_env_override_names_both_values() {
    let mut f = facts();
    set_in_file(&mut f, "GOPROXY", "https://goproxy.cn,direct", 1);
    if let Some(v) = f.variables.iter_mut().find(|v| v.name == "GOPROXY") {
        v.source = Source::Environment;
        v.value = "https://proxy.golang.org,direct".into();
        v.os_value = Some("https://proxy.golang.org,direct".into());
    }
    let finding = only(&evaluate(&f, &cfg()), "go-env.os-env-override");
    assert!(
        finding
            .message
            .to_string()
            .contains("GOPROXY=https://proxy.golang.org,direct in the OS environment")
    );
    assert!(
        finding
            .message
            .to_string()
            .contains("shadows GOPROXY=https://goproxy.cn,direct")
    );
    assert_eq!(finding.location, Some(Location::line(ENV_FILE, 1)));
    let fix = finding.fix.unwrap();
    assert_eq!(fix.applicability, Applicability::Manual);
    assert_eq!(fix.actions[0].command(), "unset GOPROXY");
    assert!(
        fix.description.to_string().contains("check ~/.bashrc"),
        "{}",
        fix.description
    );

    // When a startup file sets it, the fix names that line.
    f.shell_assignments
        .push(crate::checks::go_env::facts::ShellAssignment {
            name: "GOPROXY".into(),
            file: "/home/u/.bashrc".into(),
            line: 12,
            text: "export GOPROXY=https://proxy.golang.org,direct".into(),
        });
    let fix = only(&evaluate(&f, &cfg()), "go-env.os-env-override")
        .fix
        .unwrap();
    assert!(
        fix.description
            .to_string()
            .contains("set at /home/u/.bashrc:12"),
        "{}",
        fix.description
    );
    assert_eq!(
        fix.actions[1].command(),
        "delete line 12 of /home/u/.bashrc: export GOPROXY=https://proxy.golang.org,direct"
    );
}

#[test]
fn same_value_in_both_places_is_not_an_override() {
    let mut f = facts();
    set_in_file(&mut f, "GOPROXY", "https://goproxy.cn|direct", 1);
    if let Some(v) = f.variables.iter_mut().find(|v| v.name == "GOPROXY") {
        v.source = Source::Environment;
        v.os_value = Some(v.value.clone());
    }
    assert!(evaluate(&f, &cfg()).is_empty());
}

#[test]
fn insecure_flag_error_on_new_go_warning_on_old() {
    let mut f = facts();
    set_in_file(&mut f, "GOFLAGS", "-mod=mod -insecure", 4);
    let finding = only(&evaluate(&f, &cfg()), "go-env.insecure-flag");
    assert_eq!(finding.severity, Severity::Error);
    let fix = finding.fix.unwrap();
    assert_eq!(fix.applicability, Applicability::Safe);
    assert_eq!(fix.actions[0].command(), "go env -w GOFLAGS=-mod=mod");

    f.go_version = Some("go1.16.15".into());
    set_in_file(&mut f, "GOFLAGS", "--insecure=true", 4);
    let finding = only(&evaluate(&f, &cfg()), "go-env.insecure-flag");
    assert_eq!(finding.severity, Severity::Warning);
    assert_eq!(
        finding.fix.unwrap().actions[0].command(),
        "go env -u GOFLAGS"
    );

    for fine in ["-insecure=false", "-mod=mod", "-insecurex", "---insecure"] {
        set(&mut f, "GOFLAGS", fine, Source::Default);
        assert!(
            !codes_of(&evaluate(&f, &cfg())).contains(&"go-env.insecure-flag"),
            "{fine}"
        );
    }
}

#[test]
fn unknown_variables_in_file_and_environment() {
    let mut f = facts();
    if let Some(file) = &mut f.env_file {
        file.status = EnvFileStatus::Read;
        file.entries.push(EnvFileLine {
            key: "GONOSUMCHECK".into(),
            value: "1".into(),
            line: 2,
            count: None,
            first_line: None,
        });
    }
    f.os_go_variable_names = vec!["GOPORXY".into(), "GOPATH".into(), "GOLANG_VERSION".into()];
    let findings = evaluate(&f, &cfg());
    let unknown: Vec<&Finding> = findings
        .iter()
        .filter(|x| x.code == "go-env.unknown-variable")
        .collect();
    assert_eq!(unknown.len(), 2, "{:?}", codes_of(&findings));
    assert!(unknown[0].message.to_string().contains("GONOSUMCHECK"));
    assert!(unknown[0].message.to_string().contains("GONOSUMDB"));
    assert_eq!(unknown[0].location, Some(Location::line(ENV_FILE, 2)));
    assert!(
        unknown[0].fix.as_ref().unwrap().actions[0]
            .command()
            .contains("delete line 2")
    );
    assert!(unknown[1].message.to_string().contains("GOPORXY"));
    assert!(
        unknown[1]
            .message
            .to_string()
            .contains("did you mean GOPROXY")
    );
}

#[test]
fn private_patterns_that_cover_public_modules() {
    let mut f = facts();
    set_in_file(&mut f, "GOPRIVATE", "*", 5);
    set(&mut f, "GONOPROXY", "*", Source::Goprivate);
    set(&mut f, "GONOSUMDB", "*", Source::Goprivate);
    let findings = evaluate(&f, &cfg());
    let private: Vec<&Finding> = findings
        .iter()
        .filter(|x| x.code == "go-env.private-matches-public")
        .collect();
    assert_eq!(private.len(), 2);
    assert!(
        private[0]
            .message
            .to_string()
            .starts_with("GONOPROXY=\"*\" (set through GOPRIVATE")
    );
    assert!(
        private[1]
            .message
            .to_string()
            .contains("not verified against the checksum database")
    );
    assert_eq!(private[1].location, Some(Location::line(ENV_FILE, 5)));

    set(&mut f, "GONOSUMDB", "github.com", Source::Environment);
    set(
        &mut f,
        "GONOPROXY",
        "git.corp.example.com,github.com/corp/*",
        Source::Environment,
    );
    let findings = evaluate(&f, &cfg());
    let finding = only(&findings, "go-env.private-matches-public");
    assert!(
        finding
            .message
            .to_string()
            .contains("GONOSUMDB=\"github.com\"")
    );
    assert!(
        finding
            .message
            .to_string()
            .contains("github.com/stretchr/testify")
    );
}

fn with_workspace(f: &mut GoEnvFacts, go: Option<&str>, toolchain: Option<&str>) {
    f.workspace = Some(WorkspaceFacts {
        dir: "/w".into(),
        file: Some("/w/go.mod".into()),
        go_directive: go.map(|v| Directive {
            value: v.into(),
            line: 3,
        }),
        toolchain_directive: toolchain.map(|v| Directive {
            value: v.into(),
            line: 4,
        }),
        error: None,
        modules: None,
    });
}

#[test]
fn toolchain_download_when_go_mod_needs_newer_go() {
    let mut f = facts();
    with_workspace(&mut f, Some("1.23.1"), None);
    let finding = only(&evaluate(&f, &cfg()), "go-env.toolchain-download");
    assert_eq!(finding.severity, Severity::Info);
    assert!(
        finding
            .message
            .to_string()
            .contains("/w/go.mod:3 asks for go 1.23.1"),
        "{}",
        finding.message
    );
    assert!(finding.message.to_string().contains("go1.23.1"));
    assert_eq!(finding.location, Some(Location::line("/w/go.mod", 3)));

    // The toolchain line wins when newer.
    with_workspace(&mut f, Some("1.22"), Some("go1.23.4"));
    let finding = only(&evaluate(&f, &cfg()), "go-env.toolchain-download");
    assert!(
        finding
            .message
            .to_string()
            .contains(":4 asks for go 1.23.4"),
        "{}",
        finding.message
    );
}

#[test]
fn toolchain_download_fails_with_gosumdb_off() {
    let mut f = facts();
    with_workspace(&mut f, Some("1.23.1"), None);
    set_in_file(&mut f, "GOSUMDB", "off", 1);
    let finding = only(&evaluate(&f, &cfg()), "go-env.toolchain-download");
    assert_eq!(finding.severity, Severity::Error);
    assert!(finding.message.to_string().contains("GOSUMDB=off"));
    assert!(finding.fix.is_some());
}

#[test]
fn no_toolchain_download_when_not_allowed_or_not_needed() {
    let mut f = facts();
    with_workspace(&mut f, Some("1.23.1"), None);
    for mode in ["local", "path", "go1.22.0+path"] {
        set(&mut f, "GOTOOLCHAIN", mode, Source::Environment);
        assert!(
            !codes_of(&evaluate(&f, &cfg())).contains(&"go-env.toolchain-download"),
            "{mode}"
        );
    }
    set(&mut f, "GOTOOLCHAIN", "auto", Source::Default);
    with_workspace(&mut f, Some("1.21"), None);
    assert!(evaluate(&f, &cfg()).is_empty());
    // Go before 1.21 cannot switch at all.
    f.go_version = Some("go1.20.5".into());
    with_workspace(&mut f, Some("1.23"), None);
    assert!(evaluate(&f, &cfg()).is_empty());
}

#[test]
fn forced_toolchain_and_minimum() {
    let mut f = facts();
    set(&mut f, "GOTOOLCHAIN", "go1.24.0", Source::Environment);
    let finding = only(&evaluate(&f, &cfg()), "go-env.toolchain-download");
    assert!(finding.message.to_string().contains("GOTOOLCHAIN=go1.24.0"));
    set(&mut f, "GOTOOLCHAIN", "go1.22.3", Source::Environment);
    assert!(
        evaluate(&f, &cfg()).is_empty(),
        "forcing the local version downloads nothing"
    );
    set(&mut f, "GOTOOLCHAIN", "go1.24.1+auto", Source::Environment);
    assert!(codes_of(&evaluate(&f, &cfg())).contains(&"go-env.toolchain-download"));
}

#[test]
fn toolchain_modes() {
    assert_eq!(toolchain_mode("local"), Some(ToolchainMode::NoDownload));
    assert_eq!(
        toolchain_mode("auto"),
        Some(ToolchainMode::Auto { min: None })
    );
    assert_eq!(
        toolchain_mode("local+auto"),
        Some(ToolchainMode::Auto { min: None })
    );
    assert_eq!(
        toolchain_mode("go1.22.1+auto"),
        Some(ToolchainMode::Auto {
            min: GoVersion::parse("1.22.1")
        })
    );
    assert_eq!(
        toolchain_mode("go1.22.1"),
        Some(ToolchainMode::Forced(GoVersion::parse("1.22.1").unwrap()))
    );
    assert_eq!(toolchain_mode(""), None);
    assert_eq!(toolchain_mode("bogus"), None);
}

#[test]
fn every_emitted_code_is_catalogued() {
    let mut f = facts();
    set_in_file(&mut f, "GOPROXY", "off", 1);
    set_in_file(&mut f, "GOSUMDB", "off", 2);
    set_in_file(&mut f, "GOFLAGS", "-insecure", 3);
    set(&mut f, "GONOSUMDB", "*", Source::Environment);
    with_workspace(&mut f, Some("1.30"), None);
    f.os_go_variable_names = vec!["GONOSUMCHECK".into()];
    for finding in evaluate(&f, &cfg()) {
        assert!(
            crate::codes::lookup(finding.code.as_str()).is_some(),
            "{} is not catalogued",
            finding.code
        );
    }
}

#[test]
fn go111module_off_in_the_env_file_is_an_error_with_its_line() {
    let mut f = facts();
    set_in_file(&mut f, "GO111MODULE", "off", 3);
    let finding = only(&evaluate(&f, &cfg()), "go-env.modules-off");
    assert_eq!(finding.severity, Severity::Error);
    assert_eq!(finding.location.as_ref().and_then(|l| l.line), Some(3));
    assert_eq!(
        finding.fix.as_ref().unwrap().actions[0].command(),
        "go env -u GO111MODULE"
    );
    set_in_file(&mut f, "GO111MODULE", "auto", 3);
    assert!(!codes_of(&evaluate(&f, &cfg())).contains(&"go-env.modules-off"));
}

#[test]
fn a_windows_registry_variable_is_removed_with_powershell() {
    use crate::checks::go_env::facts::{RegistryScope, RegistryVariable};
    let mut f = facts();
    set_in_file(&mut f, "GOPROXY", "https://goproxy.cn,direct", 1);
    if let Some(v) = f.variables.iter_mut().find(|v| v.name == "GOPROXY") {
        v.source = Source::Environment;
        v.value = "https://proxy.golang.org,direct".into();
        v.os_value = Some(v.value.clone());
    }
    f.registry_env.push(RegistryVariable {
        name: "GOPROXY".into(),
        value: "https://proxy.golang.org,direct".into(),
        scope: RegistryScope::User,
    });
    let windows = RuleConfig {
        os: Os::Windows,
        ..cfg()
    };
    let fix = only(&evaluate(&f, &windows), "go-env.os-env-override")
        .fix
        .unwrap();
    let commands: Vec<String> = fix
        .actions
        .iter()
        .map(|a| a.command().to_string())
        .collect();
    assert_eq!(commands[0], "Remove-Item Env:GOPROXY");
    assert!(
        commands.contains(
            &"[Environment]::SetEnvironmentVariable('GOPROXY', $null, 'User')".to_string()
        ),
        "{commands:?}"
    );
    assert!(
        fix.description.to_string().contains(r"HKCU\Environment"),
        "{}",
        fix.description
    );
    assert!(
        fix.description
            .to_string()
            .contains("VS Code and terminals opened before"),
        "{}",
        fix.description
    );
    // The same facts on Linux and macOS: no registry there, the Unix command.
    for os in [Os::Linux, Os::MacOs] {
        f.registry_env.clear();
        let fix = only(
            &evaluate(&f, &RuleConfig { os, ..cfg() }),
            "go-env.os-env-override",
        )
        .fix
        .unwrap();
        assert_eq!(fix.actions[0].command(), "unset GOPROXY");
    }
}

/// Facts where the OS environment's GOPROXY shadows the env file's, as a startup line and
/// the Windows user environment set it.
fn shadowed_goproxy() -> GoEnvFacts {
    use crate::checks::go_env::facts::{RegistryScope, RegistryVariable, ShellAssignment};
    let mut f = facts();
    set_in_file(&mut f, "GOPROXY", "https://goproxy.cn,direct", 3);
    if let Some(v) = f.variables.iter_mut().find(|v| v.name == "GOPROXY") {
        v.source = Source::Environment;
        v.value = "https://proxy.golang.org,direct".into();
        v.os_value = Some(v.value.clone());
    }
    f.shell_assignments.push(ShellAssignment {
        name: "GOPROXY".into(),
        file: "/home/u/.bashrc".into(),
        line: 12,
        text: "export GOPROXY=https://proxy.golang.org,direct".into(),
    });
    f.registry_env.push(RegistryVariable {
        name: "GOPROXY".into(),
        value: "https://proxy.golang.org,direct".into(),
        scope: RegistryScope::User,
    });
    f
}

/// The English texts read word for word as they did before they moved to the catalogue: the
/// selectors pick the variant the old `format!` did, and no argument is lost.
#[test]
fn english_texts_are_unchanged() {
    let f = shadowed_goproxy();
    let finding = only(&evaluate(&f, &cfg()), "go-env.os-env-override");
    assert_eq!(
        finding.message,
        "GOPROXY=https://proxy.golang.org,direct in the OS environment shadows \
         GOPROXY=https://goproxy.cn,direct from `go env -w`; Go uses https://proxy.golang.org,direct"
    );
    assert_eq!(
        finding.evidence[0].render(Lang::En),
        format!("go env -w file: {ENV_FILE}:3")
    );
    assert_eq!(
        finding.fix.unwrap().description,
        "remove GOPROXY from the OS environment so the `go env -w` value applies \
         (set at /home/u/.bashrc:12, the Windows user environment HKCU\\Environment; VS Code and \
         terminals opened before the change keep the old value until restarted), then open a new \
         terminal"
    );

    let mut f = facts();
    set(&mut f, "GO111MODULE", "off", Source::Environment);
    let finding = only(&evaluate(&f, &cfg()), "go-env.modules-off");
    assert_eq!(
        finding.message,
        "GO111MODULE=off (OS environment): go mod download, go get and gopls refuse to work with modules"
    );
    assert_eq!(
        finding.fix.unwrap().description,
        "turn module mode back on: GO111MODULE comes from the OS environment; remove it there \
         (check ~/.bashrc, ~/.profile, ~/.zshrc, /etc/environment or /etc/profile.d/), then open a \
         new terminal"
    );

    let mut f = facts();
    f.goroot_env_file = Some("/usr/local/go/go.env".into());
    set(&mut f, "GOPROXY", "off", Source::GorootEnvFile);
    let finding = only(&evaluate(&f, &cfg()), "go-env.goproxy-off");
    assert_eq!(
        finding.message,
        "GOPROXY=off (/usr/local/go/go.env): the go command will not download any module"
    );
    assert_eq!(
        finding.fix.unwrap().description,
        "re-enable module downloads: override the value from /usr/local/go/go.env in your own env file"
    );

    let mut f = facts();
    set_in_file(&mut f, "GOFLAGS", "-insecure", 2);
    let finding = only(&evaluate(&f, &cfg()), "go-env.insecure-flag");
    assert_eq!(
        finding.message.render(Lang::En),
        format!(
            "GOFLAGS=\"-insecure\" (go env -w file {ENV_FILE}:2) has -insecure: Go 1.17 removed it \
             and `go get` now stops with \"-insecure flag is no longer supported\""
        )
    );

    let mut f = facts();
    set_in_file(&mut f, "GONOSUMCHECK", "1", 1);
    if let Some(file) = &mut f.env_file {
        file.entries[0].count = Some(3);
        file.entries[0].first_line = Some(1);
        file.entries[0].line = 5;
    }
    let finding = only(&evaluate(&f, &cfg()), "go-env.unknown-variable");
    assert_eq!(
        finding.message,
        "GONOSUMCHECK in the go env -w file (3 lines, first 1, last 5) is not a Go variable, so Go \
         ignores it (did you mean GONOSUMDB?)"
    );
    assert_eq!(
        finding.fix.unwrap().description,
        "delete the lines (`go env -u GONOSUMCHECK` refuses unknown names)"
    );

    let mut f = facts();
    set(
        &mut f,
        "GOPROXY",
        "https://a.example,https://b.example,direct",
        Source::Default,
    );
    let finding = only(&evaluate(&f, &cfg()), "go-env.goproxy-comma-fallback");
    assert_eq!(
        finding.message,
        "GOPROXY=https://a.example,https://b.example,direct: Go moves past https://a.example, \
         https://b.example only on 404/410, not when it is unreachable (use `|` to fall back on any \
         error)"
    );

    let mut f = facts();
    f.unread_files.push(UnreadFile {
        path: "/w/go.mod".into(),
        role: "go-mod".into(),
        problem: "larger than 1 MiB: only the first 1 MiB was read".into(),
        truncated: true,
    });
    let finding = only(&evaluate(&f, &cfg()), "go-env.file-unreadable");
    assert_eq!(
        finding.message,
        "read only in part the workspace's go.mod / go.work /w/go.mod: larger than 1 MiB: only the \
         first 1 MiB was read"
    );
}

#[test]
fn summary_and_fact_lines_in_english() {
    let f = facts();
    assert_eq!(
        super::super::summary(&f),
        "go1.22.3 at /usr/local/go/bin/go; GOPROXY=https://goproxy.cn|direct GOSUMDB=sum.golang.org"
    );
    assert_eq!(
        super::super::summary(&GoEnvFacts::default()),
        "go not found"
    );
    let lines = crate::checks::go_env::render::fact_lines(&f);
    assert_eq!(lines[0], "facts:");
    assert_eq!(
        lines[1],
        "  go binary   /usr/local/go/bin/go (found on PATH)"
    );
    assert_eq!(lines[2], "  ran         go env -json ... -> ok in 5 ms");
    assert_eq!(
        lines[3],
        format!("  env file    {ENV_FILE} (does not exist)")
    );
    let mut no_config = f.clone();
    if let Some(file) = &mut no_config.env_file {
        file.path = None;
    }
    assert_eq!(
        crate::checks::go_env::render::fact_lines(&no_config)[3],
        "  env file    none (does not exist: go found no user config folder for the env file)"
    );
    assert!(
        lines.contains(&"    GOINSECURE   (empty)  [default]".to_string()),
        "{lines:?}"
    );
}

/// The same findings in Simplified Chinese: every argument arrives, the selectors pick the
/// Chinese variant, and nothing falls back to English.
#[test]
fn findings_render_in_simplified_chinese() {
    let zh = |m: &crate::i18n::Message| m.render(Lang::ZhCn);

    let f = shadowed_goproxy();
    let finding = only(&evaluate(&f, &cfg()), "go-env.os-env-override");
    let text = zh(&finding.message);
    assert!(
        text.contains("系统环境变量里的 GOPROXY=https://proxy.golang.org,direct"),
        "{text}"
    );
    assert!(
        text.contains("覆盖了 `go env -w` 设置的 GOPROXY=https://goproxy.cn,direct"),
        "{text}"
    );
    let fix = zh(&finding.fix.unwrap().description);
    assert!(
        fix.contains("设置在 /home/u/.bashrc:12、Windows 用户环境变量 HKCU\\Environment"),
        "{fix}"
    );
    assert!(fix.contains("要重启才会拿到新值"), "{fix}");

    let mut f = facts();
    set(&mut f, "GO111MODULE", "off", Source::Environment);
    let finding = only(&evaluate(&f, &cfg()), "go-env.modules-off");
    assert_eq!(
        zh(&finding.message),
        "GO111MODULE=off（系统环境变量）：go mod download、go get 和 gopls 都无法使用模块"
    );
    let fix = zh(&finding.fix.unwrap().description);
    assert!(
        fix.starts_with("重新启用模块模式：GO111MODULE 来自系统环境变量"),
        "{fix}"
    );
    assert!(fix.contains("检查 ~/.bashrc、~/.profile"), "{fix}");
    let windows = RuleConfig {
        os: Os::Windows,
        ..cfg()
    };
    let fix = zh(&only(&evaluate(&f, &windows), "go-env.modules-off")
        .fix
        .unwrap()
        .description);
    assert!(fix.contains("检查“系统属性 > 环境变量”"), "{fix}");

    let mut f = facts();
    set_in_file(&mut f, "GONOSUMCHECK", "1", 4);
    let finding = only(&evaluate(&f, &cfg()), "go-env.unknown-variable");
    assert_eq!(
        zh(&finding.message),
        "go env -w 文件里的 GONOSUMCHECK 不是 Go 的变量，Go 会忽略它（是不是想写 GONOSUMDB？）"
    );
    assert_eq!(
        zh(&finding.fix.unwrap().description),
        "删掉这一行（`go env -u GONOSUMCHECK` 删不掉未知的名字）"
    );

    let mut f = facts();
    f.workspace = Some(WorkspaceFacts {
        dir: "/w".into(),
        file: Some("/w/go.mod".into()),
        go_directive: Some(Directive {
            value: "1.24.0".into(),
            line: 3,
        }),
        toolchain_directive: None,
        error: None,
        modules: None,
    });
    set(&mut f, "GOSUMDB", "off", Source::EnvFile);
    let findings = evaluate(&f, &cfg());
    let text = zh(&only(&findings, "go-env.toolchain-download").message);
    assert!(
        text.starts_with("/w/go.mod:3 要求 go 1.24.0，而 go1.22.3 版本更旧"),
        "{text}"
    );
    assert!(text.contains("但 GOSUMDB=off 会让这次下载失败"), "{text}");

    let f = GoEnvFacts {
        go_flag_error: Some(GoFlagError {
            given: "gotip".into(),
            problem: GoFlagProblem::NotOnPath,
        }),
        ..GoEnvFacts::default()
    };
    let finding = only(&evaluate(&f, &cfg()), "go-env.go-missing");
    assert_eq!(zh(&finding.message), "--go gotip：PATH 上没有这个命令");
    assert_eq!(finding.message, "--go gotip: not on PATH");

    let f = facts();
    let summary = zh(&super::super::summary(&f));
    assert_eq!(
        summary,
        "go1.22.3，位于 /usr/local/go/bin/go；GOPROXY=https://goproxy.cn|direct GOSUMDB=sum.golang.org"
    );
    let lines = crate::i18n::in_lang(Lang::ZhCn, || crate::checks::go_env::render::fact_lines(&f));
    assert_eq!(
        lines[1],
        "  go 程序     /usr/local/go/bin/go（在 PATH 上找到）"
    );
    assert_eq!(
        lines[2],
        "  运行        go env -json ... -> 成功，用时 5 ms"
    );
    assert!(
        lines.contains(&"    GOINSECURE   （空）  [默认值]".to_string()),
        "{lines:?}"
    );
}
