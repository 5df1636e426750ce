//! One pass over a hosts file: what Go and glibc take from it, what is malformed, which names
//! conflict, and every entry for the names the caller watches (the Go hosts).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher as _;
use std::net::IpAddr;

use super::addr::{self, Address};
use super::blocks::{Block, BlockScanner};
use super::lex::{self, Line};

/// Go's resolver reads the hosts file through a 64 KiB buffer: a line this long or longer
/// makes it silently ignore that line and everything after it.
pub const GO_MAX_LINE: usize = 64 * 1024;

/// How many malformed lines are kept with their text (the total is always counted).
const MAX_SYNTAX_ISSUES: usize = 50;

/// How the file is encoded.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    /// UTF-8 with a byte-order mark: the mark glues itself to the first field.
    Utf8Bom,
    /// UTF-16 (little or big endian): unreadable to Go and glibc.
    Utf16,
    /// NUL bytes in the middle: not a text file.
    Binary,
}

impl std::fmt::Display for Encoding {
    /// The JSON report's words (`utf8-bom`), for `--verbose`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Encoding::Utf8 => "utf8",
            Encoding::Utf8Bom => "utf8-bom",
            Encoding::Utf16 => "utf16",
            Encoding::Binary => "binary",
        })
    }
}

/// Detects the encoding from the first bytes.
pub fn detect_encoding(data: &[u8]) -> Encoding {
    if data.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Encoding::Utf8Bom;
    }
    if data.starts_with(&[0xFF, 0xFE]) || data.starts_with(&[0xFE, 0xFF]) {
        return Encoding::Utf16;
    }
    let head = &data[..data.len().min(512)];
    let nuls = head.iter().filter(|&&b| b == 0).count();
    if nuls > 0 {
        // UTF-16 without a mark: ASCII text with every other byte NUL.
        let odd_nuls = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
        let even_nuls = head.iter().step_by(2).filter(|&&b| b == 0).count();
        if head.len() >= 4 && (odd_nuls * 2 >= head.len() / 2 || even_nuls * 2 >= head.len() / 2) {
            return Encoding::Utf16;
        }
        return Encoding::Binary;
    }
    if memchr::memchr(0, data).is_some() {
        Encoding::Binary
    } else {
        Encoding::Utf8
    }
}

/// Why a line is malformed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum SyntaxKind {
    /// The first field is not an IP address: Go and glibc skip the line.
    BadAddress,
    /// The fields are the wrong way round (`github.com 140.82.114.4`).
    Reversed,
    /// An address with no name: nothing to resolve.
    MissingName,
    /// A name with characters no host name has (`https://github.com`, `github.com:443`).
    InvalidName,
    /// A name that is not valid UTF-8.
    InvalidUtf8,
    /// An IPv6 address with a zone (`fe80::1%lo0`): Go keeps the line, glibc drops it.
    ZoneId,
}

/// One malformed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxIssue {
    pub line: u32,
    pub kind: SyntaxKind,
    /// The offending field.
    pub field: String,
    /// The whole line (lossy UTF-8, trimmed, at most 200 characters).
    pub text: String,
}

/// One line mapping a watched name to an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostEntry {
    pub line: u32,
    pub ip: IpAddr,
    pub zone: Option<String>,
    /// The name as written (case and trailing dot kept).
    pub written: String,
    /// Go reads this line (it is not after a >= 64 KiB line).
    pub go_reads: bool,
    /// glibc reads this line (its address has no zone).
    pub glibc_reads: bool,
    /// The line's text, for evidence.
    pub text: String,
    /// Later lines with the same address (and the same Go/glibc reading) folded into this
    /// entry once the name has [`KEEP_EACH`] entries: a file repeating one line 200,000 times
    /// costs one entry, not 200,000.
    pub repeats: u32,
    /// The last line folded into this entry (`line` when none was).
    pub last_line: u32,
}

