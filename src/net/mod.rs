//! Network probes. Every function here has a deadline and reports what it saw; none decides
//! what is wrong.

pub mod dns;
pub mod forged;
pub mod http;
pub mod proxyenv;
pub mod tls;
