//! Go's own semantics, as pure functions: what the go command accepts and how it interprets
//! its settings. Each module names the Go source it mirrors. The exception is [`command`],
//! the one place that runs the user's go.

pub mod command;
pub mod envfile;
pub mod gomod;
pub mod goproxy;
pub mod gosumdb;
pub mod gover;
#[cfg(windows)]
pub mod job;
pub mod known;
pub mod neterror;
pub mod pattern;