/// Lines listed per conflicting name before only new addresses are.
const MAX_CONFLICT_LINES: usize = 32;

/// Entries kept per watched name before identical ones are folded.
pub const KEEP_EACH: usize = 32;
/// Entries kept per watched name at most; lines with further distinct addresses are counted in
/// [`Analysis::watched_dropped`] only.
pub const MAX_KEPT: usize = 256;

/// Adds a watched entry, folding repeats once the name has [`KEEP_EACH`] entries.
fn push_watched(list: &mut Vec<HostEntry>, entry: HostEntry, dropped: &mut u32) {
    if list.len() >= KEEP_EACH {
        if let Some(same) = list.iter_mut().find(|k| {
            k.ip == entry.ip
                && k.zone == entry.zone
                && k.go_reads == entry.go_reads
                && k.glibc_reads == entry.glibc_reads
        }) {
            same.repeats = same.repeats.saturating_add(1);
            same.last_line = entry.line;
            return;
        }
        if list.len() >= MAX_KEPT {
            *dropped = dropped.saturating_add(1);
            return;
        }
    }
    list.push(entry);
}

impl HostEntry {
    /// The lines this entry stands for: itself and its folded repeats.
    pub fn count(&self) -> u32 {
        self.repeats.saturating_add(1)
    }

    /// The address as Go prints it (`fe80::1%lo0`).
    pub fn address(&self) -> String {
        match &self.zone {
            Some(zone) => format!("{}%{zone}", self.ip),
            None => self.ip.to_string(),
        }
    }
}

/// A name mapped to different addresses of one family on different lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The normalized name.
    pub name: String,
    /// Every line naming it: (line, address).
    pub lines: Vec<(u32, IpAddr)>,
}

/// A line of 64 KiB or more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LongLine {
    pub line: u32,
    pub bytes: usize,
}

/// Everything one pass learns.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub encoding: Encoding,
    pub size: usize,
    pub line_count: u32,
    /// Lines with an address and at least one name that Go takes.
    pub entry_count: u32,
    /// Malformed lines (and zone-id lines), the first [`MAX_SYNTAX_ISSUES`] of them.
    pub syntax: Vec<SyntaxIssue>,
    /// Malformed lines in the whole file (zone-id lines are not malformed).
    pub syntax_total: u32,
    /// Lines with a zone-id address.
    pub zone_id_total: u32,
    /// The first line's text, for the byte-order-mark finding.
    pub first_line: Option<String>,
    pub long_lines: Vec<LongLine>,
    pub blocks: Vec<Block>,
    /// Conflicting names, in order of first appearance.
    pub conflicts: Vec<Conflict>,
    /// Entries of the watched names, keyed by normalized name, in file order.
    pub watched: HashMap<String, Vec<HostEntry>>,
    /// Watched lines neither kept nor folded (a name with more than [`MAX_KEPT`] distinct
    /// addresses).
    pub watched_dropped: u32,
}

/// A name in the form lookups compare: ASCII-lowercased, without one trailing dot.
pub fn normalize(name: &[u8]) -> Cow<'_, [u8]> {
    let name = name.strip_suffix(b".").unwrap_or(name);
    if name.iter().any(u8::is_ascii_uppercase) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// What one scan of a name tells: characters no host name has, and ASCII capitals.
#[derive(Debug, Clone, Copy, Default)]
struct NameClass {
    invalid: bool,
    needs_lowering: bool,
}

/// Byte classes: 0 not allowed in host names, 1 allowed, 2 an ASCII capital.
const NAME_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_uppercase() {
            2
        } else if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_' {
            1
        } else {
            0
        };
        i += 1;
    }
    t
};

#[inline]
fn classify_name(name: &[u8]) -> NameClass {
    let mut class = NameClass::default();
    for &b in name {
        match NAME_BYTES[usize::from(b)] {
            0 => class.invalid = true,
            2 => class.needs_lowering = true,
            _ => {}
        }
    }
    class
}

