//! godiag's integration tests, gathered into one test binary: each file under `tests/` is a
//! module here, so the crate is linked once instead of once per file. Everything runs the real
//! binary (assert_cmd) against fixture files and servers on loopback that the tests start;
//! `common` holds the sandbox, the fake servers and the JSON helpers they share.

mod common;

mod architecture;
mod cli;
mod connectivity;
mod dns;
mod docs;
mod fix;
mod go_env;
mod hosts;
mod netns;
mod real_go;
mod resolve;
mod settings_edit;
mod snapshots;
mod vscode;
