//! Hostile local input: files that are devices, FIFOs or far too large, and `go` programs that
//! print without end. Each run must finish well within its budget, name what it found, and keep
//! the rest of the check's verdict.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{Sandbox, codes, finding, json_report};

fn check_of<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap()
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo has no other preconditions.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
}

/// A fake `go` whose `go env -json` prints fixed values, `extra` being shell run first.
pub fn scripted_go(sb: &Sandbox, gomod: &str, extra: &str) -> PathBuf {
    let go = sb.dir.path().join("bin/go");
    std::fs::create_dir_all(go.parent().unwrap()).unwrap();
    let env = sb.go_env_file();
    std::fs::write(
        &go,
        format!(
            r#"#!/bin/sh
PATH=/usr/bin:/bin; export PATH
{extra}
case "$1" in version) echo "go version go1.22.3 linux/amd64"; exit 0 ;; esac
cat <<EOF
{{"GOVERSION": "go1.22.3", "GOROOT": "/nonexistent/goroot", "GOENV": "{env}",
 "GOPROXY": "${{GOPROXY:-https://proxy.golang.org,direct}}", "GOSUMDB": "sum.golang.org",
 "GOTOOLCHAIN": "local", "GOMOD": "{gomod}", "GOWORK": "", "GOMODCACHE": "/nonexistent/mod"}}
EOF
"#,
            env = env.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&go, std::fs::Permissions::from_mode(0o755)).unwrap();
    go
}

fn check(sb: &Sandbox, go: &Path, args: &[&str]) -> (serde_json::Value, Duration) {
    let start = Instant::now();
    let (report, _) = json_report(
        sb.godiag(None)
            .arg("check")
            .arg("--json")
            .arg("--go")
            .arg(go)
            .args(args),
    );
    (report, start.elapsed())
}

#[test]
fn go_mod_linked_to_dev_zero_is_named_not_read() {
    let sb = Sandbox::new();
    let gomod = sb.work().join("go.mod");
    std::os::unix::fs::symlink("/dev/zero", &gomod).unwrap();
    let go = scripted_go(&sb, gomod.to_str().unwrap(), "");
    let (report, took) = check(&sb, &go, &["--only", "go-env"]);
    assert!(took < Duration::from_secs(3), "took {took:?}");
    let f = finding(&report, "go-env.file-unreadable");
    let message = f["message"].as_str().unwrap();
    assert!(message.contains("character device"), "{message}");
    assert!(message.contains("go.mod"), "{message}");
}

#[test]
fn an_oversized_go_mod_and_env_file_are_read_in_part_and_say_so() {
    let sb = Sandbox::new();
    let gomod = sb.work().join("go.mod");
    let mut text = b"module m\n\ngo 1.21\n".to_vec();
    text.resize(5 << 20, b'\n');
    std::fs::write(&gomod, &text).unwrap();
    let mut env = b"GOSUMDB=off\n".to_vec();
    env.extend(std::iter::repeat_n(b'x', 2 << 20));
    std::fs::write(sb.go_env_file(), &env).unwrap();
    let go = scripted_go(&sb, gomod.to_str().unwrap(), "");
    let (report, _) = check(&sb, &go, &["--only", "go-env"]);
    let unread = &check_of(&report, "go-env")["facts"]["unread_files"];
    let problems: Vec<(&str, &str)> = unread
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["role"].as_str().unwrap(), u["problem"].as_str().unwrap()))
        .collect();
    assert!(
        problems.contains(&("go-mod", "larger than 4 MiB: only the first 4 MiB was read")),
        "{problems:?}"
    );
    assert!(
        problems.contains(&(
            "env-file",
            "larger than 1 MiB: only the first 1 MiB was read"
        )),
        "{problems:?}"
    );
    // What was read is still used.
    assert_eq!(
        check_of(&report, "go-env")["facts"]["workspace"]["go_directive"]["value"],
        "1.21"
    );
}

