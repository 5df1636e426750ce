//! DNS servers on loopback for the tests: an authoritative hickory-server with clean answers,
//! and a hand-written responder for the misbehaviours (forged-then-real, error codes, fake IPs,
//! silence, garbage, slowness). Each runs on its own thread and lives as long as the test.

use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use hickory_server::Server;
use hickory_server::net::runtime::TokioRuntimeProvider;
use hickory_server::proto::op::{Message, MessageType, OpCode, ResponseCode};
use hickory_server::proto::rr::rdata::{A, AAAA};
use hickory_server::proto::rr::{LowerName, Name, RData, Record, RecordType};
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, Catalog, ZoneType};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// Starts an authoritative server (hickory-server) answering `records` (name, address) with
/// TTL 300. Names it does not know get NXDOMAIN.
pub fn clean_server(records: &[(&str, &str)]) -> SocketAddr {
    let records: Vec<(String, IpAddr)> = records
        .iter()
        .map(|(n, ip)| (n.to_string(), ip.parse().expect("ip")))
        .collect();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        runtime().block_on(async move {
            let origin = Name::root();
            let mut zone = InMemoryZoneHandler::<TokioRuntimeProvider>::empty(
                origin.clone(),
                ZoneType::Primary,
                AxfrPolicy::Deny,
            );
            for (name, ip) in &records {
                let name = Name::from_str(&format!("{name}.")).expect("name");
                let rdata = match ip {
                    IpAddr::V4(v4) => RData::A(A(*v4)),
                    IpAddr::V6(v6) => RData::AAAA(AAAA(*v6)),
                };
                zone.upsert_mut(Record::from_rdata(name, 300, rdata), 1);
            }
            let mut catalog = Catalog::new();
            catalog.upsert(LowerName::from(origin), vec![Arc::new(zone)]);
            let socket = tokio::net::UdpSocket::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(socket.local_addr().expect("addr"))
                .expect("send addr");
            let mut server = Server::new(catalog);
            server.register_socket(socket);
            let _ = server.block_until_done().await;
        });
    });
    rx.recv().expect("server address")
}

/// How the hand-written responder misbehaves.
#[derive(Debug, Clone)]
pub enum Behaviour {
    /// Answer every A query with these addresses (TTL 300); AAAA gets no records.
    Answer(Vec<IpAddr>),
    /// A forged answer at once, the real one `delay` later (an on-path injector racing the
    /// real resolver).
    ForgedThenReal {
        forged: IpAddr,
        real: IpAddr,
        delay: Duration,
    },
    /// An error response code.
    Rcode(ResponseCode),
    /// Clash-style fake IPs from 198.18.0.0/15, TTL 1.
    FakeIp,
    /// Read and drop: a blackhole.
    Silent,
    /// Reply with bytes that are not a DNS message.
    Garbage,
    /// Answer like `Answer`, but only after `delay`.
    Slow { delay: Duration, answer: IpAddr },
}

/// Starts a responder on 127.0.0.1 with the given behaviour.
pub fn responder(behaviour: Behaviour) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        runtime().block_on(async move {
            let socket = Arc::new(
                tokio::net::UdpSocket::bind("127.0.0.1:0")
                    .await
                    .expect("bind"),
            );
            tx.send(socket.local_addr().expect("addr"))
                .expect("send addr");
            let mut buf = vec![0u8; 4096];
            loop {
                let Ok((len, from)) = socket.recv_from(&mut buf).await else {
                    return;
                };
                let Ok(query) = Message::from_vec(&buf[..len]) else {
                    continue;
                };
                let socket = Arc::clone(&socket);
                let behaviour = behaviour.clone();
                tokio::spawn(async move { answer(&socket, from, &query, &behaviour).await });
            }
        });
    });
    rx.recv().expect("responder address")
}

fn reply(query: &Message, code: ResponseCode, ips: &[IpAddr], ttl: u32) -> Vec<u8> {
    let mut msg = Message::new(query.metadata.id, MessageType::Response, OpCode::Query);
    msg.metadata.recursion_desired = query.metadata.recursion_desired;
    msg.metadata.recursion_available = true;
    msg.metadata.response_code = code;
    let Some(q) = query.queries.first() else {
        return msg.to_vec().expect("encode");
    };
    msg.add_query(q.clone());
    for ip in ips {
        let rdata = match (ip, q.query_type()) {
            (IpAddr::V4(v4), RecordType::A) => RData::A(A(*v4)),
            (IpAddr::V6(v6), RecordType::AAAA) => RData::AAAA(AAAA(*v6)),
            _ => continue,
        };
        msg.add_answer(Record::from_rdata(q.name().clone(), ttl, rdata));
    }
    msg.to_vec().expect("encode")
}

