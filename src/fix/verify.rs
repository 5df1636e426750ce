//! `godiag fix --apply --verify`: proof by Go itself. `go mod download -json MODULE@latest` in a
//! temporary module with a temporary module cache, so the result depends on the network path
//! and the new settings, not on what the user's cache already holds.

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;

use super::messages as msg;
use super::model::Verification;
use crate::go::command;
use crate::go::command::InvocationOutcome;
use crate::i18n::Value;

mod interrupt;

/// What `go mod download -json` prints for one module.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Downloaded {
    version: Option<String>,
    error: Option<String>,
}

/// Downloads `module@latest` with `go`, within `timeout`.
pub async fn verify(go: &Path, module: &str, timeout: Duration) -> Verification {
    let target = format!("{module}@latest");
    let command_line = format!("go mod download -json {target}");
    // Go's own words are classified; godiag's (a phrase) name no network failure.
    let failed = |error: Value, duration_ms| Verification {
        command: command_line.clone(),
        ok: false,
        version: None,
        failure: match &error {
            Value::Text(text) => crate::go::neterror::classify(text),
            _ => None,
        },
        error: Some(error),
        duration_ms,
    };
    let dir = match tempfile::Builder::new().prefix("godiag-verify-").tempdir() {
        Ok(d) => d,
        Err(e) => return failed(msg::verify_no_temp_module(e.to_string()).into(), 0),
    };
    let cache = dir.path().join("modcache");
    if let Err(e) = std::fs::write(
        dir.path().join("go.mod"),
        "module godiag.invalid/verify\n\ngo 1.16\n",
    ) {
        return failed(msg::verify_no_temp_module(e.to_string()).into(), 0);
    }
    let cache_text = cache.display().to_string();
    // Listening before go starts: a Ctrl-C from then on reaches the cleanup below. (The
    // runtime keeps the handler afterwards; what is left of the run is printing the report.)
    let interrupt = interrupt::Interrupt::listen();
    let root = dir.path().to_path_buf();
    let args = ["mod", "download", "-json", &target];
    let env = [("GOMODCACHE", cache_text.as_str()), ("GOFLAGS", "-mod=mod")];
    let run = tokio::select! {
        run = command::run(go, &args, &root, &env, timeout) => run,
        signal = interrupt.received() => {
            // The run's future is dropped here: its guard killed go's process group (on
            // Windows, its job object), so nothing writes into the cache any more.
            remove_all(dir);
            eprintln!("\n{}", msg::verify_interrupted(signal.name));
            std::process::exit(signal.exit_code);
        }
    };
    make_writable(&cache);
    let duration_ms = run.invocation.duration_ms;
    let printed: Option<Downloaded> = run
        .stdout
        .as_deref()
        .and_then(|out| serde_json::from_slice(out).ok());
    let result = match (run.invocation.outcome, printed) {
        (InvocationOutcome::Timeout, _) => failed(
            msg::verify_timeout(run.invocation.timeout_ms).into(),
            duration_ms,
        ),
        (_, Some(Downloaded { error: Some(e), .. })) => {
            failed(crate::redact::redact(&e).into(), duration_ms)
        }
        (InvocationOutcome::Ok, Some(d)) => Verification {
            command: command_line.clone(),
            ok: true,
            version: d.version,
            error: None,
            failure: None,
            duration_ms,
        },
        _ => {
            let said = run.invocation.stderr.trim().to_string();
            failed(
                if said.is_empty() {
                    run.invocation.error.map_or_else(
                        || msg::verify_go_outcome(msg::outcome(run.invocation.outcome)).into(),
                        Value::from,
                    )
                } else {
                    said.into()
                },
                duration_ms,
            )
        }
    };
    drop(dir);
    result
}

/// Removes the temporary module and its cache. A go killed a moment ago may still be
/// finishing a write (SIGKILL is delivered asynchronously), so a folder that is not empty yet is
/// tried again for a short while.
fn remove_all(dir: tempfile::TempDir) {
    let path = dir.keep();
    for _ in 0..20 {
        make_writable(&path);
        match std::fs::remove_dir_all(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                std::thread::sleep(Duration::from_millis(50));
            }
            _ => return,
        }
    }
}

/// The module cache is read-only by design; the temporary one must be removable.
fn make_writable(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        if let Ok(meta) = std::fs::symlink_metadata(dir)
            && meta.is_dir()
        {
            let _ = std::fs::set_permissions(
                dir,
                std::fs::Permissions::from_mode(meta.permissions().mode() | 0o700),
            );
        }
        for entry in entries.flatten() {
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => make_writable(&path),
                Ok(t) if t.is_file() => {
                    if let Ok(meta) = entry.metadata() {
                        let _ = std::fs::set_permissions(
                            &path,
                            std::fs::Permissions::from_mode(meta.permissions().mode() | 0o200),
                        );
                    }
                }
                _ => {}
            }
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
}