#[test]
fn fifo_startup_files_cost_a_note_not_the_verdict() {
    let sb = Sandbox::new();
    mkfifo(&sb.home().join(".bashrc"));
    mkfifo(&sb.home().join(".profile"));
    let go = scripted_go(&sb, "/dev/null", "");
    let start = Instant::now();
    let (report, code) = json_report(
        sb.godiag(None)
            .env("GOPROXY", "off")
            .args(["check", "--json", "--only", "go-env", "--go"])
            .arg(&go),
    );
    assert!(start.elapsed() < Duration::from_secs(3));
    assert_eq!(code, 1, "{report:#}");
    assert!(codes(&report).contains(&"go-env.goproxy-off".to_string()));
    let notes: Vec<&serde_json::Value> = check_of(&report, "go-env")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "go-env.file-unreadable")
        .collect();
    assert_eq!(notes.len(), 2, "{notes:#?}");
    for n in notes {
        assert_eq!(n["severity"], "info");
        assert!(n["message"].as_str().unwrap().contains("FIFO"), "{n}");
    }
}

#[test]
fn resolv_conf_that_is_a_device_or_fifo_keeps_the_dns_check() {
    let sb = Sandbox::new();
    let fifo = sb.dir.path().join("resolv.fifo");
    mkfifo(&fifo);
    for (path, what) in [
        (Path::new("/dev/zero"), "character device"),
        (&fifo, "FIFO"),
    ] {
        let start = Instant::now();
        let (report, _) = json_report(
            sb.godiag(None)
                .args(["check", "--json", "--only", "dns", "--resolv-conf"])
                .arg(path),
        );
        assert!(start.elapsed() < Duration::from_secs(4));
        let dns = check_of(&report, "dns");
        assert_ne!(dns["status"], "skipped", "{dns:#}");
        assert!(
            !codes(&report).contains(&"dns.internal-error".to_string()),
            "{report:#}"
        );
        let f = finding(&report, "dns.resolv-conf-unreadable");
        assert!(f["message"].as_str().unwrap().contains(what), "{f}");
        assert!(!dns["facts"]["resolvers"].as_array().unwrap().is_empty());
    }
}

#[test]
fn a_fifo_settings_file_is_named_not_skipped() {
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.work().join(".vscode")).unwrap();
    mkfifo(&sb.work().join(".vscode/settings.json"));
    let go = scripted_go(&sb, "/dev/null", "");
    let (report, took) = check(&sb, &go, &["--only", "vscode", "--offline"]);
    assert!(took < Duration::from_secs(4), "took {took:?}");
    let f = finding(&report, "vscode.unreadable");
    assert!(f["message"].as_str().unwrap().contains("FIFO"), "{f}");
}

#[test]
fn config_that_is_a_directory_or_fifo_says_so() {
    let sb = Sandbox::new();
    let fifo = sb.dir.path().join("config.fifo");
    mkfifo(&fifo);
    for (path, what) in [(sb.work(), "a directory"), (fifo, "a FIFO")] {
        let out = sb
            .godiag(None)
            .args(["check", "--config"])
            .arg(&path)
            .timeout(Duration::from_secs(10))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(what), "{err}");
    }
}

#[test]
fn an_oversized_hosts_file_says_where_it_was_cut_and_invents_nothing() {
    let sb = Sandbox::new();
    let hosts = sb.dir.path().join("hosts");
    // 65 MiB of long comment lines, a line cut in the middle by the 64 MiB cap that would be a
    // bad address if parsed, and a sinkhole after the cap.
    let mut data = Vec::with_capacity(66 << 20);
    let comment = format!("# {}\n", "x".repeat(1021));
    while data.len() < (64 << 20) - 10 {
        data.extend_from_slice(comment.as_bytes());
    }
    data.extend_from_slice(b"10.1.2.3 cut.example\n0.0.0.0 proxy.golang.org\n");
    let mut tail = comment.repeat(1024).into_bytes();
    data.append(&mut tail);
    std::fs::write(&hosts, &data).unwrap();
    let (report, _) = json_report(
        sb.godiag(None)
            .args(["check", "--json", "--only", "hosts", "--timeout", "20s"])
            .arg("--hosts-file")
            .arg(&hosts),
    );
    let all = codes(&report);
    assert!(!all.contains(&"hosts.syntax".to_string()), "{all:?}");
    let f = finding(&report, "hosts.truncated");
    let message = f["message"].as_str().unwrap();
    assert!(message.contains("larger than 64 MiB"), "{message}");
    let last_line = check_of(&report, "hosts")["facts"]["truncated"]["last_line"]
        .as_u64()
        .unwrap();
    assert_eq!(f["location"]["line"].as_u64(), Some(last_line));
    assert!(
        message.contains(&format!("lines 1-{last_line}")),
        "{message}"
    );
}

