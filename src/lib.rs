//! godiag: a doctor for Go development environments whose network is broken.
//!
//! The pipeline of DESIGN.md: probes (I/O, concurrent, each with a deadline) produce facts;
//! pure rules turn facts into findings; the diagnosis names root causes across checks; the
//! report renders it all as text or versioned JSON.

// Outside tests, a failure is a finding or an error message, never a panic.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod checks;
pub mod cli;
pub mod codes;
pub mod config;
pub mod crosscheck;
pub mod diagnose;
pub mod explain;
pub mod facts;
pub mod fix;
pub mod go;
pub mod hosts;
pub mod model;
pub mod net;
pub mod pipeline;
pub mod platform;
pub mod readcap;
pub mod redact;
pub mod report;
pub mod shared;
pub mod shellrc;
pub mod textsafe;
pub mod vscode;