/// The first address seen for a name in one family, and whether another one differed.
#[derive(Debug, Clone, Copy)]
struct Seen<A> {
    first: A,
    conflicted: bool,
}

/// Keys are already 64-bit hashes of the normalized name: hashing them again is wasted work on
/// the hot path of 265,000-line files.
#[derive(Debug, Default, Clone, Copy)]
struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed; fold anything else in so the hasher stays correct.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashKeyed<V> = HashMap<u64, V, std::hash::BuildHasherDefault<PassThrough>>;
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// The hash names are keyed by. Fixed seed: the analysis is deterministic.
fn name_hasher() -> foldhash::fast::FixedState {
    foldhash::fast::FixedState::with_seed(0x676f_6469_6167)
}

/// A line or field made safe to print: lossy UTF-8, control characters escaped (a binary file
/// must not move the user's cursor), trimmed, at most 200 characters.
/// A line as evidence: redacted first, then cut to 200 characters, then escaped. Cutting first
/// could end the text inside a comment's `user:password` before its `@`, where the redactor no
/// longer sees a URL (`1.2.3.4 goproxy.cn # ... http://user:pass@x`).
fn clip(text: &[u8]) -> String {
    let lossy = crate::redact::redact(&String::from_utf8_lossy(text));
    let mut out = String::new();
    for (i, c) in lossy.trim().chars().enumerate() {
        if i == 200 {
            out.push('…');
            break;
        }
        // One escaping rule for everything godiag prints: crate::textsafe.
        let mut buf = [0u8; 4];
        out.push_str(&crate::textsafe::escape_controls(
            c.encode_utf8(&mut buf),
            false,
        ));
    }
    out
}