#[test]
fn a_go_printing_dev_zero_is_stopped_at_the_stdout_cap() {
    let sb = Sandbox::new();
    let go = scripted_go(&sb, "/dev/null", r#"[ "$1" = env ] && exec cat /dev/zero"#);
    let start = Instant::now();
    let output = sb
        .godiag(None)
        .args(["check", "--json", "--only", "go-env", "--go"])
        .arg(&go)
        .output()
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(3));
    assert!(
        output.stdout.len() < 64 << 10,
        "{} bytes",
        output.stdout.len()
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let f = finding(&report, "go-env.go-failed");
    let text = f.to_string();
    assert!(text.contains("more than 1 MiB on stdout"), "{text}");
}

#[test]
fn a_huge_stderr_line_keeps_only_a_short_tail_once() {
    let sb = Sandbox::new();
    let go = scripted_go(
        &sb,
        "/dev/null",
        r#"[ "$1" = env ] && { head -c 30000000 /dev/zero | tr '\0' e >&2; echo " then" >&2; echo "go: parsing \$GOFLAGS: https://bob:s3cret@corp.example/x" >&2; exit 1; }"#,
    );
    let start = Instant::now();
    let output = sb
        .godiag(None)
        .args(["check", "--json", "--only", "go-env", "--go"])
        .arg(&go)
        .output()
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(4));
    assert!(
        output.stdout.len() < 64 << 10,
        "{} bytes",
        output.stdout.len()
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.contains("s3cret"), "{text}");
    assert!(text.contains("go: parsing $GOFLAGS"), "{text}");
}

#[test]
fn a_go_whose_child_keeps_stdout_open_still_answered() {
    let sb = Sandbox::new();
    // The background sleep inherits stdout and stderr and outlives go.
    let go = scripted_go(&sb, "/dev/null", "sleep 30 &");
    let start = Instant::now();
    let (report, code) = json_report(
        sb.godiag(None)
            .env("GOPROXY", "off")
            .args(["check", "--json", "--only", "go-env", "--go"])
            .arg(&go),
    );
    assert!(start.elapsed() < Duration::from_secs(3));
    assert_eq!(code, 1);
    let all = codes(&report);
    assert!(!all.contains(&"go-env.go-timeout".to_string()), "{all:?}");
    assert!(all.contains(&"go-env.goproxy-off".to_string()), "{all:?}");
}

#[test]
fn two_hundred_thousand_copies_of_one_sinkhole_are_one_finding() {
    let sb = Sandbox::new();
    let hosts = sb.dir.path().join("hosts");
    let mut data = String::from("127.0.0.1 localhost\n");
    for _ in 0..200_000 {
        data.push_str("0.0.0.0 proxy.golang.org\n");
    }
    std::fs::write(&hosts, &data).unwrap();
    // A generous timeout: this is about the shape of the report, and the debug build analyses
    // 200,000 lines slowly while other tests run.
    let output = sb
        .godiag(None)
        .args(["check", "--json", "--only", "hosts", "--timeout", "20s"])
        .arg("--hosts-file")
        .arg(&hosts)
        .output()
        .unwrap();
    assert!(
        output.stdout.len() < 64 << 10,
        "{} bytes",
        output.stdout.len()
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let sinkholes: Vec<&serde_json::Value> = check_of(&report, "hosts")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "hosts.sinkhole")
        .collect();
    assert_eq!(sinkholes.len(), 1, "{sinkholes:#?}");
    let f = sinkholes[0];
    assert_eq!(f["occurrences"]["count"], 200_000);
    assert_eq!(f["occurrences"]["first_line"], 2);
    assert_eq!(f["occurrences"]["last_line"], 200_001);
    assert!(f["evidence"].as_array().unwrap().len() <= 11);
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("on 200000 lines (first 2, last 200001)"),
        "{f}"
    );
}

