//! The truth matrix: on simulated networks (one network namespace per scenario, as in
//! tests/netns.rs), the real go command downloads a module next to godiag, and the test insists
//! that they agree: godiag's prediction (an `error` status means "go mod download will fail")
//! is what go did, the first diagnosis names the host that breaks, and no finding contradicts
//! the connectivity facts of the same run.
//!
//! The go under test is the installed toolchain rebuilt with `go build -overlay`, replacing
//! cmd/go/internal/modfetch/key.go so that it trusts a test key for sum.golang.org; the lab's
//! checksum databases are signed with that key (tests/common/sumdb.rs). Every checksum path
//! (through a proxy, direct, the China alias, a custom GOSUMDB) is therefore verified for real.
//!
//! Safety: as tests/netns.rs. Each lab's only way out is a veth into an empty namespace; every
//! address that is not on the lab's loopback is a silent blackhole.
//!
//! docs/truth.md lists the scenarios and go's outcome in each.

use crate::common;
use crate::common::netns::{exec_in, must};

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use common::http::{BytesHandler, TestPki, pki, serve_on};
use common::sumdb::{Record, TestDb, verifier_key};

const RESOLVERS: [&str; 2] = ["223.5.5.5", "119.29.29.29"];
/// Every Go host the lab does not serve resolves here, and is blackholed.
const BLACKHOLE: &str = "142.250.0.254";
/// The system resolver of a lab whose resolver is dead (blackholed).
const DEAD_RESOLVER: &str = "142.250.0.53";
const MODULE: &str = "golang.org/x/text";
const VERSION: &str = "v0.14.0";
/// Scenarios run at once (they mostly wait on timeouts).
const WORKERS: usize = 6;

fn ip(args: &[&str]) {
    must(Command::new("ip").args(args));
}

/// How a lab host answers.
#[derive(Clone, Copy)]
enum Host {
    /// A module proxy serving the module. `list` is the status of every module request.
    Proxy { sumdb: Db, list: u16, delay_ms: u64 },
    /// A checksum database at its own URL, signed under `name`.
    Database { name: &'static str },
    /// Redirects every request (302) to the same path on another lab host.
    Redirect { to: &'static str },
    /// A TLS certificate from a CA this machine does not trust (interception).
    Untrusted,
}

/// What a proxy does under `/sumdb/`.
#[derive(Clone, Copy)]
enum Db {
    /// 404 to `supported`.
    No,
    /// Proxies the database of this name.
    Yes(&'static str),
    /// 200 to `supported`, 502 to everything else.
    Broken,
}

fn proxy(sumdb: Db) -> Host {
    Host::Proxy {
        sumdb,
        list: 200,
        delay_ms: 0,
    }
}

struct Scenario {
    name: &'static str,
    /// What it shows (the issue item, or the baseline it guards).
    about: &'static str,
    hosts: Vec<(&'static str, Host)>,
    env: Vec<(&'static str, String)>,
    /// The `go env -w` file.
    env_file: &'static str,
    /// Extra hosts-file lines; `@name` stands for that lab host's address.
    hosts_file: Vec<(&'static str, &'static str)>,
    /// Names that do not exist (NXDOMAIN).
    nxdomain: Vec<&'static str>,
    dead_resolver: bool,
    /// The lab has a global IPv6 address and route (into the void, like everything else).
    ipv6: bool,
    /// The stock go must reject this lab's checksum database (it proves go consults it).
    stock_go_rejects: bool,
    /// A proxy on the lab's 127.0.0.1 (HTTPS_PROXY points at it).
    proxy: Option<LabProxy>,
    /// The work module requires the module (go.sum included) and go runs `go mod download`
    /// for it; `Some(true)`: the module cache already holds it.
    workspace: Option<bool>,
    /// What go does (checked: the matrix documents it).
    go_ok: bool,
    /// A host the first diagnosis must name when go fails.
    blame: Option<&'static str>,
    /// Finding codes the report must have (a degradation godiag must name).
    expect: Vec<&'static str>,
    /// Go works from a terminal but the editor's tools will fail: the report is an error
    /// whose every error finding is the editor's.
    editor_fails: bool,
    /// Files written under the lab's HOME (a shell startup file, VS Code settings).
    home_files: Vec<(&'static str, &'static str)>,
    /// The human report of this scenario is a snapshot (`tests__world_<name>.snap`), held to
    /// this many lines at most: a report read in five seconds.
    world: Option<usize>,
}

impl Scenario {
    fn new(name: &'static str, about: &'static str, go_ok: bool) -> Scenario {
        Scenario {
            name,
            about,
            hosts: Vec::new(),
            env: Vec::new(),
            env_file: "",
            hosts_file: Vec::new(),
            nxdomain: Vec::new(),
            dead_resolver: false,
            ipv6: false,
            stock_go_rejects: false,
            workspace: None,
            proxy: None,
            go_ok,
            blame: None,
            expect: Vec::new(),
            editor_fails: false,
            home_files: Vec::new(),
            world: None,
        }
    }
    fn host(mut self, name: &'static str, h: Host) -> Scenario {
        self.hosts.push((name, h));
        self
    }
    fn env(mut self, k: &'static str, v: &str) -> Scenario {
        self.env.push((k, v.to_string()));
        self
    }
    fn blame(mut self, host: &'static str) -> Scenario {
        self.blame = Some(host);
        self
    }
}

/// The module as the proxies serve it, and its checksum-database record.
struct ModuleFiles {
    zip: Vec<u8>,
    go_mod: Vec<u8>,
    info: Vec<u8>,
    record: Record,
}

fn module_files() -> &'static ModuleFiles {
    static FILES: OnceLock<ModuleFiles> = OnceLock::new();
    FILES.get_or_init(|| {
        let go_mod = format!("module {MODULE}\n\ngo 1.18\n").into_bytes();
        let doc = b"// Package text is a stand-in served by godiag's truth matrix.\npackage text\n"
            .to_vec();
        let prefix = format!("{MODULE}@{VERSION}");
        let files = vec![
            (format!("{prefix}/go.mod"), go_mod.clone()),
            (format!("{prefix}/doc.go"), doc),
        ];
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, content) in &files {
            zip.start_file(name.as_str(), options).expect("zip");
            zip.write_all(content).expect("zip");
        }
        let zip = zip.finish().expect("zip").into_inner();
        ModuleFiles {
            zip,
            info: format!("{{\"Version\":\"{VERSION}\",\"Time\":\"2023-10-11T00:00:00Z\"}}")
                .into_bytes(),
            record: Record {
                module: MODULE.into(),
                version: VERSION.into(),
                zip_files: files,
                go_mod: go_mod.clone(),
            },
            go_mod,
        }
    })
}

fn db(name: &str) -> TestDb {
    let f = module_files();
    TestDb::new(
        name,
        &[Record {
            module: f.record.module.clone(),
            version: f.record.version.clone(),
            zip_files: f.record.zip_files.clone(),
            go_mod: f.record.go_mod.clone(),
        }],
    )
}

/// The module-proxy protocol for the module, or None.
fn module_answer(path: &str) -> Option<Vec<u8>> {
    let f = module_files();
    let base = format!("/{MODULE}/@v/{VERSION}");
    match path {
        p if p == format!("/{MODULE}/@v/list") => Some(format!("{VERSION}\n").into_bytes()),
        p if p == format!("/{MODULE}/@latest") || p == format!("{base}.info") => {
            Some(f.info.clone())
        }
        p if p == format!("{base}.mod") => Some(f.go_mod.clone()),
        p if p == format!("{base}.zip") => Some(f.zip.clone()),
        _ => None,
    }
}

fn handler(h: Host) -> BytesHandler {
    match h {
        Host::Proxy { sumdb, list, .. } => {
            let database = match sumdb {
                Db::Yes(name) => Some((name, db(name))),
                _ => None,
            };
            Arc::new(move |path: &str| {
                if let Some(rest) = path.strip_prefix("/sumdb/") {
                    return match (&database, sumdb) {
                        (_, Db::Broken) if rest.ends_with("/supported") => (200, Vec::new()),
                        (_, Db::Broken) => (502, b"bad gateway".to_vec()),
                        (Some((name, d)), _) => match rest.strip_prefix(name) {
                            Some("/supported") => (200, Vec::new()),
                            Some(r) => d
                                .answer(r)
                                .map_or((404, b"not found".to_vec()), |b| (200, b)),
                            None => (404, b"not found".to_vec()),
                        },
                        _ => (404, b"not found".to_vec()),
                    };
                }
                match module_answer(path) {
                    Some(_) if list != 200 => (list, b"refused".to_vec()),
                    Some(body) => (200, body),
                    None => (404, b"not found".to_vec()),
                }
            })
        }
        Host::Database { name } => {
            let d = db(name);
            Arc::new(move |path: &str| {
                d.answer(path)
                    .map_or((404, b"not found".to_vec()), |b| (200, b))
            })
        }
        Host::Redirect { to } => {
            let target = format!("https://{to}");
            Arc::new(move |path: &str| (302, format!("{target}{path}").into_bytes()))
        }
        Host::Untrusted => Arc::new(|path: &str| {
            module_answer(path).map_or((404, b"not found".to_vec()), |b| (200, b))
        }),
    }
}

/// A proxy inside the lab, on 127.0.0.1.
#[derive(Clone, Copy)]
enum LabProxy {
    /// HTTP CONNECT on port 3128, requiring this `Proxy-Authorization` value if any.
    Connect { auth: Option<&'static str> },
    /// SOCKS5 without authentication on port 1080.
    Socks5,
}

/// Runs `proxy` in the lab: its thread enters the namespace and runs a current-thread runtime,
/// so every socket it opens (the listener and the onward connections) is in the lab. Names are
/// resolved with the lab's own table (`addrs`), everything else goes to the blackhole.
fn start_lab_proxy(lab: &Lab, proxy: LabProxy) {
    let path = PathBuf::from("/var/run/netns").join(&lab.ns);
    let addrs = lab.addrs.clone();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let file = std::fs::File::open(&path).expect("open the namespace");
        use std::os::fd::AsRawFd as _;
        // SAFETY: setns on a namespace file descriptor we own; it changes only this thread's
        // network namespace, and every socket of this proxy is made on this thread.
        let rc = unsafe { libc::setns(file.as_raw_fd(), libc::CLONE_NEWNET) };
        assert_eq!(rc, 0, "setns: {}", std::io::Error::last_os_error());
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let port = match proxy {
                LabProxy::Connect { .. } => 3128,
                LabProxy::Socks5 => 1080,
            };
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
                .await
                .expect("bind the lab proxy");
            ready_tx.send(()).expect("ready");
            loop {
                let Ok((client, _)) = listener.accept().await else {
                    return;
                };
                let addrs = addrs.clone();
                tokio::spawn(async move {
                    let _ = tunnel(client, proxy, &addrs).await;
                });
            }
        });
    });
    ready_rx
        .recv_timeout(Duration::from_secs(5))
        .expect("the lab proxy starts");
}

