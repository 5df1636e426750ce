//! End to end on a simulated network: godiag with its embedded defaults (no test config) in a
//! network namespace whose only way out is a veth into an empty namespace, so every address
//! that is not on its loopback is a silent blackhole, as proxy.golang.org is in mainland China.
//!
//! Inside: loopback aliases stand in for public addresses. dnsmasq on 223.5.5.5 and
//! 119.29.29.29 (two of the default reference resolvers) is also the system resolver; it
//! answers goproxy.cn with 203.0.113.10, where an HTTPS module proxy with a test CA
//! (SSL_CERT_FILE) serves golang.org/x/text and proxies the checksum database's `supported`
//! endpoint; every other Go host gets an address of its own in 142.250.0.0/24, which is
//! blackholed, as are 8.8.8.8, 1.1.1.1 and everything else.
//!
//! The story the test checks: with the default GOPROXY, `go mod download` fails; `godiag check`
//! names the blocked proxy as the root cause; `godiag fix --apply --verify` switches GOPROXY to
//! the working mirror and proves it with go; `go mod download` then succeeds.
//!
//! sum.golang.org's signatures cannot be forged, so the test module is exempted from checksum
//! database lookups with GONOSUMDB (go.sum hashing still applies).
//!
//! Safety: the test needs root, ip(8) and dnsmasq. It fails (never falls back to the host's
//! network) when it cannot create or enter the namespace: every setup command must succeed,
//! and before godiag runs, the test checks that the command really runs in the new namespace.

use crate::common;
use crate::common::netns::{exec_in, must};

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::http::{BytesHandler, pki, serve_on, write_ca};

/// goproxy.cn, here: a public address on the lab's loopback. (Documentation ranges would not
/// do: godiag rightly calls a non-global answer for a public name a forgery.)
const MIRROR_ADDR: &str = "120.92.0.10";
const RESOLVERS: [&str; 2] = ["223.5.5.5", "119.29.29.29"];
/// Every other name resolves into 142.250.0.0/24 (one address each) and is blackholed.
const BLACKHOLE_NET: &str = "142.250.0";
const MODULE: &str = "golang.org/x/text";
const VERSION: &str = "v0.14.0";

fn ip(args: &[&str]) {
    must(Command::new("ip").args(args));
}

/// The namespace pair; removed on drop, with dnsmasq.
struct Lab {
    ns: String,
    void: String,
    dnsmasq: Option<Child>,
}

impl Lab {
    /// A command run inside the lab, with an empty environment.
    fn exec(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        exec_in(&self.ns, program)
    }

    fn create() -> Lab {
        // SAFETY: geteuid has no preconditions.
        let uid = unsafe { libc::geteuid() };
        assert_eq!(
            uid, 0,
            "this test needs root (CI runs it as root): it creates network namespaces"
        );
        let ns = format!("gdt-{}", std::process::id());
        let lab = Lab {
            void: format!("{ns}-v"),
            ns,
            dnsmasq: None,
        };
        let (ns, void) = (lab.ns.as_str(), lab.void.as_str());
        ip(&["netns", "add", ns]);
        ip(&["netns", "add", void]);
        ip(&["-n", ns, "link", "set", "lo", "up"]);
        ip(&["-n", void, "link", "set", "lo", "up"]);
        let (a, b) = (format!("{ns}a"), format!("{ns}b"));
        ip(&[
            "link", "add", &a, "netns", ns, "type", "veth", "peer", "name", &b, "netns", void,
        ]);
        ip(&["-n", ns, "addr", "add", "10.254.0.1/30", "dev", &a]);
        ip(&["-n", void, "addr", "add", "10.254.0.2/30", "dev", &b]);
        ip(&["-n", ns, "link", "set", &a, "up"]);
        ip(&["-n", void, "link", "set", &b, "up"]);
        ip(&["-n", ns, "route", "add", "default", "via", "10.254.0.2"]);
        for addr in RESOLVERS.iter().chain([&MIRROR_ADDR]) {
            ip(&["-n", ns, "addr", "add", &format!("{addr}/32"), "dev", "lo"]);
        }
        // `ip netns exec` bind-mounts these over /etc/resolv.conf, /etc/hosts and
        // /etc/nsswitch.conf.
        let etc = PathBuf::from("/etc/netns").join(ns);
        std::fs::create_dir_all(&etc).expect("/etc/netns");
        std::fs::write(
            etc.join("resolv.conf"),
            format!("nameserver {}\n", RESOLVERS[0]),
        )
        .expect("resolv.conf");
        std::fs::write(etc.join("hosts"), "127.0.0.1 localhost\n::1 localhost\n").expect("hosts");
        // Only files and DNS: an nss module such as systemd-resolved's would ask the host's
        // resolver, outside the lab.
        std::fs::write(
            etc.join("nsswitch.conf"),
            "passwd: files\ngroup: files\nhosts: files dns\n",
        )
        .expect("nsswitch.conf");
        // A blackholed connect gives up after about 3 s instead of 2 minutes (Go's own dial
        // has no shorter timeout); per namespace, the host is not affected.
        must(exec_in(&lab.ns, "sh").args(["-c", "echo 1 > /proc/sys/net/ipv4/tcp_syn_retries"]));
        lab
    }