#[test]
fn a_hundred_thousand_junk_env_lines_are_a_bounded_report() {
    let sb = Sandbox::new();
    let mut env = String::from("GOPROXY=https://goproxy.cn,direct\n");
    for i in 0..100_000 {
        // Half repeat one junk key, half are all different.
        if i % 2 == 0 {
            env.push_str("K=v\n");
        } else {
            env.push_str(&format!("JUNK{i}=v\n"));
        }
    }
    std::fs::write(sb.go_env_file(), &env).unwrap();
    let go = scripted_go(&sb, "/dev/null", "");
    let start = Instant::now();
    let output = sb
        .godiag(None)
        .args(["check", "--json", "--only", "go-env", "--go"])
        .arg(&go)
        .output()
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(4));
    assert!(
        output.stdout.len() < 256 << 10,
        "{} bytes",
        output.stdout.len()
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let unknown: Vec<&serde_json::Value> = check_of(&report, "go-env")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "go-env.unknown-variable")
        .collect();
    assert!(unknown.len() <= 21, "{}", unknown.len());
    let k = unknown
        .iter()
        .find(|f| f["message"].as_str().unwrap().starts_with("K in"))
        .unwrap();
    assert_eq!(k["occurrences"]["count"], 50_000);
    assert_eq!(k["occurrences"]["first_line"], 2);
    let rest = unknown.last().unwrap()["message"].as_str().unwrap();
    assert!(rest.contains("more names"), "{rest}");
}

#[test]
fn a_report_that_cannot_be_written_exits_2_with_a_message() {
    let sb = Sandbox::new();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("godiag"))
        .env_clear()
        .env("PATH", "/nonexistent-bin")
        .env("HOME", sb.home())
        .env(
            "GODIAG_CONFIG",
            common::fixtures().join("config/hermetic.toml"),
        )
        .current_dir(sb.work())
        .args(["check", "--only", "hosts"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("cannot write the report"), "{err}");
}

#[test]
fn control_characters_in_values_reach_the_terminal_escaped() {
    let sb = Sandbox::new();
    let settings = sb.dir.path().join("settings.json");
    std::fs::write(
        &settings,
        r#"{ "go.toolsEnvVars": { "GOPROXY": "off\u001b]0;pwned\u0007\u001b[2J" }, "http.proxy": "http://x\u001b[31m:1" }"#,
    )
    .unwrap();
    let go = scripted_go(
        &sb,
        "/dev/null",
        r#"[ "$1" = env ] && { printf 'go: bad \033[2J\033]0;t\007 value\n' >&2; exit 1; }"#,
    );
    for args in [vec!["check", "--verbose"], vec!["fix"]] {
        let output = sb
            .godiag(None)
            .args(&args)
            .args(["--offline", "--color", "never", "--go"])
            .arg(&go)
            .arg("--vscode-settings")
            .arg(&settings)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(!text.contains('\u{1b}'), "{args:?}: {text}");
        assert!(!text.contains('\u{7}'), "{args:?}: {text}");
        assert!(text.contains("\\u{1b}"), "{args:?}: {text}");
    }
}

/// [`Sandbox::godiag`] as a std command (for `pre_exec`).
fn std_godiag(sb: &Sandbox) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("godiag"));
    cmd.env_clear()
        .env("PATH", "/nonexistent-bin")
        .env("HOME", sb.home())
        .env("XDG_CONFIG_HOME", sb.home().join(".config"))
        .env(
            "GODIAG_CONFIG",
            common::fixtures().join("config/hermetic.toml"),
        )
        .current_dir(sb.work());
    cmd
}

