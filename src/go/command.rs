//! Running the user's `go`: the one place godiag starts it, always with a deadline, and kills
//! the whole process group (on Windows, its job object) when the deadline passes (a wrapper
//! script's children would otherwise outlive it and keep its pipes open). Not pure like the rest of `go`: this is the
//! I/O half the go-env probe and `godiag fix` share.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncRead, AsyncReadExt as _};
use tokio::process::Command;

use crate::model::millis;
use crate::redact::redact;

/// One run of the go command.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Invocation {
    /// The command line, for the evidence.
    pub command: String,
    pub outcome: InvocationOutcome,
    pub exit_code: Option<i32>,
    /// The last lines of stderr (redacted).
    pub stderr: String,
    /// The start of stdout when it could not be understood (redacted).
    pub stdout_excerpt: Option<String>,
    /// The OS error when the command could not be started.
    pub error: Option<String>,
    pub duration_ms: u64,
    pub timeout_ms: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InvocationOutcome {
    Ok,
    /// Killed at its deadline.
    Timeout,
    /// Could not be started (permission denied, not an executable).
    SpawnFailed,
    /// Exited with a non-zero status.
    Failed,
    /// Exited 0 but printed something unexpected.
    BadOutput,
}

/// The most stderr lines kept as evidence.
pub const STDERR_LINES: usize = 20;
/// The most stderr bytes kept (the last ones): a go that prints a 100 MB line must not become a
/// 100 MB report.
pub const STDERR_TAIL: usize = 4 << 10;
/// The most stdout read: `go env -json` of a dozen variables and `go mod download -json` of one
/// module print a few KiB. A go printing more is killed and reported.
pub const STDOUT_CAP: usize = 1 << 20;
/// How long the pipes may stay open after go exited: a child that go forked and left running
/// (a daemon, a background download) holds them open forever.
const PIPE_GRACE: Duration = Duration::from_millis(300);

/// One finished (or killed) run of go.
#[derive(Debug)]
pub struct GoRun {
    pub invocation: Invocation,
    /// Everything it printed, when it ran to its end (successfully or not).
    pub stdout: Option<Vec<u8>>,
    /// The last [`STDERR_TAIL`] bytes of its stderr (not redacted: callers decide what to
    /// show), when it ran to its end.
    pub stderr: Option<Vec<u8>>,
}

/// What a pipe reader collected.
#[derive(Debug, Default)]
struct Collected {
    data: Vec<u8>,
    /// Stdout went past [`STDOUT_CAP`]; the reader stopped and killed the group.
    overflow: bool,
}

type Shared = std::sync::Arc<std::sync::Mutex<Collected>>;

fn lock(shared: &Shared) -> std::sync::MutexGuard<'_, Collected> {
    // A poisoned lock only means a reader panicked mid-append: the bytes are still usable.
    shared
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Which part of a pipe's output is kept.
#[derive(Debug, Clone, Copy)]
enum Keep {
    /// The first [`STDOUT_CAP`] bytes; past them the process group (this pid's) is killed.
    Head(Option<u32>),
    /// The last [`STDERR_TAIL`] bytes, read to the end.
    Tail,
}

/// Reads a pipe of go's into `into`, keeping what `keep` says.
async fn read_pipe(mut pipe: impl AsyncRead + Unpin, into: Shared, keep: Keep) {
    let mut buf = vec![0u8; 16 << 10];
    loop {
        let n = match pipe.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        let mut c = lock(&into);
        match keep {
            Keep::Head(pid) if c.data.len() + n > STDOUT_CAP => {
                c.overflow = true;
                drop(c);
                kill_process_group(pid);
                return;
            }
            Keep::Head(_) => c.data.extend_from_slice(&buf[..n]),
            Keep::Tail => {
                c.data.extend_from_slice(&buf[..n]);
                if c.data.len() > 2 * STDERR_TAIL {
                    let cut = c.data.len() - STDERR_TAIL;
                    c.data.drain(..cut);
                }
            }
        }
    }
}

