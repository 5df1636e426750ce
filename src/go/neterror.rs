//! What kind of network failure an error printed by go names, whatever OS go ran on.
//!
//! Go wraps the OS's own error text: on Unix the errno strings (`i/o timeout` is Go's own
//! deadline, `connect: connection refused`, `read: connection reset by peer`), on Windows the
//! Winsock messages behind `connectex:` / `wsarecv:` (WSAETIMEDOUT 10060, WSAECONNREFUSED 10061,
//! WSAECONNRESET 10054; see syscall/types_windows.go and net/fd_windows.go). The same failure
//! must get the same name on every OS, so the texts of all of them are recognised everywhere: a
//! report pasted from a Windows machine is read on Linux too.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The network failure an error names, from the most specific evidence down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NetFailure {
    /// The name did not resolve (`no such host`, or a lookup that timed out).
    Lookup,
    /// The certificate was not trusted or the handshake failed.
    Tls,
    /// Nothing answered in time: packets dropped on the way.
    Timeout,
    /// The address answered with a refusal: nothing listens there.
    Refused,
    /// An established connection was cut (often by a middlebox).
    Reset,
}

impl NetFailure {
    /// A few words for people, after Go's own text.
    pub fn describe(self) -> &'static str {
        match self {
            NetFailure::Lookup => "the name did not resolve",
            NetFailure::Tls => "the TLS handshake or certificate failed",
            NetFailure::Timeout => "the address did not answer in time: dropped on the way",
            NetFailure::Refused => "the address refused the connection: nothing listens there",
            NetFailure::Reset => "the connection was reset",
        }
    }
}

/// The failure in `text` (go's stderr or its `-json` Error), if it names one. Lower-cased
/// matching: Windows messages come with the OS's capitalisation.
pub fn classify(text: &str) -> Option<NetFailure> {
    let t = text.to_ascii_lowercase();
    let has = |needles: &[&str]| needles.iter().any(|n| t.contains(n));
    if has(&["no such host", "getaddrinfow"]) || (has(&["lookup "]) && has(&["timeout"])) {
        return Some(NetFailure::Lookup);
    }
    if has(&["x509:", "tls: ", "tls handshake"]) {
        return Some(NetFailure::Tls);
    }
    if has(&[
        "connection refused",
        "actively refused it", // WSAECONNREFUSED (10061)
    ]) {
        return Some(NetFailure::Refused);
    }
    if has(&[
        "connection reset by peer",
        "forcibly closed by the remote host", // WSAECONNRESET (10054)
    ]) {
        return Some(NetFailure::Reset);
    }
    if has(&[
        "i/o timeout",
        "connection timed out",
        "did not properly respond after a period of time", // WSAETIMEDOUT (10060)
    ]) {
        return Some(NetFailure::Timeout);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const GET: &str = "go: golang.org/x/text@v0.14.0: Get \"https://proxy.golang.org/golang.org/x/text/@v/list\": ";

    #[test]
    fn timeouts_on_every_os() {
        for tail in [
            // Linux and macOS: Go's own dial deadline, or the kernel's ETIMEDOUT.
            "dial tcp 142.251.43.17:443: i/o timeout",
            "dial tcp 142.251.43.17:443: connect: connection timed out",
            // Windows.
            "dial tcp 142.251.43.17:443: connectex: A connection attempt failed because the \
             connected party did not properly respond after a period of time, or established \
             connection failed because connected host has failed to respond.",
        ] {
            assert_eq!(
                classify(&format!("{GET}{tail}")),
                Some(NetFailure::Timeout),
                "{tail}"
            );
        }
    }

    #[test]
    fn refusals_on_every_os() {
        for tail in [
            "dial tcp 127.0.0.1:7890: connect: connection refused",
            "dial tcp 127.0.0.1:7890: connectex: No connection could be made because the target \
             machine actively refused it.",
        ] {
            assert_eq!(classify(&format!("{GET}{tail}")), Some(NetFailure::Refused));
        }
    }

    #[test]
    fn resets_on_every_os() {
        for tail in [
            "read tcp 10.0.0.2:50000->142.251.43.17:443: read: connection reset by peer",
            "read tcp 10.0.0.2:50000->142.251.43.17:443: wsarecv: An existing connection was \
             forcibly closed by the remote host.",
        ] {
            assert_eq!(classify(&format!("{GET}{tail}")), Some(NetFailure::Reset));
        }
    }

    #[test]
    fn lookups_and_tls_before_the_transport() {
        assert_eq!(
            classify("dial tcp: lookup proxy.golang.org: no such host"),
            Some(NetFailure::Lookup)
        );
        assert_eq!(
            classify(
                "dial tcp: lookup proxy.golang.org on 127.0.0.53:53: read udp \
                 127.0.0.1:46543->127.0.0.53:53: i/o timeout"
            ),
            Some(NetFailure::Lookup)
        );
        assert_eq!(
            classify(
                "tls: failed to verify certificate: x509: certificate signed by unknown authority"
            ),
            Some(NetFailure::Tls)
        );
        assert_eq!(classify("go: module example.com/x: not found"), None);
        assert_eq!(classify(""), None);
    }
}