async fn answer(
    socket: &tokio::net::UdpSocket,
    to: SocketAddr,
    query: &Message,
    behaviour: &Behaviour,
) {
    match behaviour {
        Behaviour::Answer(ips) => {
            let _ = socket
                .send_to(&reply(query, ResponseCode::NoError, ips, 300), to)
                .await;
        }
        Behaviour::ForgedThenReal {
            forged,
            real,
            delay,
        } => {
            let _ = socket
                .send_to(&reply(query, ResponseCode::NoError, &[*forged], 60), to)
                .await;
            tokio::time::sleep(*delay).await;
            let _ = socket
                .send_to(&reply(query, ResponseCode::NoError, &[*real], 300), to)
                .await;
        }
        Behaviour::Rcode(code) => {
            let _ = socket.send_to(&reply(query, *code, &[], 0), to).await;
        }
        Behaviour::FakeIp => {
            let fake: IpAddr = "198.18.0.23".parse().expect("ip");
            let _ = socket
                .send_to(&reply(query, ResponseCode::NoError, &[fake], 1), to)
                .await;
        }
        Behaviour::Silent => {}
        Behaviour::Garbage => {
            let mut junk = query.metadata.id.to_be_bytes().to_vec();
            junk.extend_from_slice(&[0x81, 0x80, 0xff, 0xff, 0x00]);
            let _ = socket.send_to(&junk, to).await;
        }
        Behaviour::Slow { delay, answer } => {
            tokio::time::sleep(*delay).await;
            let _ = socket
                .send_to(&reply(query, ResponseCode::NoError, &[*answer], 300), to)
                .await;
        }
    }
}

/// Answers length-framed DNS queries on a stream (TCP, or TLS over it) with `answer`, until
/// the client closes it or sends something that is not DNS.
async fn answer_framed(
    mut stream: impl tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
    answer: IpAddr,
) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    loop {
        let mut len = [0u8; 2];
        if stream.read_exact(&mut len).await.is_err() {
            return;
        }
        let mut buf = vec![0u8; usize::from(u16::from_be_bytes(len))];
        if stream.read_exact(&mut buf).await.is_err() {
            return;
        }
        let Ok(query) = Message::from_vec(&buf) else {
            return;
        };
        let bytes = reply(&query, ResponseCode::NoError, &[answer], 300);
        let mut framed = u16::try_from(bytes.len())
            .expect("small")
            .to_be_bytes()
            .to_vec();
        framed.extend_from_slice(&bytes);
        if stream.write_all(&framed).await.is_err() {
            return;
        }
    }
}

/// A DNS-over-TLS server on 127.0.0.1 (the TLS config from a test CA) answering every A query
/// with `answer`.
pub fn dot_server(tls: rustls::ServerConfig, answer: IpAddr) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        runtime().block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send");
            let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(tls));
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    if let Ok(stream) = acceptor.accept(tcp).await {
                        answer_framed(stream, answer).await;
                    }
                });
            }
        });
    });
    rx.recv().expect("dot address")
}

/// A resolver that answers every query over UDP with the TC bit set and no records, and in full
/// (A: `answer`, TTL 300) over TCP on the same port, as a server with a large answer does.
pub fn truncating_server(answer: IpAddr) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        runtime().block_on(async move {
            // The same port for both: take a UDP port, then the TCP port of that number.
            let (udp, tcp) = loop {
                let udp = tokio::net::UdpSocket::bind("127.0.0.1:0")
                    .await
                    .expect("bind");
                let addr = udp.local_addr().expect("addr");
                if let Ok(tcp) = tokio::net::TcpListener::bind(addr).await {
                    break (udp, tcp);
                }
            };
            tx.send(udp.local_addr().expect("addr")).expect("send");
            tokio::spawn(async move {
                let mut buf = vec![0u8; 4096];
                while let Ok((len, from)) = udp.recv_from(&mut buf).await {
                    let Ok(query) = Message::from_vec(&buf[..len]) else {
                        continue;
                    };
                    let mut truncated =
                        Message::from_vec(&reply(&query, ResponseCode::NoError, &[], 0))
                            .expect("own reply");
                    truncated.metadata.truncation = true;
                    let _ = udp
                        .send_to(&truncated.to_vec().expect("encode"), from)
                        .await;
                }
            });
            loop {
                let Ok((stream, _)) = tcp.accept().await else {
                    return;
                };
                tokio::spawn(answer_framed(stream, answer));
            }
        });
    });
    rx.recv().expect("truncating server address")
}