/// Runs `go ARGS` in `dir` with extra environment variables, killed at `timeout`. Stdout is
/// capped at [`STDOUT_CAP`], stderr keeps its last [`STDERR_TAIL`] bytes.
pub async fn run(
    go: &Path,
    args: &[&str],
    dir: &Path,
    env: &[(&str, &str)],
    timeout: Duration,
) -> GoRun {
    let mut invocation = Invocation {
        command: redact(&format!("{} {}", go.display(), args.join(" "))),
        outcome: InvocationOutcome::Ok,
        exit_code: None,
        stderr: String::new(),
        stdout_excerpt: None,
        error: None,
        duration_ms: 0,
        timeout_ms: millis(timeout),
    };
    let mut cmd = Command::new(go);
    cmd.args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    for (k, v) in env {
        cmd.env(k, v);
    }
    #[cfg(unix)]
    cmd.process_group(0);
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            crate::fdlimit::note(&e);
            invocation.outcome = InvocationOutcome::SpawnFailed;
            invocation.error = Some(e.to_string());
            return GoRun {
                invocation,
                stdout: None,
                stderr: None,
            };
        }
    };
    let pid = child.id();
    // Dropped with this future (the run was cancelled: Ctrl-C during `fix --verify`), the
    // guard kills go's process group; `kill_on_drop` alone would reach only go itself.
    let mut group = GroupGuard { pid, armed: true };
    let out = Shared::default();
    let err = Shared::default();
    let mut readers = tokio::task::JoinSet::new();
    if let Some(pipe) = child.stdout.take() {
        readers.spawn(read_pipe(pipe, out.clone(), Keep::Head(pid)));
    }
    if let Some(pipe) = child.stderr.take() {
        readers.spawn(read_pipe(pipe, err.clone(), Keep::Tail));
    }
    // Windows has no process groups: a job object holds go and what it starts.
    #[cfg(windows)]
    // SAFETY: the handle belongs to `child`, alive here (it is waited for below).
    let job = child
        .raw_handle()
        .and_then(|handle| unsafe { super::job::Job::assign(handle) });
    let status = tokio::time::timeout(timeout, child.wait()).await;
    if status.as_ref().is_ok_and(Result::is_ok) {
        // go is gone; whatever still holds the pipes is a child it left behind.
        let remaining = timeout.saturating_sub(start.elapsed()).min(PIPE_GRACE);
        let drained = tokio::time::timeout(remaining, async {
            while readers.join_next().await.is_some() {}
        })
        .await;
        if drained.is_err() {
            kill_process_group(pid);
        }
    } else {
        kill_process_group(pid);
    }
    #[cfg(windows)]
    drop(job); // kills what is left of the tree, after a timeout or not
    group.armed = false;
    readers.abort_all();
    invocation.duration_ms = millis(start.elapsed());
    let stdout = std::mem::take(&mut *lock(&out));
    let stderr = std::mem::take(&mut lock(&err).data);
    match status {
        Err(_) => {
            invocation.outcome = InvocationOutcome::Timeout;
            GoRun {
                invocation,
                stdout: None,
                stderr: None,
            }
        }
        Ok(Err(e)) => {
            invocation.outcome = InvocationOutcome::Failed;
            invocation.error = Some(e.to_string());
            GoRun {
                invocation,
                stdout: None,
                stderr: None,
            }
        }
        Ok(Ok(status)) => {
            invocation.exit_code = status.code();
            invocation.stderr = tail_lines(&stderr, STDERR_LINES);
            if stdout.overflow {
                invocation.outcome = InvocationOutcome::BadOutput;
                invocation.error = Some(format!(
                    "go printed more than {} on stdout and was stopped",
                    crate::readcap::human_size(STDOUT_CAP as u64)
                ));
                invocation.stdout_excerpt = Some(excerpt(&stdout.data));
            } else if !status.success() {
                invocation.outcome = InvocationOutcome::Failed;
                if stderr.is_empty() {
                    invocation.stdout_excerpt = Some(excerpt(&stdout.data));
                }
            }
            GoRun {
                invocation,
                stdout: Some(stdout.data),
                stderr: Some(stderr),
            }
        }
    }
}

