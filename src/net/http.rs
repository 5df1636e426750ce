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

/// Sends `GET path` for `host` and reads the response head (and the start of the body),
/// bounded by `timeout`.
pub async fn get<S>(
    stream: &mut S,
    host: &str,
    path: &str,
    timeout: Duration,
) -> Result<Response, String>
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
        .map_err(|_| format!("no HTTP response within {} ms", timeout.as_millis()))??;
    response.rtt_ms = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
    Ok(response)
}

async fn read_response<S: AsyncRead + Unpin>(stream: &mut S) -> Result<Response, String> {
    let mut data = Vec::with_capacity(4096);
    let mut buf = [0u8; 4096];
    loop {
        if let Some(head) = parse_head(&data) {
            let (status, reason, headers, body_start) = head?;
            // Read a little of the body when it is small and already coming.
            let length = headers
                .iter()
                .find(|(k, _)| k == "content-length")
                .and_then(|(_, v)| v.parse::<usize>().ok());
            let want = length.unwrap_or(0).min(MAX_RESPONSE);
            while data.len() - body_start < want {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => data.extend_from_slice(&buf[..n]),
                }
            }
            let mut body = data[body_start..].to_vec();
            if let Some(length) = length {
                body.truncate(length);
            }
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