/// Runs godiag under a 256 MiB address-space limit (RLIMIT_AS, set in the child before exec).
fn run_limited(mut cmd: std::process::Command) -> (std::process::Output, Duration) {
    use std::os::unix::process::CommandExt as _;
    // Few malloc arenas: each thread's arena reserves 64 MiB of address space up front.
    cmd.env("MALLOC_ARENA_MAX", "2");
    // SAFETY: the closure runs in the forked child before exec and only calls setrlimit, which
    // is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 256 << 20,
                rlim_max: 256 << 20,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let start = Instant::now();
    let output = cmd.output().unwrap();
    (output, start.elapsed())
}

#[test]
fn the_whole_check_against_hostile_inputs_fits_in_256_mib_and_its_time() {
    let sb = Sandbox::new();
    // go.mod -> /dev/zero, 100k junk env lines, FIFO startup files, 50k sinkhole lines, a FIFO
    // workspace settings file and a 1 MB minified user settings file.
    let gomod = sb.work().join("go.mod");
    std::os::unix::fs::symlink("/dev/zero", &gomod).unwrap();
    let mut env = String::new();
    for i in 0..100_000 {
        env.push_str(&format!("JUNK{i}=v\n"));
    }
    std::fs::write(sb.go_env_file(), env).unwrap();
    mkfifo(&sb.home().join(".bashrc"));
    mkfifo(&sb.home().join(".profile"));
    let hosts = sb.dir.path().join("hosts");
    // Smaller than in the tests above: this runs the debug build, where the CPU-bound parts
    // are many times slower than in a release; the kinds of input are the same.
    std::fs::write(&hosts, "0.0.0.0 proxy.golang.org\n".repeat(50_000)).unwrap();
    std::fs::create_dir_all(sb.work().join(".vscode")).unwrap();
    mkfifo(&sb.work().join(".vscode/settings.json"));
    let minified = sb.dir.path().join("settings.json");
    let mut text = String::from("{");
    let mut n = 0;
    while text.len() < 1_000_000 {
        text.push_str(&format!("\"ext.s{n}\":{{\"v\":\"x\"}},"));
        n += 1;
    }
    text.push_str("\"go.toolsEnvVars\":{\"GOPROXY\":\"off\"}}");
    std::fs::write(&minified, text).unwrap();
    let fifo_resolv = sb.dir.path().join("resolv.conf");
    mkfifo(&fifo_resolv);

    let timeout = Duration::from_secs(5);
    let budget = timeout + Duration::from_millis(500);
    let ok_go = scripted_go(&sb, gomod.to_str().unwrap(), "");
    let mut runs: Vec<(&str, std::process::Command)> = Vec::new();
    let mut whole = std_godiag(&sb);
    whole
        .env("GOPROXY", "off")
        .args(["check", "--json", "--offline", "--timeout", "5s", "--go"])
        .arg(&ok_go)
        .arg("--hosts-file")
        .arg(&hosts)
        .arg("--vscode-settings")
        .arg(&minified);
    runs.push(("offline checks", whole));
    let mut dns = std_godiag(&sb);
    dns.args(["check", "--json", "--only", "dns", "--timeout", "5s"])
        .arg("--resolv-conf")
        .arg(&fifo_resolv);
    runs.push(("dns", dns));
    let zero_go = sb.dir.path().join("zero/go");
    std::fs::create_dir_all(zero_go.parent().unwrap()).unwrap();
    std::fs::write(&zero_go, "#!/bin/sh\nexec cat /dev/zero\n").unwrap();
    let noisy_go = sb.dir.path().join("noisy/go");
    std::fs::create_dir_all(noisy_go.parent().unwrap()).unwrap();
    std::fs::write(
        &noisy_go,
        "#!/bin/sh\nhead -c 100000000 /dev/zero | tr '\\0' e >&2\nexit 1\n",
    )
    .unwrap();
    for go in [&zero_go, &noisy_go] {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(go, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut run = std_godiag(&sb);
        run.args(["check", "--json", "--offline", "--timeout", "5s", "--go"])
            .arg(go);
        runs.push(("hostile go", run));
    }
    for (what, cmd) in runs {
        let (output, took) = run_limited(cmd);
        let durations: Vec<String> = serde_json::from_slice::<serde_json::Value>(&output.stdout)
            .ok()
            .and_then(|r| r["checks"].as_array().cloned())
            .unwrap_or_default()
            .iter()
            .map(|c| format!("{} {} {}", c["id"], c["duration_ms"], c["summary"]))
            .collect();
        assert!(took < budget, "{what}: took {took:?}: {durations:#?}");
        let code = output.status.code();
        assert!(
            matches!(code, Some(0 | 1)),
            "{what}: exit {code:?}, stderr {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{what}: not JSON ({e})"));
        common::assert_matches_schema(&report);
        assert!(
            output.stdout.len() < 1 << 20,
            "{what}: {} bytes",
            output.stdout.len()
        );
        eprintln!("{what}: {took:?}, {} bytes of JSON", output.stdout.len());
    }
}

