//! What the simulated networks of `netns.rs` and `truth.rs` share: running a command that must
//! succeed, running one inside a namespace, binding a listener inside it, and proving that a
//! namespace is really cut off (its default route leads into the void) before godiag runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `cmd`, failing the test with its output unless it succeeds.
pub fn must(cmd: &mut Command) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A command run inside namespace `ns`, with an empty environment.
pub fn exec_in(ns: &str, program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut cmd = Command::new("ip");
    cmd.args(["netns", "exec", ns])
        .arg(program)
        .env_clear()
        .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
    cmd
}

/// Binds a TCP listener inside namespace `ns`: a thread enters it just for the bind, and the
/// socket stays in the namespace it was made in.
pub fn listen_in(ns: &str, addr: &str) -> std::net::TcpListener {
    let path = PathBuf::from("/var/run/netns").join(ns);
    let addr = addr.to_string();
    std::thread::spawn(move || {
        let file = std::fs::File::open(&path).expect("open the namespace");
        use std::os::fd::AsRawFd as _;
        // SAFETY: setns on a namespace file descriptor we own; it only changes this thread's
        // network namespace, and the thread ends right after the bind.
        let rc = unsafe { libc::setns(file.as_raw_fd(), libc::CLONE_NEWNET) };
        assert_eq!(rc, 0, "setns: {}", std::io::Error::last_os_error());
        std::net::TcpListener::bind(&addr).expect("bind in the namespace")
    })
    .join()
    .expect("listener thread")
}

/// Fails unless commands really run in namespace `ns` and its default route leads to
/// `void_gateway` (the veth into an empty namespace).
pub fn assert_isolated(ns: &str, void_gateway: &str) {
    let ours = std::fs::read_link("/proc/self/ns/net").expect("own namespace");
    let out = must(exec_in(ns, "readlink").arg("/proc/self/ns/net"));
    let theirs = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(
        !theirs.is_empty() && Path::new(&theirs) != ours,
        "not isolated: {theirs}"
    );
    let routes = must(exec_in(ns, "ip").args(["route", "show", "default"]));
    assert!(
        String::from_utf8_lossy(&routes.stdout).contains(void_gateway),
        "the default route must lead into the void"
    );
}