/// Analyses a hosts file. `watch` lists the names whose entries are collected (normalized
/// here). Pure: no I/O.
pub fn analyze(data: &[u8], watch: &[String]) -> Analysis {
    let encoding = detect_encoding(data);
    let hasher = name_hasher();
    let watch_set: HashSet<Vec<u8>> = watch
        .iter()
        .map(|w| normalize(w.as_bytes()).into_owned())
        .collect();
    let watch_hashes: Vec<u64> = watch_set
        .iter()
        .map(|w| hasher.hash_one(w.as_slice()))
        .collect();
    let mut out = Analysis {
        encoding,
        size: data.len(),
        line_count: 0,
        entry_count: 0,
        syntax: Vec::new(),
        syntax_total: 0,
        zone_id_total: 0,
        first_line: lex::lines(data).next().map(|l| clip(l.text)),
        long_lines: Vec::new(),
        blocks: Vec::new(),
        conflicts: Vec::new(),
        watched: HashMap::new(),
        watched_dropped: 0,
    };
    if encoding == Encoding::Utf16 {
        out.line_count = lex::lines(data).count().try_into().unwrap_or(u32::MAX);
        return out;
    }

    // Conflict detection over every name, keyed by the name's hash. Block lists map hundreds of
    // thousands of names to sinkholes, and two sinkholes never conflict (the name is blocked
    // either way), so sinkholed names only go into flat lists, checked afterwards against the
    // (small) maps of routable addresses. A hash collision can only add a candidate: the second
    // pass compares real names and keeps true conflicts only.
    let mut routable_v4: HashKeyed<Seen<std::net::Ipv4Addr>> = HashKeyed::default();
    let mut routable_v6: HashKeyed<Seen<std::net::Ipv6Addr>> = HashKeyed::default();
    let mut sinkholed_v4: Vec<u64> = Vec::with_capacity(data.len() / 32);
    let mut sinkholed_v6: Vec<u64> = Vec::new();
    let mut conflicted: HashSet<u64, std::hash::BuildHasherDefault<PassThrough>> =
        HashSet::default();
    let mut blocks = BlockScanner::default();
    let mut go_stopped = false;

    for line in lex::lines(data) {
        out.line_count = line.number;
        if line.text.len() >= GO_MAX_LINE {
            out.long_lines.push(LongLine {
                line: line.number,
                bytes: line.text.len(),
            });
            go_stopped = true;
        }
        let content = line.content();
        let mut fields = lex::Fields::new(content);
        let Some(first) = fields.next() else {
            // Marker blocks are whole-line comments.
            if content.len() < line.text.len() {
                blocks.comment(line.number, &line.text[content.len() + 1..]);
            }
            continue;
        };
        let Some(address) = addr::parse(first) else {
            // A BOM on the first line is an encoding problem, reported as such.
            if !(line.number == 1 && encoding == Encoding::Utf8Bom) {
                let second = fields.next();
                let kind = match second {
                    Some(s) if addr::parse(s).is_some() => SyntaxKind::Reversed,
                    _ => SyntaxKind::BadAddress,
                };
                record(&mut out, &line, kind, first);
            }
            continue;
        };
        if address.zone.is_some() {
            record(&mut out, &line, SyntaxKind::ZoneId, first);
        }
        let mut names = 0;
        for name in fields {
            names += 1;
            let class = classify_name(name);
            if class.invalid {
                let kind = if std::str::from_utf8(name).is_err() {
                    SyntaxKind::InvalidUtf8
                } else {
                    SyntaxKind::InvalidName
                };
                record(&mut out, &line, kind, name);
            }
            let key = if class.needs_lowering || name.last() == Some(&b'.') {
                normalize(name)
            } else {
                Cow::Borrowed(name)
            };
            let hash = hasher.hash_one(key.as_ref());
            if watch_hashes.contains(&hash) && watch_set.contains(key.as_ref()) {
                let entry = watched_entry(&line, &address, name, !go_stopped);
                let list = out
                    .watched
                    .entry(String::from_utf8_lossy(&key).into_owned())
                    .or_default();
                push_watched(list, entry, &mut out.watched_dropped);
            }
            // A zone-scoped address (`fe80::1%lo0 localhost`) is an interface-specific alias
            // next to the plain one, not a competing answer: it takes no part in conflicts.
            if address.zone.is_some() {
                continue;
            }
            let sinkhole = addr::kind(address.ip) == addr::AddressKind::Sinkhole;
            let newly_conflicted = match (address.ip, sinkhole) {
                (IpAddr::V4(_), true) => {
                    sinkholed_v4.push(hash);
                    false
                }
                (IpAddr::V6(_), true) => {
                    sinkholed_v6.push(hash);
                    false
                }
                (IpAddr::V4(ip), false) => note(&mut routable_v4, hash, ip),
                (IpAddr::V6(ip), false) => note(&mut routable_v6, hash, ip),
            };
            if newly_conflicted {
                conflicted.insert(hash);
            }
        }
        if names == 0 {
            record(&mut out, &line, SyntaxKind::MissingName, first);
        } else if !go_stopped {
            out.entry_count += 1;
        }
    }
    out.blocks = blocks.finish(out.line_count);
    // A name both sinkholed and routed: blocked for one resolver, reachable for another.
    conflicted.extend(sinkholed_v4.iter().filter(|h| routable_v4.contains_key(h)));
    conflicted.extend(sinkholed_v6.iter().filter(|h| routable_v6.contains_key(h)));
    if !conflicted.is_empty() {
        out.conflicts = collect_conflicts(data, &conflicted, &hasher);
    }
    out
}

/// Records `ip` for the name with `hash`; true the first time the name gets a second address.
#[inline]
fn note<A: PartialEq + Copy>(seen: &mut HashKeyed<Seen<A>>, hash: u64, ip: A) -> bool {
    match seen.entry(hash) {
        std::collections::hash_map::Entry::Vacant(v) => {
            v.insert(Seen {
                first: ip,
                conflicted: false,
            });
            false
        }
        std::collections::hash_map::Entry::Occupied(mut o) => {
            let seen = o.get_mut();
            if seen.first != ip && !seen.conflicted {
                seen.conflicted = true;
                true
            } else {
                false
            }
        }
    }
}

