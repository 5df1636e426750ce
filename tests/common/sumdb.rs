//! A static checksum database signed with a test key, in Go's formats
//! (golang.org/x/mod/sumdb/note, tlog, dirhash): the signed tree note (`/latest`), lookups
//! (`/lookup/M@V`) and the level-0 tile. A go built to trust the test key verifies it for real;
//! the stock go rejects it, which shows the database is consulted.
#![allow(dead_code)]

use base64::Engine as _;
use ring::signature::{Ed25519KeyPair, KeyPair as _};
use sha2::{Digest, Sha256};

/// The test key's seed. The go under test trusts its verifier key (see `verifier_key`).
const SEED: &[u8; 32] = b"godiag truth matrix sumdb key 01";

/// One module version in the database: its zip and go.mod.
pub struct Record {
    pub module: String,
    pub version: String,
    pub zip_files: Vec<(String, Vec<u8>)>,
    pub go_mod: Vec<u8>,
}

pub struct TestDb {
    pub name: String,
    /// `/latest`.
    pub note: Vec<u8>,
    lookups: Vec<(String, Vec<u8>)>,
    tile: (String, Vec<u8>),
}

fn b64(data: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(data)
}

fn key_pair() -> Ed25519KeyPair {
    Ed25519KeyPair::from_seed_unchecked(SEED).expect("a 32-byte seed")
}

fn key_hash(name: &str, public: &[u8]) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(format!("{name}\n").as_bytes());
    h.update([1u8]);
    h.update(public);
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

/// The verifier key (`<name>+<hash>+<key>`) of the test key for a database name.
pub fn verifier_key(name: &str) -> String {
    let kp = key_pair();
    let public = kp.public_key().as_ref();
    let mut key = vec![1u8];
    key.extend_from_slice(public);
    format!(
        "{name}+{}+{}",
        key_hash(name, public)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>(),
        b64(&key)
    )
}

/// dirhash.Hash1 over (name, content) pairs.
pub fn hash1(files: &[(String, Vec<u8>)]) -> String {
    let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut summary = String::new();
    for (name, content) in sorted {
        let hex: String = Sha256::digest(content)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        summary.push_str(&format!("{hex}  {name}\n"));
    }
    format!("h1:{}", b64(&Sha256::digest(summary.as_bytes())))
}

fn record_hash(data: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(data);
    h.finalize().into()
}

fn node_hash(l: &[u8; 32], r: &[u8; 32]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(l);
    h.update(r);
    h.finalize().into()
}

/// RFC 6962 Merkle tree hash.
fn tree_hash(leaves: &[[u8; 32]]) -> [u8; 32] {
    if leaves.len() == 1 {
        return leaves[0];
    }
    let mut k = 1;
    while k * 2 < leaves.len() {
        k *= 2;
    }
    node_hash(&tree_hash(&leaves[..k]), &tree_hash(&leaves[k..]))
}

/// A signed note (note.Sign) of `text` by the test key under `name`.
fn sign(name: &str, text: &str) -> Vec<u8> {
    let kp = key_pair();
    let sig = kp.sign(text.as_bytes());
    let mut blob = key_hash(name, kp.public_key().as_ref()).to_vec();
    blob.extend_from_slice(sig.as_ref());
    format!("{text}\n\u{2014} {name} {}\n", b64(&blob)).into_bytes()
}

impl TestDb {
    pub fn new(name: &str, records: &[Record]) -> TestDb {
        let texts: Vec<String> = records
            .iter()
            .map(|r| {
                let gomod = vec![("go.mod".to_string(), r.go_mod.clone())];
                format!(
                    "{m} {v} {}\n{m} {v}/go.mod {}\n",
                    hash1(&r.zip_files),
                    hash1(&gomod),
                    m = r.module,
                    v = r.version
                )
            })
            .collect();
        let leaves: Vec<[u8; 32]> = texts.iter().map(|t| record_hash(t.as_bytes())).collect();
        let n = leaves.len();
        let tree = format!("go.sum database tree\n{n}\n{}\n", b64(&tree_hash(&leaves)));
        let note = sign(name, &tree);
        let lookups = records
            .iter()
            .zip(&texts)
            .enumerate()
            .map(|(id, (r, text))| {
                let mut body = format!("{id}\n{text}\n").into_bytes();
                body.extend_from_slice(&note);
                (format!("/lookup/{}@{}", r.module, r.version), body)
            })
            .collect();
        TestDb {
            name: name.to_string(),
            note,
            lookups,
            tile: (format!("/tile/8/0/000.p/{n}"), leaves.concat()),
        }
    }

    /// The answer for a path under the database's root (`/latest`, `/lookup/...`, `/tile/...`).
    pub fn answer(&self, path: &str) -> Option<Vec<u8>> {
        if path == "/latest" {
            return Some(self.note.clone());
        }
        if path == self.tile.0 {
            return Some(self.tile.1.clone());
        }
        self.lookups
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, b)| b.clone())
    }
}
