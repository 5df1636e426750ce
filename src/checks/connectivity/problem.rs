//! The class of a network error, so a report can say 连接被拒绝 where the OS says
//! "Connection refused (os error 111)". The OS's, Go's or the probe's own text stays the
//! evidence; the class is the keyword the catalogue renders.

use crate::i18n::Message;

use super::messages as msg;

/// What kind of failure an error text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Refused,
    Timeout,
    Reset,
    /// The other end closed the connection before answering in full.
    Closed,
    NetUnreachable,
    HostUnreachable,
    /// The name does not resolve.
    Dns,
    /// The certificate's issuer is not trusted here.
    CertUnknown,
    CertExpired,
    CertNotYetValid,
    /// The certificate is for another name.
    CertName,
    /// The HTTP or SOCKS proxy refused the tunnel or the connection.
    ProxyRefused,
    /// No error text at all: nothing answered.
    NoAnswer,
    Other,
}

impl Problem {
    /// The catalogue keyword.
    pub fn keyword(self) -> &'static str {
        match self {
            Problem::Refused => "refused",
            Problem::Timeout => "timeout",
            Problem::Reset => "reset",
            Problem::Closed => "closed",
            Problem::NetUnreachable => "net-unreachable",
            Problem::HostUnreachable => "host-unreachable",
            Problem::Dns => "dns",
            Problem::CertUnknown => "cert-unknown",
            Problem::CertExpired => "cert-expired",
            Problem::CertNotYetValid => "cert-not-yet-valid",
            Problem::CertName => "cert-name",
            Problem::ProxyRefused => "proxy-refused",
            Problem::NoAnswer => "no-answer",
            Problem::Other => "other",
        }
    }

    /// The class of an I/O error, by its kind and, where std has no kind for it yet, by the
    /// errno Linux, macOS and Windows give.
    pub fn of_io(e: &std::io::Error) -> Problem {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::ConnectionRefused => Problem::Refused,
            K::TimedOut | K::WouldBlock => Problem::Timeout,
            K::ConnectionReset | K::ConnectionAborted => Problem::Reset,
            K::BrokenPipe | K::UnexpectedEof => Problem::Closed,
            K::NetworkUnreachable => Problem::NetUnreachable,
            K::HostUnreachable => Problem::HostUnreachable,
            _ => match e.raw_os_error() {
                // ENETUNREACH (Linux 101, macOS 51), WSAENETUNREACH.
                Some(101 | 51 | 10051) => Problem::NetUnreachable,
                // EHOSTUNREACH (Linux 113, macOS 65), WSAEHOSTUNREACH.
                Some(113 | 65 | 10065) => Problem::HostUnreachable,
                _ => Problem::of_text(&e.to_string()),
            },
        }
    }

    /// The class of an error stored as text in the facts: std's io::Error texts (which end in
    /// "(os error N)"), Go's and rustls' words as the probe quotes them, and the probe's own
    /// phrases (net/tls.rs `plain_words`, probe.rs `connect`, net/http.rs, net/socks.rs).
    pub fn of_text(text: &str) -> Problem {
        let t = text.to_ascii_lowercase();
        let has = |needles: &[&str]| needles.iter().any(|n| t.contains(n));
        if t.trim().is_empty() {
            Problem::NoAnswer
        } else if has(&[
            "proxy refused",
            "proxy rejected",
            "refused the tunnel",
            "does not accept connections",
            "connection not allowed by ruleset",
        ]) {
            Problem::ProxyRefused
        } else if has(&["unknown authority", "unknownissuer", "unknown issuer"]) {
            Problem::CertUnknown
        } else if has(&["has expired", "certificate expired"]) {
            Problem::CertExpired
        } else if has(&["not valid yet", "notvalidyet"]) {
            Problem::CertNotYetValid
        } else if has(&[
            "for another name",
            "valid for other names",
            "notvalidforname",
        ]) {
            Problem::CertName
        } else if has(&[
            "connection refused",
            "os error 111",
            "os error 61)",
            "os error 10061",
        ]) {
            Problem::Refused
        } else if has(&[
            "connection reset",
            "os error 104",
            "os error 54)",
            "os error 10054",
        ]) {
            Problem::Reset
        } else if has(&[
            "closed the connection",
            "broken pipe",
            "unexpected eof",
            "early eof",
        ]) {
            Problem::Closed
        } else if has(&[
            "network is unreachable",
            "network unreachable",
            "os error 101",
        ]) {
            Problem::NetUnreachable
        } else if has(&[
            "no route to host",
            "host is unreachable",
            "host unreachable",
            "os error 113",
        ]) {
            Problem::HostUnreachable
        } else if has(&[
            "timed out",
            "timeout",
            "no tcp answer",
            "no answer within",
            "no http response within",
            "within the deadline",
            "no tls handshake within",
            "no socks5 answer within",
            "no answer to connect within",
            "os error 110",
        ]) {
            Problem::Timeout
        } else if has(&[
            "no such host",
            "nxdomain",
            "no address",
            "cannot resolve",
            "failed to lookup",
            "name or service not known",
            "servfail",
            "name resolution",
        ]) {
            Problem::Dns
        } else {
            Problem::Other
        }
    }

    /// The phrase for `error`, carrying the text as it is.
    pub fn phrase(self, error: &str) -> Message {
        msg::problem(self.keyword(), error)
    }
}