#[test]
fn a_planted_password_survives_no_output_path() {
    // Generated passwords (fixed seed) with `,` and `|` in them, planted everywhere godiag reads
    // a proxy: the OS environment (with and without a scheme), the go env -w file, a startup
    // file, the editor's settings, a hosts comment, --mirror.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_~!*,|";
    for _ in 0..3 {
        let mut pass = String::from("Pw");
        for _ in 0..10 {
            pass.push(ALPHABET[(next() % ALPHABET.len() as u64) as usize] as char);
        }
        let sb = Sandbox::new();
        std::fs::write(
            sb.go_env_file(),
            format!("GOPROXY=http://corp:{pass}@127.0.0.1:9,direct\nGOSUMDB=off\n"),
        )
        .unwrap();
        std::fs::write(
            sb.home().join(".bashrc"),
            format!("export HTTPS_PROXY=bob:{pass}@127.0.0.1:9\n"),
        )
        .unwrap();
        let hosts = sb.dir.path().join("hosts");
        std::fs::write(
            &hosts,
            // The second comment is long enough that the excerpt's cut (200 characters)
            // falls inside its userinfo.
            format!(
                "127.0.0.1 localhost\n0.0.0.0 sum.golang.org # via http://u:{pass}@h\n1.2.3.4 goproxy.cn # {} http://user:{pass}@x\n",
                "a".repeat(154)
            ),
        )
        .unwrap();
        let settings = sb.dir.path().join("settings.json");
        std::fs::write(
            &settings,
            format!(
                "{{ \"go.toolsEnvVars\": {{ \"GOPROXY\": \"u:{}@127.0.0.1:9\" }}, \"http.proxy\": \"http://u:{}@127.0.0.1:9\" }}",
                pass.replace('\\', "\\\\"),
                pass
            ),
        )
        .unwrap();
        let go = scripted_go(&sb, "/dev/null", "");
        let runs: Vec<Vec<&str>> = vec![
            vec!["check", "--verbose"],
            vec!["check", "--json"],
            vec!["fix"],
            vec!["fix", "--json"],
            vec!["fix", "--apply"],
            vec!["fix", "--undo"],
            vec!["fix", "--undo", "--json"],
        ];
        for args in runs {
            let mut cmd = sb.godiag(None);
            cmd.env("HTTPS_PROXY", format!("bob:{pass}@127.0.0.1:9"))
                .env("GOPROXY", format!("http://corp:{pass}@127.0.0.1:9|off"))
                .args(&args)
                .arg("--go")
                .arg(&go);
            if !args.contains(&"--undo") {
                cmd.arg("--offline")
                    .arg("--hosts-file")
                    .arg(&hosts)
                    .arg("--vscode-settings")
                    .arg(&settings)
                    .args(["--mirror", &format!("http://m:{pass}@127.0.0.1:9")]);
            }
            let output = cmd.output().unwrap();
            assert!(
                matches!(output.status.code(), Some(0 | 1)) && !output.stdout.is_empty(),
                "{args:?}: {:?} {}",
                output.status.code(),
                String::from_utf8_lossy(&output.stderr)
            );
            for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
                let text = String::from_utf8_lossy(bytes);
                assert!(
                    !text.contains(&pass[2..]),
                    "{args:?} {stream} leaks {pass}: {text}"
                );
            }
        }
    }
}

