//! A SOCKS5 CONNECT (RFC 1928, with RFC 1929 username/password), as Go's net/http dials a
//! `socks5://` HTTPS_PROXY (golang.org/x/net/internal/socks `Dialer.DialContext`): names are
//! sent to the proxy unresolved, so the proxy resolves them.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// Asks the SOCKS5 proxy on `stream` for a tunnel to `host:port`.
pub async fn connect<S>(
    stream: &mut S,
    host: &str,
    port: u16,
    auth: Option<(&str, &str)>,
    timeout: Duration,
) -> Result<(), String>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let exchange = async {
        let io = |e: std::io::Error| format!("SOCKS5: {e}");
        let methods: &[u8] = if auth.is_some() { &[0, 2] } else { &[0] };
        let mut hello = vec![5, u8::try_from(methods.len()).unwrap_or(1)];
        hello.extend_from_slice(methods);
        stream.write_all(&hello).await.map_err(io)?;
        let mut reply = [0u8; 2];
        stream.read_exact(&mut reply).await.map_err(io)?;
        if reply[0] != 5 {
            return Err("not a SOCKS5 proxy".to_string());
        }
        match (reply[1], auth) {
            (0, _) => {}
            (2, Some((user, password))) => {
                let (u, p) = (user.as_bytes(), password.as_bytes());
                if u.len() > 255 || p.len() > 255 {
                    return Err("SOCKS5: user name or password longer than 255 bytes".into());
                }
                let mut msg = vec![1, u.len() as u8];
                msg.extend_from_slice(u);
                msg.push(p.len() as u8);
                msg.extend_from_slice(p);
                stream.write_all(&msg).await.map_err(io)?;
                let mut status = [0u8; 2];
                stream.read_exact(&mut status).await.map_err(io)?;
                if status[1] != 0 {
                    return Err("SOCKS5: the proxy rejected the user name and password".into());
                }
            }
            (0xff, _) => return Err("SOCKS5: no acceptable authentication method".into()),
            (m, _) => return Err(format!("SOCKS5: unsupported authentication method {m}")),
        }
        let mut request = vec![5, 1, 0];
        match host.parse::<std::net::IpAddr>() {
            Ok(std::net::IpAddr::V4(ip)) => {
                request.push(1);
                request.extend_from_slice(&ip.octets());
            }
            Ok(std::net::IpAddr::V6(ip)) => {
                request.push(4);
                request.extend_from_slice(&ip.octets());
            }
            Err(_) => {
                let name = host.as_bytes();
                if name.len() > 255 {
                    return Err("SOCKS5: host name too long".into());
                }
                request.push(3);
                request.push(name.len() as u8);
                request.extend_from_slice(name);
            }
        }
        request.extend_from_slice(&port.to_be_bytes());
        stream.write_all(&request).await.map_err(io)?;
        let mut head = [0u8; 4];
        stream.read_exact(&mut head).await.map_err(io)?;
        if head[1] != 0 {
            return Err(format!(
                "SOCKS5: the proxy refused the tunnel ({})",
                reply_text(head[1])
            ));
        }
        let rest = match head[3] {
            1 => 4 + 2,
            4 => 16 + 2,
            3 => {
                let mut len = [0u8; 1];
                stream.read_exact(&mut len).await.map_err(io)?;
                usize::from(len[0]) + 2
            }
            t => return Err(format!("SOCKS5: unknown address type {t}")),
        };
        let mut bound = vec![0u8; rest];
        stream.read_exact(&mut bound).await.map_err(io)?;
        Ok(())
    };
    tokio::time::timeout(timeout, exchange)
        .await
        .map_err(|_| format!("no SOCKS5 answer within {} ms", timeout.as_millis()))?
}

fn reply_text(code: u8) -> &'static str {
    match code {
        1 => "general failure",
        2 => "connection not allowed by ruleset",
        3 => "network unreachable",
        4 => "host unreachable",
        5 => "connection refused",
        6 => "TTL expired",
        7 => "command not supported",
        8 => "address type not supported",
        _ => "unknown error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn connect_with_credentials_sends_the_name_unresolved() {
        let (mut client, mut server) = tokio::io::duplex(1024);
        let proxy = tokio::spawn(async move {
            let mut hello = [0u8; 4];
            server.read_exact(&mut hello).await.unwrap();
            assert_eq!(hello, [5, 2, 0, 2]);
            server.write_all(&[5, 2]).await.unwrap();
            let mut auth = [0u8; 9];
            server.read_exact(&mut auth).await.unwrap();
            assert_eq!(&auth, b"\x01\x02u@\x04p:ss");
            server.write_all(&[1, 0]).await.unwrap();
            let mut req = [0u8; 5 + 10 + 2];
            server.read_exact(&mut req).await.unwrap();
            assert_eq!(&req[..5], &[5, 1, 0, 3, 10]);
            assert_eq!(&req[5..15], b"goproxy.cn");
            assert_eq!(&req[15..], &443u16.to_be_bytes());
            server
                .write_all(&[5, 0, 0, 1, 127, 0, 0, 1, 0x1f, 0x90])
                .await
                .unwrap();
        });
        connect(
            &mut client,
            "goproxy.cn",
            443,
            Some(("u@", "p:ss")),
            Duration::from_secs(2),
        )
        .await
        .unwrap();
        proxy.await.unwrap();
    }

    #[tokio::test]
    async fn a_refusal_is_named() {
        let (mut client, mut server) = tokio::io::duplex(1024);
        tokio::spawn(async move {
            let mut hello = [0u8; 3];
            server.read_exact(&mut hello).await.unwrap();
            server.write_all(&[5, 0]).await.unwrap();
            let mut req = [0u8; 10];
            server.read_exact(&mut req).await.unwrap();
            server
                .write_all(&[5, 5, 0, 1, 0, 0, 0, 0, 0, 0])
                .await
                .unwrap();
        });
        let e = connect(&mut client, "10.0.0.1", 443, None, Duration::from_secs(2))
            .await
            .unwrap_err();
        assert!(e.contains("connection refused"), "{e}");
    }
}