/// `go env -w KEY=VALUE` (`Some`) or `go env -u KEY` (`None`), through the user's go.
pub async fn go_env_write(
    go: &Path,
    dir: &Path,
    key: &str,
    value: Option<&str>,
    timeout: Duration,
) -> GoRun {
    let assignment = value.map(|v| format!("{key}={v}"));
    let args: Vec<&str> = match &assignment {
        Some(a) => vec!["env", "-w", a],
        None => vec!["env", "-u", key],
    };
    run(go, &args, dir, &[], timeout).await
}

/// Runs `go ARGS` in `dir`; stdout only when go exited successfully.
pub async fn run_go(
    go: &Path,
    args: &[&str],
    dir: &Path,
    timeout: Duration,
) -> (Invocation, Option<Vec<u8>>) {
    let run = run(go, args, dir, &[], timeout).await;
    let ok = run.invocation.outcome == InvocationOutcome::Ok;
    (run.invocation, run.stdout.filter(|_| ok))
}

/// Kills go's process group when the run is abandoned (its future dropped) before it finished.
/// The group's id cannot name another process meanwhile: it stays taken while go is unreaped
/// or any member of the group lives.
struct GroupGuard {
    pid: Option<u32>,
    armed: bool,
}

impl Drop for GroupGuard {
    fn drop(&mut self) {
        if self.armed {
            kill_process_group(self.pid);
        }
    }
}

fn kill_process_group(pid: Option<u32>) {
    #[cfg(unix)]
    if let Some(pid) = pid.and_then(|p| i32::try_from(p).ok()) {
        // SAFETY: kill(2) with a negative pid signals that process group; the group was created
        // for this child by `process_group(0)`, so no unrelated process is addressed. The call
        // has no memory-safety preconditions.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    #[cfg(not(unix))]
    let _ = pid;
}

/// The last `max` lines of the last [`STDERR_TAIL`] bytes, redacted.
pub fn tail_lines(bytes: &[u8], max: usize) -> String {
    let mut tail = &bytes[bytes.len().saturating_sub(STDERR_TAIL)..];
    let cut = tail.len() < bytes.len();
    if cut {
        // The cut could fall inside a URL's userinfo, where the redactor no longer sees a URL:
        // start at the first whitespace, which no URL contains.
        tail = tail
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(&[][..], |i| &tail[i..]);
    }
    let text = String::from_utf8_lossy(tail);
    let lines: Vec<&str> = text.lines().collect();
    let kept = lines[lines.len().saturating_sub(max)..].join("\n");
    if cut && lines.len() <= max {
        redact(&format!("…{kept}"))
    } else {
        redact(&kept)
    }
}

/// The first 300 characters, redacted.
pub fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let cut: String = text.chars().take(300).collect();
    redact(&cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tail_cut_inside_userinfo_never_shows_the_password() {
        let head = b"ob:s3cret@corp.example/x failed ";
        let end = b"\nlast line\n";
        let mut bytes = b"eeee https://b".to_vec();
        bytes.extend_from_slice(head);
        bytes.extend(std::iter::repeat_n(
            b'y',
            STDERR_TAIL - head.len() - end.len(),
        ));
        bytes.extend_from_slice(end);
        // The last STDERR_TAIL bytes start inside the userinfo.
        assert!(bytes[bytes.len() - STDERR_TAIL..].starts_with(b"ob:s3cret"));
        let text = tail_lines(&bytes, STDERR_LINES);
        assert!(!text.contains("s3cret"), "{text}");
        assert!(text.starts_with("…"), "{text}");
        assert!(text.ends_with("last line"), "{text}");
    }
}
