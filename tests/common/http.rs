//! HTTP(S) servers on loopback for the connectivity tests: a module proxy (plain or TLS with a
//! test CA from rcgen), responders with chosen statuses, a slow one, a refused port, a TCP
//! blackhole, and an HTTP CONNECT proxy (optionally demanding credentials).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DistinguishedName, DnType, IsCa, KeyPair,
};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

/// A certificate authority for tests, and a server certificate it signed.
pub struct TestPki {
    /// PEM of the CA, to put in SSL_CERT_FILE.
    pub ca_pem: String,
    pub server: rustls::ServerConfig,
}

/// Makes a CA named `ca_name` and a server certificate for `names` signed by it.
pub fn pki(ca_name: &str, names: &[&str]) -> TestPki {
    let ca_key = KeyPair::generate().expect("ca key");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("ca params");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, ca_name);
    dn.push(DnType::OrganizationName, ca_name);
    ca_params.distinguished_name = dn;
    let ca = CertifiedIssuer::self_signed(ca_params, ca_key).expect("ca");
    let leaf_key = KeyPair::generate().expect("leaf key");
    let leaf_params =
        CertificateParams::new(names.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            .expect("leaf params");
    let leaf = leaf_params.signed_by(&leaf_key, &ca).expect("leaf");
    let key =
        rustls::pki_types::PrivateKeyDer::try_from(leaf_key.serialize_der()).expect("key der");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let server = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(vec![leaf.der().clone(), ca.der().clone()], key)
        .expect("server config");
    TestPki {
        ca_pem: ca.pem(),
        server,
    }
}

/// Writes the CA to a file for SSL_CERT_FILE.
pub fn write_ca(pki: &TestPki, dir: &Path) -> PathBuf {
    let path = dir.join("test-ca.pem");
    std::fs::write(&path, &pki.ca_pem).expect("write ca");
    path
}

/// What a test server answers for a path.
pub type Handler = Arc<dyn Fn(&str) -> (u16, String) + Send + Sync>;

/// A handler whose bodies are bytes (module zips).
pub type BytesHandler = Arc<dyn Fn(&str) -> (u16, Vec<u8>) + Send + Sync>;

fn to_bytes(handler: Handler) -> BytesHandler {
    Arc::new(move |path: &str| {
        let (code, body) = handler(path);
        (code, body.into_bytes())
    })
}

/// Either kind of handler, for the servers.
pub trait IntoBytesHandler {
    fn into_bytes_handler(self) -> BytesHandler;
}

impl IntoBytesHandler for Handler {
    fn into_bytes_handler(self) -> BytesHandler {
        to_bytes(self)
    }
}

impl IntoBytesHandler for BytesHandler {
    fn into_bytes_handler(self) -> BytesHandler {
        self
    }
}

/// The probe module's record in a test checksum database.
pub fn text_record() -> super::sumdb::Record {
    super::sumdb::Record {
        module: "golang.org/x/text".into(),
        version: "v0.14.0".into(),
        zip_files: vec![(
            "golang.org/x/text@v0.14.0/go.mod".into(),
            b"module golang.org/x/text\n".to_vec(),
        )],
        go_mod: b"module golang.org/x/text\n".to_vec(),
    }
}

/// A healthy module proxy: the probe module's version list and, when `proxies_sumdb`, a
/// checksum database (signed with the test key) under `/sumdb/sum.golang.org/`; 404 for
/// anything else. A database's own URL answers `/latest` and the tile at its root.
pub fn module_proxy(proxies_sumdb: bool) -> BytesHandler {
    let db = super::sumdb::TestDb::new("sum.golang.org", &[text_record()]);
    Arc::new(move |path: &str| {
        if path.ends_with("/golang.org/x/text/@v/list") {
            return (200, b"v0.14.0\nv0.15.0\n".to_vec());
        }
        let under_db = if proxies_sumdb {
            path.strip_prefix("/sumdb/sum.golang.org")
                .or_else(|| path.split_once("/sumdb/sum.golang.org").map(|(_, r)| r))
        } else {
            None
        };
        match under_db {
            Some("/supported") => (200, Vec::new()),
            Some(rest) => match db.answer(rest) {
                Some(body) => (200, body),
                None => (404, b"not found".to_vec()),
            },
            None => match db.answer(path) {
                Some(body) if !path.starts_with("/sumdb/") => (200, body),
                _ => (404, b"not found".to_vec()),
            },
        }
    })
}

/// Answers every request with `status`.
pub fn status(code: u16) -> Handler {
    Arc::new(move |_| (code, format!("status {code}")))
}