fn record(out: &mut Analysis, line: &Line<'_>, kind: SyntaxKind, field: &[u8]) {
    if kind == SyntaxKind::ZoneId {
        out.zone_id_total += 1;
    } else {
        out.syntax_total += 1;
    }
    if out.syntax.len() < MAX_SYNTAX_ISSUES {
        out.syntax.push(SyntaxIssue {
            line: line.number,
            kind,
            field: clip(field),
            text: clip(line.text),
        });
    }
}

fn watched_entry(line: &Line<'_>, address: &Address<'_>, name: &[u8], go_reads: bool) -> HostEntry {
    HostEntry {
        line: line.number,
        ip: address.ip,
        zone: address.zone.map(str::to_string),
        written: String::from_utf8_lossy(name).into_owned(),
        go_reads,
        glibc_reads: address.glibc_accepts(),
        text: clip(line.text),
        repeats: 0,
        last_line: line.number,
    }
}

/// Second pass, only when conflict candidates exist: every line of every candidate name, in
/// order of first appearance, keeping the names whose lines really conflict.
fn collect_conflicts(
    data: &[u8],
    candidates: &HashSet<u64, std::hash::BuildHasherDefault<PassThrough>>,
    hasher: &foldhash::fast::FixedState,
) -> Vec<Conflict> {
    let mut order: Vec<String> = Vec::new();
    let mut lines: FastMap<String, Vec<(u32, IpAddr)>> = FastMap::default();
    for line in lex::lines(data) {
        let mut fields = line.fields();
        let Some(address) = fields
            .next()
            .and_then(addr::parse)
            .filter(|a| a.zone.is_none())
        else {
            continue;
        };
        for name in fields {
            let key = normalize(name);
            if candidates.contains(&hasher.hash_one(key.as_ref())) {
                let key = String::from_utf8_lossy(&key).into_owned();
                let slot = lines.entry(key.clone()).or_insert_with(|| {
                    order.push(key);
                    Vec::new()
                });
                // The evidence needs a sample, not every line of a name repeated 200,000
                // times; a repeat of an address already listed adds nothing past the sample.
                if slot.len() < MAX_CONFLICT_LINES
                    || (slot.len() < MAX_KEPT && !slot.iter().any(|(_, ip)| *ip == address.ip))
                {
                    slot.push((line.number, address.ip));
                }
            }
        }
    }
    order
        .into_iter()
        .filter_map(|name| {
            let lines = lines.remove(&name)?;
            has_conflict(&lines).then_some(Conflict { name, lines })
        })
        .collect()
}

/// Two addresses of one family that differ, unless both are sinkholes (blocked either way).
/// Linear: a family conflicts when it has two distinct addresses, one of them routable.
fn has_conflict(lines: &[(u32, IpAddr)]) -> bool {
    let sinkhole = |ip: &IpAddr| addr::kind(*ip) == addr::AddressKind::Sinkhole;
    [true, false].into_iter().any(|v4| {
        let mut family = lines
            .iter()
            .map(|(_, ip)| ip)
            .filter(|ip| ip.is_ipv4() == v4);
        let Some(first) = family.next() else {
            return false;
        };
        let mut routable = !sinkhole(first);
        let mut distinct = false;
        for ip in family {
            distinct |= ip != first;
            routable |= !sinkhole(ip);
            if distinct && routable {
                return true;
            }
        }
        false
    })
}

/// What a resolver takes from the file for one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer<'a> {
    pub entries: Vec<&'a HostEntry>,
}

