//! godiag's integration tests, gathered into one test binary: each file under `tests/` is a
//! module here, so the crate is linked once instead of once per file. Everything runs the real
//! binary (assert_cmd) against fixture files and servers on loopback that the tests start;
//! `common` holds the sandbox, the fake servers and the JSON helpers they share.
//!
//! Most tests start fake `go` programs (shell scripts), so they run on Unix; the simulated
//! network needs Linux network namespaces; the Windows smoke tests run the Windows build (under
//! wine in CI) with a real go.exe.

// On Windows only the smoke tests run, and they use a few of the shared helpers.
#[cfg_attr(windows, allow(dead_code, unused_imports))]
mod common;

#[cfg(unix)]
mod architecture;
#[cfg(unix)]
mod cli;
#[cfg(unix)]
mod connectivity;
#[cfg(unix)]
mod dns;
#[cfg(unix)]
mod docs;
#[cfg(unix)]
mod fix;
#[cfg(unix)]
mod fix_script;
#[cfg(unix)]
mod go_env;
#[cfg(unix)]
mod hostile;
#[cfg(unix)]
mod hosts;
#[cfg(unix)]
mod i18n;
#[cfg(target_os = "linux")]
mod netns;
#[cfg(unix)]
mod real_go;
#[cfg(unix)]
mod resolve;
#[cfg(unix)]
mod settings_edit;
#[cfg(unix)]
mod snapshots;
#[cfg(target_os = "linux")]
mod truth;
#[cfg(unix)]
mod vscode;
#[cfg(windows)]
mod windows;