#[test]
fn workspace_that_is_a_file_says_so_and_a_relative_go_is_from_the_cwd() {
    let sb = Sandbox::new();
    let file = sb.work().join("go.mod");
    std::fs::write(&file, "module m\n").unwrap();
    let out = sb
        .godiag(None)
        .args(["check", "--workspace", "go.mod"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("found a file"), "{err}");

    // A relative --go next to a --workspace elsewhere: found from where it was typed.
    let go = scripted_go(&sb, "/dev/null", "");
    let ws = sb.dir.path().join("elsewhere");
    std::fs::create_dir_all(&ws).unwrap();
    let (report, _) = json_report(
        sb.godiag(None)
            .current_dir(sb.dir.path())
            .args([
                "check",
                "--json",
                "--only",
                "go-env",
                "--go",
                "bin/go",
                "--workspace",
            ])
            .arg(&ws),
    );
    let all = codes(&report);
    assert!(!all.contains(&"go-env.go-missing".to_string()), "{all:?}");
    assert!(!all.contains(&"go-env.go-failed".to_string()), "{all:?}");
    let facts = &check_of(&report, "go-env")["facts"];
    assert_eq!(facts["go_binary"], go.to_str().unwrap(), "{facts:#}");
}

#[test]
fn as_root_a_workspace_settings_link_out_of_the_workspace_is_not_followed() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return; // the rule is about root
    }
    let sb = Sandbox::new();
    let secret = sb.dir.path().join("root-only");
    std::fs::write(&secret, "TOPSECRET-first-line\n").unwrap();
    std::fs::create_dir_all(sb.work().join(".vscode")).unwrap();
    std::os::unix::fs::symlink(&secret, sb.work().join(".vscode/settings.json")).unwrap();
    let go = scripted_go(&sb, "/dev/null", "");
    let output = sb
        .godiag(None)
        .args([
            "check",
            "--only",
            "vscode",
            "--offline",
            "--verbose",
            "--go",
        ])
        .arg(&go)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(!text.contains("TOPSECRET"), "{text}");
    assert!(text.contains("outside the workspace"), "{text}");
}

#[test]
fn running_out_of_file_descriptors_is_an_error_not_a_network_verdict() {
    use std::os::unix::process::CommandExt as _;
    let sb = Sandbox::new();
    let run = |limit: u64| {
        let mut cmd = std_godiag(&sb);
        cmd.env(
            "PATH",
            format!("{}:/nonexistent-bin", common::fake_go_dir("fake").display()),
        )
        .args(["check", "--json"]);
        // SAFETY: the closure runs in the forked child before exec and only calls setrlimit,
        // which is async-signal-safe.
        unsafe {
            cmd.pre_exec(move || {
                let l = libc::rlimit {
                    rlim_cur: limit,
                    rlim_max: limit,
                };
                if libc::setrlimit(libc::RLIMIT_NOFILE, &l) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let output = cmd.output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("limit {limit}: not JSON ({e})"));
        (report, output.status.code())
    };
    for limit in [16, 20] {
        let (report, code) = run(limit);
        assert_eq!(code, Some(1), "limit {limit}");
        assert_eq!(report["status"], "error", "limit {limit}");
        let internal: Vec<&serde_json::Value> = report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["findings"].as_array().unwrap())
            .filter(|f| {
                f["message"]
                    .as_str()
                    .unwrap()
                    .starts_with("too many open files: raise ulimit -n")
            })
            .collect();
        assert_eq!(internal.len(), 1, "limit {limit}: {report:#}");
        assert!(
            internal[0]["code"]
                .as_str()
                .unwrap()
                .ends_with(".internal-error"),
            "{}",
            internal[0]
        );
        assert!(
            internal[0]["message"]
                .as_str()
                .unwrap()
                .contains(&format!("(the limit is {limit})")),
            "{}",
            internal[0]
        );
    }
    // With room to work, no such finding.
    let (report, _) = run(1024);
    assert!(
        !report.to_string().contains("too many open files"),
        "{report:#}"
    );
}
