//! A minimal HTTP/1.1 client over a stream godiag already holds (plain TCP, TLS, or a CONNECT
//! tunnel), so that every layer of the path can be timed and blamed separately. It reads the
//! status line and headers and at most a small part of the body: enough to prove that a server
//! speaks the module-proxy protocol.

use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// The most of a response godiag reads.
const MAX_RESPONSE: usize = 64 * 1024;

/// A response's status and the start of its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub reason: String,
    /// Header names lowercased.
    pub headers: Vec<(String, String)>,
    /// The start of the body (up to the read limit).
    pub body: Vec<u8>,
    pub rtt_ms: u64,
}

/// A parsed response head: status, reason, headers (lowercased names), and where the body starts.
pub type Head = (u16, String, Vec<(String, String)>, usize);

/// Parses the head of an HTTP/1.x response. `None` until the head is complete.
pub fn parse_head(data: &[u8]) -> Option<Result<Head, String>> {
    let end = data.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&data[..end]);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or("");
    let mut parts = status_line.splitn(3, ' ');
    let version = parts.next().unwrap_or("");
    if !version.starts_with("HTTP/1.") {
        return Some(Err(format!(
            "not an HTTP response: {:?}",
            status_line.chars().take(60).collect::<String>()
        )));
    }
    let Some(status) = parts.next().and_then(|s| s.parse::<u16>().ok()) else {
        return Some(Err(format!("bad status line: {status_line:?}")));
    };
    let reason = parts.next().unwrap_or("").to_string();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some(Ok((status, reason, headers, end + 4)))
}

/// Why a GET got no response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GetError {
    /// The request went out over a working connection and the budget ended before the answer:
    /// a slow server, not a broken one (Go's client has no response timeout).
    NoAnswerYet { waited_ms: u64 },
    /// Anything else: the connection broke, the answer is not HTTP, the body is cut short.
    Failed(String),
}

impl std::fmt::Display for GetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GetError::NoAnswerYet { waited_ms } => {
                write!(f, "no HTTP response within {waited_ms} ms")
            }
            GetError::Failed(e) => f.write_str(e),
        }
    }
}