impl Answer<'_> {
    pub fn addresses(&self) -> Vec<String> {
        self.entries.iter().map(|e| e.address()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Analysis {
    /// The entries of a watched name, in file order (empty when the name is not watched or not
    /// in the file).
    pub fn entries(&self, name: &str) -> &[HostEntry] {
        let key = normalize(name.as_bytes());
        self.watched
            .get(String::from_utf8_lossy(&key).as_ref())
            .map_or(&[], Vec::as_slice)
    }

    /// The addresses Go's resolver takes for `name`: every line naming it, merged in file order
    /// (case-insensitive, trailing dot ignored), except lines after a >= 64 KiB line.
    pub fn go_answer(&self, name: &str) -> Answer<'_> {
        Answer {
            entries: self.entries(name).iter().filter(|e| e.go_reads).collect(),
        }
    }

    /// The addresses glibc takes: the first line naming it per address family, or every line
    /// with `multi on` in host.conf. Lines with zone ids are invisible to glibc.
    pub fn glibc_answer(&self, name: &str, multi: bool) -> Answer<'_> {
        let readable = self.entries(name).iter().filter(|e| e.glibc_reads);
        if multi {
            return Answer {
                entries: readable.collect(),
            };
        }
        let mut v4 = None;
        let mut v6 = None;
        for e in readable {
            let slot = if e.ip.is_ipv4() { &mut v4 } else { &mut v6 };
            if slot.is_none() {
                *slot = Some(e);
            }
        }
        let mut entries: Vec<&HostEntry> = v4.into_iter().chain(v6).collect();
        entries.sort_by_key(|e| e.line);
        Answer { entries }
    }
}