async fn serve_one<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    handler: BytesHandler,
    delay: Duration,
) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let head = String::from_utf8_lossy(&buf).to_string();
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    tokio::time::sleep(delay).await;
    let (code, mut body) = handler(&path);
    let reason = match code {
        200 => "OK",
        302 => "Found",
        403 => "Forbidden",
        404 => "Not Found",
        418 => "I'm a teapot",
        502 => "Bad Gateway",
        504 => "Gateway Timeout",
        _ => "Status",
    };
    // A redirect's body is its Location.
    let location = if (300..400).contains(&code) {
        let l = format!("Location: {}\r\n", String::from_utf8_lossy(&body));
        body.clear();
        l
    } else {
        String::new()
    };
    let head = format!(
        "HTTP/1.1 {code} {reason}\r\n{location}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let mut response = head.into_bytes();
    response.extend_from_slice(&body);
    let _ = stream.write_all(&response).await;
    let _ = stream.shutdown().await;
}

/// Starts an HTTP server (HTTPS when `tls` is given) on 127.0.0.1, answering after `delay`.
pub fn server(
    handler: impl IntoBytesHandler,
    tls: Option<rustls::ServerConfig>,
    delay: Duration,
) -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    serve_on(listener, handler.into_bytes_handler(), tls, delay);
    addr
}

/// Serves HTTP(S) on a listener the caller bound (in another network namespace, say), from a
/// thread of its own, for the rest of the test process.
pub fn serve_on(
    listener: std::net::TcpListener,
    handler: BytesHandler,
    tls: Option<rustls::ServerConfig>,
    delay: Duration,
) {
    listener.set_nonblocking(true).expect("nonblocking");
    std::thread::spawn(move || {
        runtime().block_on(async move {
            let listener = TcpListener::from_std(listener).expect("tokio listener");
            let acceptor = tls.map(|c| tokio_rustls::TlsAcceptor::from(Arc::new(c)));
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let handler = Arc::clone(&handler);
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    match acceptor {
                        Some(a) => {
                            if let Ok(s) = a.accept(stream).await {
                                serve_one(s, handler, delay).await;
                            }
                        }
                        None => serve_one(stream, handler, delay).await,
                    }
                });
            }
        });
    });
}

/// A port where nothing listens: connections are refused at once.
pub fn refused_port() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    addr
}

/// A TCP blackhole on loopback: a listener with backlog 0 that never accepts, its queue
/// filled, so that further connects hang until the client gives up.
pub fn blackhole() -> SocketAddr {
    let socket =
        socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
    let addr: SocketAddr = "127.0.0.1:0".parse().expect("addr");
    socket.bind(&addr.into()).expect("bind");
    socket.listen(0).expect("listen");
    let addr = socket
        .local_addr()
        .expect("local")
        .as_socket()
        .expect("inet");
    // Fill the accept queue with connections nobody accepts.
    let mut fillers = Vec::new();
    for _ in 0..4 {
        let s = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)
            .expect("socket");
        s.set_nonblocking(true).expect("nonblocking");
        let _ = s.connect(&addr.into());
        fillers.push(s);
    }
    std::thread::sleep(Duration::from_millis(100));
    // Keep everything alive for the rest of the test process.
    std::mem::forget(socket);
    std::mem::forget(fillers);
    addr
}

/// An HTTP CONNECT proxy that sends every tunnel to 127.0.0.1 on the requested port (whatever
/// the host name), optionally demanding `Proxy-Authorization: Basic <credentials>`.
pub fn connect_proxy(credentials: Option<&str>) -> SocketAddr {
    use base64::Engine as _;
    let expected = credentials.map(|c| {
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(c)
        )
    });
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        runtime().block_on(async move {
            let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send");
            loop {
                let Ok((mut client, _)) = listener.accept().await else { return };
                let expected = expected.clone();
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        match client.read(&mut byte).await {
                            Ok(0) | Err(_) => return,
                            Ok(_) => head.push(byte[0]),
                        }
                    }
                    let head = String::from_utf8_lossy(&head).to_string();
                    let target = head.split_whitespace().nth(1).unwrap_or("").to_string();
                    let authorized = match &expected {
                        None => true,
                        Some(e) => head.lines().any(|l| l.eq_ignore_ascii_case(&format!("proxy-authorization: {e}"))),
                    };
                    if !authorized {
                        let _ = client.write_all(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n").await;
                        return;
                    }
                    let port = target.rsplit(':').next().and_then(|p| p.parse::<u16>().ok()).unwrap_or(443);
                    let Ok(mut upstream) = TcpStream::connect(("127.0.0.1", port)).await else {
                        let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n").await;
                        return;
                    };
                    let _ = client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n").await;
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                });
            }
        });
    });
    rx.recv().expect("proxy address")
}
