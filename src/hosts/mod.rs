//! Hosts files, read the way Go's resolver and glibc read them. Pure: bytes in, analysis out.
//!
//! - [`lex`] splits lines and fields without copying;
//! - [`addr`] parses addresses (Go's `netip.ParseAddr` vs glibc's `inet_pton`) and classifies
//!   them;
//! - [`analyze`] makes one pass over a file: encoding, malformed lines, conflicts, long lines,
//!   marker blocks, and the entries of the watched (Go) hosts, with "what does Go take" and
//!   "what does glibc take" answers;
//! - [`blocks`] recognises blocks written by tools (GitHub520, hostctl, StevenBlack, WSL);
//! - [`nsswitch`] decides whether the file is read before DNS, after it, or not at all.

pub mod addr;
pub mod analyze;
pub mod blocks;
pub mod lex;
pub mod nsswitch;