/// Convenience for callers with one name: analyse `data` watching only `name`.
pub fn resolve_go(data: &[u8], name: &str) -> Vec<String> {
    analyze(data, &[name.to_string()])
        .go_answer(name)
        .addresses()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn watch(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn counts_and_watched_entries() {
        let data = b"127.0.0.1 localhost\n::1 localhost ip6-localhost\n# comment\n\n140.82.114.4 GitHub.com.\n";
        let a = analyze(data, &watch(&["github.com"]));
        assert_eq!(a.encoding, Encoding::Utf8);
        assert_eq!((a.line_count, a.entry_count, a.syntax_total), (5, 3, 0));
        let e = a.entries("GITHUB.COM");
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].written, "GitHub.com.");
        assert_eq!(e[0].line, 5);
        assert!(
            a.conflicts.is_empty(),
            "v4 and v6 of localhost do not conflict"
        );
    }

    #[test]
    fn go_merges_glibc_takes_first() {
        let data = b"1.1.1.1 proxy.golang.org\n2.2.2.2 PROXY.golang.org.\n::2 proxy.golang.org\n";
        let a = analyze(data, &watch(&["proxy.golang.org"]));
        assert_eq!(
            a.go_answer("proxy.golang.org").addresses(),
            ["1.1.1.1", "2.2.2.2", "::2"]
        );
        assert_eq!(
            a.glibc_answer("proxy.golang.org", false).addresses(),
            ["1.1.1.1", "::2"]
        );
        assert_eq!(
            a.glibc_answer("proxy.golang.org", true).addresses(),
            ["1.1.1.1", "2.2.2.2", "::2"]
        );
        assert_eq!(a.conflicts.len(), 1);
        assert_eq!(a.conflicts[0].name, "proxy.golang.org");
        assert_eq!(
            a.conflicts[0].lines.iter().map(|l| l.0).collect::<Vec<_>>(),
            [1, 2, 3]
        );
        assert_eq!(
            resolve_go(data, "Proxy.Golang.Org."),
            ["1.1.1.1", "2.2.2.2", "::2"]
        );
    }

    #[test]
    fn conflicts_between_sinkhole_and_route_but_not_between_sinkholes() {
        let data = b"0.0.0.0 ads.example\n127.0.0.1 ads.example\n0.0.0.0 storage.googleapis.com\n142.250.1.1 Storage.GoogleAPIs.com\n";
        let a = analyze(data, &[]);
        assert_eq!(a.conflicts.len(), 1, "{:?}", a.conflicts);
        assert_eq!(a.conflicts[0].name, "storage.googleapis.com");
        assert_eq!(
            a.conflicts[0].lines.iter().map(|l| l.0).collect::<Vec<_>>(),
            [3, 4]
        );
    }

    #[test]
    fn zone_ids_are_go_only() {
        let a = analyze(b"fe80::1%lo0 sum.golang.org\n", &watch(&["sum.golang.org"]));
        assert_eq!(a.go_answer("sum.golang.org").addresses(), ["fe80::1%lo0"]);
        assert!(a.glibc_answer("sum.golang.org", false).is_empty());
        assert_eq!(a.syntax[0].kind, SyntaxKind::ZoneId);
    }

    #[test]
    fn long_line_hides_the_rest_from_go() {
        let mut data = b"1.1.1.1 a.example\n# ".to_vec();
        data.extend(std::iter::repeat_n(b'x', GO_MAX_LINE));
        data.extend_from_slice(b"\n2.2.2.2 goproxy.cn\n");
        let a = analyze(&data, &watch(&["goproxy.cn"]));
        assert_eq!(
            a.long_lines,
            vec![LongLine {
                line: 2,
                bytes: GO_MAX_LINE + 2
            }]
        );
        assert!(a.go_answer("goproxy.cn").is_empty());
        assert_eq!(a.glibc_answer("goproxy.cn", false).addresses(), ["2.2.2.2"]);
        assert_eq!(a.entry_count, 1);
    }

    #[test]
    fn syntax_issues() {
        let data = b"github.com 140.82.114.4\n1.2.3 foo\n10.0.0.1\n1.2.3.4 https://github.com\n1.2.3.4 caf\xc3\xa9\xff\n";
        let a = analyze(data, &[]);
        let kinds: Vec<(u32, SyntaxKind)> = a.syntax.iter().map(|s| (s.line, s.kind)).collect();
        assert_eq!(
            kinds,
            [
                (1, SyntaxKind::Reversed),
                (2, SyntaxKind::BadAddress),
                (3, SyntaxKind::MissingName),
                (4, SyntaxKind::InvalidName),
                (5, SyntaxKind::InvalidUtf8)
            ]
        );
    }

    #[test]
    fn encodings() {
        assert_eq!(
            detect_encoding(b"\xef\xbb\xbf127.0.0.1 localhost\n"),
            Encoding::Utf8Bom
        );
        assert_eq!(detect_encoding(b"\xff\xfe1\x002\x00"), Encoding::Utf16);
        assert_eq!(
            detect_encoding(b"1\x002\x007\x00.\x000\x00"),
            Encoding::Utf16
        );
        assert_eq!(
            detect_encoding(b"127.0.0.1 localhost\n\x00\x01\x02 garbage"),
            Encoding::Binary
        );
        assert_eq!(detect_encoding(b""), Encoding::Utf8);
        // The BOM line is lost but not reported as a syntax error.
        let a = analyze(
            b"\xef\xbb\xbf127.0.0.1 goproxy.cn\n",
            &watch(&["goproxy.cn"]),
        );
        assert!(a.syntax.is_empty());
        assert!(a.entries("goproxy.cn").is_empty());
    }

    #[test]
    fn printed_text_has_no_control_characters() {
        assert_eq!(
            clip(b"  1.2.3\x1b[2J \x00x\t y \r"),
            "1.2.3\\u{1b}[2J \\u{0}x\t y"
        );
        assert!(clip(&[b'a'; 300]).ends_with('…'));
    }

    #[test]
    fn syntax_issue_list_is_capped_but_counted() {
        let data = "bad line\n".repeat(MAX_SYNTAX_ISSUES + 10);
        let a = analyze(data.as_bytes(), &[]);
        assert_eq!(a.syntax.len(), MAX_SYNTAX_ISSUES);
        assert_eq!(a.syntax_total as usize, MAX_SYNTAX_ISSUES + 10);
    }
}
