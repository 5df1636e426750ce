//! Running the user's `go`: the one place godiag starts it, always with a deadline, and kills
//! the whole process group (on Windows, its job object) when the deadline passes (a wrapper
//! script's children would otherwise outlive it and keep its pipes open). Not pure like the rest of `go`: this is the
//! I/O half the go-env probe and `godiag fix` share.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::process::Command;

use crate::checks::go_env::facts::{Invocation, InvocationOutcome};
use crate::model::millis;
use crate::redact::redact;

/// The most stderr kept as evidence.
pub const STDERR_LINES: usize = 20;

/// One finished (or killed) run of go.
#[derive(Debug)]
pub struct GoRun {
    pub invocation: Invocation,
    /// Everything it printed, when it ran to its end (successfully or not).
    pub stdout: Option<Vec<u8>>,
    /// Its whole stderr (not redacted: callers decide what to show), when it ran to its end.
    pub stderr: Option<Vec<u8>>,
}

/// Runs `go ARGS` in `dir` with extra environment variables, killed at `timeout`.
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
    let child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
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
    // Windows has no process groups: a job object holds go and what it starts.
    #[cfg(windows)]
    // SAFETY: the handle belongs to `child`, alive here (it is consumed by the wait below).
    let job = child
        .raw_handle()
        .and_then(|handle| unsafe { super::job::Job::assign(handle) });
    let result = tokio::time::timeout(timeout, child.wait_with_output()).await;
    #[cfg(windows)]
    drop(job); // kills what is left of the tree, after a timeout or not
    invocation.duration_ms = millis(start.elapsed());
    match result {
        Err(_) => {
            kill_process_group(pid);
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
        Ok(Ok(output)) => {
            invocation.exit_code = output.status.code();
            invocation.stderr = tail_lines(&output.stderr, STDERR_LINES);
            if !output.status.success() {
                invocation.outcome = InvocationOutcome::Failed;
                if output.stderr.is_empty() {
                    invocation.stdout_excerpt = Some(excerpt(&output.stdout));
                }
            }
            GoRun {
                invocation,
                stdout: Some(output.stdout),
                stderr: Some(output.stderr),
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

/// The last `max` lines, redacted.
pub fn tail_lines(bytes: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    redact(&lines[lines.len().saturating_sub(max)..].join("\n"))
}

/// The first 300 characters, redacted.
pub fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let cut: String = text.chars().take(300).collect();
    redact(&cut)
}