async fn tunnel(
    mut client: tokio::net::TcpStream,
    proxy: LabProxy,
    addrs: &[(String, String)],
) -> std::io::Result<()> {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let (host, port) = match proxy {
        LabProxy::Connect { auth } => {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && head.len() < 8192 {
                if client.read(&mut byte).await? == 0 {
                    return Ok(());
                }
                head.push(byte[0]);
            }
            let text = String::from_utf8_lossy(&head).to_string();
            if let Some(want) = auth
                && !text
                    .lines()
                    .any(|l| l.eq_ignore_ascii_case(&format!("proxy-authorization: {want}")))
            {
                client
                    .write_all(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")
                    .await?;
                return Ok(());
            }
            let target = text.split_whitespace().nth(1).unwrap_or("").to_string();
            let (h, p) = target.rsplit_once(':').unwrap_or((&target, "443"));
            client
                .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                .await?;
            (h.to_string(), p.parse().unwrap_or(443))
        }
        LabProxy::Socks5 => {
            let mut hello = [0u8; 2];
            client.read_exact(&mut hello).await?;
            let mut methods = vec![0u8; usize::from(hello[1])];
            client.read_exact(&mut methods).await?;
            client.write_all(&[5, 0]).await?;
            let mut req = [0u8; 4];
            client.read_exact(&mut req).await?;
            let host = match req[3] {
                1 => {
                    let mut a = [0u8; 4];
                    client.read_exact(&mut a).await?;
                    std::net::Ipv4Addr::from(a).to_string()
                }
                3 => {
                    let mut len = [0u8; 1];
                    client.read_exact(&mut len).await?;
                    let mut name = vec![0u8; usize::from(len[0])];
                    client.read_exact(&mut name).await?;
                    String::from_utf8_lossy(&name).to_string()
                }
                _ => return Ok(()),
            };
            let mut port = [0u8; 2];
            client.read_exact(&mut port).await?;
            client.write_all(&[5, 0, 0, 1, 0, 0, 0, 0, 0, 0]).await?;
            (host, u16::from_be_bytes(port))
        }
    };
    let ip = addrs
        .iter()
        .find(|(n, _)| *n == host)
        .map(|(_, a)| a.clone())
        .unwrap_or_else(|| {
            if host.parse::<std::net::IpAddr>().is_ok() {
                host.clone()
            } else {
                BLACKHOLE.to_string()
            }
        });
    let mut upstream = tokio::net::TcpStream::connect((ip.as_str(), port)).await?;
    tokio::io::copy_bidirectional(&mut client, &mut upstream).await?;
    Ok(())
}

/// One scenario's namespace pair and dnsmasq; removed on drop.
struct Lab {
    ns: String,
    void: String,
    dnsmasq: Option<Child>,
    addrs: Vec<(String, String)>,
}

impl Lab {
    /// A command run inside the lab, with an empty environment.
    fn exec(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        exec_in(&self.ns, program)
    }

    fn create(index: usize, s: &Scenario) -> Lab {
        let ns = format!("gtr{}-{index}", std::process::id() % 100_000);
        let mut lab = Lab {
            void: format!("{ns}v"),
            ns,
            dnsmasq: None,
            addrs: s
                .hosts
                .iter()
                .enumerate()
                .map(|(i, (name, _))| (name.to_string(), format!("120.92.0.{}", i + 10)))
                .collect(),
        };
        let (ns, void) = (lab.ns.clone(), lab.void.clone());
        let _ = Command::new("ip").args(["netns", "del", &ns]).output();
        let _ = Command::new("ip").args(["netns", "del", &void]).output();
        ip(&["netns", "add", &ns]);
        ip(&["netns", "add", &void]);
        ip(&["-n", &ns, "link", "set", "lo", "up"]);
        ip(&["-n", &void, "link", "set", "lo", "up"]);
        let (a, b) = (format!("{ns}a"), format!("{ns}b"));
        ip(&[
            "link", "add", &a, "netns", &ns, "type", "veth", "peer", "name", &b, "netns", &void,
        ]);
        ip(&["-n", &ns, "addr", "add", "10.254.0.1/30", "dev", &a]);
        ip(&["-n", &void, "addr", "add", "10.254.0.2/30", "dev", &b]);
        ip(&["-n", &ns, "link", "set", &a, "up"]);
        ip(&["-n", &void, "link", "set", &b, "up"]);
        ip(&["-n", &ns, "route", "add", "default", "via", "10.254.0.2"]);
        if s.ipv6 {
            ip(&[
                "-n",
                &ns,
                "-6",
                "addr",
                "add",
                "2400:3200::1/64",
                "dev",
                &a,
                "nodad",
            ]);
            ip(&[
                "-n",
                &void,
                "-6",
                "addr",
                "add",
                "2400:3200::2/64",
                "dev",
                &b,
                "nodad",
            ]);
            ip(&[
                "-n",
                &ns,
                "-6",
                "route",
                "add",
                "default",
                "via",
                "2400:3200::2",
            ]);
        }
        let local: Vec<String> = RESOLVERS
            .iter()
            .map(|r| r.to_string())
            .chain(lab.addrs.iter().map(|(_, a)| a.clone()))
            .collect();
        for addr in &local {
            ip(&["-n", &ns, "addr", "add", &format!("{addr}/32"), "dev", "lo"]);
        }
        let etc = PathBuf::from("/etc/netns").join(&ns);
        std::fs::create_dir_all(&etc).expect("/etc/netns");
        let resolver = if s.dead_resolver {
            DEAD_RESOLVER
        } else {
            RESOLVERS[0]
        };
        std::fs::write(etc.join("resolv.conf"), format!("nameserver {resolver}\n"))
            .expect("resolv.conf");
        let mut hosts = String::from("127.0.0.1 localhost\n::1 localhost\n");
        for (addr, name) in &s.hosts_file {
            let addr = match addr.strip_prefix('@') {
                Some(h) => lab.addr(h),
                None => addr.to_string(),
            };
            hosts.push_str(&format!("{addr} {name}\n"));
        }
        std::fs::write(etc.join("hosts"), hosts).expect("hosts");
        std::fs::write(
            etc.join("nsswitch.conf"),
            "passwd: files\ngroup: files\nhosts: files dns\n",
        )
        .expect("nsswitch.conf");
        must(exec_in(&lab.ns, "sh").args(["-c", "echo 1 > /proc/sys/net/ipv4/tcp_syn_retries"]));
        lab.start_dnsmasq(s);
        common::netns::assert_isolated(&lab.ns, "10.254.0.2");
        lab
    }

    fn addr(&self, name: &str) -> String {
        self.addrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, a)| a.clone())
            .unwrap_or_else(|| panic!("{name} is not a lab host"))
    }

    fn start_dnsmasq(&mut self, s: &Scenario) {
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
        ])
        .args(
            self.addrs
                .iter()
                .map(|(name, addr)| format!("--address=/{name}/{addr}")),
        )
        .args(s.nxdomain.iter().map(|n| format!("--local=/{n}/")))
        .arg(format!("--address=/#/{BLACKHOLE}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        self.dnsmasq = Some(cmd.spawn().expect("start dnsmasq"));
        let start = Instant::now();
        loop {
            let out = self
                .exec("getent")
                .args(["ahostsv4", "ready.check"])
                .env("RES_OPTIONS", "timeout:1 attempts:1")
                .output()
                .expect("getent");
            // A resolver answers (the catch-all address), or the lab's resolver is dead on
            // purpose: then ask dnsmasq directly.
            if String::from_utf8_lossy(&out.stdout).contains(BLACKHOLE) {
                break;
            }
            if s.dead_resolver {
                std::thread::sleep(Duration::from_millis(500));
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

/// The installed go, rebuilt to trust the test checksum-database key.
fn test_go() -> &'static Path {
    static GO: OnceLock<PathBuf> = OnceLock::new();
    GO.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("truth-go");
        std::fs::create_dir_all(&dir).expect("truth-go dir");
        let stock = common::which_go();
        let goroot = String::from_utf8(
            must(Command::new(&stock).args(["env", "GOROOT"])).stdout,
        )
        .expect("GOROOT")
        .trim()
        .to_string();
        let key_go = dir.join("key.go");
        std::fs::write(
            &key_go,
            format!(
                "package modfetch\n\nvar knownGOSUMDB = map[string]string{{\n\t\"sum.golang.org\": \"{}\",\n}}\n",
                verifier_key("sum.golang.org")
            ),
        )
        .expect("key.go");
        let overlay = dir.join("overlay.json");
        let original = Path::new(&goroot).join("src/cmd/go/internal/modfetch/key.go");
        std::fs::write(
            &overlay,
            serde_json::json!({ "Replace": { original.display().to_string(): key_go } })
                .to_string(),
        )
        .expect("overlay.json");
        let out_dir = dir.join("bin");
        std::fs::create_dir_all(&out_dir).expect("bin");
        let go = out_dir.join("go");
        must(
            Command::new(&stock)
                .args(["build", "-overlay"])
                .arg(&overlay)
                .arg("-o")
                .arg(&go)
                .arg("cmd/go")
                .current_dir(Path::new(&goroot).join("src"))
                .env("GOTOOLCHAIN", "local")
                .env("GOCACHE", dir.join("gocache"))
                .env("GOFLAGS", "")
                .env("GOPROXY", "off")
                .env("GO111MODULE", ""),
        );
        go
    })
}

/// The user's environment inside a lab.
fn user_env(home: &Path, ca: &Path, s: &Scenario) -> Vec<(String, String)> {
    let go_dir = test_go().parent().expect("go's folder");
    let mut env: Vec<(String, String)> = [
        ("HOME", home.display().to_string()),
        (
            "PATH",
            format!("{}:/usr/sbin:/usr/bin:/sbin:/bin", go_dir.display()),
        ),
        ("SSL_CERT_FILE", ca.display().to_string()),
        ("GOCACHE", home.join("gocache").display().to_string()),
        ("GOMODCACHE", home.join("modcache").display().to_string()),
        ("GOTOOLCHAIN", "local".to_string()),
        ("GOFLAGS", "-mod=mod".to_string()),
        ("NO_COLOR", "1".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    for (k, v) in &s.env {
        let v = v.replace("$HOME", &home.display().to_string());
        env.push((k.to_string(), v));
    }
    env
}

/// A file:// module proxy holding the module, under `home/fileproxy`.
fn write_file_proxy(home: &Path) {
    let dir = home.join("fileproxy").join(MODULE).join("@v");
    std::fs::create_dir_all(&dir).expect("file proxy");
    for (name, path) in [
        ("list", format!("/{MODULE}/@v/list")),
        ("v0.14.0.info", format!("/{MODULE}/@v/{VERSION}.info")),
        ("v0.14.0.mod", format!("/{MODULE}/@v/{VERSION}.mod")),
        ("v0.14.0.zip", format!("/{MODULE}/@v/{VERSION}.zip")),
    ] {
        std::fs::write(dir.join(name), module_answer(&path).expect("module file"))
            .expect("file proxy file");
    }
}

/// What one scenario showed.
struct Outcome {
    name: &'static str,
    about: &'static str,
    go_ok: bool,
    go_secs: f64,
    go_error: String,
    status: String,
    headline: String,
    problems: Vec<String>,
    human: Option<Human>,
    /// The same report in Simplified Chinese.
    chinese: Option<Human>,
}

/// The human report of a world.
struct Human {
    text: String,
    exit: i32,
    secs: f64,
}

fn run(index: usize, s: &Scenario, pki: &TestPki, untrusted: &TestPki, ca: &Path) -> Outcome {
    let lab = Lab::create(index, s);
    for (name, h) in &s.hosts {
        let addr = lab.addr(name);
        let listener = common::netns::listen_in(&lab.ns, &format!("{addr}:443"));
        let tls = match h {
            Host::Untrusted => untrusted.server.clone(),
            _ => pki.server.clone(),
        };
        let delay = match h {
            Host::Proxy { delay_ms, .. } => Duration::from_millis(*delay_ms),
            _ => Duration::ZERO,
        };
        serve_on(listener, handler(*h), Some(tls), delay);
    }
    if let Some(p) = s.proxy {
        start_lab_proxy(&lab, p);
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let home = tmp.path().join("home");
    std::fs::create_dir_all(home.join(".config/go")).expect("home");
    if !s.env_file.is_empty() {
        std::fs::write(home.join(".config/go/env"), s.env_file).expect("go env file");
    }
    write_file_proxy(&home);
    for (path, text) in &s.home_files {
        let path = home.join(path);
        std::fs::create_dir_all(path.parent().expect("a file in a folder")).expect("home folder");
        std::fs::write(path, text).expect("home file");
    }
    let env = user_env(&home, ca, s);
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&work).expect("work");
    let mut go_args = vec![
        "mod".to_string(),
        "download".to_string(),
        "-json".to_string(),
    ];
    match s.workspace {
        None => {
            std::fs::write(work.join("go.mod"), "module example.invalid/m\n\ngo 1.16\n")
                .expect("go.mod");
            go_args.push(format!("{MODULE}@{VERSION}"));
        }
        Some(cached) => {
            let f = module_files();
            std::fs::write(
                work.join("go.mod"),
                format!("module example.invalid/m\n\ngo 1.16\n\nrequire {MODULE} {VERSION}\n"),
            )
            .expect("go.mod");
            std::fs::write(
                work.join("go.sum"),
                format!(
                    "{MODULE} {VERSION} {}\n{MODULE} {VERSION}/go.mod {}\n",
                    common::sumdb::hash1(&f.record.zip_files),
                    common::sumdb::hash1(&[("go.mod".to_string(), f.go_mod.clone())])
                ),
            )
            .expect("go.sum");
            if cached {
                // Filled from the file proxy, verified against go.sum.
                let fill = lab
                    .exec(test_go())
                    .args(["mod", "download"])
                    .envs(env.iter().map(|(k, v)| (k, v)))
                    .env("GOPROXY", format!("file://{}/fileproxy", home.display()))
                    .current_dir(&work)
                    .output()
                    .expect("fill the module cache");
                assert!(
                    fill.status.success(),
                    "{}: filling the module cache: {}",
                    s.name,
                    String::from_utf8_lossy(&fill.stderr)
                );
            }
        }
    }

    // go itself.
    let start = Instant::now();
    let go = lab
        .exec("timeout")
        .args(["120", "go"])
        .args(&go_args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(&work)
        .output()
        .expect("go mod download");
    let go_secs = start.elapsed().as_secs_f64();
    let _ = Command::new("chmod")
        .args(["-R", "u+w"])
        .arg(tmp.path())
        .status();
    let go_text = format!(
        "{}{}",
        String::from_utf8_lossy(&go.stdout),
        String::from_utf8_lossy(&go.stderr)
    );
    let go_error = go_text
        .lines()
        .find(|l| l.contains("\"Error\"") || l.starts_with("go:"))
        .unwrap_or("")
        .trim()
        .to_string();

    let mut stock_problem = None;
    if s.stock_go_rejects {
        let stock = lab
            .exec(common::which_go())
            .args(["mod", "download", "-json"])
            .arg(format!("{MODULE}@{VERSION}"))
            .envs(env.iter().map(|(k, v)| (k, v)))
            .env("GOMODCACHE", home.join("modcache-stock"))
            .current_dir(&work)
            .output()
            .expect("stock go");
        let _ = Command::new("chmod")
            .args(["-R", "u+w"])
            .arg(tmp.path())
            .status();
        let text = String::from_utf8_lossy(&stock.stdout).to_string();
        if stock.status.success() || !text.contains("verifying") {
            stock_problem = Some(format!(
                "the stock go must reject the test checksum database: {text}"
            ));
        }
    }

    // godiag, with its embedded defaults.
    // TRUTH_GODIAG runs another build (an older one, to see what it got wrong).
    let godiag =
        std::env::var_os("TRUTH_GODIAG").unwrap_or_else(|| env!("CARGO_BIN_EXE_godiag").into());
    let out = lab
        .exec(&godiag)
        .args(["check", "--json"])
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(&work)
        .output()
        .expect("godiag");
    let text = String::from_utf8_lossy(&out.stdout);
    // What a person sees: the human report, as strict as a CI step can ask, in English and
    // in Chinese.
    let human_in = |lang: &str| {
        let start = Instant::now();
        let out = lab
            .exec(&godiag)
            .args(["--lang", lang, "check", "--fail-on", "warning"])
            // TRUTH_VERBOSE=1 shows the notes and facts of the worlds (not for snapshots).
            .args(std::env::var_os("TRUTH_VERBOSE").map(|_| "--verbose"))
            .envs(env.iter().map(|(k, v)| (k, v)))
            .env("COLUMNS", "100")
            .current_dir(&work)
            .output()
            .expect("godiag");
        Human {
            text: String::from_utf8_lossy(&out.stdout).replace(&home.display().to_string(), "~"),
            exit: out.status.code().unwrap_or(-1),
            secs: start.elapsed().as_secs_f64(),
        }
    };
    let human = s.world.map(|_| human_in("en"));
    let chinese = s.world.map(|_| human_in("zh-CN"));
    let report: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "{}: godiag printed no JSON ({e}): {text}{}",
            s.name,
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let status = report["status"].as_str().unwrap_or("").to_string();
    let headline = report["diagnosis"][0]["headline"]
        .as_str()
        .unwrap_or("")
        .to_string();

    let mut problems: Vec<String> = stock_problem.into_iter().collect();
    if go.status.success() != s.go_ok {
        problems.push(format!(
            "go {} but the scenario says it {}: {go_text}",
            if go.status.success() {
                "worked"
            } else {
                "failed"
            },
            if s.go_ok { "works" } else { "fails" }
        ));
    }
    let predicts_ok = status != "error" || s.editor_fails;
    if s.editor_fails {
        let not_editor: Vec<String> = report["checks"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|c| c["id"] != "vscode")
            .flat_map(|c| c["findings"].as_array().cloned().unwrap_or_default())
            .filter(|f| f["severity"] == "error")
            .map(|f| f["code"].to_string())
            .collect();
        if status != "error" || !not_editor.is_empty() {
            problems.push(format!(
                "the editor's tools fail, go works: the status must be error ({status}) from vscode findings only (others: {not_editor:?})"
            ));
        }
    }
    if predicts_ok != go.status.success() {
        problems.push(format!(
            "godiag predicts go {} (status {status}, headline {headline:?}), go {}",
            if predicts_ok { "works" } else { "fails" },
            if go.status.success() {
                "worked"
            } else {
                "failed"
            },
        ));
    }
    if let Some(host) = s.blame.filter(|_| !go.status.success())
        && !headline.contains(host)
    {
        problems.push(format!(
            "the first diagnosis should name {host}: {headline:?}"
        ));
    }
    problems.extend(contradictions(&report));
    let text = report.to_string();
    for code in &s.expect {
        if !text.contains(&format!("\"code\":\"{code}\"")) {
            problems.push(format!("the report must have {code}"));
        }
    }
    if !problems.is_empty() {
        let findings: Vec<String> = report["checks"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|c| c["findings"].as_array().cloned().unwrap_or_default())
            .map(|f| format!("  {} {}: {}", f["severity"], f["code"], f["message"]))
            .collect();
        let conn = report["checks"]
            .as_array()
            .and_then(|c| c.iter().find(|c| c["id"] == "connectivity"))
            .map(|c| c["summary"].to_string())
            .unwrap_or_default();
        problems.push(format!(
            "connectivity: {conn}\nfindings:\n{}",
            findings.join("\n")
        ));
    }
    Outcome {
        name: s.name,
        about: s.about,
        go_ok: go.status.success(),
        go_secs,
        go_error,
        status,
        headline,
        problems,
        human,
        chinese,
    }
}

/// Findings that contradict the connectivity facts of the same run.
fn contradictions(report: &serde_json::Value) -> Vec<String> {
    let Some(conn) = report["checks"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["id"] == "connectivity"))
    else {
        return vec!["no connectivity check".into()];
    };
    let facts = &conn["facts"];
    let downloads = facts["downloads"]["result"].as_str().unwrap_or("");
    let checksums = facts["checksums"]["result"].as_str().unwrap_or("");
    let go_path_works = downloads == "works" && checksums != "fails";
    let via_proxy = facts["targets"]
        .as_array()
        .is_some_and(|t| t.iter().any(|t| !t["via_proxy"].is_null()));
    let mut out = Vec::new();
    for check in report["checks"].as_array().into_iter().flatten() {
        for f in check["findings"].as_array().into_iter().flatten() {
            let code = f["code"].as_str().unwrap_or("");
            let error = f["severity"] == "error";
            let message = f["message"].as_str().unwrap_or("");
            let bad = match code {
                "connectivity.goproxy-unreachable" => downloads != "fails",
                "connectivity.sumdb-unreachable" => checksums != "fails",
                "connectivity.proxy-env-unreachable" => error && !via_proxy,
                c if error && (c.starts_with("hosts.") || c.starts_with("dns.")) => go_path_works,
                c if error && c.starts_with("connectivity.") => go_path_works,
                _ => false,
            };
            if bad {
                out.push(format!(
                    "{code} ({}) contradicts downloads={downloads} checksums={checksums}: {message}",
                    f["severity"]
                ));
            }
        }
    }
    // A workspace whose modules are all on this machine builds offline: the probe module's
    // verdict then concerns new modules only.
    let offline = report["checks"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["id"] == "go-env"))
        .map(|g| &g["facts"]["workspace"]["modules"])
        .is_some_and(|m| m["required"].as_u64() > Some(0) && m["required"] == m["available"]);
    if (downloads == "fails" || checksums == "fails") && report["status"] != "error" && !offline {
        out.push(format!(
            "downloads={downloads} checksums={checksums} but the status is {}",
            report["status"]
        ));
    }
    out
}

fn scenarios() -> Vec<Scenario> {
    let cn = || proxy(Db::Yes("sum.golang.org"));
    let gosum_key = verifier_key("gosum.io");
    let file_proxy = "file://$HOME/fileproxy";
    vec![
        Scenario::new(
            "default-blocked",
            "baseline: proxy.golang.org blackholed",
            false,
        )
        .blame("proxy.golang.org"),
        Scenario::new(
            "default-blocked-in-china",
            "report world: Go's defaults where proxy.golang.org is blocked and goproxy.cn works",
            false,
        )
        .host("goproxy.cn", cn())
        .blame("proxy.golang.org")
        .world(BROKEN_LINES),
        Scenario::new(
            "goproxy-cn",
            "baseline: a mirror that proxies the checksum database",
            true,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .stock_go_rejects()
        .world(HEALTHY_LINES),
        Scenario::new(
            "healthy-abroad",
            "the defaults where proxy.golang.org and sum.golang.org answer",
            true,
        )
        .host("proxy.golang.org", proxy(Db::No))
        .host(
            "sum.golang.org",
            Host::Database {
                name: "sum.golang.org",
            },
        )
        .host("storage.googleapis.com", proxy(Db::No))
        .world(HEALTHY_LINES),
        Scenario::new(
            "hosts-pin-dead",
            "report world: a hosts line pins the mirror to a dead address; DNS gives a working one",
            false,
        )
        .host("goproxy.cn", cn())
        .host("goproxy.io", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .hosts_line("121.40.200.18", "goproxy.cn")
        .blame("goproxy.cn")
        .world(CHAIN_LINES),
        Scenario::new(
            "shell-export-shadows",
            "report world: an export in ~/.bashrc shadows `go env -w`",
            false,
        )
        .host("goproxy.cn", cn())
        .env_file("GOPROXY=https://goproxy.cn,direct\n")
        .env("GOPROXY", "https://proxy.golang.org,direct")
        .home_file(
            ".bashrc",
            "# my settings\nexport GOPROXY=https://proxy.golang.org,direct\n",
        )
        .blame("proxy.golang.org")
        .world(CHAIN_LINES),
        Scenario::new(
            "vscode-dead-http-proxy",
            "report world: go works, VS Code's http.proxy is dead",
            true,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .home_file(
            ".config/Code/User/settings.json",
            "{\n  // proxy for the office\n  \"http.proxy\": \"http://127.0.0.1:7890\"\n}\n",
        )
        .editor_fails()
        .world(BROKEN_LINES),
        Scenario::new(
            "mirror-without-sumdb",
            "baseline: the database is still needed directly",
            false,
        )
        .host("goproxy.cn", proxy(Db::No))
        .env("GOPROXY", "https://goproxy.cn,direct")
        .blame("sum.golang.org"),
        Scenario::new(
            "china-alias",
            "baseline: GOSUMDB=sum.golang.google.cn, fetched directly",
            true,
        )
        .host("goproxy.cn", proxy(Db::No))
        .host(
            "sum.golang.google.cn",
            Host::Database {
                name: "sum.golang.org",
            },
        )
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("GOSUMDB", "sum.golang.google.cn"),
        Scenario::new(
            "china-alias-blocked",
            "baseline: the alias blackholed",
            false,
        )
        .host("goproxy.cn", proxy(Db::No))
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("GOSUMDB", "sum.golang.google.cn")
        .blame("sum.golang.google.cn"),
        Scenario::new(
            "sumdb-direct",
            "baseline: the database reached at its own name",
            true,
        )
        .host("goproxy.cn", proxy(Db::No))
        .host(
            "sum.golang.org",
            Host::Database {
                name: "sum.golang.org",
            },
        )
        .env("GOPROXY", "https://goproxy.cn,direct")
        .stock_go_rejects(),
        Scenario::new(
            "ipv6-blackholed",
            "item 6: IPv6 blackholed, IPv4 works (Go falls back after 300 ms)",
            true,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .hosts_line("2a00:1450:4001:800::2003", "goproxy.cn")
        .hosts_line("@goproxy.cn", "goproxy.cn")
        .ipv6()
        .expect("connectivity.ipv6-broken"),
        Scenario::new(
            "comma-404-then-sumdb-proxy",
            "item 1: `supported` 404 moves on after a comma",
            true,
        )
        .host(
            "a.example.com",
            Host::Proxy {
                sumdb: Db::No,
                list: 404,
                delay_ms: 0,
            },
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://a.example.com,https://goproxy.cn,direct"),
        Scenario::new(
            "supported-but-502",
            "item 2: a proxy that says `supported` and fails lookups",
            false,
        )
        .host("goproxy.cn", proxy(Db::Broken))
        .host(
            "sum.golang.org",
            Host::Database {
                name: "sum.golang.org",
            },
        )
        .env("GOPROXY", "https://goproxy.cn,direct")
        .blame("goproxy.cn"),
        Scenario::new(
            "custom-gosumdb-nxdomain",
            "item 2: the configured database name is asked",
            false,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("GOSUMDB", &gosum_key)
        .nxdomain("gosum.io")
        .blame("gosum.io"),
        Scenario::new(
            "custom-gosumdb-served",
            "item 2: a custom database at its own name",
            true,
        )
        .host("goproxy.cn", cn())
        .host("gosum.io", Host::Database { name: "gosum.io" })
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("GOSUMDB", &gosum_key),
        Scenario::new(
            "custom-gosumdb-via-proxy",
            "item 2: a proxy that proxies the custom database",
            true,
        )
        .host("goproxy.cn", proxy(Db::Yes("gosum.io")))
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("GOSUMDB", &gosum_key),
        Scenario::new("gonosumdb", "item 3: GONOSUMDB skips the lookup", true)
            .host("goproxy.cn", proxy(Db::No))
            .env("GOPROXY", "https://goproxy.cn,direct")
            .env("GONOSUMDB", "golang.org/x"),
        Scenario::new(
            "goprivate-direct-blocked",
            "items 3, 4: GOPRIVATE sends the module direct",
            false,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("GOPRIVATE", "golang.org/x")
        .blame("direct (golang.org)"),
        Scenario::new(
            "gonoproxy-only",
            "item 3: GONOPROXY without GONOSUMDB",
            false,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("GONOPROXY", "golang.org/x")
        .blame("direct (golang.org)"),
        Scenario::new(
            "direct-blocked",
            "item 4: GOPROXY=direct with the origin blocked",
            false,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "direct")
        .env("GONOSUMDB", "golang.org/x")
        .blame("direct (golang.org)"),
        Scenario::new(
            "slow-mirror",
            "item 5: answers after the budget; Go waits",
            true,
        )
        .host(
            "goproxy.cn",
            Host::Proxy {
                sumdb: Db::Yes("sum.golang.org"),
                list: 200,
                delay_ms: 3500,
            },
        )
        .env("GOPROXY", "https://goproxy.cn,direct")
        .expect("connectivity.slow"),
        Scenario::new(
            "redirect",
            "item 8: a GOPROXY that redirects to a working mirror",
            true,
        )
        .host("goproxy.example.com", Host::Redirect { to: "goproxy.cn" })
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.example.com,direct")
        .env("GONOSUMDB", "golang.org/x"),
        Scenario::new(
            "dead-https-proxy-no-proxy",
            "item 7: NO_PROXY bypasses a dead HTTPS_PROXY",
            true,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("HTTPS_PROXY", "http://127.0.0.1:7890")
        .env("NO_PROXY", "goproxy.cn")
        .expect("connectivity.proxy-env-unreachable"),
        Scenario::new("dead-https-proxy", "baseline: a dead HTTPS_PROXY", false)
            .host("goproxy.cn", cn())
            .env("GOPROXY", "https://goproxy.cn,direct")
            .env("HTTPS_PROXY", "http://127.0.0.1:7890")
            .blame("127.0.0.1:7890"),
        Scenario::new(
            "go111module-off",
            "item 9: GO111MODULE=off in the env file",
            false,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env_file("GO111MODULE=off\n")
        .blame("GO111MODULE"),
        Scenario::new("file-proxy", "item 10: a file:// GOPROXY", true)
            .env("GOPROXY", file_proxy)
            .env("GONOSUMDB", "golang.org/x"),
        Scenario::new(
            "file-proxy-missing",
            "item 10: a file:// GOPROXY without the module",
            false,
        )
        .env("GOPROXY", "file:///nonexistent/proxy")
        .env("GONOSUMDB", "golang.org/x"),
        Scenario::new(
            "pipe-first-times-out",
            "item 10: `|` past a blackholed entry",
            true,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://proxy.golang.org|https://goproxy.cn")
        .expect("connectivity.slow"),
        Scenario::new(
            "comma-first-times-out",
            "baseline: `,` does not pass a timeout",
            false,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://proxy.golang.org,https://goproxy.cn")
        .blame("proxy.golang.org"),
        Scenario::new("comma-403", "baseline: `,` stops at a 403", false)
            .host(
                "a.example.com",
                Host::Proxy {
                    sumdb: Db::No,
                    list: 403,
                    delay_ms: 0,
                },
            )
            .host("goproxy.cn", cn())
            .env("GOPROXY", "https://a.example.com,https://goproxy.cn,direct")
            .blame("a.example.com"),
        Scenario::new("pipe-403", "baseline: `|` passes a 403", true)
            .host(
                "a.example.com",
                Host::Proxy {
                    sumdb: Db::No,
                    list: 403,
                    delay_ms: 0,
                },
            )
            .host("goproxy.cn", cn())
            .env("GOPROXY", "https://a.example.com|https://goproxy.cn,direct"),
        Scenario::new(
            "sinkhole-sumdb-through-proxy",
            "item 10: sum.golang.org sinkholed, checksums via the proxy",
            true,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .hosts_line("0.0.0.0", "sum.golang.org"),
        Scenario::new(
            "sinkhole-goproxy",
            "baseline: the mirror sinkholed in the hosts file",
            false,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .hosts_line("0.0.0.0", "goproxy.cn")
        .blame("goproxy.cn"),
        Scenario::new(
            "dead-resolver-hosts-complete",
            "item 10: a dead resolver, the hosts file holds every host",
            true,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .hosts_line("@goproxy.cn", "goproxy.cn")
        .dead_resolver(),
        Scenario::new("dead-resolver", "baseline: a dead resolver", false)
            .host("goproxy.cn", cn())
            .env("GOPROXY", "https://goproxy.cn,direct")
            .dead_resolver(),
        Scenario::new(
            "tls-intercepted",
            "baseline: an untrusted certificate",
            false,
        )
        .host("goproxy.cn", Host::Untrusted)
        .env("GOPROXY", "https://goproxy.cn,direct")
        .blame("goproxy.cn"),
        Scenario::new("goproxy-off", "baseline: GOPROXY=off", false).env("GOPROXY", "off"),
        Scenario::new(
            "socks5-proxy",
            "item 7: HTTPS_PROXY=socks5:// that works (names resolved by the proxy)",
            true,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("HTTPS_PROXY", "socks5://127.0.0.1:1080")
        .lab_proxy(LabProxy::Socks5),
        Scenario::new(
            "connect-proxy-percent-encoded-credentials",
            "item 7: an HTTP proxy whose user name is percent-encoded in HTTPS_PROXY",
            true,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("HTTPS_PROXY", "http://u%40corp:p%3Ass@127.0.0.1:3128")
        // base64("u@corp:p:ss")
        .lab_proxy(LabProxy::Connect {
            auth: Some("Basic dUBjb3JwOnA6c3M="),
        }),
        Scenario::new(
            "connect-proxy-wrong-credentials",
            "baseline: the proxy refuses the credentials (407)",
            false,
        )
        .host("goproxy.cn", cn())
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("HTTPS_PROXY", "http://u:wrong@127.0.0.1:3128")
        .lab_proxy(LabProxy::Connect {
            auth: Some("Basic dUBjb3JwOnA6c3M="),
        }),
        Scenario::new(
            "workspace-cached-goproxy-off",
            "item 11: GOPROXY=off, every required module in the module cache",
            true,
        )
        .env("GOPROXY", "off")
        .workspace(true),
        Scenario::new(
            "workspace-missing-goproxy-off",
            "item 11: GOPROXY=off, the required module not in the cache",
            false,
        )
        .env("GOPROXY", "off")
        .workspace(false)
        .blame("GOPROXY=off"),
        Scenario::new(
            "gosumdb-off",
            "baseline: GOSUMDB=off with a mirror without the database",
            true,
        )
        .host("goproxy.cn", proxy(Db::No))
        .env("GOPROXY", "https://goproxy.cn,direct")
        .env("GOSUMDB", "off"),
    ]
}

impl Scenario {
    fn nxdomain(mut self, name: &'static str) -> Scenario {
        self.nxdomain.push(name);
        self
    }
    fn env_file(mut self, text: &'static str) -> Scenario {
        self.env_file = text;
        self
    }
    fn hosts_line(mut self, addr: &'static str, name: &'static str) -> Scenario {
        self.hosts_file.push((addr, name));
        self
    }
    fn expect(mut self, code: &'static str) -> Scenario {
        self.expect.push(code);
        self
    }
    fn lab_proxy(mut self, p: LabProxy) -> Scenario {
        self.proxy = Some(p);
        self
    }
    fn workspace(mut self, cached: bool) -> Scenario {
        self.workspace = Some(cached);
        self
    }
    fn ipv6(mut self) -> Scenario {
        self.ipv6 = true;
        self
    }
    fn stock_go_rejects(mut self) -> Scenario {
        self.stock_go_rejects = true;
        self
    }
    fn dead_resolver(mut self) -> Scenario {
        self.dead_resolver = true;
        self
    }
    fn editor_fails(mut self) -> Scenario {
        self.editor_fails = true;
        self
    }
    fn home_file(mut self, path: &'static str, text: &'static str) -> Scenario {
        self.home_files.push((path, text));
        self
    }
    fn world(mut self, most_lines: usize) -> Scenario {
        self.world = Some(most_lines);
        self
    }
}

#[test]
fn the_test_key_is_the_one_computed_by_go() {
    // Computed independently with Go's crypto/ed25519 from the same seed.
    assert_eq!(
        verifier_key("sum.golang.org"),
        "sum.golang.org+caa64142+AY1EAj6gN7dT+njZhc/MEFH3i9PuZIEdmIFocCbmxGCg"
    );
}

#[test]
#[ignore = "needs root, ip, dnsmasq and the Go toolchain (CI installs them and runs it as root)"]
fn godiag_predicts_what_go_does() {
    // SAFETY: geteuid has no preconditions.
    assert_eq!(unsafe { libc::geteuid() }, 0, "this test needs root");
    let all = scenarios();
    let only = std::env::var("TRUTH_ONLY").ok();
    let selected: Vec<(usize, &Scenario)> = all
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            only.as_deref()
                .is_none_or(|o| o.split(',').any(|n| n == s.name))
        })
        .collect();
    test_go();
    let names: Vec<&str> = all
        .iter()
        .flat_map(|s| s.hosts.iter().map(|(n, _)| *n))
        .chain(["goproxy.cn"])
        .collect();
    let pki = pki("godiag truth CA", &names);
    let untrusted = pki_untrusted(&names);
    let tmp = tempfile::tempdir().expect("temp dir");
    let ca = common::http::write_ca(&pki, tmp.path());
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let start = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some((index, s)) = selected.get(i) else {
                        return;
                    };
                    let outcome = run(*index, s, &pki, &untrusted, &ca);
                    results.lock().expect("results").push(outcome);
                }
            });
        }
    });
    let mut results = results.into_inner().expect("results");
    results.sort_by_key(|o| o.name);
    println!("| scenario | what it shows | go | godiag status | first diagnosis |");
    println!("|---|---|---|---|---|");
    for o in &results {
        println!(
            "| {} | {} | {} ({:.1} s){} | {} | {} |",
            o.name,
            o.about,
            if o.go_ok { "works" } else { "fails" },
            o.go_secs,
            if o.go_error.is_empty() {
                String::new()
            } else {
                format!(": `{}`", o.go_error.chars().take(120).collect::<String>())
            },
            o.status,
            o.headline.chars().take(140).collect::<String>()
        );
    }
    println!(
        "{} scenarios in {:.1} s",
        results.len(),
        start.elapsed().as_secs_f64()
    );
    let mut failures: Vec<String> = results
        .iter()
        .filter(|o| !o.problems.is_empty())
        .map(|o| format!("== {}:\n{}", o.name, o.problems.join("\n")))
        .collect();
    for o in &results {
        let reports = [("en", &o.human), ("zh-CN", &o.chinese)];
        for (lang, human) in reports {
            let Some(human) = human else { continue };
            println!(
                "world {} ({lang}): {} lines, exit {}, {:.2} s",
                o.name,
                human.text.lines().count(),
                human.exit,
                human.secs
            );
            let s = all.iter().find(|s| s.name == o.name).expect("a scenario");
            // The world's speed is its faster run: both languages run the same probes, and
            // the other tests share the machine.
            let fastest = [&o.human, &o.chinese]
                .into_iter()
                .flatten()
                .map(|h| h.secs)
                .fold(f64::INFINITY, f64::min);
            let problems = world_problems(s, human, fastest);
            if !problems.is_empty() {
                failures.push(format!(
                    "== world {} ({lang}):\n{}\n--- the report:\n{}",
                    o.name,
                    problems.join("\n"),
                    human.text
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    for o in &results {
        for (suffix, human) in [("", &o.human), ("_zh_cn", &o.chinese)] {
            let Some(human) = human else { continue };
            // What depends on the machine (go's version and path) or on timing (how many
            // context resolvers were still silent when Go's path was known) is masked.
            insta::with_settings!({filters => vec![
                (r"(?m)^(.) go-env .*$", "$1 go-env        [go version, path and settings]"),
                (r"(?m)^(.) dns .*$", "$1 dns           [resolvers answered]"),
                (r"\d+ notes", "[N] notes"),
                (r"\d+ 条提示", "[N] 条提示"),
                (r"\d+ ms", "[N] ms"),
                (r"\d+ 毫秒", "[N] 毫秒"),
                (r"\d+\.\d s\.", "[N] s."),
                (r"\d+\.\d 秒", "[N] 秒"),
                (r"godiag \d+\.\d+\.\d+\S*", "godiag [VERSION]"),
                (r"/tmp/\.tmp\w+", "[TMP]"),
            ]}, {
                insta::assert_snapshot!(
                    format!("world_{}{suffix}", o.name),
                    unwrapped(&human.text)
                );
            });
        }
    }
}

/// The report with each wrapped item on one line: where a timing's digits make the text wrap
/// is not what the snapshot is about (the line targets are checked on the wrapped report).
/// The fix script is left as it is.
fn unwrapped(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut in_script = false;
    for line in text.lines() {
        if line.starts_with("Suggested fixes") || line.starts_with("建议的修复") {
            in_script = true;
        } else if line.is_empty() {
            in_script = false;
        }
        let rest = line.trim_start();
        let continuation = !in_script
            && line.len() > rest.len()
            && !rest.starts_with(['✓', '✗', '!', 'i', '-', '#']);
        // Chinese breaks between two wide characters, where there was no space.
        let wide = |c: Option<char>| {
            c.and_then(unicode_width::UnicodeWidthChar::width)
                .is_some_and(|w| w == 2)
        };
        match out.last_mut() {
            Some(last) if continuation => {
                if !(wide(last.chars().last()) && wide(rest.chars().next())) {
                    last.push(' ');
                }
                last.push_str(rest);
            }
            _ => out.push(line.to_string()),
        }
    }
    out.join("\n") + "\n"
}

/// The most lines a report may take: healthy; broken with one cause (the common case);
/// broken with a cause in another check, whose chain and fix take a few lines more.
const HEALTHY_LINES: usize = 8;
const BROKEN_LINES: usize = 15;
const CHAIN_LINES: usize = 20;
/// A healthy world answers faster than a blocked reference resolver's timeout.
const HEALTHY_SECS: f64 = 1.0;

/// What a world's human report must be: the exit code of `--fail-on warning`, its length,
/// and for a healthy world its speed.
fn world_problems(s: &Scenario, human: &Human, fastest_secs: f64) -> Vec<String> {
    let mut problems = Vec::new();
    let healthy = s.go_ok && !s.editor_fails && s.expect.is_empty();
    let lines = human.text.lines().count();
    let wanted_exit = if healthy { 0 } else { 1 };
    if human.exit != wanted_exit {
        problems.push(format!(
            "`check --fail-on warning` exits {}, not {wanted_exit}",
            human.exit
        ));
    }
    let most = s.world.unwrap_or(BROKEN_LINES);
    if lines > most {
        problems.push(format!("{lines} lines, more than {most}"));
    }
    // Text wraps to the 100 columns by display width (a Chinese character takes two); only
    // the fix script's commands never wrap.
    let mut in_script = false;
    for line in human.text.lines() {
        if line.starts_with("Suggested fixes") || line.starts_with("建议的修复") {
            in_script = true;
        } else if line.is_empty() {
            in_script = false;
        }
        let columns = unicode_width::UnicodeWidthStr::width(line);
        let command = in_script && !line.trim_start().starts_with('#');
        if columns > 100 && !command {
            problems.push(format!("{columns} columns: {line}"));
        }
    }
    if healthy && fastest_secs > HEALTHY_SECS {
        problems.push(format!(
            "a healthy report took {fastest_secs:.2} s at best, more than {HEALTHY_SECS} s"
        ));
    }
    problems
}

/// A certificate for the lab's names from a CA nobody trusts.
fn pki_untrusted(names: &[&str]) -> TestPki {
    pki("Corporate Inspection CA", names)
}