    fn start_dnsmasq(&mut self) {
        let mut cmd = exec_in(&self.ns, "dnsmasq");
        cmd.args([
            "--keep-in-foreground",
            "--conf-file=/dev/null",
            "--no-resolv",
            "--no-hosts",
            "--bind-interfaces",
            "--user=root",
            "--pid-file=",
            "--log-facility=-",
            &format!("--listen-address={}", RESOLVERS.join(",")),
            &format!("--address=/goproxy.cn/{MIRROR_ADDR}"),
        ])
        .args(
            go_hosts()
                .iter()
                .enumerate()
                .filter(|(_, h)| *h != "goproxy.cn")
                .map(|(i, h)| format!("--address=/{h}/{BLACKHOLE_NET}.{}", i + 1)),
        )
        .arg(format!("--address=/#/{BLACKHOLE_NET}.254"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
        self.dnsmasq = Some(
            cmd.spawn()
                .expect("start dnsmasq (apt-get install dnsmasq-base)"),
        );
        // Ready when it answers.
        let start = Instant::now();
        loop {
            let out = self
                .exec("getent")
                .args(["ahostsv4", "goproxy.cn"])
                .output()
                .expect("getent");
            if String::from_utf8_lossy(&out.stdout).contains(MIRROR_ADDR) {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "dnsmasq did not start answering"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        if let Some(mut d) = self.dnsmasq.take() {
            let _ = d.kill();
            let _ = d.wait();
        }
        let _ = Command::new("ip").args(["netns", "del", &self.ns]).status();
        let _ = Command::new("ip")
            .args(["netns", "del", &self.void])
            .status();
        let _ = std::fs::remove_dir_all(PathBuf::from("/etc/netns").join(&self.ns));
    }
}

/// The Go hosts of godiag's embedded defaults, which its dns check queries.
fn go_hosts() -> Vec<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("default.toml"))
        .expect("default.toml");
    let table: toml::Table = text.parse().expect("default.toml parses");
    table["go_hosts"]
        .as_array()
        .expect("go_hosts")
        .iter()
        .map(|h| h.as_str().expect("a host name").to_string())
        .collect()
}

/// The module zip as the module proxy protocol serves it.
fn module_zip() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let prefix = format!("{MODULE}@{VERSION}");
    zip.start_file(format!("{prefix}/go.mod"), options)
        .expect("zip");
    zip.write_all(format!("module {MODULE}\n\ngo 1.18\n").as_bytes())
        .expect("zip");
    zip.start_file(format!("{prefix}/doc.go"), options)
        .expect("zip");
    zip.write_all(
        b"// Package text is a stand-in served by godiag's network test.\npackage text\n",
    )
    .expect("zip");
    zip.finish().expect("zip").into_inner()
}

/// A module proxy serving one version of the probe module and the checksum database's
/// `supported` endpoint.
fn mirror_handler() -> BytesHandler {
    let zip = module_zip();
    let info = format!("{{\"Version\":\"{VERSION}\",\"Time\":\"2023-10-11T00:00:00Z\"}}");
    Arc::new(move |path: &str| {
        let base = format!("/{MODULE}/@v/{VERSION}");
        match path {
            p if p == format!("/{MODULE}/@v/list") => (200, format!("{VERSION}\n").into_bytes()),
            p if p == format!("/{MODULE}/@latest") || p == format!("{base}.info") => {
                (200, info.clone().into_bytes())
            }
            p if p == format!("{base}.mod") => {
                (200, format!("module {MODULE}\n\ngo 1.18\n").into_bytes())
            }
            p if p == format!("{base}.zip") => (200, zip.clone()),
            "/sumdb/sum.golang.org/supported" => (200, Vec::new()),
            _ => (404, b"not found".to_vec()),
        }
    })
}

/// The user's environment inside the lab: a fresh HOME, the test CA, go on PATH.
fn user_env(home: &Path, ca: &Path) -> Vec<(String, String)> {
    let go = common::which_go();
    let go_dir = go.parent().expect("go's folder");
    [
        ("HOME", home.display().to_string()),
        (
            "PATH",
            format!("{}:/usr/sbin:/usr/bin:/sbin:/bin", go_dir.display()),
        ),
        ("SSL_CERT_FILE", ca.display().to_string()),
        ("GOCACHE", home.join("gocache").display().to_string()),
        ("GONOSUMDB", MODULE.to_string()),
        ("GOTOOLCHAIN", "local".to_string()),
        ("NO_COLOR", "1".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// `go mod download` of the probe module in a fresh module and cache, inside the lab.
fn go_mod_download(lab: &Lab, env: &[(String, String)], dir: &Path) -> Output {
    std::fs::create_dir_all(dir).expect("module dir");
    std::fs::write(dir.join("go.mod"), "module example.invalid/m\n\ngo 1.16\n").expect("go.mod");
    let mut cmd = exec_in(&lab.ns, "timeout");
    cmd.args([
        "60",
        "go",
        "mod",
        "download",
        "-json",
        &format!("{MODULE}@latest"),
    ])
    .envs(env.iter().map(|(k, v)| (k, v)))
    .env("GOMODCACHE", dir.join("modcache"))
    .env("GOFLAGS", "-mod=mod")
    .current_dir(dir);
    let out = cmd.output().expect("go mod download");
    // The module cache is read-only; make the temporary one removable.
    let _ = Command::new("chmod").args(["-R", "u+w"]).arg(dir).status();
    out
}

fn godiag(
    lab: &Lab,
    env: &[(String, String)],
    dir: &Path,
    args: &[&str],
) -> (serde_json::Value, i32) {
    let mut cmd = exec_in(&lab.ns, env!("CARGO_BIN_EXE_godiag"));
    cmd.args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(dir);
    let out = cmd.output().expect("run godiag");
    let text = String::from_utf8_lossy(&out.stdout);
    let report = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "godiag {args:?}: not JSON ({e}): {text}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (report, out.status.code().unwrap_or(-1))
}

#[test]
#[ignore = "needs root, ip, dnsmasq and the Go toolchain (CI installs them and runs it as root)"]
fn blocked_default_proxy_is_diagnosed_fixed_and_verified_on_a_simulated_network() {
    let mut lab = Lab::create();
    lab.start_dnsmasq();
    common::netns::assert_isolated(&lab.ns, "10.254.0.2");

    let tmp = tempfile::tempdir().expect("temp dir");
    let home = tmp.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    let pki = pki("godiag lab CA", &["goproxy.cn"]);
    let ca = write_ca(&pki, tmp.path());
    serve_on(
        common::netns::listen_in(&lab.ns, &format!("{MIRROR_ADDR}:443")),
        mirror_handler(),
        Some(pki.server),
        Duration::ZERO,
    );
    let env = user_env(&home, &ca);
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&work).expect("work");

    // 1. The default GOPROXY is blackholed: go cannot download.
    let before = go_mod_download(&lab, &env, &tmp.path().join("before"));
    assert!(
        !before.status.success(),
        "go mod download must fail with the default GOPROXY: {}",
        String::from_utf8_lossy(&before.stdout)
    );

    // 2. godiag, with its embedded defaults, names the blocked proxy as the root cause.
    let (report, code) = godiag(&lab, &env, &work, &["check", "--json"]);
    assert_eq!(code, 1, "{report:#}");
    common::assert_matches_schema(&report);
    let headline = report["diagnosis"][0]["headline"]
        .as_str()
        .unwrap_or_default();
    assert!(
        headline.contains("proxy.golang.org"),
        "root cause: {:#}",
        report["diagnosis"]
    );
    assert!(
        report["diagnosis"][0]["codes"]
            .to_string()
            .contains("connectivity.goproxy-unreachable"),
        "{:#}",
        report["diagnosis"]
    );
    let unreachable = common::finding(&report, "connectivity.goproxy-unreachable");
    assert_eq!(
        unreachable["fix"]["actions"][0]["command"],
        "go env -w GOPROXY=https://goproxy.cn,direct"
    );

    // 3. The plan, as a person reads it: the go env change and its diff, nothing changed yet.
    let plan = lab
        .exec(env!("CARGO_BIN_EXE_godiag"))
        .args(["fix", "--color", "never"])
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(&work)
        .output()
        .expect("godiag fix");
    let text = String::from_utf8_lossy(&plan.stdout);
    println!("{text}");
    assert_eq!(plan.status.code(), Some(1), "changes are pending: {text}");
    assert!(
        text.contains("pending       go env -w GOPROXY=https://goproxy.cn,direct"),
        "{text}"
    );
    assert!(
        text.contains("+GOPROXY=https://goproxy.cn,direct"),
        "{text}"
    );
    assert!(
        !home.join(".config/go/env").exists(),
        "the plan changed nothing"
    );

    // 4. fix --apply --verify switches GOPROXY to the mirror and proves it with go.
    let (fixed, code) = godiag(&lab, &env, &work, &["fix", "--apply", "--verify", "--json"]);
    common::assert_matches_fix_schema(&fixed);
    assert_eq!(code, 0, "{fixed:#}");
    let applied: Vec<&str> = fixed["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["state"] == "applied")
        .map(|s| s["action"]["command"].as_str().unwrap())
        .collect();
    assert!(
        applied.contains(&"go env -w GOPROXY=https://goproxy.cn,direct"),
        "{applied:?}"
    );
    assert_eq!(fixed["verify"]["ok"], true, "{:#}", fixed["verify"]);
    assert_eq!(fixed["verify"]["version"], VERSION);
    assert!(
        !fixed["after"]
            .to_string()
            .contains("connectivity.goproxy-unreachable"),
        "{:#}",
        fixed["after"]
    );

    // 5. go itself now downloads.
    let after = go_mod_download(&lab, &env, &tmp.path().join("after"));
    assert!(
        after.status.success(),
        "go mod download must work after the fix: {}{}",
        String::from_utf8_lossy(&after.stdout),
        String::from_utf8_lossy(&after.stderr)
    );
    assert!(String::from_utf8_lossy(&after.stdout).contains(VERSION));
}