/// Sends `GET path` for `host` and reads the response (the body up to 64 KiB), bounded by
/// `timeout`.
pub async fn get<S>(
    stream: &mut S,
    host: &str,
    path: &str,
    timeout: Duration,
) -> Result<Response, GetError>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let start = Instant::now();
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: godiag/{}\r\nAccept: */*\r\nConnection: close\r\n\r\n",
        env!("CARGO_PKG_VERSION")
    );
    let exchange = async {
        stream
            .write_all(request.as_bytes())
            .await
            .map_err(|e| format!("cannot send the request: {e}"))?;
        stream
            .flush()
            .await
            .map_err(|e| format!("cannot send the request: {e}"))?;
        read_response(stream).await
    };
    let mut response = tokio::time::timeout(timeout, exchange)
        .await
        .map_err(|_| GetError::NoAnswerYet {
            waited_ms: u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX),
        })?
        .map_err(GetError::Failed)?;
    response.rtt_ms = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
    Ok(response)
}

/// How the body's end is marked (RFC 9112 section 6.3, as net/http reads it).
enum Framing {
    Length(usize),
    Chunked,
    /// Until the server closes the connection.
    Close,
}

async fn read_response<S: AsyncRead + Unpin>(stream: &mut S) -> Result<Response, String> {
    let mut data = Vec::with_capacity(4096);
    let mut buf = [0u8; 4096];
    loop {
        if let Some(head) = parse_head(&data) {
            let (status, reason, headers, body_start) = head?;
            let header = |name: &str| {
                headers
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.to_ascii_lowercase())
            };
            let framing = if status == 204 || status == 304 || (100..200).contains(&status) {
                Framing::Length(0)
            } else if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
                Framing::Chunked
            } else if let Some(v) = header("content-length") {
                Framing::Length(
                    v.trim()
                        .parse()
                        .map_err(|_| format!("bad Content-Length {v:?}"))?,
                )
            } else {
                Framing::Close
            };
            let mut raw = data[body_start..].to_vec();
            let body = loop {
                let done = match framing {
                    Framing::Length(n) => (raw.len() >= n || raw.len() >= MAX_RESPONSE)
                        .then(|| raw[..n.min(raw.len())].to_vec()),
                    Framing::Chunked => dechunk(&raw)?,
                    Framing::Close => (raw.len() >= MAX_RESPONSE).then(|| raw.clone()),
                };
                if let Some(body) = done {
                    break body;
                }
                match stream.read(&mut buf).await {
                    Ok(0) => match framing {
                        Framing::Close => break raw,
                        // net/http: "unexpected EOF" before the announced end of the body.
                        _ => {
                            return Err("unexpected EOF: the body is shorter than announced".into());
                        }
                    },
                    Ok(n) => raw.extend_from_slice(&buf[..n]),
                    Err(e) => return Err(format!("cannot read the body: {e}")),
                }
            };
            return Ok(Response {
                status,
                reason,
                headers,
                body,
                rtt_ms: 0,
            });
        }
        if data.len() > MAX_RESPONSE {
            return Err("the response head is larger than 64 KiB".into());
        }
        match stream.read(&mut buf).await {
            Ok(0) => {
                return Err(if data.is_empty() {
                    "the server closed the connection without a response".into()
                } else {
                    "the server closed the connection in the middle of the response".into()
                });
            }
            Ok(n) => data.extend_from_slice(&buf[..n]),
            Err(e) => return Err(format!("cannot read the response: {e}")),
        }
    }
}

/// Decodes a chunked body. `Ok(None)` until the last chunk has arrived (or 64 KiB of body);
/// an error for a malformed chunk size, as net/http's chunked reader.
pub fn dechunk(raw: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let mut body = Vec::new();
    let mut at = 0;
    loop {
        if body.len() >= MAX_RESPONSE {
            return Ok(Some(body));
        }
        let Some(eol) = raw[at..].windows(2).position(|w| w == b"\r\n") else {
            return Ok(None);
        };
        let line = String::from_utf8_lossy(&raw[at..at + eol]);
        let size_text = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| format!("malformed chunk size {size_text:?}"))?;
        at += eol + 2;
        if size == 0 {
            return Ok(Some(body));
        }
        if raw.len() < at + size + 2 {
            return Ok(None);
        }
        body.extend_from_slice(&raw[at..at + size]);
        if &raw[at + size..at + size + 2] != b"\r\n" {
            return Err("malformed chunked encoding".into());
        }
        at += size + 2;
    }
}

/// Where a redirect leads, as net/http's client resolves `Location` against the request URL.
/// `None` when the answer is not a redirect Go follows.
pub fn redirect_target(
    base_url: &str,
    status: u16,
    headers: &[(String, String)],
) -> Option<String> {
    // net/http client.go redirectBehavior: 301, 302, 303, 307, 308 with a Location.
    if !matches!(status, 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    let location = headers.iter().find(|(k, _)| k == "location")?.1.trim();
    if location.is_empty() {
        return None;
    }
    if location.contains("://") {
        return Some(location.to_string());
    }
    let (scheme, rest) = base_url.split_once("://")?;
    let authority = rest.split('/').next().unwrap_or(rest);
    if let Some(net_path) = location.strip_prefix("//") {
        return Some(format!("{scheme}://{net_path}"));
    }
    if location.starts_with('/') {
        return Some(format!("{scheme}://{authority}{location}"));
    }
    let path = &rest[authority.len()..];
    let path = path.split(['?', '#']).next().unwrap_or("");
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let dir = if dir.is_empty() { "/" } else { dir };
    Some(format!("{scheme}://{authority}{dir}{location}"))
}

/// Asks an HTTP proxy to open a tunnel to `target` (`host:port`), as Go's transport does for
/// https URLs. `auth` is a ready `Proxy-Authorization` value. Ok when the proxy answers 2xx.
pub async fn connect_tunnel<S>(
    stream: &mut S,
    target: &str,
    auth: Option<&str>,
    timeout: Duration,
) -> Result<(), String>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let mut request = format!(
        "CONNECT {target} HTTP/1.1\r\nHost: {target}\r\nUser-Agent: godiag/{}\r\n",
        env!("CARGO_PKG_VERSION")
    );
    if let Some(auth) = auth {
        request.push_str(&format!("Proxy-Authorization: {auth}\r\n"));
    }
    request.push_str("\r\n");
    let exchange = async {
        stream
            .write_all(request.as_bytes())
            .await
            .map_err(|e| format!("cannot send CONNECT: {e}"))?;
        // Read byte by byte up to the end of the head: the tunnel's bytes must stay unread.
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            match stream.read(&mut byte).await {
                Ok(0) => {
                    return Err(
                        "the proxy closed the connection (proxyconnect tcp: EOF)".to_string()
                    );
                }
                Ok(_) => head.push(byte[0]),
                Err(e) => return Err(format!("cannot read the proxy's answer: {e}")),
            }
            if head.len() > 16 * 1024 {
                return Err("the proxy's answer is too long".into());
            }
        }
        match parse_head(&head) {
            Some(Ok((status, _, _, _))) if (200..300).contains(&status) => Ok(()),
            Some(Ok((status, reason, _, _))) => {
                Err(format!("the proxy refused the tunnel: {status} {reason}"))
            }
            Some(Err(e)) => Err(e),
            None => Err("incomplete answer from the proxy".into()),
        }
    };
    tokio::time::timeout(timeout, exchange)
        .await
        .map_err(|_| format!("no answer to CONNECT within {} ms", timeout.as_millis()))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads() {
        let (status, reason, headers, start) =
            parse_head(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: b\r\n\r\nhello")
                .unwrap()
                .unwrap();
        assert_eq!((status, reason.as_str(), start), (200, "OK", 46));
        assert_eq!(headers[0], ("content-length".to_string(), "5".to_string()));
        assert!(parse_head(b"HTTP/1.1 200 OK\r\n").is_none());
        assert!(parse_head(b"SSH-2.0-OpenSSH\r\n\r\n").unwrap().is_err());
        assert!(parse_head(b"HTTP/1.1 abc\r\n\r\n").unwrap().is_err());
    }

    #[test]
    fn chunked_bodies_and_redirects() {
        assert_eq!(dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n").unwrap(), None);
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n").unwrap(),
            Some(b"Wikipedia".to_vec())
        );
        assert!(dechunk(b"zz\r\n").is_err());
        let loc = |l: &str| vec![("location".to_string(), l.to_string())];
        let base = "https://a.example/p/golang.org/x/text/@v/list";
        assert_eq!(
            redirect_target(base, 302, &loc("https://b.example/x")).as_deref(),
            Some("https://b.example/x")
        );
        assert_eq!(
            redirect_target(base, 301, &loc("/y")).as_deref(),
            Some("https://a.example/y")
        );
        assert_eq!(
            redirect_target(base, 307, &loc("z")).as_deref(),
            Some("https://a.example/p/golang.org/x/text/@v/z")
        );
        assert_eq!(redirect_target(base, 304, &loc("/y")), None);
        assert_eq!(redirect_target(base, 302, &[]), None);
    }

    #[tokio::test]
    async fn chunked_and_short_bodies_over_a_stream() {
        let (mut client, mut server) = tokio::io::duplex(4096);
        tokio::spawn(async move {
            let mut buf = vec![0u8; 1024];
            let _ = server.read(&mut buf).await;
            server
                .write_all(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nv0.\r\n4\r\n14.0\r\n0\r\n\r\n")
                .await
                .unwrap();
        });
        let r = get(&mut client, "h", "/", Duration::from_secs(2))
            .await
            .unwrap();
        assert_eq!(r.body, b"v0.14.0");
        let (mut client, mut server) = tokio::io::duplex(4096);
        tokio::spawn(async move {
            let mut buf = vec![0u8; 1024];
            let _ = server.read(&mut buf).await;
            server
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
                .await
                .unwrap();
        });
        let e = get(&mut client, "h", "/", Duration::from_secs(2))
            .await
            .unwrap_err();
        assert!(e.to_string().contains("unexpected EOF"), "{e}");
        // Accepted, never answered: not a failure of the server, a wait.
        let (mut client, _server) = tokio::io::duplex(4096);
        let e = get(&mut client, "h", "/", Duration::from_millis(50))
            .await
            .unwrap_err();
        assert!(
            matches!(e, GetError::NoAnswerYet { waited_ms } if waited_ms >= 50),
            "{e:?}"
        );
    }

    #[tokio::test]
    async fn get_over_an_in_memory_stream() {
        let (mut client, mut server) = tokio::io::duplex(4096);
        let serve = tokio::spawn(async move {
            let mut buf = vec![0u8; 1024];
            let n = server.read(&mut buf).await.unwrap();
            assert!(
                String::from_utf8_lossy(&buf[..n])
                    .starts_with("GET /golang.org/x/text/@v/list HTTP/1.1\r\nHost: p.example\r\n")
            );
            server
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 14\r\n\r\nv0.14.0\nv0.15.0")
                .await
                .unwrap();
        });
        let r = get(
            &mut client,
            "p.example",
            "/golang.org/x/text/@v/list",
            Duration::from_secs(2),
        )
        .await
        .unwrap();
        serve.await.unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(
            r.body,
            b"v0.14.0\nv0.15."[..].to_vec(),
            "the body stops at Content-Length"
        );
    }
}