/// The phrase for an error text the facts hold.
pub fn phrase(error: &str) -> Message {
    Problem::of_text(error).phrase(error)
}

/// The phrase for an optional error text: none means nothing answered.
pub fn phrase_or_no_answer(error: Option<&str>) -> Message {
    match error {
        Some(e) => phrase(e),
        None => Problem::NoAnswer.phrase(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn os_and_probe_texts_are_classified() {
        let cases = [
            ("Connection refused (os error 111)", Problem::Refused),
            ("connection refused", Problem::Refused),
            ("no TCP answer within 3000 ms", Problem::Timeout),
            ("Connection reset by peer (os error 104)", Problem::Reset),
            (
                "the server closed the connection without a response",
                Problem::Closed,
            ),
            ("no HTTP response within 3000 ms", Problem::Timeout),
            (
                "SOCKS5: the proxy refused the tunnel (connection refused)",
                Problem::ProxyRefused,
            ),
            (
                "Network is unreachable (os error 101)",
                Problem::NetUnreachable,
            ),
            ("No route to host (os error 113)", Problem::HostUnreachable),
            ("lookup x: no such host", Problem::Dns),
            (
                "the certificate is signed by an authority this machine does not trust (x509: certificate signed by unknown authority)",
                Problem::CertUnknown,
            ),
            (
                "the certificate has expired (or this machine's clock is wrong)",
                Problem::CertExpired,
            ),
            (
                "the certificate is for another name (x509: certificate is valid for other names)",
                Problem::CertName,
            ),
            (
                "the proxy refused the tunnel: 403 Forbidden",
                Problem::ProxyRefused,
            ),
            ("", Problem::NoAnswer),
            ("bad status line: \"x\"", Problem::Other),
        ];
        for (text, want) in cases {
            assert_eq!(Problem::of_text(text), want, "{text}");
        }
    }

    #[test]
    fn io_errors_are_classified_by_kind() {
        use std::io::{Error, ErrorKind};
        assert_eq!(
            Problem::of_io(&Error::from(ErrorKind::ConnectionRefused)),
            Problem::Refused
        );
        assert_eq!(
            Problem::of_io(&Error::from(ErrorKind::TimedOut)),
            Problem::Timeout
        );
        assert_eq!(
            Problem::of_io(&Error::from_raw_os_error(113)),
            Problem::HostUnreachable
        );
    }

    #[test]
    fn english_keeps_the_text_chinese_says_the_class() {
        let p = phrase("Connection refused (os error 111)");
        assert_eq!(p.render(Lang::En), "Connection refused (os error 111)");
        assert_eq!(p.render(Lang::ZhCn), "连接被拒绝");
        let other = phrase("bad status line");
        assert_eq!(other.render(Lang::ZhCn), "bad status line");
        assert_eq!(phrase_or_no_answer(None).render(Lang::En), "no answer");
    }
}
